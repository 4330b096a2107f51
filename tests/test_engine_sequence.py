"""Reading and writing input sequences: every accepted form and every error message."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_lab.engine import SequenceError, format_sequence, parse_sequence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1, 0, 0", [1, 0, 0]),
        ("1 0 0", [1, 0, 0]),
        ("0.5; -1", [0.5, -1]),
        (" 1e-3 ,2 ", [1e-3, 2]),
        ("1,0,0,0,0", [1, 0, 0, 0, 0]),
        ("1,\t2\n3", [1, 2, 3]),
        ("1, 2 3", [1, 2, 3]),
        ("[1, 0, 1]", [1, 0, 1]),
        ("+.5, 5., -2E2", [0.5, 5.0, -200.0]),
        ("\u22120.5", [-0.5]),
        ("1000000, -1e6", [1e6, -1e6]),
        ("7", [7]),
    ],
)
def test_accepted_forms(text, expected):
    values = parse_sequence(text)
    assert values.dtype == np.float64
    np.testing.assert_array_equal(values, expected)


@pytest.mark.parametrize(
    ("text", "position", "fragments"),
    [
        ("1, x, 0", 2, ['item 2, "x", is not a number']),
        ("1, 0, 0, abc", 4, ['item 4, "abc", is not a number']),
        ("1,,0", 2, ["item 2 is empty", "between two commas"]),
        ("1, 0,", 3, ["item 3 is empty", "after the last"]),
        (", 1", 1, ["item 1 is empty", "before the first"]),
        ("1; ;2", 2, ["item 2 is empty"]),
        ("1, nan", 2, ['item 2, "nan", is not a finite number']),
        ("inf 1", 1, ['item 1, "inf", is not a finite number']),
        ("1, -Infinity", 2, ['item 2, "-Infinity", is not a finite number']),
        ("0, 2e6", 2, ['item 2, "2e6", is too large', "1,000,000"]),
        ("1e999", 1, ['item 1, "1e999", is too large']),
        ("1_000", 1, ['item 1, "1_000", is not a number']),
        ("0x10", 1, ['item 1, "0x10", is not a number']),
        ("1, 2, 3" + ", " + "y" * 40, 4, ["item 4", "is not a number", "..."]),
    ],
)
def test_errors_name_the_item_and_its_position(text, position, fragments):
    with pytest.raises(SequenceError) as caught:
        parse_sequence(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.position == position
    for fragment in fragments:
        assert fragment in str(error)
    assert str(error) == error.message


@pytest.mark.parametrize("text", ["", "   ", "\n", "[]"])
def test_empty_sequence(text):
    with pytest.raises(SequenceError, match="empty") as caught:
        parse_sequence(text)
    assert caught.value.position is None


def test_too_many_items():
    assert parse_sequence(", ".join(["1"] * 10_000)).shape == (10_000,)
    with pytest.raises(SequenceError, match="too long") as caught:
        parse_sequence(", ".join(["1"] * 10_001))
    assert "10,000" in str(caught.value)
    assert caught.value.position is None


def test_format_writes_integers_plainly_and_reads_back_exactly():
    assert format_sequence([1, 0, 0, 0, 0]) == "1, 0, 0, 0, 0"
    assert format_sequence(np.array([0.5, -1.0, 1e-3])) == "0.5, -1, 0.001"
    values = np.array([0.1, 1 / 3, -2.5e-7, 123456.789, -0.0, 1e6])
    back = parse_sequence(format_sequence(values))
    np.testing.assert_array_equal(back, values)
    np.testing.assert_array_equal(np.signbit(back), np.signbit(values))
    with pytest.raises(ValueError):
        format_sequence([float("nan")])
