"""Reading and writing input sequences: every accepted form and every error message."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_lab.engine import (
    NumberError,
    SequenceError,
    format_sequence,
    parse_number,
    parse_sequence,
)


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


# ----------------------------------------------------------------------------- one number rule
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.5", 0.5),
        ("0,5", 0.5),
        ("-0,25", -0.25),
        ("1e-3", 1e-3),
        ("1e6", 1e6),
        ("2.5e2", 250.0),
        ("\u22121", -1.0),
        ("  -0.0625 ", -0.0625),
        ("0,500", 0.5),
        ("1,5e-3", 1.5e-3),
        ("-1000000", -1e6),
    ],
)
def test_a_number_in_a_box_is_taken_exactly(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("", ["empty"]),
        ("   ", ["empty"]),
        ("-", ['"-" is not a number']),
        ("+", ['"+" is not a number']),
        (".", ['"." is not a number']),
        ("2000000", ['"2000000" is too large', "1,000,000"]),
        ("1e308", ['"1e308" is too large']),
        ("nan", ["not a finite number"]),
        ("-inf", ["not a finite number"]),
        ("1,000", ['"1,000" is ambiguous', "1.000", "1000"]),
        ("1,000.5", ["decimal separator is a point", "thousands"]),
        ("1.000,5", ["decimal separator is a point"]),
        ("1,2,3", ["decimal separator is a point"]),
        ("abc", ['"abc" is not a number']),
    ],
)
def test_a_number_in_a_box_is_refused_with_its_reason(text, fragments):
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert isinstance(caught.value, ValueError)
    for fragment in fragments:
        assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("0,5; 1,5; 0", ['"0,5" has a comma inside a number', "semicolons", "write 0.5"]),
        ("0,5", ['"0,5" is ambiguous', "0.5 for one number", "0, 5"]),
        ("1,0", ['"1,0" is ambiguous']),
        ("0,5, 1", ['"0,5" is ambiguous']),
        ("0,5 1,5 0", ['"0,5" is ambiguous']),
        ("-0,25", ['"-0,25" is ambiguous', "-0.25"]),
        ("[0,5]", ['"0,5" is ambiguous']),
    ],
)
def test_a_decimal_comma_in_a_list_is_pointed_out_not_split(text, fragments):
    with pytest.raises(SequenceError) as caught:
        parse_sequence(text)
    for fragment in fragments:
        assert fragment in str(caught.value)


def test_the_too_long_message_says_how_many_there_are():
    with pytest.raises(SequenceError) as caught:
        parse_sequence(", ".join(["0.123456"] * 12_345))
    assert "12,345 numbers" in str(caught.value) and "at most 10,000" in str(caught.value)
