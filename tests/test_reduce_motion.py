"""View → Reduce motion: with it on the data-flow animation goes from stage to stage without a
moving dot, writing shows its text at once, nothing fades; the choice is kept in the settings
and reaches every open lesson window; with it off the animation runs as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractAnimation, QSettings, Qt
from PySide6.QtWidgets import QApplication

from lstm_lab.__main__ import build_parser
from lstm_lab.app import create_window, run_gui
from lstm_lab.core.flow import PHASE_KEYS
from lstm_lab.shell.settings import REDUCE_MOTION_KEY, saved_reduce_motion
from lstm_lab.ui import flow_controls
from lstm_lab.ui.motion import motion, motion_reduced

#: One lesson of each kind.
KIND_LESSONS = {
    "cell": "single-pulse",
    "compare": "compare-who-remembers",
    "memory": "memory-france",
    "forecast": "forecast-sine",
    "poetry": "poetry-tang",
}


@pytest.fixture(autouse=True)
def _motion_back_to_normal():
    """The setting belongs to the application, which every test shares."""
    yield
    shared = motion()
    shared.asked_on_command_line = False
    shared.set_reduced(False)


def reduce_motion_action(window):
    return window.actions_by_key["reduce_motion"]


def choose_reduce_motion(window, on: bool) -> None:
    """The student ticks (or unticks) View → Reduce motion in ``window``."""
    action = reduce_motion_action(window)
    if action.isChecked() != on:
        action.trigger()
    assert action.isChecked() == on


def play_the_flow(qtbot, flow) -> dict:
    """Animate this step to its end; what was seen at each phase."""
    seen = {"keys": [], "dot_shown": []}

    def on_phase(index: int, key: str) -> None:
        if index >= 0:
            seen["keys"].append(key)
            seen["dot_shown"].append(flow._token.isVisible())

    flow.phaseChanged.connect(on_phase)
    flow.every_step.setChecked(False)
    flow.speed.setCurrentIndex(1)  # 1×
    flow.animate()
    assert flow.running
    qtbot.waitUntil(lambda: not flow.running, timeout=10_000)
    flow.phaseChanged.disconnect(on_phase)
    return seen


@pytest.mark.parametrize("kind", ["cell", "compare"])
def test_the_data_flow_steps_from_stage_to_stage_without_a_moving_dot(
    qtbot, open_window, monkeypatch, kind
):
    monkeypatch.setattr(flow_controls, "PHASE_MS", 120.0)  # a short phase: a short test
    window = open_window(KIND_LESSONS[kind], size=(1024, 768))
    flow = window.flow
    (window.state if kind == "cell" else window.model).go_to(1)

    choose_reduce_motion(window, True)
    seen = play_the_flow(qtbot, flow)
    assert seen["keys"] == list(PHASE_KEYS)  # every stage, in order
    assert flow.frames == 0, "the dot moved"
    assert not any(seen["dot_shown"]), "a dot was shown"
    assert flow.ticks == len(PHASE_KEYS), "a stage took more than one step"
    assert all(flow.shown_value(key) is not None for key in PHASE_KEYS)  # the final stage

    choose_reduce_motion(window, False)  # as before: the dot travels, frame by frame
    seen = play_the_flow(qtbot, flow)
    assert seen["keys"] == list(PHASE_KEYS)
    assert all(seen["dot_shown"])
    assert flow.frames > len(PHASE_KEYS)
    assert flow.ticks > len(PHASE_KEYS)


def test_turning_it_on_mid_animation_hides_the_dot_at_once(qtbot, open_window, monkeypatch):
    monkeypatch.setattr(flow_controls, "PHASE_MS", 300.0)
    window = open_window("single-pulse", size=(1024, 768))
    flow = window.flow
    window.state.go_to(1)
    flow.animate()
    assert flow._token.isVisible()
    choose_reduce_motion(window, True)
    assert flow.running and not flow._token.isVisible()
    frames = flow.frames
    qtbot.waitUntil(lambda: not flow.running, timeout=10_000)
    assert flow.frames == frames


def test_playback_shows_each_step_at_once_and_nothing_animates(qtbot, open_window):
    window = open_window("single-pulse", size=(1024, 768))
    choose_reduce_motion(window, True)
    state = window.state
    cursors = []
    state.cursorChanged.connect(lambda *_: cursors.append(state.cursor))
    window.playback.speed.setValue(20)
    window.playback.set_playing(True)
    qtbot.waitUntil(lambda: state.at_end and not window.playback.is_playing(), timeout=10_000)
    assert cursors == list(range(1, len(cursors) + 1))  # one whole step at a time
    running = [
        a
        for a in window.findChildren(QAbstractAnimation)
        if a.state() == QAbstractAnimation.State.Running
    ]
    assert not running


def test_writing_shows_the_text_at_once(qtbot, open_window):
    window = open_window("poetry-tang", size=(1024, 768))
    window.controls_panel.length_spin.setValue(40)
    window.controls_panel.speed_slider.setValue(1)  # typed out, 40 characters take 40 s

    window.write()  # motion as usual: one character a second
    assert window.writer.is_running and window.writer._pace == 1
    window.stop_writing()
    assert window.controls_panel.speed_slider.isEnabled()

    choose_reduce_motion(window, True)
    assert not window.controls_panel.speed_slider.isEnabled()
    window.write()
    qtbot.waitUntil(lambda: window.state.session.finished, timeout=10_000)
    assert len(window.state.session.steps) >= 1
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=5_000)


def test_glows_and_qt_effects_do_not_fade(qtbot, open_window):
    """Qt's own menu, combo box and tooltip animations and fades go off with Reduce motion
    and come back without it; no animation runs in any window while the cell steps."""
    effects = [Qt.UIEffect.UI_AnimateMenu, Qt.UIEffect.UI_FadeMenu, Qt.UIEffect.UI_FadeTooltip]
    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, True)
    for effect in effects:
        QApplication.setEffectEnabled(effect, True)
    try:
        window = open_window("single-pulse", size=(1024, 768))
        choose_reduce_motion(window, True)
        assert not any(QApplication.isEffectEnabled(e) for e in effects)
        window.state.go_to(2)  # the gates glow with the new step's values
        qtbot.waitUntil(lambda: window.cell_diagram.isVisible())
        running = [
            a
            for a in window.findChildren(QAbstractAnimation)
            if a.state() == QAbstractAnimation.State.Running
        ]
        assert not running
        choose_reduce_motion(window, False)
        assert all(QApplication.isEffectEnabled(e) for e in effects)
    finally:
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, False)


def test_the_choice_is_kept_and_reaches_every_open_window(qtbot, open_window, settings):
    windows = [open_window(lesson, size=(1024, 768)) for lesson in KIND_LESSONS.values()]
    for window in windows:
        action = reduce_motion_action(window)
        assert action.isCheckable() and not action.isChecked()
        assert action in window.menus["&View"].actions()
    assert settings.value(REDUCE_MOTION_KEY) is None  # not chosen: the desktop decides

    choose_reduce_motion(windows[0], True)
    assert motion_reduced()
    assert all(reduce_motion_action(w).isChecked() for w in windows)
    settings.sync()
    assert saved_reduce_motion(QSettings(settings.fileName(), QSettings.Format.IniFormat))

    choose_reduce_motion(windows[-1], False)
    assert not motion_reduced()
    assert not any(reduce_motion_action(w).isChecked() for w in windows)
    assert settings.value(REDUCE_MOTION_KEY) in (False, "false")


def test_a_new_window_starts_with_the_kept_choice(qtbot, tmp_path):
    path = str(tmp_path / "kept.ini")
    kept = QSettings(path, QSettings.Format.IniFormat)
    kept.setValue(REDUCE_MOTION_KEY, True)
    kept.sync()
    window = create_window(QSettings(path, QSettings.Format.IniFormat), "forecast")
    try:
        assert motion_reduced() and reduce_motion_action(window).isChecked()
    finally:
        window.files.forget_changes()
        window.close()
        window.deleteLater()


def test_an_unusable_saved_value_falls_back(tmp_path):
    settings = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    settings.setValue(REDUCE_MOTION_KEY, "sometimes")
    assert saved_reduce_motion(settings, log=False) is False


def test_the_command_line_flag_reduces_motion_for_the_run(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("lstm_lab.shell.crash.install_crash_handler", lambda app: None)
    seen = []
    from lstm_lab import app as app_module

    real = app_module._screenshot

    def screenshot(window, args):
        seen.append(reduce_motion_action(window).isChecked())
        return real(window, args)

    monkeypatch.setattr(app_module, "_screenshot", screenshot)
    shot = tmp_path / "shot.png"
    args = build_parser().parse_args(
        [
            "--lesson",
            "single-pulse",
            "--screenshot",
            str(shot),
            "--size",
            "800x600",
            "--reduce-motion",
        ]
    )
    assert run_gui(args) == 0
    assert shot.exists() and seen == [True]
    motion().asked_on_command_line = False
    motion().set_reduced(False)
    args = build_parser().parse_args(["--lesson", "single-pulse", "--screenshot", str(shot)])
    assert run_gui(args) == 0
    assert seen == [True, False]
