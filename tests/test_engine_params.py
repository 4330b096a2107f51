"""Parameter sets: the spec table, conversions, simple mode, and what they refuse."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_lab.engine import (
    GRU_PARAM_SPECS,
    PARAM_NAMES,
    PARAM_SPECS,
    RNN_PARAM_SPECS,
    SIMPLE_GROUPS,
    SIMPLE_SPECS,
    GRUParams,
    LSTMParams,
    RNNParams,
    expand_simple,
)


def test_design_defaults_and_ranges():
    expected = {
        "w_xf": (0.5, -2, 2),
        "w_hf": (0.5, -2, 2),
        "w_xi": (0.5, -2, 2),
        "w_hi": (0.5, -2, 2),
        "w_xc": (0.5, -2, 2),
        "w_hc": (0.5, -2, 2),
        "w_xo": (0.5, -2, 2),
        "w_ho": (0.5, -2, 2),
        "b_f": (0.0, -1, 1),
        "b_i": (0.0, -1, 1),
        "b_c": (0.0, -1, 1),
        "b_o": (0.0, -1, 1),
        "w_out": (1.0, -2, 2),
        "b_out": (0.0, -1, 1),
    }
    assert set(PARAM_SPECS) == set(expected)
    for name, (default, low, high) in expected.items():
        spec = PARAM_SPECS[name]
        assert (spec.default, spec.minimum, spec.maximum) == (default, low, high)
        assert spec.name == name
        assert spec.gate in ("f", "i", "g", "o", "out")
        assert spec.kind in (
            "input weight",
            "recurrent weight",
            "bias",
            "output weight",
            "output bias",
        )
        assert name in spec.tooltip and len(spec.tooltip) > 40
        assert spec.symbol and spec.html
    assert "h(t−1)" in PARAM_SPECS["w_hf"].tooltip
    assert PARAM_SPECS["w_hc"].gate == "g" and PARAM_SPECS["w_out"].gate == "out"


@pytest.mark.parametrize(
    ("cls", "specs"),
    [(LSTMParams, PARAM_SPECS), (RNNParams, RNN_PARAM_SPECS), (GRUParams, GRU_PARAM_SPECS)],
)
def test_every_cell_defaults_come_from_its_table(cls, specs):
    params = cls()
    assert cls.names() == tuple(specs)
    assert cls.SPECS is specs
    for name, spec in specs.items():
        assert getattr(params, name) == spec.default
        assert spec.minimum <= spec.default <= spec.maximum
        assert spec.tooltip


def test_rnn_ranges():
    assert (RNN_PARAM_SPECS["w_hh"].minimum, RNN_PARAM_SPECS["w_hh"].maximum) == (0.0, 1.0)
    assert RNNParams() == RNNParams(w_in=0.5, w_hh=0.8, b=0.0, w_out=1.0)


def test_dict_and_vector_round_trips():
    params = LSTMParams(w_xf=0.8, b_out=-0.25)
    assert LSTMParams.from_dict(params.to_dict()) == params
    vector = params.as_vector()
    assert vector.shape == (14,)
    assert LSTMParams.from_vector(vector) == params
    assert list(params.to_dict()) == list(PARAM_NAMES)
    batched = LSTMParams(w_hf=np.linspace(0, 1, 3))
    assert batched.as_vector().shape == (14, 3)
    rebuilt = LSTMParams.from_vector(batched.as_vector())
    np.testing.assert_array_equal(rebuilt.as_vector(), batched.as_vector())
    assert rebuilt.w_xf.shape == (3,)
    assert batched.batch_shape == (3,) and batched.is_batched and not params.is_batched


def test_copy_and_replace_do_not_share_arrays():
    params = LSTMParams(w_hf=np.zeros(3))
    copied = params.copy()
    copied.w_hf[0] = 1.0
    assert params.w_hf[0] == 0.0
    changed = params.replace(b_f=0.3)
    assert changed.b_f == 0.3 and params.b_f == 0.0
    with pytest.raises(ValueError, match="w_zz"):
        params.replace(w_zz=1.0)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"drop": "b_i"}, "'b_i' is missing"),
        ({"add": ("w_q", 1.0)}, "unknown parameter 'w_q'"),
        ({"set": ("w_hc", math.nan)}, "'w_hc' must be finite"),
        ({"set": ("w_hc", math.inf)}, "'w_hc' must be finite"),
        ({"set": ("b_o", "abc")}, "'b_o' must be a number"),
        ({"set": ("b_o", np.array([1.0, np.nan]))}, "'b_o' must be finite"),
    ],
)
def test_from_dict_names_the_bad_field(change, fragment):
    values = LSTMParams().to_dict()
    if "drop" in change:
        del values[change["drop"]]
    if "add" in change:
        values[change["add"][0]] = change["add"][1]
    if "set" in change:
        values[change["set"][0]] = change["set"][1]
    with pytest.raises(ValueError) as caught:
        LSTMParams.from_dict(values)
    assert fragment in str(caught.value)


def test_simple_groups_set_both_weights_of_a_gate():
    assert SIMPLE_GROUPS["w_f"] == ("w_xf", "w_hf")
    assert SIMPLE_GROUPS["w_c"] == ("w_xc", "w_hc")
    covered = [name for members in SIMPLE_GROUPS.values() for name in members]
    assert sorted(covered) == sorted(PARAM_NAMES)
    assert expand_simple("w_o", 0.9) == {"w_xo": 0.9, "w_ho": 0.9}
    assert expand_simple("b_f", 0.1) == {"b_f": 0.1}
    assert expand_simple("w_hf", 0.2) == {"w_hf": 0.2}
    with pytest.raises(ValueError):
        expand_simple("w_q", 0.0)
    params = LSTMParams().replace(**expand_simple("w_i", -1.0))
    assert params.simple_value("w_i") == -1.0 and params.is_simple()
    assert not params.replace(w_hi=0.0).is_simple()
    assert SIMPLE_SPECS["w_f"].symbol == "W_f" and "both" in SIMPLE_SPECS["w_f"].tooltip
    assert SIMPLE_SPECS["b_f"] is PARAM_SPECS["b_f"]


def test_at_picks_one_cell_of_a_batch():
    params = LSTMParams(w_hf=np.array([0.1, 0.2]), b_f=0.3)
    assert params.at(1) == LSTMParams(w_hf=0.2, b_f=0.3)


def test_from_vector_names_a_non_finite_entry():
    vector = LSTMParams().as_vector()
    vector[4] = np.inf
    with pytest.raises(ValueError, match="'w_hi' must be finite"):
        LSTMParams.from_vector(vector)
    with pytest.raises(ValueError, match="shape"):
        LSTMParams.from_vector(np.zeros(13))
    batch = np.zeros((14, 3))
    batch[13, 2] = np.nan
    with pytest.raises(ValueError, match="'b_out' must be finite"):
        LSTMParams.from_vector(batch)
