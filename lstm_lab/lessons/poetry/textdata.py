"""The texts and models the poetry lesson ships, and a student's own text file. No Qt.

Texts live in ``lstm_lab/resources/poetry/`` as xz-compressed UTF-8, one record (a poem, a
speech) between blank lines; they are made by ``tools/build_corpora.py``, which records their
hashes in ``corpora.json``. Models (``tang5.npz``, ``shakespeare.npz``) are made by
``tools/train_charmodel.py``. Everything is read through importlib.resources, so an installed
wheel and the frozen bundle find them as a source checkout does.
"""

from __future__ import annotations

import functools
import hashlib
import json
import lzma
import os
import re
from dataclasses import dataclass
from pathlib import Path

from lstm_lab.core.engine_words import error_text
from lstm_lab.core.errors import tidy_message
from lstm_lab.core.files import read_user_bytes, read_user_text
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine.charmodel import (
    MAX_WEIGHTS,
    CharModel,
    ModelError,
    load_model,
    split_records,
)
from lstm_lab.resources import resource_bytes

FOLDER = "poetry/"
#: Largest text file a student may train on (bytes).
MAX_TEXT_BYTES = 20_000_000
#: Fewest characters a student's text must have.
MIN_TEXT_CHARS = 500
#: The punctuation that ends a half-line of a poem.
_HALF_LINE_ENDS = re.compile("[，。？！；]")


@dataclass(frozen=True)
class Corpus:
    """A shipped text; its ``title`` and ``note`` are translated where shown, in the context
    "PoetryCorpus"."""

    name: str
    title: str
    file: str
    layout: str  # "poem": lines end at 。？！; "text": as written
    vocabulary: int | None  # how many characters a model of it keeps (None: all)
    note: str = ""


CORPORA: dict[str, Corpus] = {
    corpus.name: corpus
    for corpus in (
        Corpus(
            "tang5",
            QT_TRANSLATE_NOOP("PoetryCorpus", "Tang poems (5 a line)"),
            "tang5.txt.xz",
            "poem",
            3000,
            QT_TRANSLATE_NOOP(
                "PoetryCorpus",
                "Tang poems of five characters a line: the text the built-in model learned from.",
            ),
        ),
        Corpus(
            "tang300",
            QT_TRANSLATE_NOOP("PoetryCorpus", "The Three Hundred Tang Poems"),
            "tang300.txt.xz",
            "poem",
            3000,
            QT_TRANSLATE_NOOP(
                "PoetryCorpus",
                "Only about 24,000 characters: a model soon learns them by heart (memorises) "
                "instead of learning how poems go. Watch its samples turn into real poems.",
            ),
        ),
        Corpus(
            "shakespeare",
            QT_TRANSLATE_NOOP("PoetryCorpus", "Shakespeare's plays"),
            "shakespeare.txt.xz",
            "text",
            None,
        ),
    )
}

#: A model file larger than this is refused before it is read (the shipped ones are < 4 MB):
#: room for the most weights a model may have (`MAX_WEIGHTS`, two bytes each, stored without
#: compression), its vocabulary and its info.
MAX_MODEL_BYTES = 2 * MAX_WEIGHTS + 2_000_000
#: Shipped models: name → (file, corpus).
MODELS: dict[str, tuple[str, str]] = {
    "tang": ("tang5.npz", "tang5"),
    "shakespeare": ("shakespeare.npz", "shakespeare"),
}


class TextError(ValueError):
    """A text that cannot be trained on; the message says why in plain words."""


def manifest() -> dict:
    return json.loads(resource_bytes(FOLDER + "corpora.json").decode("utf-8"))


@functools.cache
def corpus_text(name: str) -> str:
    """The whole text of a shipped corpus."""
    corpus = CORPORA[name]
    return lzma.decompress(resource_bytes(FOLDER + corpus.file)).decode("utf-8")


def corpus_records(name: str) -> list[str]:
    return split_records(corpus_text(name))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.cache
def shipped_model(name: str) -> CharModel:
    """A shipped model by name ("tang", "shakespeare"); ModelError if it is missing."""
    if name not in MODELS:
        raise ModelError(
            translate(
                "PoetryModel", 'there is no built-in model "{name}"; they are: {models}'
            ).format(name=name, models=", ".join(MODELS))
        )
    file, _ = MODELS[name]
    try:
        data = resource_bytes(FOLDER + file)
    except FileNotFoundError:
        raise ModelError(
            translate(
                "PoetryModel", 'the built-in model "{name}" is missing from this installation'
            ).format(name=name)
        ) from None
    return load_model(data)


def read_model_file(path: str | os.PathLike[str]) -> CharModel:
    """A model file a student chose: a regular file within `MAX_MODEL_BYTES`, read whole
    before it is looked at; ModelError says in one line what is wrong, starting with the
    file's name (cut and escaped: it repeats values from the file)."""
    try:
        data = read_user_bytes(
            path,
            what=translate("PoetryModel", "a model file"),
            max_bytes=MAX_MODEL_BYTES,
            error=ModelError,
        )
        model = load_model(data)
    except ModelError as error:
        name = Path(path).name
        words = error_text(error)
        message = words if words.startswith(f"{name}: ") else f"{name}: {words}"
        raise ModelError(tidy_message(message)) from None
    return model


def read_text_file(path: str | os.PathLike[str]) -> list[str]:
    """A student's UTF-8 text file as records; TextError says what is wrong with it."""
    name = os.path.basename(os.fspath(path))
    text = read_user_text(
        path,
        what=translate("PoetryModel", "a text file"),
        max_bytes=MAX_TEXT_BYTES,
        error=TextError,
    )
    if "\x00" in text:
        raise TextError(
            translate("PoetryModel", "{file} is not a text file (it holds binary data)").format(
                file=name
            )
        )
    records = split_records(text)
    count = sum(len(r) for r in records)
    if count < MIN_TEXT_CHARS:
        raise TextError(
            translate(
                "PoetryModel",
                "{file} has only {count} characters; at least {least} are needed to train",
            ).format(file=name, count=count, least=MIN_TEXT_CHARS)
        )
    return records


def poem_lines(text: str) -> list[str]:
    """Text laid out as a poem: a line ends after 。 ？ or ！ (a couplet per line)."""
    lines, current = [], []
    for ch in text:
        if ch == "\n":
            if current:
                lines.append("".join(current))
                current = []
            continue
        current.append(ch)
        if ch in "。？！":
            lines.append("".join(current))
            current = []
    if current:
        lines.append("".join(current))
    return lines


def half_lines(text: str) -> tuple[list[str], str]:
    """(the half-lines of ``text`` that end in punctuation, without it; what is left over).
    Line ends are left out, and two marks in a row close an empty half-line."""
    parts = _HALF_LINE_ENDS.split(text.replace("\n", ""))
    return parts[:-1], parts[-1]
