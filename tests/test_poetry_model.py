"""The poetry lesson's model driven alone, without Qt: options, the model that writes, the
prompt, writing, branching and Back, the lesson round trip, training on a tiny text."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from dataclasses import replace

import pytest

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.lesson import Lesson, LessonError, lesson_from_json
from lstm_lab.engine.charmodel import END, ModelError
from lstm_lab.lessons.poetry.model import EVENT_NAMES, PoetryModel, model_details
from lstm_lab.lessons.poetry.options import DEFAULT_OPTIONS
from lstm_lab.lessons.poetry.poemform import Written, corpus_lines, form_statistics
from lstm_lab.lessons.poetry.session import PoetrySession
from lstm_lab.lessons.poetry.textdata import shipped_model
from lstm_lab.lessons.poetry.training import Built, Progress, Sample

TINY = ["白日依山盡，黃河入海流。欲窮千里目，更上一層樓。"] * 30


@pytest.fixture
def model():
    return PoetryModel()


@pytest.fixture
def heard(model):
    """Every event the model emits, in order, with its arguments."""
    events: list[tuple] = []
    for name in EVENT_NAMES:
        getattr(model.events, name).connect(lambda *args, name=name: events.append((name, *args)))
    return events


def names(heard) -> list[str]:
    return [event[0] for event in heard]


def write(model, count: int | None = None) -> int:
    """Pull the writing iterator as the window's pump would; the characters written."""
    steps = model.start_writing()
    assert steps is not None
    done = sum(1 for _ in itertools.islice(steps, count))
    if count is None or done < count:
        model.end_writing()
    return done


def test_the_options_change_one_at_a_time_each_with_its_event(model, heard):
    model.set_prompt("山")
    model.set_temperature(1.25)
    model.set_seed(7)
    model.set_length(20)
    model.set_speed(90)
    model.set_states_shown("cell")
    assert model.options == {
        "model": "tang",
        "prompt": "山",
        "temperature": 1.25,
        "seed": 7,
        "length": 20,
        "state": "cell",
        "speed": 90,
    }
    assert ("prompt", "山") in heard and ("temperature", 1.25) in heard
    assert ("seed", 7) in heard and ("length", 20) in heard and ("speed", 90) in heard
    assert ("states", "cell") in heard and names(heard).count("options") == 6
    heard.clear()
    model.set_seed(7)  # no change, no event
    assert heard == []
    assert model.session.temperature == 1.25 and model.session.length == 20


def test_greedy_uses_temperature_zero_and_keeps_the_slider_option(model, heard):
    model.set_temperature(1.5)
    model.set_greedy(True)
    assert model.temperature == 0.0 and model.session.temperature == 0.0
    assert model.options["temperature"] == 1.5 and heard[-1] == ("temperature", 0.0)
    write(model)
    session = model.session
    top = [session.candidates(k)[0].token for k in range(len(session.steps))]
    assert top == [step.token for step in session.steps]
    model.set_greedy(False)
    assert model.session.temperature == 1.5


def test_the_prompt_names_characters_the_model_does_not_know(model):
    model.set_prompt("春Z")
    assert model.unknown() == ["Z"]
    model.set_prompt("春")
    assert model.unknown() == []


def test_writing_a_few_characters_then_to_the_end(model, heard):
    model.set_prompt("月")
    assert write(model, 3) == 3
    assert model.writing and len(model.session.steps) == 3
    assert names(heard).count("text") == 3 and ("writing", True) in heard
    assert model.start_writing() is None  # writing goes on already
    model.end_writing()
    assert not model.writing and heard[-1] == ("writing", False)
    # The same prompt, temperature and seed write what the command line writes.
    write(model)
    again = PoetrySession(shipped_model("tang"), "月", temperature=0.8, seed=0, length=64)
    again.run()
    assert model.session.finished and model.session.text == again.text
    assert model.written()[-1] == "⏎ end" and model.session.steps[-1].token == END
    assert model.laid_out_text().replace("\n", "") == again.text


def test_a_changed_prompt_or_an_ended_text_starts_afresh(model):
    write(model)
    ended = model.session.text
    write(model)  # ended: the same text again from the start
    assert model.session.text == ended
    model.set_prompt("山")
    write(model, 2)
    model.end_writing()
    assert model.session.prompt == "山" and len(model.session.steps) == 2


def test_taking_another_candidate_branches_and_back_returns(model, heard):
    write(model)
    session = model.session
    before = session.text
    model.select_step(2)
    index, candidates, chosen, temperature, context = model.bars_step()
    assert index == 2 and chosen == session.steps[2].token and temperature == 0.8
    assert context == session.text[: len(session.prompt) + 2][-8:]
    other = next(c for c in candidates if c.token != chosen)
    heard.clear()
    assert model.take_candidate(2, other.token)  # writing may go on from it
    assert session.steps[2].token == other.token and session.steps[2].branched
    assert model.selected == 2 and model.can_go_back and names(heard) == ["text"]
    write(model)
    assert session.text != before
    assert model.go_back() == 2
    assert session.text == before and not model.can_go_back and model.selected == 2
    assert model.go_back() is None  # no branch left
    with pytest.raises(IndexError):
        model.take_candidate(len(session.steps) + 5, other.token)


def test_a_unit_marks_its_strongest_characters_in_the_heatmap_and_the_text(model, heard):
    write(model)
    model.select_unit(7)
    assert model.unit == 7 and heard[-1] == ("unit",)
    marked = model.marked_in_heatmap()
    assert len(marked) == 8 and model.marked_in_text() == {k - 1 for k in marked if k >= 1}
    model.set_states_shown("cell")  # other states: no unit marked
    assert model.unit is None and model.marked_in_text() == set()
    model.select_unit(3)
    model.select_unit(3)  # the same unit again: none
    assert model.unit is None


def test_choosing_a_model_writes_afresh_with_it(model, heard):
    write(model, 4)
    model.select_unit(1)
    heard.clear()
    assert model.choose_model("shakespeare")
    assert model.model_name == "shakespeare" and model.char_model.info.get("layout") != "poem"
    assert not model.writing and model.session.steps == [] and model.unit is None
    assert {"writing", "char_model", "options"} <= set(names(heard))
    assert model.options["model"] == "shakespeare"
    details = model.model_details()
    assert (details.name, details.poems, details.hidden) == ("shakespeare", False, 128)
    assert details.held_out_loss == model.char_model.info["held_out_loss"]
    assert details.held_out_loss_per_char is None and details.bigram_five_share is None
    assert not model.choose_model("trained")  # none trained yet
    with pytest.raises(ModelError):
        model.load_model(__file__)
    assert model.model_name == "shakespeare"


def test_the_lesson_round_trips(model, heard):
    model.set_prompt("山")
    model.set_seed(42)
    model.set_states_shown("cell")
    lesson = model.lesson_of()
    assert lesson.kind == "poetry" and lesson.title == "Write like a Tang poet"
    again = lesson_from_json(json.loads(json.dumps(lesson.to_json())))
    other = PoetryModel()
    other.apply_lesson(again)
    assert other.options == model.options and other.session.prompt == "山"
    assert other.lesson_of().to_json() == lesson.to_json()

    heard.clear()
    builtin = lesson_by_name("poetry-tang")
    model.set_greedy(True)
    model.apply_lesson(builtin)
    assert model.lesson is builtin and not model.greedy and model.unit is None
    assert model.options == {**DEFAULT_OPTIONS, **builtin.options}
    assert model.session.prompt == builtin.options.get("prompt", DEFAULT_OPTIONS["prompt"])
    assert "lesson" in names(heard) and "char_model" in names(heard)
    with pytest.raises(LessonError):
        model.apply_lesson(Lesson(title="x", kind="forecast"))
    with pytest.raises(LessonError, match="temperature"):
        model.apply_lesson(Lesson(title="x", kind="poetry", options={"temperature": 9}))
    assert model.lesson is builtin  # nothing changed


def test_a_few_training_steps_on_a_tiny_text(model, heard, tmp_path):
    model.set_train_hidden(32)
    model.set_sample_every(10)
    run = model.start_training(TINY, "tiny", None)
    assert model.training and model.train_status == "Training on tiny…"
    items = []
    for item in run:  # as the window's pump pulls it
        items.append(item)
        if model.train_steps >= 12:
            break
    assert any(isinstance(item, Built) for item in items)
    assert [item.step for item in items if isinstance(item, Progress)][:3] == [1, 2, 3]
    assert [item.step for item in items if isinstance(item, Sample)] == [1, 10]
    assert model.train_steps >= 12 and model.trainee.hidden == 32
    assert model.losses[0][0] == 1 and [step for step, _ in model.losses][1:3] == [5, 10]
    assert model.samples[1][0] == 10 and ("sample", *model.samples[1]) in heard
    assert ("loss", *model.losses[-1]) in heard
    assert model.train_status.startswith("Step 10: loss ")
    run.close()
    model.end_training("stopped")
    assert not model.training and heard[-1][0] == "train_status"
    assert model.train_status == f"Stopped. {model.train_steps} steps. Write with it, or save it."
    assert model.trainee.info["steps"] == model.train_steps

    assert model.use_trained()
    assert model.model_name == "trained" and model.choices == {"trained": "Trained here"}
    assert model.char_model is not model.trainee  # a copy: training goes on apart
    write(model, 5)
    model.end_writing()
    path = tmp_path / "tiny.npz"
    assert model.save_trained(str(path))
    model.load_model(str(path))
    assert model.model_name == "loaded" and model.char_model.hidden == 32
    assert set(model.choices) == {"trained", "loaded"}
    assert model.options["model"] == "tang"  # a lesson keeps a built-in model


def test_a_failed_run_says_why_in_words(model):
    run = model.start_training(["短"] * 3, "short", None)
    with pytest.raises(ModelError) as failure:
        list(run)
    model.end_training("failed", failure.value)
    assert model.train_status.startswith("the text is too short to train on")
    assert model.train_status.endswith("0 steps. Write with it, or save it.")
    model.end_training("failed", RuntimeError("boom"))
    assert model.train_status.startswith("Training stopped: boom")


def test_importing_the_model_loads_no_qt():
    code = (
        "import json, sys\n"
        "import lstm_lab.lessons.poetry.model\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    assert "lstm_lab.lessons.poetry.model" in loaded
    qt = [name for name in loaded if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")]
    assert qt == []


def test_the_details_say_what_the_tang_model_records_and_nothing_a_model_lacks(model):
    details = model.model_details()
    info = model.char_model.info
    assert details.poems and details.symbols == len(model.char_model.vocabulary)
    assert (details.held_out_loss, details.held_out_loss_per_char, details.held_out_records) == (
        info["held_out_loss"],
        info["held_out_loss_per_char"],
        info["held_out_records"],
    )
    assert details.bigram_four_or_eight_share == info["bigram_four_or_eight_share"]
    bare = model_details("loaded", replace(model.char_model, info={"layout": "poem"}))
    assert bare.held_out_loss is None and bare.epochs is None and bare.bigram_loss is None
    odd = replace(model.char_model, info={"held_out_loss": -1, "epochs": 2.5})
    assert model_details("loaded", odd).held_out_loss is None
    assert model_details("loaded", odd).epochs is None


def test_the_form_of_every_text_this_model_wrote_is_counted(model):
    corpus = corpus_lines("tang5")
    assert model.form_corpus() is corpus and model.form_stats().texts == 0
    write(model)  # a whole poem
    first = Written(model.session.text, model.session.steps[-1].token == END)
    assert model.form_stats() == form_statistics([first], corpus)
    model.set_seed(5)  # a new text: the one before still counts
    assert model.session.steps == [] and model.form_stats().texts == 1
    write(model, 7)  # part of a poem
    second = Written(model.session.text, False)
    assert model.form_stats() == form_statistics([first, second], corpus)
    model.end_writing()
    model.take_candidate(3, model.session.steps[3].token)  # a branch replaces the text shown
    third = Written(model.session.text, model.session.steps[-1].token == END)
    assert model.form_stats() == form_statistics([first, third], corpus)
    assert model.choose_model("shakespeare")  # another model: counted afresh, no corpus lines
    assert model.form_stats().texts == 0 and model.form_corpus() is None
    model.apply_lesson(lesson_by_name("poetry-tang"))
    assert model.form_stats().texts == 0
