"""An empty view takes no room from the rest: a loss curve before any training is its hint
alone, as low as the hint, and the views beside it get the height; when training starts the
curve comes back with its axes and its height. The single-cell window (its loss dock beside
Controls, or a tab) and the forecast window (the loss curve in the training dock, over the
inside of the model), at 1024×768 and 1440×900, at 1.0× and 1.5× text."""

from __future__ import annotations

import pytest
from diagram_text import SIZES, settle
from PySide6.QtWidgets import QApplication

SCALES = (1.0, 1.5)


def axes_shown(plot) -> bool:
    return all(plot.getPlotItem().getAxis(side).isVisible() for side in ("left", "bottom"))


def opened(open_window, lesson: str, size, scale: float):
    window = open_window(lesson, size=size)
    window.set_text_scale(scale)
    settle(window)
    return window


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_cell_windows_empty_loss_curve_gives_its_room_away(qtbot, open_window, size, scale):
    window = opened(open_window, "train-hold", size, scale)
    loss, dock = window.loss_plot, window.docks["loss"]
    assert loss.is_empty() and not axes_shown(loss)
    if window.layout_kind == "wide":  # beside Controls: as low as its hint, Controls the rest
        assert loss.height() <= loss.empty_height() + 4, (loss.height(), loss.empty_height())
        controls_before = window.docks["controls"].height()
    else:  # a tab among others: no room of its own
        assert window.tabifiedDockWidgets(dock), window.layout_kind
    with qtbot.waitSignal(loss.emptyChanged):
        assert window.training.train_one_epoch()  # Train one epoch, as the panel's button
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)
    assert not loss.is_empty() and axes_shown(loss)
    if window.layout_kind == "wide":  # back at its own height, taken from Controls
        qtbot.waitUntil(lambda: dock.height() > loss.PLOT_HEIGHT)
        assert loss.height() >= loss.PLOT_HEIGHT
        assert window.docks["controls"].height() < controls_before
    # Reset: nothing to show again, and the room goes back.
    loss.clear_history()
    assert loss.is_empty() and not axes_shown(loss)
    if window.layout_kind == "wide":
        qtbot.waitUntil(lambda: dock.height() < loss.PLOT_HEIGHT)
        assert loss.height() <= loss.empty_height() + 4


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_forecasts_empty_loss_curve_gives_its_room_to_the_inside_of_the_model(
    qtbot, open_window, size, scale
):
    window = opened(open_window, "forecast-sine", size, scale)
    loss = window.loss_plot
    training, inside = window.docks["training"], window.docks["inside"]
    assert loss.is_empty() and not axes_shown(loss)
    assert loss.height() <= loss.empty_height() + 4, (loss.height(), loss.empty_height())
    assert inside.height() > training.height()
    inside_before = inside.height()
    window.state.set_option("epochs", 2)
    with qtbot.waitSignal(loss.emptyChanged, timeout=30_000):
        window.trainer.train()  # Train, as its button does
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=60_000)
    QApplication.processEvents()
    assert not loss.is_empty() and axes_shown(loss)
    qtbot.waitUntil(lambda: inside.height() < inside_before)
    assert training.height() > loss.PLOT_HEIGHT and loss.height() >= loss.PLOT_HEIGHT
    assert window.height() == size[1], "the window grew past its size"
