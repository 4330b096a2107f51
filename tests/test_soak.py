"""Thousands of slider changes and dozens of large pastes must neither crash the process nor
grow its memory.

Each change makes hundreds of Qt calls that return nothing; a binding that leaks a reference
per such call (PySide6 6.12.0 on CPython 3.11) aborts within this test. A line edit keeps every
pasted character in its undo history unless the field drops it: over a megabyte a paste.
"""

from __future__ import annotations

import gc
import os

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from lstm_lab.app import create_window


def resident_kib() -> int:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS line")


# Resident memory may grow this much over all the actions, after a warm-up.
GROWTH_LIMIT_MIB = 10


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_thousands_of_slider_changes_and_large_pastes(qtbot, tmp_path):
    window = create_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.state.set_sequence_text(", ".join(["1", "0", "0", "0"] * 10))
    window.state.go_to(20)
    window.param_panel.set_mode("full")
    slider = window.findChild(object, "paramSlider_w_hf")
    values = [round(-2 + 4 * (k % 400) / 399, 2) for k in range(4000)]

    def drive(chunk):
        for value in chunk:
            slider.setValue(value)
            QApplication.processEvents()

    edit = window.sequence_input.edit
    long_texts = [", ".join([number] * 10_000) for number in ("0.123456", "0.654321")]

    def paste(count):
        for k in range(count):
            QApplication.clipboard().setText(long_texts[k % 2])
            edit.setFocus()
            qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            assert window.state.length == 10_000
        window.state.set_sequence_text(", ".join(["1", "0", "0", "0"] * 10))
        window.state.go_to(20)

    drive(values[:500])  # warm caches, fonts and pyqtgraph's pens
    paste(2)
    gc.collect()
    before = resident_kib()
    drive(values[500:])
    paste(30)
    gc.collect()
    grown_mib = (resident_kib() - before) / 1024
    assert window.state.params.w_hf == values[-1]
    assert grown_mib < GROWTH_LIMIT_MIB, (
        f"resident memory grew by {grown_mib:.1f} MiB over 3500 changes and 30 pastes"
    )
