"""The poetry lesson without Qt: a prompt, the text a model writes after it, its branch points.

A `PoetrySession` holds a character model, the prompt, the temperature and the seed, and the
generated text as a list of `GenStep`s: for every character, the scores the model gave every
candidate, the one chosen, and the model's state after reading it. The student may take
another candidate at any step (`branch`): the text after it is dropped and writing goes on
from there; `back` returns to the text as it was before the last branch.

A model of Chinese poems (`script.reads_chinese`) reads the prompt in traditional characters
(``reading``, converted from what was typed: `script.read_as`) and writes traditional
ones; what is shown of the text (`shown_text`, the heatmap's `chars`, the labels of the
`candidates`) is in the session's ``script``, simplified or traditional.

Plain Python, no Qt: the command line (`cli.py`) writes with it, and the lesson's model
(`model.py`) holds one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.core.i18n import translate
from lstm_lab.engine.charmodel import (
    END,
    GREEDY_BELOW,
    START,
    UNKNOWN,
    CharModel,
    Sampler,
    probabilities,
)
from lstm_lab.lessons.poetry.options import DEFAULT_TEMPERATURE, MAX_PROMPT
from lstm_lab.lessons.poetry.script import (
    SIMPLIFIED,
    TRADITIONAL,
    in_script,
    read_as,
    reads_chinese,
    to_simplified,
    unknown_of,
)

#: Candidates shown as bars.
TOP = 10
#: The key of the end marker in `odds` (no single character can be it).
END_KEY = "<end>"
#: Characters before a candidate that its label is converted with (the longest phrase of the
#: conversion table is 15 characters).
LABEL_CONTEXT = 15


@dataclass
class Candidate:
    token: int
    label: str  # the character as shown (end marker, new line and space in words)
    p: float  # at the step's temperature
    p1: float  # at T = 1


@dataclass
class GenStep:
    """One generated character: what the model offered and what was taken."""

    logits: np.ndarray  # scores of every symbol before the choice (float32)
    temperature: float
    token: int
    h: np.ndarray  # state after reading the chosen symbol
    c: np.ndarray
    branched: bool = False  # the student took this one instead of the drawn one


@dataclass
class Branch:
    """What Back returns to: the text before a branch and the sampler's random state."""

    steps: list[GenStep]
    rng_state: dict
    finished: bool
    at: int
    next_logits: np.ndarray


def label_of(char: str, token: int) -> str:
    if token == END:
        return "⏎ end"
    if token == UNKNOWN:
        return "□"
    return {"\n": "↵", " ": "␣", "\t": "⇥"}.get(char, char)


@dataclass
class PoetrySession:
    model: CharModel
    prompt: str = ""
    temperature: float = DEFAULT_TEMPERATURE
    seed: int = 0
    length: int = 64
    steps: list[GenStep] = field(default_factory=list)
    branches: list[Branch] = field(default_factory=list)
    finished: bool = False
    #: The precision the model computes in (float32 in the app; float64 for checks).
    dtype: Any = np.float32
    #: The script the text is shown in (for a model of Chinese poems; others show as written).
    script: str = TRADITIONAL

    def __post_init__(self) -> None:
        self.sampler = Sampler(self.model, dtype=self.dtype)
        self.vocabulary = self.model.vocabulary
        #: The model writes Chinese poems: it reads the prompt in traditional characters.
        self.chinese = reads_chinese(self.model)
        self._shown: tuple[str, str, str] = ("", "", "")  # (text, script, shown text)
        self.restart(self.prompt)

    # ------------------------------------------------------------------ the prompt
    def restart(self, prompt: str | None = None, seed: int | None = None) -> None:
        """Read the prompt afresh (START, then its characters) and forget the continuation."""
        if prompt is not None:
            self.prompt = prompt[:MAX_PROMPT]
        if seed is not None:
            self.seed = int(seed)
        self.rng = np.random.default_rng(self.seed)
        #: The prompt as the model reads it (as many characters as the prompt).
        self.reading = read_as(self.vocabulary.index, self.prompt) if self.chinese else self.prompt
        tokens = [START, *self.vocabulary.encode(self.reading).tolist()]
        h, c = self.sampler.zeros()
        self.prompt_h: list[np.ndarray] = []
        self.prompt_c: list[np.ndarray] = []
        logits = None
        for token in tokens:
            logits, h, c = self.sampler.step(token, h, c)
            self.prompt_h.append(h)
            self.prompt_c.append(c)
        self._next = logits
        self.steps = []
        self.branches = []
        self.finished = False

    @property
    def unknown(self) -> list[str]:
        """The prompt's characters, as typed, that the model does not know in the form it
        reads them (each is read as the unknown symbol □)."""
        return unknown_of(self.vocabulary.index, self.prompt, self.reading)

    # ------------------------------------------------------------------ writing
    def next_logits(self) -> np.ndarray:
        """The scores of the next symbol, after the prompt and the text so far."""
        return self._next

    def step(self) -> GenStep | None:
        """Write one more character (None once the poem ended or the length is reached)."""
        if self.finished or len(self.steps) >= self.length:
            self.finished = True
            return None
        logits = self._next
        token = self.sampler.choose(logits, self.temperature, self.rng)
        return self._take(logits, token, branched=False)

    def _take(self, logits: np.ndarray, token: int, branched: bool) -> GenStep:
        h0, c0 = (
            (self.steps[-1].h, self.steps[-1].c)
            if self.steps
            else (self.prompt_h[-1], self.prompt_c[-1])
        )
        next_logits, h, c = self.sampler.step(token, h0, c0)
        step = GenStep(logits, self.temperature, token, h, c, branched)
        self.steps.append(step)
        self._next = next_logits
        if token == END or len(self.steps) >= self.length:
            self.finished = True
        return step

    def run(self, count: int | None = None) -> int:
        """Write up to ``count`` characters (all that are left by default); how many were."""
        done = 0
        while count is None or done < count:
            if self.step() is None:
                break
            done += 1
        return done

    # ------------------------------------------------------------------ branches
    def branch(self, index: int, token: int) -> None:
        """Take ``token`` at step ``index`` instead, drop what followed; Back undoes it.

        ``index`` may be the next step (the number of steps written): the student then picks
        the next character instead of the model."""
        if not 0 <= index <= len(self.steps):
            raise IndexError(
                translate("PoetrySession", "there is no step {index}").format(index=index)
            )
        if token in (START, UNKNOWN) or not 0 <= token < len(self.vocabulary):
            raise ValueError(
                translate(
                    "PoetrySession",
                    "the model never writes the start marker or the unknown symbol",
                )
            )
        if index == len(self.steps) and self.finished and self.steps:
            if self.steps[-1].token == END or len(self.steps) >= self.length:
                raise IndexError(
                    translate(
                        "PoetrySession",
                        "the text has ended; take another character before its end",
                    )
                )
        self.branches.append(
            Branch(list(self.steps), self.rng.bit_generator.state, self.finished, index, self._next)
        )
        if index < len(self.steps):
            logits, temperature = self.steps[index].logits, self.steps[index].temperature
            self._next = logits
        else:
            logits, temperature = self._next, self.temperature
        self.steps = self.steps[:index]
        self.finished = False
        self.rng = np.random.default_rng([self.seed, len(self.branches)])
        current = self.temperature
        self.temperature = temperature
        self._take(logits, token, branched=True)
        self.temperature = current

    def back(self) -> int | None:
        """Return to the text before the last branch; the index of that branch, or None."""
        if not self.branches:
            return None
        branch = self.branches.pop()
        self.steps = branch.steps
        self.finished = branch.finished
        self.rng = np.random.default_rng(self.seed)
        self.rng.bit_generator.state = branch.rng_state
        self._next = branch.next_logits
        return branch.at

    # ------------------------------------------------------------------ what is shown
    @property
    def generated(self) -> str:
        return self.vocabulary.decode(step.token for step in self.steps)

    @property
    def text(self) -> str:
        """The prompt as the model read it and what it wrote (a Tang model's: traditional)."""
        return self.reading + self.generated

    @property
    def shown_text(self) -> str:
        """`text` as shown, in the session's script (character for character)."""
        text, script = self.text, self.script if self.chinese else TRADITIONAL
        if self._shown[:2] != (text, script):
            self._shown = (text, script, in_script(text, script))
        return self._shown[2]

    @property
    def shown_prompt(self) -> str:
        return self.shown_text[: len(self.reading)]

    def shown_written(self) -> list[str]:
        """Each character written as shown, the end marker as "⏎ end"."""
        shown = self.shown_text
        start = len(self.reading)
        return [
            "⏎ end" if step.token == END else shown[start + k] for k, step in enumerate(self.steps)
        ]

    def chars(self) -> list[str]:
        """Every character of the prompt and the continuation as shown, one per state of the
        heatmap (the start marker first, shown as ▸)."""
        written = self.shown_written()
        return ["▸", *self.shown_prompt] + [
            label_of(ch, step.token) for ch, step in zip(written, self.steps, strict=True)
        ]

    def states(self, which: str = "hidden") -> np.ndarray:
        """(characters, H): the hidden or cell state after reading each character."""
        if which == "cell":
            rows = self.prompt_c + [s.c for s in self.steps]
        else:
            rows = self.prompt_h + [s.h for s in self.steps]
        return np.asarray(rows, dtype=np.float64)

    def candidates(
        self, index: int, top: int = TOP, temperature: float | None = None
    ) -> list[Candidate]:
        """The ``top`` most likely next symbols at step ``index``, at ``temperature`` (by
        default the one that step was written at)."""
        if index < 0 or index > len(self.steps):
            raise IndexError(index)
        if index == len(self.steps):
            logits, written_at = self.next_logits(), self.temperature
        else:
            logits, written_at = self.steps[index].logits, self.steps[index].temperature
        chosen = written_at if temperature is None else temperature
        found = candidates_of(self.sampler, logits, chosen, top)
        if self.chinese and self.script == SIMPLIFIED:
            self._simplify_labels(index, found)
        return found

    def _simplify_labels(self, index: int, found: list[Candidate]) -> None:
        """The candidates' labels in simplified characters, each converted after the text
        before it; the character written there as the text shows it. Two candidates that
        become one character (後 and 后 are both 后) keep their traditional form beside it:
        后（後）."""
        before = (self.reading + self.generated[:index])[-LABEL_CONTEXT:]
        written = self.shown_written()
        taken = self.steps[index].token if index < len(self.steps) else None
        for candidate in found:
            ch = self.vocabulary.symbol(candidate.token)
            if candidate.token < 3 or ch != candidate.label:  # the end, a line end, a space
                continue
            if candidate.token == taken:
                candidate.label = written[index]
            else:
                candidate.label = to_simplified(before + ch)[-1]
        labels = [candidate.label for candidate in found]
        for candidate in found:
            ch = self.vocabulary.symbol(candidate.token)
            if candidate.token >= 3 and labels.count(candidate.label) > 1 and ch != candidate.label:
                candidate.label = f"{candidate.label}（{ch}）"


def candidates_of(sampler: Sampler, logits: np.ndarray, temperature: float, top: int = TOP):
    masked = sampler.masked(logits)
    p_t = probabilities(masked, temperature)
    p_1 = probabilities(masked, 1.0)
    order = np.argsort(-p_t if temperature >= GREEDY_BELOW else -p_1, kind="stable")[:top]
    vocabulary = sampler.model.vocabulary
    return [
        Candidate(int(k), label_of(vocabulary.symbol(int(k)), int(k)), float(p_t[k]), float(p_1[k]))
        for k in order
    ]


def odds(sampler: Sampler, logits: np.ndarray, temperature: float, top: int = TOP) -> dict:
    """The next symbol's odds as JSON: ``probabilities`` maps every symbol the model may write
    (each character, and the end marker as `END_KEY`) to its probability at ``temperature``;
    ``top`` lists the ``top`` candidates the bars show, each with its probability at the
    temperature (``p``) and at T = 1 (``p1``)."""
    masked = sampler.masked(logits)
    p_t = probabilities(masked, temperature)
    vocabulary = sampler.model.vocabulary
    keys = [END_KEY, *vocabulary.chars]
    return {
        "probabilities": {key: float(p) for key, p in zip(keys, p_t[END:], strict=True)},
        "top": [
            {
                "symbol": END_KEY if c.token == END else vocabulary.symbol(c.token),
                "label": c.label,
                "p": c.p,
                "p1": c.p1,
            }
            for c in candidates_of(sampler, logits, temperature, top)
        ],
    }


def units_by_strength(states: np.ndarray) -> list[tuple[int, float, int]]:
    """Every unit of ``states`` (characters, units), the most active first: (unit, its
    strongest state, the character after which it has it). The strongest state is the one
    largest in magnitude over the text (the first such character if it is reached twice);
    units follow each other by that magnitude, largest first, equal ones by their number."""
    if states.ndim != 2 or not states.size:
        return []
    at = np.argmax(np.abs(states), axis=0)
    peak = states[at, np.arange(states.shape[1])]
    order = np.argsort(-np.abs(peak), kind="stable")
    return [(int(unit), float(peak[unit]), int(at[unit])) for unit in order]


def most_active(states: np.ndarray, unit: int, count: int = 8) -> list[int]:
    """The indexes of the ``count`` characters where ``unit`` is largest in magnitude."""
    values = np.abs(states[:, unit])
    count = min(count, len(values))
    return sorted(np.argsort(-values, kind="stable")[:count].tolist())
