"""`lstm-lab trace`, run as a student would run it: in a subprocess."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from lstm_lab.engine import PARAM_NAMES, LSTMParams, mse_and_grads, run_lstm


def trace(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", "trace", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_worked_example_table():
    result = trace("--sequence", "1, 0, 0, 0, 0")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["t", "x", "f", "i", "C\u0303", "o", "C", "h", "y"]
    assert len(lines) == 6
    first = lines[1].split()
    # f(1) = i(1) = o(1) = σ(0.5), C̃(1) = tanh(0.5), C(1) = i·C̃, h(1) = o·tanh(C(1)), y = h
    gate = sigmoid(0.5)
    c1 = gate * math.tanh(0.5)
    h1 = gate * math.tanh(c1)
    expected = ["1", "1.000000"] + [
        f"{value:.6f}" for value in (gate, gate, math.tanh(0.5), gate, c1, h1, h1)
    ]
    assert first == expected
    assert first[2] == "0.622459" and first[6] == "0.287649" and first[7] == "0.174270"
    # Columns line up: every row is as long as the heading once the combining tilde is ignored.
    widths = {len(line) for line in lines[1:]} | {len(lines[0]) - 1}
    assert len(widths) == 1


def test_worked_example_json():
    result = trace("--sequence", "1, 0, 0, 0, 0", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == {"steps"}
    steps = document["steps"]
    assert [step["t"] for step in steps] == [1, 2, 3, 4, 5]
    assert set(steps[0]) == {"t", "x", "f", "i", "g", "o", "c", "h", "y"}
    gate = sigmoid(0.5)
    c1 = gate * math.tanh(0.5)
    h1 = gate * math.tanh(c1)
    assert steps[0]["f"] == pytest.approx(gate, abs=1e-15)
    assert steps[0]["c"] == pytest.approx(c1, abs=1e-15)
    assert steps[0]["h"] == pytest.approx(h1, abs=1e-15)
    z2 = 0.5 * h1
    f2 = sigmoid(z2)
    c2 = f2 * c1 + f2 * math.tanh(z2)
    assert steps[1]["x"] == 0.0
    assert steps[1]["c"] == pytest.approx(c2, abs=1e-15)
    assert steps[1]["h"] == pytest.approx(f2 * math.tanh(c2), abs=1e-15)


def test_params_repeat_and_simple_names_set_both_weights():
    result = trace(
        "--sequence",
        "1, 0, 1",
        "--param",
        "w_xf=0.8",
        "--param",
        "b_out=-0.25",
        "--param",
        "w_c=1.5",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    params = LSTMParams(w_xf=0.8, b_out=-0.25, w_xc=1.5, w_hc=1.5)
    expected = run_lstm(params, [1, 0, 1])
    steps = json.loads(result.stdout)["steps"]
    for k, step in enumerate(steps):
        for key in ("f", "i", "g", "o", "c", "h", "y"):
            assert step[key] == pytest.approx(float(getattr(expected, key)[k]), abs=1e-15)


def test_target_adds_mse_and_the_14_gradients():
    result = trace("--sequence", "1, 0, 0", "--target", "0, 0, 1", "--param", "b_f=0.3", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    mse, grads = mse_and_grads(LSTMParams(b_f=0.3), [1, 0, 0], [0, 0, 1])
    assert document["mse"] == pytest.approx(mse, rel=1e-15)
    assert list(document["gradients"]) == list(PARAM_NAMES)
    for name in PARAM_NAMES:
        assert document["gradients"][name] == pytest.approx(getattr(grads, name), abs=1e-15)

    table = trace("--sequence", "1, 0, 0", "--target", "0, 0, 1", "--param", "b_f=0.3")
    assert table.returncode == 0
    assert f"MSE = {mse:.6f}" in table.stdout
    for name in PARAM_NAMES:
        assert f"dMSE/d{name}" in table.stdout


def test_clamp_pins_a_gate():
    result = trace("--sequence", "1, 0, 0", "--clamp", "f=1", "--json")
    assert result.returncode == 0, result.stderr
    assert [step["f"] for step in json.loads(result.stdout)["steps"]] == [1.0, 1.0, 1.0]


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--sequence", "1, x, 0"], ['item 2, "x", is not a number']),
        (["--sequence", "1,,0"], ["item 2 is empty"]),
        (["--sequence", ""], ["empty"]),
        (["--sequence", "1, 0", "--param", "w_q=1"], ['unknown parameter "w_q"']),
        (["--sequence", "1, 0", "--param", "w_xf=abc"], ["w_xf", '"abc" is not a number']),
        (["--sequence", "1, 0", "--param", "w_xf=nan"], ["w_xf", "not a finite number"]),
        (["--sequence", "1, 0", "--param", "w_xf"], ["NAME=VALUE"]),
        (["--sequence", "1, 0", "--target", "1, 2, 3"], ["3 numbers", "has 2", "same length"]),
        (["--sequence", "1, 0", "--target", "1, y"], ["target", 'item 2, "y"']),
        (["--sequence", "1, 0", "--clamp", "f=2"], ["forget gate"]),
        (["--sequence", "1, 0", "--clamp", "q=1"], ['unknown gate "q"']),
    ],
)
def test_bad_input_exits_2_with_one_line_on_stderr(args, fragments):
    result = trace(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("lstm-lab trace: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_argparse_errors_keep_exit_status_2():
    result = trace("--json")
    assert result.returncode == 2
    assert "--sequence" in result.stderr and "Traceback" not in result.stderr


def test_help_exits_0():
    result = trace("--help")
    assert result.returncode == 0
    assert "--sequence" in result.stdout and "w_xf" in result.stdout


def test_a_console_without_unicode_gets_plain_text():
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    for args in (["--sequence", "1, 0"], ["--help"], ["--sequence", "1", "--clamp", "g=5"]):
        result = subprocess.run(
            [sys.executable, "-m", "lstm_lab", "trace", *args],
            capture_output=True,
            text=True,
            encoding="ascii",
            env=env,
            timeout=60,
        )
        assert "Traceback" not in result.stderr
        assert result.returncode == (2 if "--clamp" in args else 0)
        if args[0] == "--sequence" and result.returncode == 0:
            assert result.stdout.splitlines()[0].split()[4] == "C~"


# ----------------------------------------------------------------------------- output trouble
def trace_into(stdout, *args: str, shell_redirect: str = "") -> subprocess.CompletedProcess:
    """Run the trace with the given stdout (a file, a pipe's end) or shell redirection."""
    command = [sys.executable, "-m", "lstm_lab", "trace", *args]
    if shell_redirect:
        command = ["sh", "-c", f'exec "$@" {shell_redirect}', "sh", *command]
    return subprocess.run(
        command, stdout=stdout, stderr=subprocess.PIPE, text=True, encoding="utf-8", timeout=60
    )


def assert_one_quiet_line(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lstm-lab trace: error: ") and fragment in lines[0]


@pytest.mark.parametrize("args", [["--sequence", "1, 0, 0"], ["--help"]])
def test_a_pipe_closed_early_ends_quietly(args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as with `| true`
    try:
        result = trace_into(write_end, *args)
    finally:
        os.close(write_end)
    assert_one_quiet_line(result, "broken pipe")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--sequence", "1, 0, 0"], ["--sequence", "1", "--json"]])
def test_a_full_disk_ends_quietly(args):
    with open("/dev/full", "w") as full:
        result = trace_into(full, *args)
    assert_one_quiet_line(result, "No space left on device")


@pytest.mark.skipif(not os.path.exists("/bin/sh"), reason="needs a POSIX shell")
def test_a_closed_stdout_ends_quietly():
    result = trace_into(None, "--sequence", "1, 0", shell_redirect=">&-")
    assert_one_quiet_line(result, "standard output is closed")


def refuse_constant(constant):
    raise AssertionError(f"{constant} in the JSON")


def test_parameters_beyond_the_apps_limits_are_refused_and_its_limits_give_finite_json():
    for param, fragment in (
        ("w_out=1e308", '"1e308" is too large'),
        ("w_out=2000000", '"2000000" is too large'),
        ("b_f=-1e7", '"-1e7" is too large'),
        ("w_xf=1,000", '"1,000" is ambiguous'),
    ):
        result = trace("--sequence", "1, 0", "--param", param, "--json")
        assert result.returncode == 2 and result.stdout == "", param
        assert fragment in result.stderr and "Traceback" not in result.stderr
    # The largest values the app takes, everywhere at once, give finite numbers.
    result = trace(
        "--sequence=-1000000, 1000000, 0.5",
        "--target",
        "1000000, -1000000, 0",
        "--param",
        "w_f=1e6",
        "--param",
        "w_out=-1e6",
        "--param",
        "b_out=1000000",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout, parse_constant=refuse_constant)
    assert math.isfinite(document["mse"])


def test_json_never_carries_infinity_or_nan(monkeypatch, capsys):
    from lstm_lab.lessons.cell import cli

    def overflowing(params, xs, targets, clamps=None):
        mse, grads = mse_and_grads(params, xs, targets, clamps=clamps)
        return float("inf"), SimpleNamespace(**{**grads.to_dict(), "w_hf": float("nan")})

    monkeypatch.setattr(cli, "mse_and_grads", overflowing)
    status = cli.trace_main(["--sequence", "1, 0", "--target", "0, 1", "--json"])
    out, err = capsys.readouterr()
    document = json.loads(out, parse_constant=refuse_constant)
    assert document["mse"] is None and document["gradients"]["w_hf"] is None
    assert status == 1
    assert err.count("\n") == 1 and "mse" in err and "gradients.w_hf" in err and "null" in err
