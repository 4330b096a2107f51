"""File → Export, driven through the menu: the step table as CSV, the math as text, each view
as PNG and SVG; a failed write says so and loses nothing."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

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
    if key == "loss":  # empty before any training (its hint alone): a curve to draw
        window.loss_plot.set_history([1, 2, 3], [0.5, 0.2, 0.1])
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


def test_an_empty_loss_curve_exports_what_will_appear(window, monkeypatch, tmp_path):
    path = tmp_path / "loss.svg"
    answer_dialog(monkeypatch, str(path))
    trigger(window, "loss")
    texts = " ".join(el.text or "" for el in ET.parse(path).getroot().iter())
    assert "Press Train" in texts


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


# ----------------------------------------------------------------------------- slides and print
def choose_png_scale(win, scale: int) -> None:
    size_menu = win.findChild(QMenu, "menu_picture_size")
    action = next(a for a in size_menu.actions() if a.objectName() == f"action_png_scale_{scale}")
    action.trigger()


def colours_in(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    return len(np.unique(pixels))


def test_a_png_at_2x_is_twice_the_size_and_drawn_at_that_size(open_window, monkeypatch, tmp_path):
    win = open_window("single-pulse", size=(1280, 800))
    win.state.go_to(1)
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    answer_dialog(monkeypatch, str(one))
    trigger(win, "cellDiagram")
    choose_png_scale(win, 2)
    assert int(win.settings.value("export/pngScale")) == 2  # remembered for the next time
    answer_dialog(monkeypatch, str(two))
    trigger(win, "cellDiagram")
    small, large = QImage(str(one)), QImage(str(two))
    assert abs(large.width() - 2 * small.width()) <= 1
    assert abs(large.height() - 2 * small.height()) <= 1
    assert colours_in(large) > 50, "the 2× picture is blank"
    # Drawn again at 2×, not the 1× picture blown up: it differs from that, pixel for pixel.
    blown_up = small.scaled(large.size()).convertToFormat(large.format())
    assert blown_up != large


def test_the_png_size_is_remembered_and_used_by_save_screenshot(
    open_window, monkeypatch, tmp_path, settings
):
    win = open_window("single-pulse", size=(900, 700))
    choose_png_scale(win, 4)
    again = open_window("three-ones", size=(900, 700))
    size_menu = again.findChild(QMenu, "menu_picture_size")
    assert [a.isChecked() for a in size_menu.actions()] == [False, False, True]
    choose_png_scale(again, 2)
    first_menu = win.findChild(QMenu, "menu_picture_size")
    first_menu.aboutToShow.emit()  # the first window's menu shows the newer choice
    assert [a.isChecked() for a in first_menu.actions()] == [False, True, False]
    shot = tmp_path / "shot.png"
    calls = answer_dialog(monkeypatch, str(shot))
    again.actions_by_key["screenshot"].trigger()
    assert calls[0][2].endswith("three-ones-in-a-row-screenshot.png")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (2 * again.width(), 2 * again.height())


def test_default_picture_names_come_from_the_lesson_title_and_the_view(
    open_window, monkeypatch, tmp_path
):
    import os

    win = open_window("single-pulse", size=(1280, 800))
    calls = answer_dialog(monkeypatch, "")  # the dialog is cancelled: only its suggestion
    trigger(win, "cellDiagram")
    trigger(win, "loss")
    trigger(win, "export_csv")
    names = [os.path.basename(call[2]) for call in calls]
    assert names == [
        "a-single-pulse-cell-diagram.png",
        "a-single-pulse-loss-curve.png",
        "a-single-pulse-steps.csv",
    ]


def test_readable_file_names():
    from lstm_lab.core.files import readable_stem
    from lstm_lab.ui.pictures import picture_name

    assert picture_name("Who remembers? RNN, LSTM and GRU", "Cell diagram") == (
        "who-remembers-rnn-lstm-and-gru-cell-diagram.png"
    )
    assert picture_name("", "") == "lstm-lab.png"
    assert readable_stem("Écrire   comme  Du Fu", "Math of this step") == (
        "écrire-comme-du-fu-math-of-this-step"
    )


def svg_texts(root):
    """(text, centre x, font size in pixels) of each text element, placed by the transform of
    its group (QSvgGenerator writes "matrix(a,0,0,d,e,f)" on the group around it)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    found = []
    for group in root.iter():
        transform = group.get("transform", "")
        if not transform.startswith("matrix("):
            continue
        a, _b, _c, _d, e, _f = (float(v) for v in transform[7:-1].split(","))
        for element in group:
            if not element.tag.endswith("text") or not (element.text or "").strip():
                continue
            font = QFont(element.get("font-family"))
            font.setPixelSize(1000)  # measured large, then scaled: no rounding of the size
            font.setBold(element.get("font-weight") == "700")
            size = float(element.get("font-size"))
            text = element.text.strip()
            width = QFontMetricsF(font).horizontalAdvance(text) * size / 1000
            left = e + a * float(element.get("x"))
            found.append((text, left + a * width / 2, a * size))
    return found


def test_the_svg_numbers_are_centred_on_their_circles_as_on_screen(
    open_window, monkeypatch, tmp_path
):
    from PySide6.QtGui import QFontInfo

    win = open_window("single-pulse", size=(1280, 800))
    win.state.go_to(1)
    path = tmp_path / "diagram.svg"
    answer_dialog(monkeypatch, str(path))
    trigger(win, "cellDiagram")
    root = ET.parse(path).getroot()
    assert not [el for el in root.iter() if el.tag.endswith("image")], "bitmaps in the drawing"
    texts = svg_texts(root)
    diagram = win.cell_diagram
    checked = 0
    for key, node in diagram.gate_nodes.items():
        value = node.value
        centre = diagram.mapFromScene(node.circle.sceneBoundingRect().center())
        on_screen = QFontInfo(value.font()).pixelSize() * diagram.transform().m11()
        matches = [(x, size) for text, x, size in texts if text == value.text()]
        assert matches, key
        x, size = min(matches, key=lambda m: abs(m[0] - centre.x()))
        assert abs(x - centre.x()) <= 2.0, (key, x, centre.x())
        assert abs(size - on_screen) <= 1.0, (key, size, on_screen)
        checked += 1
    assert checked == 4


@pytest.mark.parametrize(
    ("lesson", "name"),
    [
        ("compare-who-remembers", "who-remembers-rnn-lstm-and-gru-main-view"),
        ("forecast-sine", "forecast-a-sine-wave-main-view"),
        ("memory-france", "remember-for-100-steps-main-view"),
        ("poetry-tang", "write-like-a-tang-poet-main-view"),
    ],
)
def test_every_other_kind_saves_its_views_at_the_chosen_size(
    open_window, monkeypatch, tmp_path, lesson, name
):
    win = open_window(lesson, size=(1280, 800))
    menu = win.findChild(QMenu, "menu_view_pictures")
    menu.aboutToShow.emit()
    keys = [a.objectName().removeprefix("action_view_picture_") for a in menu.actions()]
    assert keys[0] == "main" and len(keys) > 1
    choose_png_scale(win, 2)
    calls = answer_dialog(monkeypatch, str(tmp_path / "main"), "PNG image (*.png)")
    menu.actions()[0].trigger()
    assert calls[0][2].endswith(name + ".png")
    image = QImage(str(tmp_path / "main.png"))
    main = win.centralWidget()
    assert (image.width(), image.height()) == (2 * main.width(), 2 * main.height())
    assert colours_in(image) > 20
    answer_dialog(monkeypatch, str(tmp_path / "main.svg"))
    menu.actions()[0].trigger()
    root = ET.parse(tmp_path / "main.svg").getroot()
    assert [el for el in root.iter() if el.tag.endswith("text")], "a drawing without text"


def test_the_cell_window_saves_its_views_under_file_export_only(open_window):
    win = open_window("single-pulse", size=(1280, 800))
    assert win.findChild(QMenu, "menu_view_pictures") is None
    assert win.findChild(QMenu, "menu_picture_size") is not None
