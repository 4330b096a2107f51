"""The engine stands on numpy alone: importing it loads no Qt binding or Qt plotting module."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "superqt", "pyqtgraph", "PyQt5", "PyQt6")


def test_importing_the_engine_loads_no_qt_module():
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import lstm_lab.engine\n"
        "for module in pkgutil.iter_modules(lstm_lab.engine.__path__, 'lstm_lab.engine.'):\n"
        "    importlib.import_module(module.name)\n"
        "import lstm_lab.lessons.forecast.cli\n"
        "from lstm_lab.engine import run_lstm, LSTMParams\n"
        "run_lstm(LSTMParams(), [1.0, 0.0])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(result.stdout)
    offending = [name for name in loaded if name.split(".")[0] in FORBIDDEN]
    assert offending == []
    assert "numpy" in loaded
    assert {
        "lstm_lab.engine.layer",
        "lstm_lab.engine.forecast",
        "lstm_lab.lessons.forecast.cli",
    } <= set(loaded)
