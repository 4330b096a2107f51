"""The forecasting lesson's window, driven as a student would: sliders by keys, buttons by
clicks, files through the (monkeypatched) file dialogs."""

from __future__ import annotations

import itertools
import math
import os
import subprocess
import sys
import threading

import numpy as np
import pytest
from helpers import text_contrast, type_into
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from lstm_lab.app import LabApp
from lstm_lab.core.lesson import read_lesson
from lstm_lab.lessons.forecast.options import default_options
from lstm_lab.lessons.forecast.qt.window import ForecastWindow


@pytest.fixture
def window(open_window):
    return open_window("forecast-sine", size=None)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot, widget, key, times: int = 1) -> None:
    widget.setFocus()
    for _ in range(times):
        qtbot.keyClick(widget, key)


def message(window, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert box is not None, f"no {name} message"
    return box


def curve_length(curve) -> int:
    x, _ = curve.getData()
    return 0 if x is None else len(x)


def train_to_end(qtbot, window, timeout: int = 30_000) -> str:
    with qtbot.waitSignal(window.trainer.finished, timeout=timeout) as blocker:
        click(qtbot, window.training_panel.train_button)
    return blocker.args[0]


def test_a_new_window_size_then_brief_training_and_the_forecast_appears(qtbot, window):
    panel = window.data_panel
    assert window.steps.currentWidget() is window.data_page
    press(qtbot, panel.sliders["window"].slider, Qt.Key.Key_Right, 4)
    assert window.state.window == 24
    assert panel.sliders["window"].value_label.text() == "24"
    assert panel.counts.text().startswith("526 training windows, 50 test windows")
    x, _ = window.series_plot.before.window.getData()
    assert len(x) == 24 and x[-1] == 549  # the window before the first test value
    assert curve_length(window.forecast_plot.curves["rolling"]) == 0
    type_into(qtbot, window.training_panel.epochs, "6")
    assert window.state.option("epochs") == 6

    assert train_to_end(qtbot, window) == "finished"
    assert window.steps.currentWidget() is window.forecast_page  # step 3 came to the front
    plot = window.forecast_plot
    assert curve_length(plot.curves["one_step"]) == curve_length(plot.curves["rolling"]) == 50
    assert plot.hint.isHidden()
    mses = plot.mses()
    assert mses["one_step"] < mses["last_value"]
    names = [label.text for _sample, label in plot.legend.items]
    assert f"one-step (MSE {mses['one_step']:.1e})" in names
    assert window.loss_plot.point_count() == 6
    assert window.training_panel.status.text().startswith("Done — epoch 6: training MSE")
    qtbot.waitUntil(window.isWindowModified, timeout=10_000)  # the window size and epochs differ


def test_a_bad_csv_gets_a_message_naming_the_line_and_nothing_changes(
    qtbot, window, tmp_path, monkeypatch
):
    path = tmp_path / "readings.csv"
    path.write_text("temperature\n1.5\n2.0\nabc\n3.0\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    before, series = window.state.options, window.state.data.series.copy()
    click(qtbot, window.data_panel.load_csv)
    box = message(window, "seriesFileError")
    assert box.text() == "readings.csv: line 4: 'abc' is not a number"
    assert window.state.options == before
    np.testing.assert_array_equal(window.state.data.series, series)
    assert window.data_panel.signal_combo.currentText() == "Sine wave"
    assert not window.isWindowModified()

    path.write_text("1\n2\n3\n", encoding="utf-8")  # numbers, but too few
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "seriesFileError") is None)
    click(qtbot, window.data_panel.load_csv)
    assert "readings.csv: the series has 3 values: too few for a test span of 50" in (
        message(window, "seriesFileError").text()
    )
    assert window.state.options == before


def test_a_good_csv_loads_and_is_forecast(qtbot, window, tmp_path, monkeypatch):
    values = np.round(np.sin(np.arange(240) * 0.15) * 3 + 10, 6)
    path = tmp_path / "tides.csv"
    path.write_text("height\n" + "\n".join(str(v) for v in values) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, window.data_panel.load_csv)
    assert window.findChild(QMessageBox, "seriesFileError") is None
    np.testing.assert_allclose(window.state.data.series, values)
    panel = window.data_panel
    assert panel.signal_combo.currentText() == "Your series: tides.csv"
    assert not panel.sliders["frequency"].isEnabled()
    train = values[:-50]  # the test span is not used for the normalisation
    assert f"z = (x − {train.mean():.3f}) / {train.std():.3f}" in panel.normalisation.text()
    x, y = window.series_plot.before.series.getData()
    assert len(x) == 240 and y[0] == pytest.approx(10.0)
    type_into(qtbot, window.training_panel.epochs, "3")
    assert train_to_end(qtbot, window) == "finished"
    assert curve_length(window.forecast_plot.curves["rolling"]) == 50
    # Back to a generated signal: the series is no longer part of the lesson.
    combo = panel.signal_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert window.state.option("signal") == "sine" and "series" not in window.state.options


def test_stop_ends_training_before_the_next_mini_batch(qtbot, window):
    window.state.set_option("epochs", 5000)
    trainer = window.trainer
    click(qtbot, window.training_panel.train_button)
    assert trainer.is_running and not window.training_panel.train_button.isEnabled()
    assert not window.data_panel.isEnabled()  # the data cannot change under training
    qtbot.waitUntil(lambda: window.state.history()[0].size >= 2, timeout=20_000)
    threads = threading.active_count()
    with qtbot.waitSignal(trainer.finished, timeout=2_000) as blocker:
        click(qtbot, window.training_panel.stop_button)
    assert blocker.args == ["stopped"]  # (benchmarks/bench_forecast_ui.py times Stop)
    assert trainer.batches_after_stop == 0
    assert threading.active_count() == threads  # no worker thread was ever involved
    done = window.state.epochs_done
    assert 2 <= done < 5000
    qtbot.wait(50)
    assert window.state.epochs_done == done and not trainer.is_running
    assert window.training_panel.status.text().startswith(f"Stopped — epoch {done}:")
    assert window.data_panel.isEnabled() and window.training_panel.train_button.isEnabled()


def test_the_lesson_file_round_trip(qtbot, window, tmp_path, monkeypatch, settings):
    press(qtbot, window.units_slider.slider, Qt.Key.Key_Left, 20)  # 32 → 12 units
    press(qtbot, window.data_panel.sliders["noise"].slider, Qt.Key.Key_Right, 5)
    window.state.set_hidden_views(frozenset({"inside"}))
    assert window.docks["inside"].isHidden()
    assert window.model_diagram.lines()[:3] == [
        "LSTM(12)",
        "4H(D + H + 2)",
        "4·12·(1 + 12 + 2) = 720",
    ]
    qtbot.waitUntil(window.isWindowModified, timeout=10_000)
    path = tmp_path / "noisy.lstmlab"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_key["save_as"].trigger()
    assert not window.isWindowModified()
    saved = read_lesson(path)
    assert saved.kind == "forecast" and saved.title == "Forecast a sine wave"
    assert saved.options == {**default_options(), "hidden": 12, "noise": 0.05}
    assert saved.hidden_views == {"inside"}

    other = ForecastWindow(settings=settings)
    other.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    other.actions_by_key["open"].trigger()
    assert other.state.options == window.state.options
    assert other.units_slider.value_label.text() == "12"
    assert other.data_panel.sliders["noise"].value_label.text() == "0.05"
    try:
        assert other.docks["inside"].isHidden() and not other.isWindowModified()
    finally:
        other.files.forget_changes()
        other.close()
        other.deleteLater()


def test_a_click_on_a_unit_shows_its_gates(qtbot, window):
    heatmap = window.unit_heatmap
    view = heatmap.view
    point = heatmap.plot.vb.mapViewToScene(QPointF(5.0, 7.0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(point))
    assert window.state.unit == 7
    assert window.unit_detail.title.text().startswith("Unit 7 over the window")
    series = window.unit_detail.series()
    np.testing.assert_array_equal(series["f"], window.state.activity()["f"][:, 7])
    assert heatmap.marker.rect().top() == pytest.approx(6.5)


def test_the_card_opens_the_forecast_window(qtbot, settings):
    lab = LabApp(settings)
    lab.show_start_screen()
    qtbot.addWidget(lab.start_screen)
    card = lab.start_screen.cards["forecast-sine"]
    assert card.lesson.title == "Forecast a sine wave"
    click(qtbot, card)
    window = lab.window
    try:
        assert isinstance(window, ForecastWindow) and window.objectName() == "forecastWindow"
        assert window.lesson_banner.title.text() == "Forecast a sine wave"
        assert "Step 2" in window.lesson_banner.text.toPlainText()
        assert lab.windows.keys() == {"forecast"}  # the cell's window was never built
    finally:
        window.files.forget_changes()
        window.close()


def _run(*args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "lstm_lab", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_lists_and_screenshots_the_lesson(tmp_path, qapp):
    result = _run("--list-lessons", tmp_path=tmp_path)
    assert result.returncode == 0 and ["forecast-sine", "Forecast", "a", "sine", "wave"] in [
        line.split() for line in result.stdout.splitlines()
    ]
    out = tmp_path / "sine.png"
    result = _run(
        "--lesson",
        "forecast-sine",
        "--screenshot",
        str(out),
        "--size",
        "1024x768",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    colours = {image.pixel(x, y) for x in range(0, 1024, 7) for y in range(0, 768, 7)}
    assert len(colours) > 100
    result = _run(
        "--lesson",
        "forecast-sine",
        "--screenshot",
        str(out),
        "--sequence",
        "1, 0",
        tmp_path=tmp_path,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--sequence and --step are for lessons of one cell" in result.stderr


def lab(colour: QColor) -> tuple[float, float, float]:
    """CIELAB of an sRGB colour (D65 white): a distance of about 2 is just noticeable, 50 is
    another colour altogether."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    r, g, b = (linear(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047)
    y = f(0.2126 * r + 0.7152 * g + 0.0722 * b)
    z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    return 116 * y - 16, 500 * (x - y), 200 * (y - z)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_last_value_baseline_never_passes_for_the_truth(window, theme):
    window.actions_by_key[f"theme_{theme}"].trigger()  # View → Dark/Light theme
    plot = window.forecast_plot
    truth = plot.curves["truth"].opts["pen"]
    baseline = plot.curves["last_value"].opts["pen"]
    assert math.dist(lab(truth.color()), lab(baseline.color())) > 50
    assert truth.style() == Qt.PenStyle.SolidLine
    assert baseline.style() == Qt.PenStyle.DashLine
    # The same pen for its error in the plot below, and both forecasts keep their own colours.
    assert plot.errors["last_value"].opts["pen"] == baseline
    for key in ("one_step", "rolling"):
        colour = lab(plot.curves[key].opts["pen"].color())
        assert math.dist(colour, lab(baseline.color())) > 50, key


def test_the_legends_read_well_in_the_light_theme(qtbot, window):
    window.actions_by_key["theme_light"].trigger()  # View → Light theme
    type_into(qtbot, window.training_panel.epochs, "2")
    assert train_to_end(qtbot, window) == "finished"
    QApplication.processEvents()
    for plot, legend in [
        (window.forecast_plot.view, window.forecast_plot.legend),
        (window.loss_plot, window.loss_plot.legend),
    ]:
        assert legend.isVisible()
        for _sample, label in legend.items:
            area = plot.mapFromScene(label.sceneBoundingRect()).boundingRect()
            assert text_contrast(plot, area) >= 4.5, label.text


def legend_names(plot) -> list[str]:
    return [label.text for _sample, label in plot.legend.items]


def test_the_ar_baseline_is_drawn_and_tabled_beside_the_lstm(qtbot, window):
    plot, table = window.forecast_plot, window.forecast_plot.table
    lstm, ar, last = (table.row_of(key) for key in ("lstm", "ar", "last_value"))
    # Before training: both baselines are there at once; the LSTM's row waits for Train.
    assert curve_length(plot.curves["ar_one_step"]) == curve_length(plot.curves["ar_rolling"])
    assert curve_length(plot.curves["ar_one_step"]) == 50
    assert table.table.verticalHeaderItem(ar).text() == "AR(20)"
    assert table.table.verticalHeaderItem(lstm).text() == "LSTM(32)"
    assert [table.cell_text(lstm, c) for c in (0, 1)] == ["—", "—"]
    mses = window.state.forecast_mses()
    assert mses["ar_one_step"] < 1e-20 and mses["ar_rolling"] < 1e-20  # a sine: exact
    assert table.cell_text(ar, 0) == f"{mses['ar_one_step']:.3g}"
    assert f"AR(20) one-step (MSE {mses['ar_one_step']:.1e})" in legend_names(plot)
    assert "A sum of K sines obeys such a rule" in table.note.toPlainText()
    # The AR line lies on the truth over the test span.
    _, values = plot.curves["ar_one_step"].getData()
    np.testing.assert_allclose(values, window.state.data.test_values, rtol=0, atol=1e-12)

    type_into(qtbot, window.training_panel.epochs, "3")
    assert train_to_end(qtbot, window) == "finished"
    mses = plot.mses()
    shown = {
        (lstm, 0): "one_step",
        (lstm, 1): "rolling",
        (ar, 0): "ar_one_step",
        (ar, 1): "ar_rolling",
        (last, 0): "last_value",
    }
    for (row, column), key in shown.items():
        assert table.cell_text(row, column) == f"{mses[key]:.3g}", key
    assert table.cell_text(last, 1) == "—"  # the last value has no rolling forecast
    assert mses["ar_one_step"] < mses["one_step"] < mses["last_value"]
    names = legend_names(plot)
    for key, words in (("ar_one_step", "AR(20) one-step"), ("ar_rolling", "AR(20) rolling")):
        assert f"{words} (MSE {mses[key]:.1e})" in names

    # A longer window: AR(24), still exact on the sine.
    window.show_data_step()
    press(qtbot, window.data_panel.sliders["window"].slider, Qt.Key.Key_Right, 4)
    assert table.table.verticalHeaderItem(ar).text() == "AR(24)"
    assert "AR(24) one-step" in " ".join(legend_names(plot))
    assert window.state.forecast_mses()["ar_one_step"] < 1e-20
    assert [table.cell_text(lstm, c) for c in (0, 1)] == ["—", "—"]  # a fresh model


def test_the_ar_baseline_is_not_exact_on_a_square_wave(qtbot, window):
    combo = window.data_panel.signal_combo
    combo.setFocus()
    while combo.currentData() != "square":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.state.option("signal") == "square"
    table = window.forecast_plot.table
    value = float(table.cell_text(table.row_of("ar"), 0))
    assert value == pytest.approx(window.state.forecast_mses()["ar_one_step"], rel=1e-2)
    assert 0.1 < value < window.state.forecast_mses()["last_value"]


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_ar_lines_have_their_own_colour_dash_and_marker(window, theme):
    window.actions_by_key[f"theme_{theme}"].trigger()  # View → Dark/Light theme
    plot = window.forecast_plot
    ar_pen = plot.curves["ar_one_step"].opts["pen"]
    for key in ("truth", "one_step", "rolling", "last_value"):
        other = plot.curves[key].opts["pen"]
        assert math.dist(lab(ar_pen.color()), lab(other.color())) > 50, key
        assert other.style() not in (Qt.PenStyle.DashDotLine, Qt.PenStyle.DotLine), key
        assert plot.curves[key].opts.get("symbol") is None, key
    assert ar_pen.style() == Qt.PenStyle.DashDotLine
    assert plot.curves["ar_rolling"].opts["pen"].style() == Qt.PenStyle.DotLine
    assert plot.curves["ar_rolling"].opts["pen"].color() == ar_pen.color()
    assert plot.curves["ar_one_step"].opts["symbol"] == "x"
    assert plot.curves["ar_rolling"].opts["symbol"] == "o"
    assert plot.errors["ar_one_step"].opts["pen"] == ar_pen


@pytest.mark.parametrize(
    ("size", "scale"), [((1024, 768), 1.0), ((1440, 900), 1.0), ((1024, 768), 1.5)]
)
def test_the_legend_and_the_table_fit_on_small_screens(qtbot, open_window, size, scale):
    window = open_window("forecast-sine", size=size)
    window.set_text_scale(scale)
    window.show_forecast_step()
    type_into(qtbot, window.training_panel.epochs, "1")
    assert train_to_end(qtbot, window) == "finished"
    QApplication.processEvents()
    plot = window.forecast_plot
    view_rect = plot.view.rect()
    boxes = []
    for _sample, label in plot.legend.items:
        text = label.item  # the words, without the document's margin around them
        margin = text.document().documentMargin()
        words = text.mapRectToScene(text.boundingRect().adjusted(margin, margin, -margin, -margin))
        box = plot.view.mapFromScene(words).boundingRect()
        assert view_rect.contains(box), (label.text, box, view_rect)
        boxes.append(box)
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b)
    table = plot.table.table
    assert table.visibleRegion().boundingRect() == table.rect()  # nothing of it is cut
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            text = table.item(row, column).text()
            assert table.fontMetrics().horizontalAdvance(text) <= table.columnWidth(column)
    assert table.viewport().height() >= sum(table.rowHeight(r) for r in range(table.rowCount()))
    note = plot.table.note
    assert note.visibleRegion().boundingRect() == note.rect()
    if scale == 1.0:  # the whole note shows; at larger text it scrolls beside the table
        assert note.verticalScrollBar().maximum() == 0
    # The plots keep most of the page.
    assert plot.view.height() >= 0.6 * plot.height()
