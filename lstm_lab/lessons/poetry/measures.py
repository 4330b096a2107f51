"""What a shipped model is measured by, in one place, without Qt: its loss on the held-out
records it never read (duplicates of training records dropped, `heldout`), per symbol and per
character, and the same for a bigram model of the same training records, with the form of
what the bigram writes. `tools/train_charmodel.py` records these figures in the model's info,
where the lesson's window reads them (`info_figures`); tests measure them again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from lstm_lab.engine.charmodel import Bigram, BigramSampler, CharModel, Sampler, generate
from lstm_lab.lessons.poetry.heldout import (
    HeldOutSplit,
    LossFigures,
    bigram_for,
    chinese_character,
    held_out_split,
    loss_figures,
)
from lstm_lab.lessons.poetry.poemform import FormStats, Written, form_statistics
from lstm_lab.lessons.poetry.textdata import CORPORA, corpus_records, corpus_text

#: Samples of the bigram model measured, their seeds 0, 1, …, and their temperature.
SAMPLES = 200
SAMPLE_TEMPERATURE = 0.8
#: The prompt and the most characters of the samples, by corpus: as the lessons write.
PROMPTS = {"tang5": ("春", 64), "tang300": ("春", 64), "shakespeare": ("ROMEO:", 300)}
#: A word of an English text.
WORD = re.compile("[A-Za-z]+")


def split_of(corpus: str, seed: int = 0) -> HeldOutSplit:
    """The held-out split of a shipped corpus as `tools/train_charmodel.py` makes it with
    ``seed`` (the first draw of its random generator)."""
    rng = np.random.default_rng(seed)
    return held_out_split(corpus_records(corpus), rng, CORPORA[corpus].layout)


def sample(
    sampler: Sampler | BigramSampler,
    prompt: str,
    temperature: float,
    length: int,
    seeds: Iterable[int],
) -> list[Written]:
    """What ``sampler`` writes after ``prompt`` with each seed, as the window writes it (the
    prompt, then up to ``length`` symbols; ended: the end marker came before the limit)."""
    out = []
    for seed in seeds:
        text = generate(sampler, prompt, temperature, length, seed=int(seed))
        out.append(Written(prompt + text, len(text) < length))
    return out


def corpus_words(corpus: str) -> frozenset[str]:
    return frozenset(WORD.findall(corpus_text(corpus)))


def word_share(texts: Iterable[str], words: frozenset[str]) -> tuple[int, int]:
    """(words of ``texts`` that are words of the corpus, words of ``texts``)."""
    found = [word for text in texts for word in WORD.findall(text)]
    return sum(word in words for word in found), len(found)


@dataclass(frozen=True)
class Measures:
    """A model's held-out figures and its bigram's (see the module)."""

    corpus: str
    split: HeldOutSplit
    model: LossFigures
    bigram: LossFigures
    bigram_k: float
    bigram_form: FormStats | None  # the samples' form (corpora of poems)
    bigram_words: tuple[int, int] | None  # real words, words (other texts)

    @property
    def poems(self) -> bool:
        return CORPORA[self.corpus].layout == "poem"


def measure(model: CharModel, corpus: str, seed: int = 0) -> Measures:
    """``model`` (trained on ``corpus`` with ``seed``) and a bigram model of the same training
    records, measured on the held-out records (several seconds for the Tang model)."""
    split = split_of(corpus, seed)
    poems = CORPORA[corpus].layout == "poem"
    counts = chinese_character if poems else _any_character
    bigram: Bigram = bigram_for(model.vocabulary, split.train)
    prompt, length = PROMPTS[corpus]
    written = sample(BigramSampler(bigram), prompt, SAMPLE_TEMPERATURE, length, range(SAMPLES))
    form = words = None
    if poems:
        form = form_statistics(written)
    else:
        words = word_share((item.text[len(prompt) :] for item in written), corpus_words(corpus))
    return Measures(
        corpus,
        split,
        loss_figures(model, split.held_out, counts),
        loss_figures(bigram, split.held_out, counts),
        bigram.k,
        form,
        words,
    )


def _any_character(_ch: str) -> bool:
    return True


def info_figures(measures: Measures) -> dict[str, float | int]:
    """The figures a model's info records (rounded to four places)."""
    info: dict[str, float | int] = {
        "held_out_loss": round(float(measures.model.per_symbol), 4),
        "held_out_records": len(measures.split.held_out),
        "held_out_duplicates": len(measures.split.exact) + len(measures.split.near),
        "bigram_loss": round(measures.bigram.per_symbol, 4),
        "bigram_k": measures.bigram_k,
        "bigram_samples": SAMPLES,
        "bigram_temperature": SAMPLE_TEMPERATURE,
    }
    if measures.poems:
        info["held_out_loss_per_char"] = round(float(measures.model.per_character), 4)
        info["bigram_loss_per_char"] = round(measures.bigram.per_character, 4)
    if measures.bigram_form is not None:
        info["bigram_five_share"] = round(measures.bigram_form.five_share, 4)
        info["bigram_four_or_eight_share"] = round(measures.bigram_form.shape_share(4, 8), 4)
    if measures.bigram_words is not None:
        real, total = measures.bigram_words
        info["bigram_word_share"] = round(real / max(1, total), 4)
    return info
