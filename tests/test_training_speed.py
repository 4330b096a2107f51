"""Training a class can watch: the speed control of the single-cell lessons (every epoch on
screen at a set number of epochs a second, paced by the pump's timer, Stop at once), and the Δ
column the weights panel shows when a run ends (after − before, exactly, spoken and not in
colour alone) until a weight changes or the next run starts. Driven as a student drives the
window; updates are counted through signals, never timed."""

from __future__ import annotations

import pytest
from helpers import type_into
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from test_wheel_guard import wheel

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.training import TRAINING_SPEEDS, TrainingSettings
from lstm_lab.engine import PARAM_NAMES
from lstm_lab.shell.settings import TRAINING_SPEED_KEY, settings_problems
from lstm_lab.ui.param_slider import MINUS, change_text, exact_change_text
from lstm_lab.ui.pump import Pump

TIMEOUT = 60_000
#: Epochs watched at a set speed before the test stops the run.
WATCHED = 4


@pytest.fixture
def window(open_window):
    window = open_window("train-hold", size=(1440, 900))
    window.docks["training"].raise_()
    QApplication.processEvents()
    return window


def combo(window) -> QComboBox:
    return window.findChild(QComboBox, "trainingSpeedCombo")


def choose_speed(qtbot, window, text: str) -> None:
    """Pick a speed with the keyboard, as a student without a mouse would."""
    box = combo(window)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    while box.currentText() != text:
        index = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != index, f"{text!r} is not a speed"


def click(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_weights(window) -> dict[str, float]:
    """The weights as the sliders of the weights panel show them."""
    return {name: window.param_panel.sliders[name].value() for name in PARAM_NAMES}


# ----------------------------------------------------------------------------- the control
def test_the_speeds_are_offered_in_words_and_chosen_with_the_keyboard(qtbot, window):
    box = combo(window)
    assert [box.itemText(k) for k in range(box.count())] == [
        "As fast as possible",
        "100 epochs/s",
        "30 epochs/s",
        "10 epochs/s",
        "3 epochs/s",
    ]
    assert box.currentText() == "As fast as possible" and window.training.speed is None
    assert box.accessibleName() == "Training speed" and box.toolTip()
    # Tab reaches it from the buttons above it.
    epoch_button = window.findChild(QPushButton, "epochButton")
    epoch_button.setFocus()
    for _ in range(4):
        if box.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert box.hasFocus()
    choose_speed(qtbot, window, "10 epochs/s")
    assert window.training.speed == 10
    choose_speed(qtbot, window, "As fast as possible")
    assert window.training.speed is None


def test_the_wheel_leaves_the_speed_alone_until_the_control_is_chosen(qtbot, window):
    box = combo(window)
    window.findChild(QPushButton, "trainButton").setFocus()
    wheel(box, -1)
    assert box.currentIndex() == 0 and window.training.speed is None
    box.setFocus()
    wheel(box, -1)
    assert box.currentIndex() != 0
    assert window.training.speed == TRAINING_SPEEDS[box.currentIndex()]


def test_the_speed_is_kept_in_the_settings(qtbot, open_window, settings):
    first = open_window("train-hold")
    choose_speed(qtbot, first, "30 epochs/s")
    first.save_settings()
    assert settings.value(TRAINING_SPEED_KEY) in (30, "30")
    second = open_window("train-hold")
    assert combo(second).currentText() == "30 epochs/s" and second.training.speed == 30


def test_a_speed_the_app_does_not_offer_is_named_and_left(open_window, settings):
    settings.setValue(TRAINING_SPEED_KEY, "7")
    assert any(TRAINING_SPEED_KEY in line for line in settings_problems(settings, [1.0]))
    window = open_window("train-hold")
    assert window.training.speed is None
    assert combo(window).currentText() == "As fast as possible"


# ----------------------------------------------------------------------------- a set speed
def test_at_10_epochs_a_second_every_epoch_reaches_the_views(qtbot, window):
    choose_speed(qtbot, window, "10 epochs/s")
    controller = window.training
    seen: list[tuple[int, dict[str, float], int, str]] = []
    forget_weights = window.cell_diagram.value_labels["weights_f"]

    def note(step) -> None:  # what the student sees after each update
        p = step.params
        assert forget_weights.text() == f"w_h {p.w_hf:.2f}\nw_x {p.w_xf:.2f}\nb   {p.b_f:.2f}"
        seen.append(
            (
                step.epoch,
                shown_weights(window),
                window.loss_plot.point_count(),
                window.findChild(QLabel, "trainingStatus").text(),
            )
        )

    controller.progressed.connect(note)
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: len(seen) >= WATCHED, timeout=TIMEOUT)
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT) as ended:
        click(qtbot, window, "stopButton")
    controller.progressed.disconnect(note)
    assert ended.args[0] == "stopped"
    epochs = [epoch for epoch, *_ in seen]
    assert epochs == list(range(1, len(seen) + 1))  # one update per epoch, none skipped
    for (epoch, weights, points, status), (_, earlier, _, _) in zip(seen[1:], seen, strict=False):
        assert weights != earlier, f"epoch {epoch}: the sliders did not move"
        assert points == epoch  # the loss curve has every epoch so far
        assert status.startswith(f"Epoch {epoch} — ")
    assert shown_weights(window) == window.state.params.to_dict()


def test_the_speed_can_change_while_training_runs(qtbot, window):
    controller = window.training
    choose_speed(qtbot, window, "3 epochs/s")
    window.state.set_training_settings(TrainingSettings(max_epochs=40, tolerance=0.0))
    steps = []
    controller.progressed.connect(steps.append)
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: len(steps) >= 1, timeout=TIMEOUT)
    assert combo(window).isEnabled()  # not one of the run's settings: it stays in reach
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT) as ended:
        choose_speed(qtbot, window, "100 epochs/s")
    assert ended.args[0] == "max_epochs" and ended.args[1].epoch == 40
    assert [step.epoch for step in steps] == list(range(1, 41))


def test_stop_at_a_set_speed_stops_before_the_next_epoch(qtbot, window):
    controller = window.training
    choose_speed(qtbot, window, "3 epochs/s")
    steps = []
    controller.progressed.connect(steps.append)
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: len(steps) >= 1, timeout=TIMEOUT)
    pump = controller._pump
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT) as ended:
        click(qtbot, window, "stopButton")
    reason, step = ended.args
    assert reason == "stopped" and not controller.is_running
    assert pump.epochs_done == step.epoch == steps[-1].epoch
    for _ in range(5):
        QCoreApplication.processEvents()
    assert controller.last_step is step  # nothing after the end
    assert not window.findChild(QPushButton, "stopButton").isEnabled()
    assert window.findChild(QPushButton, "trainButton").isEnabled()


def test_a_paced_pump_waits_for_the_next_item_instead_of_spinning(qtbot):
    pump = Pump(refresh_ms=None)
    ticks = []
    original = pump._tick
    pump._timer.timeout.disconnect(original)
    pump._timer.timeout.connect(lambda: (ticks.append(1), original()))
    pump.start(iter(range(100)), pace=0.5)  # one item now, the next in 2 s
    for _ in range(50):
        QCoreApplication.processEvents()
    assert pump.items == 1
    assert len(ticks) == 1  # the timer did not fire again before the next item was due
    assert pump._timer.interval() > 1000
    pump.set_pace(None)
    with qtbot.waitSignal(pump.finished, timeout=5_000):
        pass
    assert pump.items == 100


# ----------------------------------------------------------------------------- the Δ column
def change_labels(window) -> dict[str, QLabel]:
    return {
        name: window.findChild(QLabel, f"paramChange_{name}") for name in window.param_panel.sliders
    }


def test_the_change_column_shows_after_minus_before_when_training_ends(qtbot, window):
    controller = window.training
    labels = change_labels(window)
    assert not any(label.isVisible() for label in labels.values())
    before = window.state.params.copy()
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT) as ended:
        click(qtbot, window, "trainButton")
    assert ended.args[0] == "converged"
    after = window.state.params
    panel = window.param_panel
    for name in PARAM_NAMES:  # full weights after this run: one row per weight
        exact = getattr(after, name) - getattr(before, name)
        slider = panel.sliders[name]
        assert slider.change() == exact, name
        label = labels[name]
        assert label.isVisible(), name
        assert label.text() == f"Δ {change_text(exact)}"
        # The sign is in the words: + or − before the number (not colour alone).
        assert label.text().lstrip("Δ ≈")[0] in ("+", MINUS), label.text()
        spoken = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
        assert exact_change_text(exact) in spoken and name in spoken
        face = QAccessible.queryAccessibleInterface(slider.findChild(QLineEdit))
        assert f"changed by {exact_change_text(exact)}" in face.text(QAccessible.Text.Name)
        assert not slider.hint.isVisible()  # the column stands where the hint does
    assert panel.changes() == {
        name: getattr(after, name) - getattr(before, name) for name in PARAM_NAMES
    }
    assert window.findChild(QLabel, "changeNote").isVisible()
    # Every number whole: no row is cut at the panel's right edge.
    reset = window.findChild(object, "resetButton_b_out")
    viewport = reset.parentWidget()
    while viewport.objectName() != "qt_scrollarea_viewport":
        viewport = viewport.parentWidget()

    def whole() -> bool:
        return reset.mapTo(viewport, reset.rect().topRight()).x() <= viewport.width()

    # The column widens for it once the run has ended (never under a dragging mouse).
    qtbot.waitUntil(whole, timeout=5_000)


def test_the_change_column_goes_when_a_weight_changes(qtbot, window):
    controller = window.training
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        click(qtbot, window, "trainButton")
    assert window.param_panel.changes() is not None
    type_into(qtbot, window.findChild(QLineEdit, "paramValue_b_out"), "0.25")
    assert window.state.params.b_out == 0.25
    assert window.param_panel.changes() is None
    assert not any(label.isVisible() for label in change_labels(window).values())
    assert not window.findChild(QLabel, "changeNote").isVisible()
    assert window.param_panel.sliders["b_out"].hint.isVisible()


def test_one_epoch_shows_what_that_epoch_did_and_a_new_run_clears_it(qtbot, window):
    controller = window.training
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        click(qtbot, window, "epochButton")
    first = window.state.params.copy()
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        click(qtbot, window, "epochButton")
    second = window.state.params
    assert window.param_panel.changes() == {
        name: getattr(second, name) - getattr(first, name) for name in PARAM_NAMES
    }
    # A new run: the column goes when it starts (and comes back when it ends).
    choose_speed(qtbot, window, "3 epochs/s")
    cleared = []
    controller.progressed.connect(lambda _step: cleared.append(window.param_panel.changes()))
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: bool(cleared), timeout=TIMEOUT)
    assert cleared[0] is None
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        click(qtbot, window, "stopButton")
    assert window.param_panel.changes() is not None


def test_restore_and_another_lesson_take_the_change_column_away(qtbot, window):
    controller = window.training
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        click(qtbot, window, "trainButton")
    click(qtbot, window, "restoreButton")
    assert window.param_panel.changes() is None
    with qtbot.waitSignal(controller.finished, timeout=TIMEOUT):
        click(qtbot, window, "trainButton")
    window.open_lesson(lesson_by_name("train-echo"))
    assert window.param_panel.changes() is None


def test_the_change_text_has_its_sign_and_says_when_it_is_rounded():
    assert change_text(0.5) == "+0.500"
    assert change_text(-0.0625) == f"{MINUS}0.0625"
    assert change_text(0.123456789) == "≈+0.1235"
    assert change_text(-2.0) == f"{MINUS}2.000"
    assert change_text(0.0) == "0.000"
    assert exact_change_text(0.123456789) == "+0.123456789"
    assert exact_change_text(-0.1 - 0.2) == f"{MINUS}0.30000000000000004"
