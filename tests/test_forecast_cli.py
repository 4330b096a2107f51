"""`lstm-lab sine`, run as a student would run it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def sine(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", "sine", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_json_report():
    result = sine("--epochs", "12", "--seed", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert document["parameters"] == 4513
    assert document["settings"]["hidden"] == 32 and document["settings"]["window"] == 20
    epochs = document["epochs"]
    assert [entry["epoch"] for entry in epochs] == list(range(1, 13))
    assert epochs[-1]["train_loss"] < epochs[0]["train_loss"] / 10
    mses = document["test_mse"]
    assert set(mses) == {"one_step", "rolling", "last_value"}
    assert mses["one_step"] < 1e-3 < mses["last_value"]
    # The same seed gives the same numbers.
    again = json.loads(sine("--epochs", "12", "--seed", "1", "--json").stdout)
    assert again == document


def test_text_report_and_other_settings(tmp_path):
    result = sine("--signal", "square", "--hidden", "4", "--window", "8", "--epochs", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("square: 600 values, window 8, LSTM(4) + Dense(1) = 117 weights")
    assert [line.split()[0] for line in lines[2:4]] == ["1", "2"]
    assert "one-step forecast" in result.stdout and "last-value baseline" in result.stdout
    csv = tmp_path / "series.csv"
    csv.write_text("level\n" + "\n".join(str(k % 7) for k in range(120)) + "\n")
    result = sine("--csv", str(csv), "--hidden", "3", "--epochs", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["train_windows"] == 120 - 50 - 20


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--hidden", "0"], "--hidden must be from 1"),
        (["--hidden", "65"], "--hidden must be from 1 to 64, not 65"),
        (["--hidden", "many"], "invalid int value: 'many'"),
        (["--window", "-3"], "--window must be from 2 to 60, not -3"),
        (["--epochs", "0"], "--epochs must be from 1"),
        (["--seed", "-1"], "--seed must be from 0"),
        (["--signal", "noise"], "invalid choice: 'noise'"),
        (["--noise", "nan"], "--noise must be a finite number"),
        (["--window", "600"], "--window must be from 2 to 60, not 600"),
        (["--length", "100", "--test-size", "90"], "too few for a test span of 90"),
        (["--learning-rate", "1"], "--learning-rate must be from 0.0001 to 0.1, not 1"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
    ],
)
def test_bad_values_exit_2_with_one_line(args, words):
    result = sine(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("lstm-lab sine: error: ")
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_hidden_units_have_the_limits_of_the_window():
    from lstm_lab.lessons.forecast.cli import LIMITS
    from lstm_lab.lessons.forecast.options import NUMBER_BY_NAME

    option = NUMBER_BY_NAME["hidden"]
    assert LIMITS["hidden"] == (option.low, option.high) == (1, 64)
    result = sine("--hidden", "64", "--epochs", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["settings"]["hidden"] == 64
    result = sine("--hidden", "512", "--epochs", "1")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "lstm-lab sine: error: --hidden must be from 1 to 64, not 512\n"


def test_bad_csv_names_file_and_line(tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("value\n1\n2\n3;4\n")
    result = sine("--csv", str(csv))
    assert result.returncode == 2
    assert result.stderr.strip() == f"lstm-lab sine: error: {csv}: line 4: '3;4' is not a number"


def test_the_ar_baseline_is_reported_beside_the_lstm(tmp_path):
    result = sine("--epochs", "2", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document["test_mse"]) == {"one_step", "rolling", "last_value"}
    ar = document["ar_baseline"]
    assert ar["lags"] == 20 and "training windows" in ar["fitted_on"]
    assert set(ar["test_mse"]) == {"one_step", "rolling"}
    # A sine obeys a linear recurrence: AR(20) is exact up to rounding, the LSTM is not.
    assert ar["test_mse"]["one_step"] < 1e-20 and ar["test_mse"]["rolling"] < 1e-20
    assert document["test_mse"]["one_step"] > 1e-6
    # On a square wave it is not exact; the text report names it with its MSEs.
    result = sine("--signal", "square", "--window", "8", "--hidden", "2", "--epochs", "1")
    assert result.returncode == 0, result.stderr
    mses = {
        line[:22].strip(): float(line[22:])
        for line in result.stdout.splitlines()
        if line.startswith(("  AR(", "  one-step", "  rolling", "  last-value"))
    }
    assert list(mses) == [
        "one-step forecast",
        "rolling forecast",
        "last-value baseline",
        "AR(8) one-step",
        "AR(8) rolling",
    ]
    assert mses["AR(8) one-step"] > 0.05 and mses["AR(8) rolling"] > 0.05
    assert "AR(8) is a linear model of the same 8 values" in result.stdout
    csv = tmp_path / "series.csv"
    csv.write_text("\n".join(str(1.5 * (k % 9) - 2) for k in range(150)) + "\n")
    result = sine("--csv", str(csv), "--window", "9", "--hidden", "2", "--epochs", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ar_baseline"]["test_mse"]["one_step"] < 1e-20
