"""The poetry lesson's model: what the student chose, what the model wrote, what was trained.

Plain Python, no Qt. It holds the options a lesson file keeps (see `options.py`), the
character model that writes (built in, trained here or loaded from a file), the text it wrote
after the prompt (a `PoetrySession`) and the texts it wrote before (their form is counted:
`form_stats`), what the student picked (the step whose candidates are shown, the unit marked
in the heatmap) and the training run of the Train view. Each field has
its own event; the Qt adapter (`lstm_lab.lessons.poetry.qt.state.PoetryState`) turns them
into signals.

Writing and training are iterators pulled by whoever drives them (the window's pumps, a test):
`start_writing()` gives one character per item, `start_training()` one small piece of work per
item (a batch, a sample). The driver says when a run ended (`end_writing`, `end_training`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lstm_lab.core.engine_words import error_text
from lstm_lab.core.events import Events, event
from lstm_lab.core.files import write_bytes_replacing
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from lstm_lab.core.lesson import Lesson, LessonError
from lstm_lab.engine.charmodel import END, CharModel, ModelError, model_bytes
from lstm_lab.lessons.poetry.options import DEFAULT_OPTIONS, KIND, MAX_PROMPT, check_options
from lstm_lab.lessons.poetry.poemform import (
    CorpusLines,
    FormStats,
    Written,
    corpus_lines,
    form_statistics,
)
from lstm_lab.lessons.poetry.script import (
    SCRIPTS,
    read_as,
    reads_chinese,
    script_of_language,
    unknown_of,
)
from lstm_lab.lessons.poetry.session import (
    Candidate,
    GenStep,
    PoetrySession,
    most_active,
)
from lstm_lab.lessons.poetry.textdata import (
    CORPORA,
    MODELS,
    poem_lines,
    read_model_file,
    shipped_model,
)
from lstm_lab.lessons.poetry.training import Built, Progress, Sample, snapshot, training_run

EVENTS = (
    event("options"),  # any option changed (what a lesson file keeps)
    event("prompt", str),  # (text,) the prompt typed changed
    event("temperature", float),  # (T,) the temperature in use changed (0: greedy)
    event("seed", int),  # (seed,)
    event("length", int),  # (characters,) the most the text may have
    event("speed", int),  # (characters a second,) the pace of writing
    event("states", str),  # ("hidden" or "cell",) the states the heatmap shows
    event("char_model", signal="charModelChanged"),  # another model writes: a new text
    event("choices"),  # a model trained here or loaded became one to choose
    event("text"),  # the text changed: a character more, a branch, Back, a restart
    event("selection"),  # the step whose candidates are shown changed
    event("unit"),  # the unit marked in the heatmap changed (or none is)
    event("writing", bool),  # (running,) writing started or ended
    event("corpus", str),  # (name,) the text to train on changed
    event("training", bool),  # (running,) a training run started or ended
    event("loss", int, float, signal="lossAdded"),  # (step, loss) a point of the loss curve
    event("sample", int, str, signal="sampled"),  # (step, text) what the model writes now
    event("train_status", str, signal="trainStatusChanged"),  # (text,)
    event("views"),  # the hidden views changed
    event("script", str),  # ("simplified" or "traditional",) the script the text is shown in
    event("lesson"),  # a lesson was applied
)
EVENT_NAMES = tuple(spec.name for spec in EVENTS)

DEFAULT_TITLE = QT_TRANSLATE_NOOP("PoetryModel", "Write like a Tang poet")
#: The shipped texts whose models lay their text out as poems.
POEM_CORPORA = ("tang5", "tang300")
TRAIN_HINT = QT_TRANSLATE_NOOP(
    "PoetryModel",
    "Pick a text and press Train: the model starts from random "
    "weights and writes gibberish, then verse.",
)


@dataclass(frozen=True)
class ModelDetails:
    """What the window says of the model that writes: its size and what its info records of
    its training and of the bigram model it is compared with (None: not recorded)."""

    name: str  # "tang", "shakespeare", "trained" or "loaded"
    corpus: str | None  # the shipped text it learned, if its info names one
    poems: bool  # its texts are poems (a per-character loss counts the Chinese characters)
    symbols: int
    hidden: int
    layers: int  # stacked LSTM layers
    weights: int  # every number of the model
    file_bytes: int | None  # the size of its file (None: not read from a file)
    epochs: int | None
    held_out_loss: float | None  # nats per symbol
    held_out_loss_per_char: float | None  # nats per Chinese character
    held_out_records: int | None
    bigram_loss: float | None
    bigram_loss_per_char: float | None
    bigram_samples: int | None
    bigram_temperature: float | None
    bigram_five_share: float | None
    bigram_four_or_eight_share: float | None
    bigram_word_share: float | None


def model_details(name: str, model: CharModel) -> ModelDetails:
    """What ``model`` (writing as ``name``) and its info say; a figure that is missing, not a
    positive number or not whole where it must be is None."""
    info = model.info

    def number(key: str) -> float | None:
        value = info.get(key)
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return float(value) if ok and math.isfinite(value) and value > 0 else None

    def whole(key: str) -> int | None:
        value = number(key)
        return int(value) if value is not None and value == int(value) else None

    corpus = info.get("corpus")
    return ModelDetails(
        name,
        corpus if corpus in CORPORA else None,
        info.get("layout") == "poem",
        len(model.vocabulary),
        model.hidden,
        model.layers,
        model.parameter_count(),
        model.file_bytes,
        whole("epochs"),
        number("held_out_loss"),
        number("held_out_loss_per_char"),
        whole("held_out_records"),
        number("bigram_loss"),
        number("bigram_loss_per_char"),
        whole("bigram_samples"),
        number("bigram_temperature"),
        number("bigram_five_share"),
        number("bigram_four_or_eight_share"),
        number("bigram_word_share"),
    )


def file_size(count: int) -> str:
    """A file's size in words: "1.68 MB", "280 kB", "912 bytes"."""
    if count >= 1_000_000:
        return f"{count / 1e6:.2f} MB"
    if count >= 10_000:
        return f"{count / 1e3:.0f} kB"
    return translate("PoetryModel", "{count} bytes").format(count=f"{count:,}")


def describe_model(model: CharModel) -> str:
    """The model's size and held-out loss in one line of plain English (the command line's
    words; the window says the same through tr())."""
    details = model_details("loaded", model)
    if details.layers == 1:
        layers = translate("PoetryModel", "1 layer")
    else:
        layers = translate("PoetryModel", "{count} layers").format(count=details.layers)
    words = translate(
        "PoetryModel", "LSTM of {units} units, {layers}, {weights} weights, {symbols} symbols"
    ).format(
        units=details.hidden,
        layers=layers,
        weights=f"{details.weights:,}",
        symbols=f"{details.symbols:,}",
    )
    if details.file_bytes is not None:
        words = translate("PoetryModel", "{model}, file {size}").format(
            model=words, size=file_size(details.file_bytes)
        )
    if details.held_out_loss is not None:
        count = details.held_out_records
        if count:
            more = translate(
                "PoetryModel",
                "{model}; held-out loss on {count} records it never read: {loss} nats per symbol",
            )
        else:
            more = translate("PoetryModel", "{model}; held-out loss: {loss} nats per symbol")
        words = more.format(
            model=words, count=f"{count or 0:,}", loss=f"{details.held_out_loss:.2f}"
        )
    return words


class PoetryModel:
    """Options, the writing model, the text, the selection and training of one poetry lesson."""

    EVENTS = EVENTS  # the events a Qt adapter re-emits (lstm_lab.ui.adapter)

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        self.events = Events(*EVENTS)
        self._options = check_options(options or DEFAULT_OPTIONS)
        self._greedy = False
        self._lesson: Lesson | None = None
        self._lesson_model = self._options["model"]
        self._hidden_views: frozenset[str] = frozenset()
        #: The script a Chinese model's text is shown in: the reader's, by the language.
        self._script = script_of_language(current_language())
        self._model_name = self._options["model"]
        self._char_model = shipped_model(self._model_name)
        self._loaded: CharModel | None = None
        self._choices: dict[str, str] = {}
        self._session = self._new_session()
        self._written: list[Written] = []  # texts this model wrote before the one shown
        self._selected: int | None = None
        self._unit: int | None = None
        self._writing = False
        self._corpus = next(iter(CORPORA))
        self._trained_on = self._corpus
        self._train_hidden = 128
        self._sample_every = 100
        self._training = False
        self._trainee: CharModel | None = None
        self._train_steps = 0
        self._losses: list[tuple[int, float]] = []
        self._samples: list[tuple[int, str]] = []
        self._train_status = translate("PoetryModel", TRAIN_HINT)

    # ----------------------------------------------------------------- the options
    @property
    def options(self) -> dict[str, Any]:
        """The options as a lesson file keeps them (the model: the built-in one writing, or
        the lesson's where a model trained here or loaded writes)."""
        model = self._model_name if self._model_name in MODELS else self._lesson_model
        return {**self._options, "model": model}

    def option(self, name: str) -> Any:
        return self._options[name]

    @property
    def prompt(self) -> str:
        """The prompt as typed (the text restarts from it at the next Write)."""
        return self._options["prompt"]

    @property
    def greedy(self) -> bool:
        return self._greedy

    @property
    def temperature(self) -> float:
        """The temperature in use: the option's, or 0 when greedy."""
        return 0.0 if self._greedy else float(self._options["temperature"])

    @property
    def states_shown(self) -> str:
        """ "hidden" or "cell": the states the heatmap shows."""
        return self._options["state"]

    def set_prompt(self, text: str) -> None:
        text = text[:MAX_PROMPT]
        if self._set_option("prompt", text):
            self.events.prompt.emit(text)
            self.events.options.emit()

    def set_temperature(self, value: float) -> None:
        """The slider's temperature (used unless greedy); the bars follow it."""
        value = round(float(value), 2)
        if self._set_option("temperature", value):
            self._session.temperature = self.temperature
            self.events.temperature.emit(self.temperature)
            self.events.options.emit()

    def set_greedy(self, greedy: bool) -> None:
        """Always take the most likely character (the limit T → 0), or not."""
        if bool(greedy) != self._greedy:
            self._greedy = bool(greedy)
            self._session.temperature = self.temperature
            self.events.temperature.emit(self.temperature)

    def set_seed(self, seed: int) -> None:
        """A new seed; unless writing goes on, the text starts afresh with it."""
        if not self._set_option("seed", int(seed)):
            return
        if not self._writing:
            self._keep_written()
            self._session.restart(self._session.prompt, seed=int(seed))
            self._selected = None
            self.events.text.emit()
        self.events.seed.emit(int(seed))
        self.events.options.emit()

    def set_length(self, length: int) -> None:
        if self._set_option("length", int(length)):
            self._session.length = int(length)
            self.events.length.emit(int(length))
            self.events.options.emit()

    def set_speed(self, speed: int) -> None:
        if self._set_option("speed", int(speed)):
            self.events.speed.emit(int(speed))
            self.events.options.emit()

    def set_states_shown(self, which: str) -> None:
        """Show the "hidden" or the "cell" states; no unit is marked then."""
        if which not in ("hidden", "cell") or not self._set_option("state", which):
            return
        self.events.states.emit(which)
        if self._unit is not None:
            self._unit = None
            self.events.unit.emit()
        self.events.options.emit()

    # ----------------------------------------------------------------- the writing model
    @property
    def model_name(self) -> str:
        """ "tang", "shakespeare", "trained" or "loaded"."""
        return self._model_name

    @property
    def char_model(self) -> CharModel:
        return self._char_model

    @property
    def is_poem(self) -> bool:
        """The model's texts are poems (laid out a couplet per line)."""
        return self._char_model.info.get("layout") == "poem"

    @property
    def choices(self) -> dict[str, str]:
        """The models trained here or loaded that may be chosen: key → title."""
        return dict(self._choices)

    def unknown(self) -> list[str]:
        """The characters of the prompt typed that the model does not know (for a model of
        Chinese poems: whose traditional form it does not know)."""
        prompt, known = self.prompt, self._char_model.vocabulary.index
        read = read_as(known, prompt) if reads_chinese(self._char_model) else prompt
        return unknown_of(known, prompt, read)

    # ----------------------------------------------------------------- the script shown
    @property
    def script(self) -> str:
        """The script the text is shown in: "simplified" or "traditional" (the model reads
        and writes traditional characters either way)."""
        return self._script

    @property
    def shows_script(self) -> bool:
        """The model writes Chinese poems, so its text may be shown in either script."""
        return reads_chinese(self._char_model)

    def set_script(self, script: str) -> None:
        """Show the text (the poem, the bars, the heatmap, what is copied) in ``script``."""
        if script not in SCRIPTS:
            raise ValueError(f"the script is simplified or traditional, not {script!r}")
        if script != self._script:
            self._script = script
            self._session.script = script
            self.events.script.emit(script)

    def shown_prompt(self) -> str:
        """The prompt as the text shows it (as the model read it, in the script shown)."""
        return self._session.shown_prompt

    def model_details(self) -> ModelDetails:
        """The model that writes and what its info records (the window says it in words)."""
        return model_details(self._model_name, self._char_model)

    def choose_model(self, name: str) -> bool:
        """Write with the built-in model ``name``, or the one trained here ("trained": its
        weights as they are now) or loaded ("loaded"). ModelError if a built-in model cannot
        be loaded (nothing changes); False if there is no such model."""
        if name in MODELS:
            model = shipped_model(name)
        elif name == "trained" and self._trainee is not None:
            model = self._trained_copy()
        elif name == "loaded" and self._loaded is not None:
            model = self._loaded
        else:
            return False
        self._use_model(name, model)
        return True

    def load_model(self, path: str) -> None:
        """Write with the model saved at ``path``; ModelError (nothing changes) if it cannot
        be read."""
        model = read_model_file(path)
        self._loaded = model
        name = model.info.get("name", translate("PoetryModel", "a model"))
        self._add_choice("loaded", translate("PoetryModel", "Loaded: {name}").format(name=name))
        self._use_model("loaded", model)

    # ----------------------------------------------------------------- the text
    @property
    def session(self) -> PoetrySession:
        return self._session

    @property
    def selected(self) -> int | None:
        """The step whose candidates are shown (None: the last one written)."""
        return self._selected

    @property
    def unit(self) -> int | None:
        """The unit marked in the heatmap (None: none)."""
        return self._unit

    @property
    def writing(self) -> bool:
        return self._writing

    @property
    def can_go_back(self) -> bool:
        return bool(self._session.branches)

    def start_writing(self) -> Iterator[GenStep] | None:
        """Continue the text (a changed prompt, or an ended text, starts afresh): the
        characters as they are written, or None if writing goes on already."""
        session = self._session
        if self.prompt != session.prompt or session.finished:
            self._keep_written()
            session.restart(self.prompt, seed=self._options["seed"])
            self._unit = None
        session.temperature = self.temperature
        session.length = self._options["length"]
        return self.continue_writing()

    def continue_writing(self) -> Iterator[GenStep] | None:
        """Write on from the text as it is; None if writing goes on already."""
        if self._writing:
            return None
        self._set_writing(True)
        return self._write(self._session)

    def _write(self, session: PoetrySession) -> Iterator[GenStep]:
        # Ends when the text does, when writing is stopped or when another text replaced it.
        while self._writing and self._session is session:
            step = session.step()
            if step is None:
                return
            self._selected = None
            self.events.text.emit()
            yield step

    def end_writing(self) -> None:
        """Writing stopped or the text ended."""
        self._set_writing(False)

    def select_step(self, index: int | None) -> None:
        self._selected = index
        self.events.selection.emit()

    def take_candidate(self, index: int, token: int) -> bool:
        """The student took ``token`` at step ``index``: the text branches there. True if
        writing may go on from it; IndexError or ValueError (nothing changes) if it cannot
        be taken."""
        self._session.branch(index, token)
        self._selected = index
        self.events.text.emit()
        return not self._session.finished

    def go_back(self) -> int | None:
        """Stop writing and return to the text before the last branch: the step it was at, or
        None if there is no branch."""
        self._set_writing(False)
        at = self._session.back()
        if at is not None:
            self._selected = at
            self.events.text.emit()
        return at

    def select_unit(self, unit: int) -> None:
        """Mark ``unit`` in the heatmap (the unit marked already: none)."""
        self._unit = None if unit == self._unit else int(unit)
        self.events.unit.emit()

    def written(self) -> list[str]:
        """The characters written as shown, the end marker as "⏎ end"."""
        return self._session.shown_written()

    def marked_in_heatmap(self) -> set[int]:
        """The heatmap's columns where the marked unit is strongest (▸ is column 0)."""
        if self._unit is None:
            return set()
        return set(most_active(self._session.states(self.states_shown), self._unit))

    def marked_in_text(self) -> set[int]:
        """The same characters as indexes into the prompt and the text (which have no ▸)."""
        return {k - 1 for k in self.marked_in_heatmap() if k >= 1}

    def bars_step(self) -> tuple[int | None, list[Candidate], int | None, float, str]:
        """What the bars show: the step, its candidates at the temperature in use, the token
        written there (None: not yet), that temperature and the text before the step."""
        session = self._session
        steps = session.steps
        if not steps and not session.prompt:
            return None, [], None, session.temperature, ""
        index = self._selected
        if index is None:
            index = len(steps) - 1 if steps else 0
        index = min(index, len(steps))
        chosen = steps[index].token if index < len(steps) else None
        # The bars follow the slider, so moving it shows what temperature does to this step.
        temperature = session.temperature
        context = session.shown_text[: len(session.reading) + index][-8:].replace("\n", " ")
        candidates = session.candidates(index, temperature=temperature)
        return index, candidates, chosen, temperature, context

    def laid_out_text(self) -> str:
        """The prompt and the text as copied, in the script shown: a poem a couplet per
        line."""
        text = self._session.shown_text
        return "\n".join(poem_lines(text)) if self.is_poem else text

    def form_corpus(self) -> CorpusLines | None:
        """The lines of the poems the model writing learned from (a shipped text of poems its
        info names), to tell a copied line; None if there is none."""
        corpus = self._char_model.info.get("corpus")
        if corpus in CORPORA and CORPORA[corpus].layout == "poem":
            return corpus_lines(corpus)
        return None

    def form_stats(self) -> FormStats:
        """The form of every text this model wrote in this window since it was chosen (the
        prompt included), the one shown too (see `lstm_lab.lessons.poetry.poemform`)."""
        written = [*self._written, *self._shown_text()]
        # The corpus's lines are read (once) when there is something to compare with them.
        return form_statistics(written, self.form_corpus() if written else None)

    def _shown_text(self) -> list[Written]:
        steps = self._session.steps
        return [Written(self._session.text, steps[-1].token == END)] if steps else []

    def _keep_written(self) -> None:
        """The text shown is about to be replaced by a new one: count it with the others."""
        self._written += self._shown_text()

    # ----------------------------------------------------------------- training
    @property
    def corpus(self) -> str:
        """The text to train on: a shipped text's name, or "file"."""
        return self._corpus

    @property
    def training(self) -> bool:
        return self._training

    @property
    def trainee(self) -> CharModel | None:
        """The model of the last training run (trained in place while it runs)."""
        return self._trainee

    @property
    def train_steps(self) -> int:
        """Batches trained in the last run."""
        return self._train_steps

    @property
    def losses(self) -> list[tuple[int, float]]:
        """The loss curve of the last run: (step, loss) at step 1 and every fifth."""
        return list(self._losses)

    @property
    def samples(self) -> list[tuple[int, str]]:
        return list(self._samples)

    @property
    def train_status(self) -> str:
        return self._train_status

    @property
    def train_hidden(self) -> int:
        """Units of the model the next run trains."""
        return self._train_hidden

    @property
    def sample_every(self) -> int:
        """Batches between two samples of the next run."""
        return self._sample_every

    def set_train_hidden(self, units: int) -> None:
        self._train_hidden = int(units)

    def set_sample_every(self, steps: int) -> None:
        self._sample_every = max(1, int(steps))

    def set_train_status(self, text: str) -> None:
        """The training's status line says ``text`` (a text that cannot be used)."""
        if text != self._train_status:
            self._train_status = text
            self.events.train_status.emit(text)

    def set_corpus(self, name: str) -> None:
        if name != self._corpus and (name in CORPORA or name == "file"):
            self._corpus = name
            self.events.corpus.emit(name)

    def start_training(
        self, records: Sequence[str], title: str, max_chars: int | None
    ) -> Iterator[Built | Progress | Sample | None]:
        """A run from random weights on ``records`` (of the text ``title``), for ever: one
        small piece of work per item. The model records what each piece gives."""
        self._training = True
        self._trained_on = self._corpus
        self._train_steps = 0
        self._losses, self._samples = [], []
        self.events.training.emit(True)
        self.set_train_status(translate("PoetryModel", "Training on {title}…").format(title=title))
        run = training_run(records, self._train_hidden, max_chars, 0, self._sample_every)
        return self._follow(run)

    def _follow(self, run: Iterator) -> Iterator[Built | Progress | Sample | None]:
        for item in run:
            if isinstance(item, Built):
                self._trainee = item.model
                if self._trained_on in CORPORA:  # the text it learns, to tell a copied line
                    self._trainee.info["corpus"] = self._trained_on
            elif isinstance(item, Progress):
                self._note_progress(item.step, item.loss)
            elif isinstance(item, Sample):
                self._samples.append((item.step, item.text))
                self.events.sample.emit(item.step, item.text)
            yield item

    def _note_progress(self, step: int, loss: float) -> None:
        self._train_steps = step
        if step % 5 == 0 or step == 1:
            self._losses.append((step, loss))
            self.events.loss.emit(step, loss)
        if step % 10 == 0 or step == 1:
            if self._trained_on == "tang300" and loss < 1.5:
                status = translate(
                    "PoetryModel",
                    "Step {step}: loss {loss} nats per symbol. The loss is low: it is learning "
                    "these 320 poems by heart.",
                )
            else:
                status = translate("PoetryModel", "Step {step}: loss {loss} nats per symbol.")
            self.set_train_status(status.format(step=step, loss=f"{loss:.3f}"))

    def end_training(self, reason: str, error: BaseException | None = None) -> None:
        """A run ended: "stopped", or "failed" with the ``error`` that ended it."""
        if reason == "failed" and isinstance(error, ModelError):
            message = translate(
                "PoetryModel", "{problem} {steps} steps. Write with it, or save it."
            )
        elif reason == "failed":
            message = translate(
                "PoetryModel",
                "Training stopped: {problem} {steps} steps. Write with it, or save it.",
            )
        else:
            message = translate("PoetryModel", "Stopped. {steps} steps. Write with it, or save it.")
        if self._trainee is not None:
            self._trainee.info.update(steps=self._train_steps)
        self._training = False
        self.events.training.emit(False)
        problem = error_text(error) if error is not None else ""
        self.set_train_status(message.format(problem=problem, steps=self._train_steps))

    def use_trained(self) -> bool:
        """Write with the model trained here, its weights as they are now (training goes on
        apart); False if there is none."""
        if self._trainee is None:
            return False
        self._trainee.info["layout"] = "poem" if self._trained_on in POEM_CORPORA else "text"
        self._add_choice("trained", translate("PoetryModel", "Trained here"))
        self._use_model("trained", self._trained_copy())
        return True

    def save_trained(self, path: str) -> bool:
        """Save the model trained here at ``path`` (a `WriteError`, an OSError, if it cannot be
        written); False if there is none."""
        if self._trainee is None:
            return False
        write_bytes_replacing(
            path, model_bytes(self._trainee), what=translate("PoetryModel", "a text model")
        )
        return True

    # ----------------------------------------------------------------- the lesson
    @property
    def lesson(self) -> Lesson | None:
        return self._lesson

    @property
    def hidden_views(self) -> frozenset[str]:
        return self._hidden_views

    def set_lesson_info(self, lesson: Lesson | None) -> None:
        self._lesson = lesson

    def set_hidden_views(self, hidden: frozenset[str]) -> None:
        if hidden != self._hidden_views:
            self._hidden_views = frozenset(hidden)
            self.events.views.emit()

    def lesson_of(self) -> Lesson:
        """The lesson that reproduces what the model holds (texts from the lesson in effect)."""
        base = self._lesson or Lesson(title=translate("PoetryModel", DEFAULT_TITLE), kind=KIND)
        return base.replace(kind=KIND, options=self.options, hidden_views=self._hidden_views)

    def apply_lesson(self, lesson: Lesson) -> None:
        """Put a poetry lesson's options and views into the model: its built-in model writes
        afresh, not greedy, nothing selected. LessonError (nothing changes) for another
        kind or options that cannot be used; ModelError if the built-in model cannot be
        loaded (the rest is applied, the model writing stays)."""
        if lesson.kind != KIND:
            raise LessonError(
                translate("PoetryModel", "this window shows poetry lessons, not {kind}").format(
                    kind=repr(lesson.kind)
                )
            )
        options = check_options(lesson.options)
        self._set_writing(False)
        self._options = options
        self._lesson_model = options["model"]
        self._greedy = False
        self._lesson = lesson
        self._unit = None
        problem: ModelError | None = None
        try:
            model = shipped_model(options["model"])
        except ModelError as error:
            problem = error
        else:
            self._model_name, self._char_model = options["model"], model
            self._session = self._new_session()
            self._written = []
            self._selected = None
        self.set_hidden_views(lesson.hidden_views)
        self.events.prompt.emit(self.prompt)
        self.events.temperature.emit(self.temperature)
        for name in ("seed", "length", "speed"):
            getattr(self.events, name).emit(options[name])
        self.events.states.emit(options["state"])
        self.events.char_model.emit()
        self.events.unit.emit()
        self.events.options.emit()
        self.events.lesson.emit()
        if problem is not None:
            raise problem

    # ----------------------------------------------------------------- internals
    def _set_option(self, name: str, value: Any) -> bool:
        if self._options[name] == value:
            return False
        self._options[name] = value
        return True

    def _new_session(self) -> PoetrySession:
        return PoetrySession(
            self._char_model,
            self.prompt,
            temperature=self.temperature,
            seed=self._options["seed"],
            length=self._options["length"],
            script=self._script,
        )

    def _use_model(self, name: str, model: CharModel) -> None:
        self._set_writing(False)
        self._model_name, self._char_model = name, model
        self._session = self._new_session()
        self._written = []
        self._unit = None
        self._selected = None
        self.events.char_model.emit()
        self.events.unit.emit()
        self.events.options.emit()

    def _trained_copy(self) -> CharModel:
        return snapshot(self._trainee)

    def _add_choice(self, key: str, title: str) -> None:
        if self._choices.get(key) != title:
            self._choices[key] = title
            self.events.choices.emit()

    def _set_writing(self, running: bool) -> None:
        if running != self._writing:
            self._writing = running
            self.events.writing.emit(running)
