"""What the engine says, translated (lstm_lab.core.engine_words): in English exactly the
engine's own words for every parameter, task, optimiser and message, so that the translatable
copies cannot drift from them; in Chinese every one of them translated."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest

from lstm_lab.core import engine_words
from lstm_lab.core.engine_words import (
    error_text,
    gate_short,
    optimizer_name,
    param_tooltip,
    param_words,
    said,
    task_description,
    task_title,
)
from lstm_lab.engine import CELLS, GATE_SPECS, SIMPLE_SPECS, parse_number, parse_sequence
from lstm_lab.engine.charmodel import ModelError, load_model
from lstm_lab.engine.forecast import load_series_csv
from lstm_lab.engine.messages import Phrase, Refusal
from lstm_lab.engine.tasks import TASKS
from lstm_lab.engine.training import OPTIMIZERS

ENGINE = Path(__file__).resolve().parent.parent / "lstm_lab" / "engine"


def every_spec():
    """(cell name, spec) of every slider any lesson shows: each cell's parameters and the
    LSTM's simple-mode weights."""
    for cell in CELLS.values():
        for spec in cell.specs.values():
            yield cell.name, spec
    for spec in SIMPLE_SPECS.values():
        yield "lstm", spec


SPECS = list(every_spec())


@pytest.mark.parametrize("cell,spec", SPECS, ids=[f"{c}-{s.name}" for c, s in SPECS])
def test_in_english_a_parameter_is_said_as_the_engine_says_it(cell, spec):
    assert param_tooltip(spec, cell) == spec.tooltip
    assert param_words(spec, cell) == spec.spoken


def test_every_cell_and_the_simple_sliders_are_covered():
    cells = {cell for cell, _spec in SPECS}
    assert cells == {"lstm", "rnn", "gru"}
    assert {spec.name for cell, spec in SPECS if cell == "lstm"} >= {"w_f", "w_xf", "b_out"}


def test_in_english_gates_tasks_and_optimisers_are_the_engines():
    assert [gate_short(key) for key in GATE_SPECS] == [s.short for s in GATE_SPECS.values()]
    assert [task_title(task) for task in TASKS] == [task.title for task in TASKS]
    assert [task_description(task) for task in TASKS] == [task.description for task in TASKS]
    assert [optimizer_name(key) for key in OPTIMIZERS] == list(OPTIMIZERS.values())


# ----------------------------------------------------------------------------- messages
def engine_templates() -> list[tuple[str, int, str | None]]:
    """(file, line, template or None when it is not a literal) of every Phrase or Refusal
    the engine makes, found in its source."""
    makers = {"Phrase"}
    todo = [Refusal]
    while todo:  # every kind of Refusal the engine defines
        kind = todo.pop()
        makers.add(kind.__name__)
        todo.extend(kind.__subclasses__())
    found = []
    for path in sorted(ENGINE.rglob("*.py")):
        if path.name == "messages.py":
            continue  # where the two are defined
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func
            name = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
            if name in makers:
                first = node.args[0] if node.args else None
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                found.append((path.name, node.lineno, first.value if literal else None))
    return found


def test_every_message_template_of_the_engine_is_marked_for_translation():
    """A message the engine writes as an f-string, or one whose template is missing from the
    table, would reach a Chinese reader in English."""
    found = engine_templates()
    assert len(found) > 60
    not_literal = [f"{name}:{line}" for name, line, template in found if template is None]
    assert not_literal == []
    templates = {template for _name, _line, template in found}
    marked = set(engine_words._MESSAGES)
    assert sorted(templates - marked) == []
    assert sorted(marked - templates) == []  # none left over from a message since changed


def test_the_engines_errors_keep_their_english_and_their_template():
    with pytest.raises(Refusal) as typed:
        parse_sequence("1, x, 0")
    assert str(typed.value) == 'item 2, "x", is not a number'
    assert typed.value.position == 2 and typed.value.item == "x"
    assert error_text(typed.value) == str(typed.value)
    with pytest.raises(Refusal) as number:
        parse_number("1,000")
    assert str(number.value) == (
        '"1,000" is ambiguous: the decimal separator is a point, so write 1.000 for the '
        "decimal number or 1000 for the whole number"
    )
    with pytest.raises(Refusal) as csv:
        load_series_csv("value\n1\nabc\n")
    assert str(csv.value) == "line 3: 'abc' is not a number"
    with pytest.raises(ModelError) as model:
        load_model(b"not a zip")
    assert str(model.value).startswith("it is not an LSTM Lab text model (")
    assert error_text(ValueError("plain words")) == "plain words"


def test_a_phrase_inside_a_message_is_said_too():
    size = Phrase("{units} units", units="4,096")
    error = ModelError("it has {size} and {count} weights", size=size, count="9")
    assert str(error) == "it has 4,096 units and 9 weights"
    assert error_text(error) == str(error)
    assert said("not a phrase") == "not a phrase"
    assert str(ModelError("{braces} kept as written")) == "{braces} kept as written"


# ----------------------------------------------------------------------------- Chinese
CJK = range(0x4E00, 0xA000)


def chinese(text: str) -> bool:
    return any(ord(ch) in CJK for ch in text)


def test_in_chinese_every_parameter_task_optimiser_and_message_is_translated(qapp):
    from lstm_lab.ui.language import install_language

    install_language("zh_CN")
    try:
        for cell, spec in SPECS:
            tooltip, words = param_tooltip(spec, cell), param_words(spec, cell)
            assert chinese(tooltip) and chinese(words), (cell, spec.name)
            names = set(re.findall(r"\b[wb](?:_[a-z]+)?\b", spec.tooltip))
            assert names and names <= set(re.findall(r"\b[wb](?:_[a-z]+)?\b", tooltip))
        assert param_tooltip(SIMPLE_SPECS["w_f"]).count("w_xf") == 1
        assert all(chinese(gate_short(key)) for key in GATE_SPECS)
        assert all(chinese(task_title(t)) and chinese(task_description(t)) for t in TASKS)
        assert chinese(optimizer_name("sgd"))
        for template in engine_words._MESSAGES:
            fields = {name: "x" for name in _fields(template)}
            text = said(Phrase(template, **fields))
            assert text != template.format(**fields), template
        with pytest.raises(Refusal) as typed:
            parse_sequence("1, x, 0")
        assert error_text(typed.value) != str(typed.value)
        assert error_text(typed.value) == "第 2 项“x”不是数字"
        big = ModelError(
            "it has {size} and {count} weights; LSTM Lab opens models of at most {most} weights",
            size=Phrase("{units} units", units="7"),
            count="9",
            most="8",
        )
        assert "units" not in error_text(big) and "7" in error_text(big)
    finally:
        install_language("en")


def _fields(template: str) -> list[str]:
    import string

    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]


def test_numbers_read_by_the_engine_are_unchanged():
    """The templates changed how messages are made, not what is read."""
    assert list(parse_sequence("1, 0.5; -2")) == [1.0, 0.5, -2.0]
    assert parse_number("0,5") == 0.5
    assert np.array_equal(load_series_csv("value\n1\n2\n"), [1.0, 2.0])


@pytest.mark.parametrize(
    "text, english",
    [
        ('value\n"1"x\n', "line 2: a quoted value must end with its closing quote, then a comma"),
        ('value\n1\n"2\n3\n', "line 4: the file ends inside a quoted value"),
        ("value\n" + "1" * 200_000 + "\n", "line 2: a value is longer than 131,072 characters"),
    ],
    ids=["text after a quote", "a quote left open", "a value too long"],
)
def test_a_broken_csv_file_is_told_in_our_words_in_both_languages(qapp, text, english):
    """The csv module's own complaints ("',' expected after '\"'") become sentences of ours,
    translated like every other refusal of a series file."""
    from lstm_lab.ui.language import install_language

    with pytest.raises(Refusal) as refused:
        load_series_csv(text)
    assert str(refused.value).startswith(english)
    assert refused.value.phrase.template in engine_words._MESSAGES
    install_language("zh_CN")
    try:
        told = error_text(refused.value)
        assert chinese(told) and not re.search(r"[A-Za-z]{3,}", told), told
    finally:
        install_language("en")
