"""Every `lstm-lab` command, and `--version`, `--list-lessons` and `--help`, with a standard
output that cannot take what it prints: a full disk (/dev/full), a pipe whose reader has gone,
a closed descriptor. Each ends with at most one line on stderr and never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lstm_lab.__main__ import build_parser
from lstm_lab.core.kinds import commands

#: Arguments that make each command print at once (a short run where it trains).
COMMAND_ARGS: dict[str, list[str]] = {
    "trace": ["--sequence", "1, 0, 1"],
    "compare": ["--sequence", "1 0 1"],
    "race": ["--list-tasks"],
    "sine": ["--epochs", "1", "--length", "100", "--hidden", "2"],
    "generate": ["--length", "5", "--seed", "1"],
    "memory": [],
    "export-code": ["--lesson", "forecast-sine"],
}
RUNS = [[name, *args] for name, args in COMMAND_ARGS.items()] + [
    ["--version"],
    ["--list-lessons"],
    ["--help"],
    ["trace", "--help"],
]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def test_every_command_is_covered_here_and_named_by_help():
    assert set(COMMAND_ARGS) == set(commands())
    text = build_parser().format_help()
    for name in commands():
        assert f"\n  {name} " in text, name


def run(argv: list[str], stdout) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=ENV,
    )


def assert_quiet(result: subprocess.CompletedProcess, argv: list[str]) -> None:
    assert "Traceback" not in result.stderr, (argv, result.stderr)
    assert "Exception ignored" not in result.stderr, (argv, result.stderr)
    assert len(result.stderr.strip().splitlines()) <= 1, (argv, result.stderr)
    if result.stderr.strip():
        assert result.returncode != 0, (argv, result.stderr)


@pytest.mark.parametrize("argv", RUNS, ids=" ".join)
def test_each_command_prints_into_a_normal_pipe(argv):
    result = run(argv, subprocess.PIPE)
    assert result.returncode == 0 and result.stdout.strip() and not result.stderr, argv


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("argv", RUNS, ids=" ".join)
def test_a_full_disk_gives_no_traceback(argv):
    with open("/dev/full", "w") as full:
        result = run(argv, full)
    assert_quiet(result, argv)
    if argv != ["--help"]:  # argparse drops its own help quietly when it cannot be written
        assert result.returncode == 1 and "No space left on device" in result.stderr, argv


@pytest.mark.parametrize("argv", RUNS, ids=" ".join)
def test_a_pipe_nobody_reads_gives_no_traceback(argv):
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = run(argv, write_end)
    finally:
        os.close(write_end)
    assert_quiet(result, argv)
    if argv != ["--help"]:
        assert result.returncode == 1 and "roken pipe" in result.stderr, argv


@pytest.mark.skipif(not os.path.exists("/bin/sh"), reason="needs a POSIX shell")
@pytest.mark.parametrize("argv", RUNS, ids=" ".join)
def test_a_closed_stdout_gives_no_traceback(argv):
    result = subprocess.run(
        ["/bin/sh", "-c", '"$@" >&-', "sh", sys.executable, "-m", "lstm_lab", *argv],
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=ENV,
    )
    assert_quiet(result, argv)
