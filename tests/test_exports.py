"""File → Export, driven through the menu: the step table as CSV, the math as text, each view
as PNG and SVG; a failed write says so and loses nothing."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lstm_lab.lessons.cell.qt.exports import EXPORT_VIEWS

FIELDS = ("x", "f", "i", "g", "o", "c", "h", "y")


@pytest.fixture
def window(open_window):
    return open_window(size=(1280, 800))


def answer_dialog(monkeypatch, path: str, chosen: str = "") -> list:
    """Every save dialog answers ``path``; returns the calls (parent, title, suggestion, …)."""
    calls = []

    def fake(*args, **kwargs):
        calls.append(args)
        return path, chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


def trigger(win, name: str) -> None:
    action = win.actions_by_key.get(name) or win.exports.view_actions[name]
    action.trigger()


def test_export_menu_lives_under_file_and_quit_stays_last(window):
    file_menu = window.menus["&File"]
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts[-1] == "Quit"
    export = window.menus["&File/&Export"]
    assert export.menuAction() in file_menu.actions()
    names = [action.text() for action in export.actions() if not action.isSeparator()]
    assert names[:3] == [
        "Step table as CSV…",
        "Math of this step as text…",
        "Math of every step as text…",
    ]
    assert len(names) == 3 + len(EXPORT_VIEWS)


def test_csv_holds_every_step_at_full_precision(window, monkeypatch, tmp_path):
    state = window.state
    state.set_sequence([1.0, 0.1, -0.3, 2.0 / 3.0, 0.0, 1e-7])
    state.set_param("w_xf", 0.123456789012345)
    state.set_initial("c0", 0.25)
    state.set_target([0.0, 0.1, 0.2, 0.3, 0.4, 1.0 / 3.0])
    path = tmp_path / "steps.csv"
    answer_dialog(monkeypatch, str(path))
    trigger(window, "export_csv")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["t", "x", "f", "i", "C\u0303", "o", "C", "h", "y", "target"]
    assert rows[1][0] == "0" and float(rows[1][6]) == 0.25 and float(rows[1][7]) == 0.0
    assert rows[1][1] == "" and rows[1][8] == ""
    steps = rows[2:]
    trace = state.trace
    assert len(steps) == len(trace) == 6
    for k, row in enumerate(steps):
        assert int(row[0]) == k + 1
        for column, field in enumerate(FIELDS, start=1):
            assert float(row[column]) == float(getattr(trace, field)[k]), (k, field)
        assert float(row[9]) == float(state.target[k])
    # Read back as arrays: every value equal, bit for bit.
    table = np.array([[float(cell) for cell in row[1:9]] for row in steps])
    for column, field in enumerate(FIELDS):
        assert np.array_equal(table[:, column], getattr(trace, field))


def test_csv_without_a_target_has_no_target_column(window, monkeypatch, tmp_path):
    path = tmp_path / "plain"
    answer_dialog(monkeypatch, str(path))
    trigger(window, "export_csv")
    with open(str(path) + ".csv", encoding="utf-8-sig") as stream:
        header = next(csv.reader(stream))
    assert header[-1] == "y"


def test_math_of_this_step_is_what_the_panel_shows(window, monkeypatch, tmp_path, qtbot):
    window.state.set_clamp("i", 1.0)
    window.state.go_to(3)
    path = tmp_path / "step.txt"
    answer_dialog(monkeypatch, str(path))
    trigger(window, "export_step_math")
    assert path.read_text(encoding="utf-8") == window.math_panel.toPlainText() + "\n"
    assert "(pinned)" in path.read_text(encoding="utf-8")


def test_math_of_every_step_holds_each_step_as_the_panel_shows_it(window, monkeypatch, tmp_path):
    path = tmp_path / "all.txt"
    answer_dialog(monkeypatch, str(path))
    trigger(window, "export_all_math")
    text = path.read_text(encoding="utf-8")
    for t in range(1, window.state.length + 1):
        window.state.go_to(t)
        assert window.math_panel.toPlainText() in text
    assert text.count("Step t = ") == window.state.length


@pytest.mark.parametrize("key", [key for key, _title, _attr in EXPORT_VIEWS])
def test_every_view_exports_as_png_and_svg(window, monkeypatch, tmp_path, key):
    png = tmp_path / f"{key}.png"
    answer_dialog(monkeypatch, str(png))
    trigger(window, key)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 20 and image.height() > 20

    svg = tmp_path / f"{key}"  # no ending: the chosen filter decides
    answer_dialog(monkeypatch, str(svg), "SVG drawing (*.svg)")
    trigger(window, key)
    root = ET.parse(str(svg) + ".svg").getroot()
    assert root.tag.endswith("svg")
    drawn = [el for el in root.iter() if el.tag.rsplit("}", 1)[-1] in ("path", "text", "image")]
    assert len(drawn) > 3, f"the {key} drawing is empty"


def test_the_cell_diagram_svg_is_a_vector_drawing_with_its_text(window, monkeypatch, tmp_path):
    path = tmp_path / "diagram.svg"
    answer_dialog(monkeypatch, str(path))
    trigger(window, "cellDiagram")
    root = ET.parse(path).getroot()
    texts = " ".join(el.text or "" for el in root.iter() if el.tag.endswith("text"))
    assert "C(t" in texts or "x(t)" in texts


def test_a_failed_write_says_so_and_keeps_the_old_file(window, monkeypatch, tmp_path, qtbot):
    old = tmp_path / "steps.csv"
    old.write_text("the teacher's file\n", encoding="utf-8")

    def disk_full(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("lstm_lab.lessons.cell.qt.exports.os.replace", disk_full)
    answer_dialog(monkeypatch, str(old))
    trigger(window, "export_csv")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportError") is not None)
    box = window.findChild(QMessageBox, "exportError")
    assert box.text().startswith("steps.csv cannot be written: No space left on device")
    assert "Nothing was lost" in box.text()
    assert old.read_text(encoding="utf-8") == "the teacher's file\n"
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.ini"] == ["steps.csv"]
    box.close()


def test_a_missing_folder_is_reported(window, monkeypatch, tmp_path, qtbot):
    answer_dialog(monkeypatch, str(tmp_path / "gone" / "diagram.svg"))
    trigger(window, "cellDiagram")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportError") is not None)
    assert "No such file or directory" in window.findChild(QMessageBox, "exportError").text()


def test_a_failing_writer_leaves_nothing_half_written(tmp_path):
    from lstm_lab.lessons.cell.qt.exports import ExportError, write_replacing

    path = tmp_path / "keep.txt"
    path.write_text("before", encoding="utf-8")

    def half(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        write_replacing(str(path), half)
    assert path.read_text(encoding="utf-8") == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_cancelling_the_dialog_writes_nothing(window, monkeypatch, tmp_path):
    answer_dialog(monkeypatch, "")
    trigger(window, "export_csv")
    trigger(window, "timeSeries")
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".csv", ".png", ".svg")]


def test_an_exported_file_is_readable_by_everyone_the_umask_allows(tmp_path):
    import os
    from pathlib import Path

    from lstm_lab.lessons.cell.qt.exports import write_replacing

    old = os.umask(0o022)
    try:
        path = tmp_path / "trace.csv"
        write_replacing(str(path), lambda temporary: Path(temporary).write_text("t,x\n"))
        assert path.read_text() == "t,x\n"
        assert path.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
