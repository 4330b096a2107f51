"""Training a character model in the poetry lesson, without Qt: one run as an iterator.

`training_run` yields after every small piece of work (counting a slice of the text's
characters, encoding a slice of its records, preparing an epoch, a batch, a sample), so whoever
pulls it (the window's pump, a test) can stop between any two pieces. What the run produced is
in the items: the model as soon as it exists, the loss of each batch, now and then a sample of
what the model writes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from lstm_lab.core.i18n import translate
from lstm_lab.engine.charmodel import (
    CharModel,
    Sampler,
    TrainSettings,
    encode_records,
    generate,
    init_model,
    train,
    vocabulary_from_counts,
)
from lstm_lab.lessons.poetry.textdata import CORPORA, corpus_records, read_text_file

#: Batch and piece length of training in the window: a batch of 8 × 32 characters of a
#: 128-unit model on the Tang vocabulary takes about 14 ms on one core here (16 × 32: 27 ms),
#: so a tick (budget, one batch that may end past it, a sample now and then) stays near 30 ms.
APP_TRAIN = TrainSettings(batch=8, steps=32, learning_rate=3e-3, clip_norm=5.0, seed=0)
#: The sizes of model a student may train.
HIDDEN_SIZES = (32, 64, 128)
#: The most characters a model trained on a student's own file keeps.
FILE_VOCABULARY = 3000
#: Temperature and length of the samples written while training.
SAMPLE_TEMPERATURE, SAMPLE_LENGTH = 0.8, 120


@dataclass
class Progress:
    """A batch was trained: its number and its loss (nats per symbol: a character or a
    marker)."""

    step: int
    loss: float


@dataclass
class Sample:
    """What the model writes after ``step`` batches (the prompt and its continuation)."""

    step: int
    text: str


@dataclass
class Built:
    """The run's model exists (random weights); training changes it in place from now on."""

    model: CharModel


def training_text(name: str, path: str | None = None) -> tuple[list[str], int | None, str]:
    """The records, the vocabulary's size limit and the title of a shipped text ``name``, or
    of the student's file at ``path`` (``name`` "file"). TextError says what is wrong."""
    if name == "file":
        return read_text_file(path or ""), FILE_VOCABULARY, str(path)
    corpus = CORPORA[name]
    return corpus_records(name), corpus.vocabulary, translate("PoetryCorpus", corpus.title)


def training_run(
    records: Sequence[str],
    hidden: int,
    max_chars: int | None,
    seed: int = 0,
    sample_every: int = 100,
    prompt: str = "",
) -> Iterator[Built | Progress | Sample | None]:
    """One run from random weights, for ever (the caller stops): None while it prepares, then
    `Built`, then a `Progress` per batch with a `Sample` after the first and every
    ``sample_every``-th. ModelError if the text is too short to train on."""
    counts: Counter[str] = Counter()
    for start in range(0, len(records), 1000):  # a few ms per slice
        counts.update("".join(records[start : start + 1000]))
        yield None
    vocabulary = vocabulary_from_counts(counts, max_chars)
    yield None
    model = init_model(vocabulary, hidden, min(hidden, 128), np.random.default_rng(seed))
    model.info = {"hidden": hidden, "layout": "text", "name": "trained here"}
    encoded = []
    for start in range(0, len(records), 400):  # a few ms per slice
        encoded += encode_records(vocabulary, records[start : start + 400])
        yield None
    yield Built(model)
    settings = TrainSettings(
        APP_TRAIN.batch, APP_TRAIN.steps, APP_TRAIN.learning_rate, APP_TRAIN.clip_norm, seed
    )
    for report in train(model, encoded, settings):
        if report is None:  # preparing an epoch
            yield None
            continue
        yield Progress(report.step, report.loss)
        if report.step % sample_every == 0 or report.step == 1:
            sampler = Sampler(model, fold=False)  # short sample: no table to build
            text = generate(sampler, prompt, SAMPLE_TEMPERATURE, SAMPLE_LENGTH, seed=report.step)
            yield Sample(report.step, prompt + text)


def snapshot(model: CharModel) -> CharModel:
    """A copy of ``model`` as it is now (writing with it while training goes on apart)."""
    return CharModel(
        model.vocabulary,
        {k: v.copy() for k, v in model.params.items()},
        dict(model.info),
        None if model.start_h is None else model.start_h.copy(),
        None if model.start_c is None else model.start_c.copy(),
    )
