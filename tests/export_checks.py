"""Checks shared by the tests of exported scripts (lstm-lab export-code): run a script as a
student would, and compare the JSON it prints with the app's. No Qt.

`compare_json(a, b)` is the one comparison: the same structure (keys in the same order, lists
of the same length, the same strings, booleans and nulls) and the largest absolute difference
of the numbers. Training runs longer than a few hundred Adam steps are compared with
`compare_training`: rounding differences of 1e-16 (numpy's tanh and the C library's differ in
the last bit for about a quarter of all arguments) grow along a long run, so the run agrees
number for number only over its first epochs.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: float64 results (NumPy, and PyTorch in float64 as the exported scripts compute).
FLOAT64_TOLERANCE = 1e-9
#: float32 results.
FLOAT32_TOLERANCE = 1e-5
#: Epochs over which a training run must agree with the app's number for number.
EXACT_EPOCHS = 100
#: How far the number of epochs a run takes to converge may differ from the app's (a share).
EPOCHS_SHARE = 0.05


def compare_json(a: Any, b: Any, where: str = "") -> float:
    """The largest absolute difference of the numeric leaves of ``a`` and ``b``;
    AssertionError naming the place of the first structural difference."""
    if isinstance(a, dict):
        assert isinstance(b, dict), f"{where or 'the document'}: an object and {type(b).__name__}"
        assert list(a) == list(b), f"{where or 'the document'}: keys {list(a)} and {list(b)}"
        return max((compare_json(a[k], b[k], f"{where}.{k}") for k in a), default=0.0)
    if isinstance(a, list):
        assert isinstance(b, list), f"{where}: a list and {type(b).__name__}"
        assert len(a) == len(b), f"{where}: {len(a)} and {len(b)} items"
        pairs = enumerate(zip(a, b, strict=True))
        return max((compare_json(x, y, f"{where}[{k}]") for k, (x, y) in pairs), default=0.0)
    if a is None or isinstance(a, str | bool) or b is None or isinstance(b, str | bool):
        assert type(a) is type(b) and a == b, f"{where}: {a!r} and {b!r}"
        return 0.0
    assert isinstance(a, int | float) and isinstance(b, int | float), f"{where}: {a!r}, {b!r}"
    if isinstance(a, int) and isinstance(b, int):
        assert a == b, f"{where}: {a} and {b}"
    difference = abs(float(a) - float(b))
    assert math.isfinite(difference), f"{where}: {a!r} and {b!r}"
    return difference


def compare_training(
    app: dict[str, Any],
    script: dict[str, Any],
    tolerance: float,
    loss_of: Callable[[dict[str, float]], float] | None = None,
) -> float:
    """Compare two training runs as `lstm_lab.lessons.cell.export` writes them: the same keys
    and end (status), a number of epochs within `EPOCHS_SHARE` of the app's, and the losses
    of the first `EXACT_EPOCHS` epochs within ``tolerance``. ``loss_of``: the app's own loss
    at given weights; the script's last weights must give the loss it reports with them.
    Returns the largest difference of the epochs compared."""
    assert list(app) == list(script), f"training: keys {list(app)} and {list(script)}"
    assert app["status"] == script["status"], (app["status"], script["status"])
    assert abs(app["epochs"] - script["epochs"]) <= EPOCHS_SHARE * app["epochs"], (
        f"the app trained {app['epochs']} epochs, the script {script['epochs']}"
    )
    count = min(EXACT_EPOCHS, len(app["losses"]), len(script["losses"]))
    largest = compare_json(app["losses"][:count], script["losses"][:count], ".training.losses")
    if app["epochs"] == script["epochs"] and app["epochs"] <= EXACT_EPOCHS:
        largest = max(largest, compare_json(app, script, ".training"))
    assert largest <= tolerance, f"the first {count} epochs differ by {largest:.3g}"
    if loss_of is not None:
        reported = script["loss"]
        assert abs(loss_of(script["params"]) - reported) <= tolerance * max(1.0, abs(reported))
    return largest


def run_script(path: str | Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python PATH ARGS…`` in a fresh interpreter (this one), as a student runs it; the
    working folder is the script's, and no lstm_lab is on the path."""
    path = Path(path)
    return subprocess.run(
        [sys.executable, "-I", str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=path.parent,
        timeout=timeout,
    )


def script_json(path: str | Path) -> Any:
    """What ``python PATH --json`` prints, read as JSON (AssertionError with its stderr when
    it fails)."""
    result = run_script(path, "--json")
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


def lstm_lab_command(*args: str, cwd: str | Path | None = None) -> subprocess.CompletedProcess:
    """``python -m lstm_lab ARGS…`` with this checkout's lstm_lab, from any folder."""
    import os

    import lstm_lab

    root = Path(lstm_lab.__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=cwd,
        env=env,
    )
