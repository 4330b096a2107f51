"""`lstm-lab generate`: the continuation printed, the window's text, bad values exit 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lstm_lab.__main__ import main
from lstm_lab.lessons.poetry.session import PoetrySession
from lstm_lab.lessons.poetry.textdata import poem_lines, shipped_model


def test_a_tang_poem_laid_out_as_a_poem_is_the_sessions_text(capsys):
    assert main(["generate", "--prompt", "春", "--seed", "3", "--length", "48"]) == 0
    out = capsys.readouterr().out
    session = PoetrySession(shipped_model("tang"), "春", temperature=0.8, seed=3, length=48)
    session.run()
    assert out == "\n".join(poem_lines(session.text)) + "\n"
    assert out.startswith("春") and all(line[-1] in "。？！" for line in out.split())


def test_a_fixed_seed_repeats_and_temperature_zero_is_greedy(capsys):
    args = ["generate", "--model", "shakespeare", "--prompt", "ROMEO:", "--length", "80"]
    main([*args, "--seed", "5"])
    first = capsys.readouterr().out
    main([*args, "--seed", "5"])
    assert capsys.readouterr().out == first
    main([*args, "--temperature", "0", "--seed", "1"])
    greedy = capsys.readouterr().out
    main([*args, "--temperature", "0", "--seed", "2"])
    assert capsys.readouterr().out == greedy


def test_unknown_characters_get_a_note(capsys):
    assert main(["generate", "--prompt", "春Q", "--length", "5"]) == 0
    assert "does not know Q" in capsys.readouterr().err


def test_a_saved_model_file_works(tmp_path, capsys):
    from lstm_lab.core.files import write_bytes_replacing
    from lstm_lab.engine.charmodel import model_bytes

    path = tmp_path / "m.npz"
    write_bytes_replacing(path, model_bytes(shipped_model("tang")))
    assert main(["generate", "--model", str(path), "--prompt", "月", "--length", "6"]) == 0
    assert capsys.readouterr().out.startswith("月")


@pytest.mark.parametrize(
    "args, words",
    [
        (["--temperature", "-1"], "--temperature"),
        (["--temperature", "nan"], "--temperature"),
        (["--length", "0"], "--length"),
        (["--seed", "-3"], "--seed"),
        (["--seed", "x"], "--seed"),
        (["--model", "nothing-here.npz"], "does not exist"),
        (["--prompt", "x" * 300], "--prompt"),
        (["--bogus"], "unrecognized"),
    ],
)
def test_bad_values_exit_2_with_one_line(args, words, capsys):
    assert main(["generate", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_a_file_that_is_not_a_model_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"\x00\x01")
    assert main(["generate", "--model", str(bad)]) == 2
    assert "not an LSTM Lab text model" in capsys.readouterr().err


def test_the_installed_command_prints_utf8():
    result = subprocess.run(
        [sys.executable, "-m", "lstm_lab", "generate", "--prompt", "山", "--length", "12"],
        capture_output=True,
        env={"PYTHONIOENCODING": "utf-8", "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.decode("utf-8").startswith("山")


def test_step_and_sequence_on_a_poetry_lesson_exit_2(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lstm_lab",
            "--lesson",
            "poetry-tang",
            "--step",
            "2",
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "are for lessons of one cell" in result.stderr
