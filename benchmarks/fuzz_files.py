"""Files from someone else, by the thousand: how many make the app crash, hang or read a file.

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE .venv/bin/python benchmarks/fuzz_files.py \
        [--seed 0] [--cases 20000] [--gui 300] [--cli 60]

Makes seeded cases with `tests/fuzzing.py` (mutated lesson files, series CSVs, texts and
model files, plus a pipe, /dev/zero and a folder in place of each kind of file) and feeds them

1. to the readers the windows use (``read_lesson``, ``read_series_file``, ``read_text_file``,
   ``read_model_file``);
2. a sample of the lessons to the start screen's open (``LabApp.open_file``), shown and painted
   offscreen, under ``strace`` when it is installed, which counts every file the process opens
   in the folder the hostile strings point to;
3. a sample to the command line (``lstm-lab FILE --screenshot``, ``lstm-lab sine --csv``).

Each case runs in a worker process that the harness kills after ``--timeout`` seconds (a hang).
Prints the counts per stage: cases, accepted, refused with a message, tracebacks (any other
exception, a crash dialog, an exit with a traceback), hangs, and files opened. Asserts nothing.
Runs against whatever ``lstm_lab`` imports, so the same script measures an older checkout
(``PYTHONPATH=/path/to/checkout``).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

SUFFIX = {"lesson": ".lstmlab", "csv": ".csv", "text": ".txt", "model": ".npz"}
MEMORY_LIMIT = 6 * 2**30


# ---------------------------------------------------------------------------------- worker
def _read(kind: str, path: str) -> str:
    """Read one case as the window would; 'accepted', 'refused' or raises (a traceback)."""
    if kind == "lesson":
        from lstm_lab.core.lesson import LessonError, read_lesson

        try:
            read_lesson(path)
        except LessonError:
            return "refused"
        return "accepted"
    if kind == "csv":
        from lstm_lab.lessons.forecast.options import read_series_file

        try:
            read_series_file(path)
        except ValueError:
            return "refused"
        return "accepted"
    if kind == "model":
        from lstm_lab.engine.charmodel import ModelError, load_model

        try:  # as the poetry window's "Load model…" reads it
            from lstm_lab.lessons.poetry.textdata import read_model_file
        except ImportError:  # an older checkout read the file directly
            read_model_file = load_model
        try:
            read_model_file(path)
        except ModelError:
            return "refused"
        return "accepted"
    from lstm_lab.lessons.poetry.textdata import TextError, read_text_file

    try:
        read_text_file(path)
    except TextError:
        return "refused"
    return "accepted"


class _GUI:
    def __init__(self) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QMessageBox

        self.app = QApplication.instance() or QApplication([])
        self.errors: list[str] = []
        sys.excepthook = lambda kind, value, tb: self.errors.append(f"{kind.__name__}: {value}")
        QMessageBox.exec = lambda box: 0  # a dialog must not wait for a click
        self.folder = tempfile.mkdtemp(prefix="fuzz-settings-")
        self.settings = QSettings(os.path.join(self.folder, "s.ini"), QSettings.Format.IniFormat)
        from lstm_lab.app import LabApp

        self.lab = LabApp(self.settings)

    def open(self, path: str) -> str:
        self.errors.clear()
        opened = self.lab.open_file(path)
        for window in self.lab.windows.values():
            if window.isVisible():
                window.resize(1024, 768)
                self.app.processEvents()
                window.grab()
        self.app.processEvents()
        for widget in self.app.topLevelWidgets():
            if widget.objectName() in ("lessonFileError",) or widget.inherits("QMessageBox"):
                widget.close()
        for window in self.lab.windows.values():
            files = getattr(window, "files", None)
            if files is not None and hasattr(files, "forget_changes"):
                files.forget_changes()
        if self.errors:
            raise RuntimeError(self.errors[0])
        return "accepted" if opened else "refused"


def worker(folder: str, stage: str, order_file: str, start: int) -> None:
    """Run the cases listed in ``order_file`` from position ``start``, one JSON line each.
    The worker may use at most `MEMORY_LIMIT` bytes: a reader that reads without end runs out
    of memory (a traceback) instead of taking the machine's."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    manifest = json.loads(Path(folder, "cases.json").read_text())
    order = json.loads(Path(order_file).read_text())
    gui = _GUI() if stage == "gui" else None
    for index in order[start:]:
        kind, path = manifest[index]
        try:
            outcome = gui.open(path) if gui is not None else _read(kind, path)
            detail = ""
        except BaseException as error:  # noqa: BLE001 - a traceback is what is counted
            outcome, detail = "traceback", f"{type(error).__name__}: {str(error)[:200]}"
        print(json.dumps({"i": index, "outcome": outcome, "detail": detail}), flush=True)


# ---------------------------------------------------------------------------------- harness
def _run_stage(
    folder: str,
    stage: str,
    indices: list[int],
    timeout: float,
    trace: str | None,
    outcomes: dict[int, str] | None = None,
) -> tuple[collections.Counter, list[str]]:
    """Run ``indices`` in workers, restarting after a hang; the outcomes counted (and each
    case's outcome put into ``outcomes``)."""
    outcomes = {} if outcomes is None else outcomes
    counts: collections.Counter = collections.Counter()
    examples: list[str] = []
    order_file = os.path.join(folder, f"order-{stage}.json")
    Path(order_file).write_text(json.dumps(indices))
    position = 0
    while position < len(indices):
        command = [sys.executable, __file__, "--worker", folder, stage, order_file, str(position)]
        if trace:
            command = [
                "strace",
                "-f",
                "-qq",
                "-e",
                "trace=open,openat",
                "-o",
                f"{trace}.{position}",
                *command,
            ]
        # A session of its own: a hang kills the worker and strace together.
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        assert process.stdout is not None
        while True:
            ready, _, _ = select.select([process.stdout], [], [], timeout)
            if not ready:  # no answer in time: the case hangs
                _kill(process)
                counts["hang"] += 1
                examples.append(f"hang: case {indices[position]}")
                position += 1
                break
            line = process.stdout.readline()
            if not line:  # the worker died (a crash in Qt, a segmentation fault)
                process.wait()
                if position < len(indices):
                    counts["traceback"] += 1
                    examples.append(f"died ({process.returncode}): case {indices[position]}")
                    position += 1
                break
            result = json.loads(line)
            counts[result["outcome"]] += 1
            outcomes[result["i"]] = result["outcome"]
            if result["outcome"] == "traceback" and len(examples) < 12:
                examples.append(f"case {result['i']}: {result['detail']}")
            position += 1
        if position >= len(indices):
            _kill(process)
    return counts, examples


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def _cli(folder: str, manifest: list, indices: list[int], timeout: float) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    for index in indices:
        kind, path = manifest[index]
        if kind == "lesson":
            command = [
                sys.executable,
                "-m",
                "lstm_lab",
                path,
                "--screenshot",
                os.path.join(folder, "shot.png"),
                "--size",
                "800x600",
            ]
        else:
            command = [
                sys.executable,
                "-m",
                "lstm_lab",
                "sine",
                "--csv",
                path,
                "--epochs",
                "1",
                "--json",
            ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=timeout,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )
        except subprocess.TimeoutExpired:
            counts["hang"] += 1
            continue
        if "Traceback" in done.stderr or done.returncode not in (0, 2):
            counts["traceback"] += 1
        elif done.returncode == 0:
            counts["accepted"] += 1
        else:
            counts["refused"] += 1
    return counts


def _show(stage: str, counts: collections.Counter, extra: str = "") -> None:
    total = sum(counts.values())
    print(
        f"{stage:<22} cases {total:>6}  accepted {counts['accepted']:>6}  refused "
        f"{counts['refused']:>6}  tracebacks {counts['traceback']:>5}  hangs "
        f"{counts['hang']:>3}{extra}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--gui", type=int, default=300, help="lessons opened in a window")
    parser.add_argument("--cli", type=int, default=60, help="cases run on the command line")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a hang")
    args = parser.parse_args()

    import numpy as np
    from fuzzing import cases, make_sentinel

    import lstm_lab

    folder = tempfile.mkdtemp(prefix="fuzz-files-")
    sentinel = make_sentinel(Path(folder) / "sentinel")
    lessons_folder = Path(lstm_lab.__file__).parent / "resources" / "lessons"
    seeds = [path.read_text(encoding="utf-8") for path in sorted(lessons_folder.glob("*.lstmlab"))]
    from lstm_lab.lessons.poetry.textdata import corpus_text

    text = corpus_text("tang300")  # a text to cut and damage
    manifest = []
    started = time.perf_counter()
    for number, (kind, data) in enumerate(cases(args.seed, args.cases, seeds, text, str(sentinel))):
        path = Path(folder, f"case-{number:06d}{SUFFIX[kind]}")
        path.write_bytes(data)
        manifest.append((kind, str(path)))
    for kind, suffix in SUFFIX.items():  # a pipe, an endless device and a folder as each kind
        special = Path(folder, f"pipe{suffix}")
        if hasattr(os, "mkfifo"):
            os.mkfifo(special)
            manifest.append((kind, str(special)))
        zero = Path(folder, f"zero{suffix}")
        zero.symlink_to("/dev/zero")
        folder_case = Path(folder, f"folder{suffix}")
        folder_case.mkdir()
        manifest += [(kind, str(zero)), (kind, str(folder_case))]
    Path(folder, "cases.json").write_text(json.dumps(manifest))
    print(f"lstm_lab from {Path(lstm_lab.__file__).parent}")
    print(
        f"seed {args.seed}: {len(manifest):,} cases made in {time.perf_counter() - started:.1f} s"
    )

    per_kind: dict[str, list[int]] = collections.defaultdict(list)
    for index, (kind, _) in enumerate(manifest):
        per_kind[kind].append(index)
    outcomes: dict[int, str] = {}
    for kind in SUFFIX:
        counts, examples = _run_stage(folder, "read", per_kind[kind], args.timeout, None, outcomes)
        _show(f"read {kind}", counts)
        for example in examples[:5]:
            print(f"    {example}")

    rng = np.random.default_rng(args.seed + 1)
    lesson_cases = per_kind["lesson"]
    marked = [  # lessons whose strings name a file in the sentinel folder
        i
        for i in lesson_cases
        if Path(manifest[i][1]).is_file()
        and not Path(manifest[i][1]).is_symlink()
        and str(sentinel) in Path(manifest[i][1]).read_text("utf-8", "replace")
    ]
    # Half the window's cases are lessons the reader took (a lesson the reader refuses never
    # reaches a view), half a random draw of the rest, then the pipe, device and folder.
    taken = [i for i in lesson_cases if outcomes.get(i) == "accepted"]
    first = rng.permutation(taken)[: args.gui // 2].tolist()
    rest = [i for i in lesson_cases[:-3] if i not in set(first)]
    sample = sorted(first + rng.permutation(rest)[: args.gui - len(first)].tolist())
    sample += lesson_cases[-3:]
    named = sum(1 for i in sample if i in set(marked))
    trace = os.path.join(folder, "opens") if shutil.which("strace") else None
    counts, examples = _run_stage(folder, "gui", sample, args.timeout * 3, trace)
    opened = "  files opened: not measured (no strace)"
    if trace:
        names = set()
        for log in Path(folder).glob("opens.*"):
            for line in log.read_text(errors="replace").splitlines():
                if str(sentinel) in line:
                    names.add(line.split('"')[1] if '"' in line else line)
                    counts["opens"] += 1
        opened = f"  files opened: {counts.pop('opens', 0)} ({len(names)} names)"
    _show(f"window ({named} name a file)", counts, opened)
    for example in examples[:5]:
        print(f"    {example}")

    cli_pool = per_kind["lesson"] + per_kind["csv"]
    cli_sample = sorted(
        rng.choice(cli_pool, size=min(args.cli, len(cli_pool)), replace=False).tolist()
    )
    cli_sample += per_kind["lesson"][-3:] + per_kind["csv"][-3:]
    _show("command line", _cli(folder, manifest, cli_sample, args.timeout))
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
        sys.exit(0)
    sys.exit(main())
