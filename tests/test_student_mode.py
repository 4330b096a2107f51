"""Student mode: an exercise saved with a teacher passphrase opens without the Teacher menu and
without any way to show the views it hides, until File → Unlock for the teacher… is given the
passphrase. Driven as a teacher and a student would; the file keeps only a salted hash."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest
from helpers import message_box, type_into
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget

import lstm_lab.core.teacher_lock as teacher_lock_module
from lstm_lab.app import LabApp
from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.lesson import VERSION, LessonError, loads, read_lesson, write_lesson
from lstm_lab.core.teacher_lock import (
    HASH_BYTES,
    SALT_BYTES,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    TeacherLock,
)
from lstm_lab.resources import resource_text
from lstm_lab.shell.start_guide import SHOWN_KEY, StartGuide

PASSPHRASE = "mango tree 42"
LOCK = TeacherLock.from_passphrase(PASSPHRASE)  # one hash for the whole module


# ----------------------------------------------------------------------------- the file
def test_a_locked_lesson_file_keeps_a_salted_hash_and_never_the_passphrase(tmp_path):
    lock = TeacherLock.from_passphrase(PASSPHRASE)
    lesson = lesson_by_name("single-pulse").replace(
        hidden_views=frozenset({"math"}), teacher_lock=lock
    )
    path = tmp_path / "homework.lstmlab"
    write_lesson(lesson, path)
    raw = path.read_bytes()
    for secret in (PASSPHRASE, "mango", PASSPHRASE.encode().hex()):
        assert secret.encode() not in raw, secret
    data = json.loads(raw)
    assert data["version"] == VERSION == 4
    assert set(data["teacher_lock"]) == {"salt", "hash"}
    assert len(data["teacher_lock"]["salt"]) == 2 * SALT_BYTES
    assert len(data["teacher_lock"]["hash"]) == 2 * HASH_BYTES
    again = read_lesson(path)
    assert again == lesson and again.teacher_lock == lock
    assert again.teacher_lock.opens_with(PASSPHRASE)
    assert not again.teacher_lock.opens_with("mango tree 43")
    assert not again.teacher_lock.opens_with("")
    # A fresh salt every time: the same passphrase never gives the same file content.
    other = TeacherLock.from_passphrase(PASSPHRASE)
    assert other.salt != lock.salt and other.digest != lock.digest
    assert other.opens_with(PASSPHRASE)


def test_a_version_3_file_reads_unchanged_and_saves_as_version_4():
    data = json.loads(resource_text("lessons/single-pulse.lstmlab"))
    data.pop("translations", None)  # the built-in lessons are version 4 for their Chinese texts
    data["version"] = 3
    lesson = loads(json.dumps(data))
    assert lesson.teacher_lock is None and not lesson.is_exercise
    saved = lesson.to_json()
    assert saved["version"] == 4 and "teacher_lock" not in saved
    assert {k: v for k, v in saved.items() if k != "version"} == {
        k: v for k, v in data.items() if k != "version"
    }


GOOD = LOCK.to_json()
BAD_LOCKS = {
    "null": None,
    "text": "a passphrase",
    "a list": [GOOD["salt"], GOOD["hash"]],
    "empty": {},
    "no hash": {"salt": GOOD["salt"]},
    "a cost of its own": {**GOOD, "n": 2**30},
    "costs of its own": {**GOOD, "params": {"n": 2**30, "r": 64, "p": 16}},
    "short salt": {**GOOD, "salt": GOOD["salt"][:-2]},
    "long salt": {**GOOD, "salt": GOOD["salt"] + "00"},
    "odd salt": {**GOOD, "salt": GOOD["salt"][:-1]},
    "short hash": {**GOOD, "hash": GOOD["hash"][:-2]},
    "long hash": {**GOOD, "hash": GOOD["hash"] * 1000},
    "capitals": {**GOOD, "hash": GOOD["hash"].upper().replace("0", "A")},
    "not hex": {**GOOD, "salt": "zz" + GOOD["salt"][2:]},
    "spaces": {**GOOD, "salt": " " + GOOD["salt"][1:]},
    "a line break": {**GOOD, "hash": GOOD["hash"][:-1] + "\n"},
    "a number": {**GOOD, "salt": 12345678901234567890123456789012},
    "unicode digits": {**GOOD, "salt": "٠" * 32},
}


@pytest.mark.parametrize("name", list(BAD_LOCKS))
def test_a_malformed_teacher_lock_is_refused_naming_the_file_and_the_field(tmp_path, name):
    data = lesson_by_name("single-pulse").to_json()
    data["teacher_lock"] = BAD_LOCKS[name]
    path = tmp_path / "odd homework.lstmlab"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LessonError) as refused:
        read_lesson(path)
    message = str(refused.value)
    assert message.startswith("odd homework.lstmlab: ")
    assert '"teacher_lock"' in message and "\n" not in message
    assert len(message) < 200


def test_the_cost_of_the_hash_comes_from_the_code_only(tmp_path, monkeypatch):
    """Whatever a file holds, every hash runs at the costs fixed in the code, and a lock
    holds nothing but a salt and a hash."""
    assert [f.name for f in dataclasses.fields(TeacherLock)] == ["salt", "digest"]
    assert 128 * SCRYPT_N * SCRYPT_R * SCRYPT_P <= 64 * 2**20  # at most 64 MiB per check
    calls = []
    real = hashlib.scrypt

    def recording(password, **kwargs):
        calls.append(kwargs)
        return real(password, **kwargs)

    monkeypatch.setattr(teacher_lock_module.hashlib, "scrypt", recording)
    path = tmp_path / "homework.lstmlab"
    write_lesson(
        lesson_by_name("single-pulse").replace(
            teacher_lock=TeacherLock.from_passphrase(PASSPHRASE)
        ),
        path,
    )
    lock = read_lesson(path).teacher_lock
    assert lock.opens_with(PASSPHRASE) and not lock.opens_with("wrong")
    assert len(calls) == 3
    for kwargs in calls:
        assert (kwargs["n"], kwargs["r"], kwargs["p"]) == (SCRYPT_N, SCRYPT_R, SCRYPT_P)
        assert kwargs["dklen"] == HASH_BYTES and len(kwargs["salt"]) == SALT_BYTES


# ----------------------------------------------------------------------------- the windows
@pytest.fixture
def apps(qtbot, settings):
    """``apps()``: a new LabApp on the test's settings; every window closed afterwards."""
    made = []

    def make(offer_guide: bool = False) -> LabApp:
        lab = LabApp(QSettings(settings.fileName(), QSettings.Format.IniFormat))
        lab.offer_guide = offer_guide
        made.append(lab)
        return lab

    yield make
    for lab in made:
        for window in lab.windows.values():
            window.shutdown()
            window.files.forget_changes()
            window.close()
            window.deleteLater()
        for guide in QApplication.topLevelWidgets():
            if isinstance(guide, StartGuide):
                guide.close()


def visible_menus(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def shown_in(menu) -> list[QAction]:
    """The entries a student can see in ``menu`` (and its submenus)."""
    seen = []
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        seen.append(action)
        if action.menu() is not None:
            seen += shown_in(action.menu())
    return seen


def alt_key(window, key: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    number = list(window.docks).index(key) + 1
    return Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.AltModifier


def show(qtbot, window, size=(1440, 900)):
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def later(callback) -> list:
    """Run ``callback`` once a modal dialog is up; what it raises is kept to be re-raised."""
    problems: list = []

    def run():
        try:
            callback(QApplication.activeModalWidget())
        except BaseException as error:  # noqa: BLE001 - re-raised by the test
            problems.append(error)
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, run)
    return problems


def prepare_locked_exercise(qtbot, lab, path, monkeypatch) -> None:
    """The teacher: single-pulse → Teacher → Prepare an exercise, with a passphrase typed
    twice (a slip first), then File → Save."""
    window = lab.open_lesson(lesson_by_name("single-pulse")) and lab.window
    show(qtbot, window)
    type_into(qtbot, window.findChild(QWidget, "paramValue_w_out"), "1.5")  # not the default
    seen = {}

    def fill_in(dialog):
        assert dialog.objectName() == "exerciseDialog"
        dialog.title_edit.setText("Exercise: keep the pulse")
        for name, check in dialog.fixed_checks.items():
            check.setChecked(name != "b_f")
        dialog.view_checks["math"].setChecked(True)
        dialog.view_checks["training"].setChecked(True)
        box = dialog.passphrase
        assert box.first.echoMode() == box.first.EchoMode.Password
        assert box.second.echoMode() == box.second.EchoMode.Password
        qtbot.keyClicks(box.first, PASSPHRASE)
        qtbot.keyClicks(box.second, PASSPHRASE.upper())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["after slip"] = (dialog.isVisible(), box.problem.isVisible(), box.problem.text())
        box.second.clear()
        qtbot.keyClicks(box.second, PASSPHRASE)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    problems = later(fill_in)
    assert window.actions_by_key["exercise"].isEnabled()
    window.actions_by_key["exercise"].trigger()
    assert not problems, problems
    still_open, problem_shown, problem = seen["after slip"]
    assert still_open and problem_shown and "differ" in problem
    lesson = window.current_lesson()
    assert lesson.teacher_lock is not None and lesson.teacher_lock.opens_with(PASSPHRASE)
    # The teacher who set it is not locked out of the window.
    assert "&Teacher" in visible_menus(window) and not window.student_mode
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_key["save"].trigger()
    assert path.exists()


def test_a_teacher_locks_an_exercise_and_a_student_cannot_open_it_up(
    qtbot, apps, tmp_path, monkeypatch
):
    path = tmp_path / "exercise.lstmlab"
    prepare_locked_exercise(qtbot, apps(), path, monkeypatch)
    raw = path.read_text("utf-8")
    assert PASSPHRASE not in raw and PASSPHRASE.upper() not in raw
    assert "teacher_lock" in json.loads(raw)

    student = apps()
    assert student.open_file(str(path))
    window = show(qtbot, student.window)
    assert window.student_mode
    fixed_before = {name: getattr(window.state.params, name) for name in window.state.fixed}
    assert "b_f" not in fixed_before and len(fixed_before) == 13
    assert fixed_before["w_out"] == 1.5

    # No Teacher menu, and its command does nothing even if called.
    assert "&Teacher" not in visible_menus(window)
    assert not window.actions_by_key["exercise"].isEnabled()
    assert window.prepare_exercise() is False
    # The View menu has no toggle or Go to entry for the hidden views, the others are there.
    view_entries = shown_in(window.menus["&View"])
    for key in ("math", "training"):
        dock = window.docks[key]
        assert not dock.isVisible()
        assert dock.toggleViewAction() not in view_entries
        assert window.actions_by_key[f"raise_{key}"] not in view_entries
        assert not window.actions_by_key[f"raise_{key}"].isEnabled()
    for key in ("controls", "parameters", "loss"):
        assert window.docks[key].toggleViewAction() in view_entries
    # Nor the docks' context menu, nor File → Export.
    popup = window.createPopupMenu()
    assert window.docks["math"].toggleViewAction() not in shown_in(popup)
    assert window.docks["loss"].toggleViewAction() in shown_in(popup)
    exports = [a.objectName() for a in shown_in(window.menus["&File/&Export"])]
    assert "action_export_step_math" not in exports
    assert "action_export_view_math" not in exports
    assert "action_export_view_cellDiagram" in exports
    # Alt+N for a hidden view does nothing; for a shown one it still works.
    qtbot.keyClick(window, *alt_key(window, "math"))
    qtbot.keyClick(window, *alt_key(window, "training"))
    QApplication.processEvents()
    assert not window.docks["math"].isVisible() and not window.docks["training"].isVisible()
    window.docks["loss"].close()
    qtbot.keyClick(window, *alt_key(window, "loss"))
    qtbot.waitUntil(lambda: window.docks["loss"].isVisible())
    # Presenter mode (F5, Esc), Reset layout and another layout bring nothing back.
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presenting)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.presenting)
    window.actions_by_key["reset_layout"].trigger()
    window.resize(1024, 768)
    window.apply_default_sizes()
    QApplication.processEvents()
    assert not window.docks["math"].isVisible() and not window.docks["training"].isVisible()
    # The fixed sliders stay as the teacher set them, whatever asks.
    assert not window.findChild(QWidget, "paramSlider_w_f").isEnabled()
    assert not window.actions_by_key["reset_params"].isEnabled()
    window.param_panel.reset_all()  # what Cell → Reset all would do
    combo = window.training_panel.preset_combo
    combo.setCurrentIndex(combo.count() - 1)  # a training lesson with weights of its own
    assert {name: getattr(window.state.params, name) for name in fixed_before} == fixed_before

    # File → Unlock for the teacher…: a wrong passphrase is said in the dialog and changes
    # nothing; the right one brings everything back.
    unlock = window.actions_by_key["unlock"]
    assert unlock in shown_in(window.menus["&File"]) and unlock.isEnabled()
    seen = {}

    def wrong_then_right(dialog):
        assert dialog.objectName() == "unlockDialog"
        assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password
        qtbot.keyClicks(dialog.edit, "mango tree 24")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        seen["wrong"] = (
            dialog.isVisible(),
            dialog.problem.isVisible(),
            dialog.problem.text(),
            window.student_mode,
            "&Teacher" in visible_menus(window),
        )
        dialog.edit.clear()
        qtbot.keyClicks(dialog.edit, PASSPHRASE)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    problems = later(wrong_then_right)
    unlock.trigger()
    assert not problems, problems
    still_open, problem_shown, problem, student, teacher_menu = seen["wrong"]
    assert still_open and problem_shown and "not the teacher passphrase" in problem
    assert student and not teacher_menu
    assert not window.student_mode
    assert "&Teacher" in visible_menus(window) and window.actions_by_key["exercise"].isEnabled()
    assert unlock not in shown_in(window.menus["&File"])
    assert window.docks["math"].toggleViewAction() in shown_in(window.menus["&View"])
    window.activateWindow()  # the student (teacher) is back in the window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, *alt_key(window, "math"))
    qtbot.waitUntil(lambda: window.docks["math"].isVisible())
    # The lesson is still the teacher's exercise: saving again keeps the lock.
    assert window.current_lesson().teacher_lock == read_lesson(path).teacher_lock


def test_a_wrong_passphrase_then_cancel_leaves_the_exercise_locked(qtbot, apps, tmp_path):
    path = tmp_path / "locked.lstmlab"
    write_lesson(
        lesson_by_name("single-pulse").replace(hidden_views=frozenset({"math"}), teacher_lock=LOCK),
        path,
    )
    lab = apps()
    assert lab.open_file(str(path))
    window = show(qtbot, lab.window)

    def wrong_then_cancel(dialog):
        qtbot.keyClicks(dialog.edit, "guess")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert dialog.problem.isVisible()
        dialog.reject()

    problems = later(wrong_then_cancel)
    assert window.unlock_for_teacher() is False
    assert not problems, problems
    assert window.student_mode and "&Teacher" not in visible_menus(window)
    assert not window.docks["math"].isVisible()


def test_the_lesson_locks_of_a_locked_exercise_stay_on(qtbot, apps, tmp_path):
    lesson = lesson_by_name("train-hold")
    path = tmp_path / "locks.lstmlab"
    write_lesson(lesson.replace(locked=frozenset({"w_out", "b_out"}), teacher_lock=LOCK), path)
    lab = apps()
    assert lab.open_file(str(path))
    window = show(qtbot, lab.window)
    state = window.state
    assert state.locked() == {"w_out", "b_out"}
    window.set_full_mode()
    QApplication.processEvents()
    button = window.findChild(QWidget, "lockButton_w_out")
    assert not button.isEnabled() and "locked by this exercise" in button.toolTip()
    assert window.findChild(QWidget, "lockButton_w_xf").isEnabled()
    window.go_to_view("training")
    qtbot.mouseClick(window.findChild(QWidget, "lockButton_w_xf"), Qt.MouseButton.LeftButton)
    assert state.locked() == {"w_out", "b_out", "w_xf"}
    assert window.training_panel.unlock_button.isEnabled()  # the student's own lock
    qtbot.mouseClick(window.training_panel.unlock_button, Qt.MouseButton.LeftButton)
    state.set_locked("w_out", False)
    assert state.locked() == {"w_out", "b_out"}
    assert button.isChecked() and not window.training_panel.unlock_button.isEnabled()
    window.open_lock(LOCK)
    assert button.isEnabled()
    qtbot.mouseClick(window.training_panel.unlock_button, Qt.MouseButton.LeftButton)
    assert state.locked() == frozenset()


@pytest.mark.parametrize(
    ("name", "hidden"),
    [
        ("compare-who-remembers", "counts"),
        ("forecast-sine", "inside"),
        ("memory-france", "training"),
        ("poetry-tang", "bars"),
    ],
)
def test_every_kind_of_lesson_keeps_its_hidden_views_in_student_mode(
    qtbot, apps, tmp_path, name, hidden
):
    path = tmp_path / f"{name}.lstmlab"
    lesson = lesson_by_name(name)
    write_lesson(lesson.replace(hidden_views=frozenset({hidden}), teacher_lock=LOCK), path)
    lab = apps()
    assert lab.open_file(str(path))
    window = show(qtbot, lab.window)
    dock = window.docks[hidden]
    assert window.student_mode and not dock.isVisible()
    assert dock.toggleViewAction() not in shown_in(window.menus["&View"])
    qtbot.keyClick(window, *alt_key(window, hidden))
    window.set_presenting(True)  # the poetry lesson's presenter mode shows its bars
    QApplication.processEvents()
    assert not dock.isVisible()
    window.set_presenting(False)
    window.reset_layout()
    QApplication.processEvents()
    assert not dock.isVisible()
    assert window.actions_by_key["unlock"] in shown_in(window.menus["&File"])
    window.open_lock(LOCK)
    assert dock.toggleViewAction() in shown_in(window.menus["&View"])
    qtbot.keyClick(window, *alt_key(window, hidden))
    qtbot.waitUntil(dock.isVisible)


def test_a_hidden_step_of_the_forecast_has_no_command_in_student_mode(qtbot, apps, tmp_path):
    path = tmp_path / "forecast.lstmlab"
    lesson = lesson_by_name("forecast-sine")
    write_lesson(lesson.replace(hidden_views=frozenset({"forecast"}), teacher_lock=LOCK), path)
    lab = apps()
    assert lab.open_file(str(path))
    window = show(qtbot, lab.window)
    step = window.actions_by_key["step_forecast"]
    assert step not in shown_in(window.menus["&View"]) and not step.isEnabled()
    window.set_presenting(True)
    QApplication.processEvents()
    assert window.steps.currentWidget() is not window.forecast_page
    window.set_presenting(False)


def test_an_exercise_without_a_passphrase_keeps_the_teacher_menu_and_the_view_menu(
    qtbot, apps, tmp_path
):
    path = tmp_path / "open.lstmlab"
    exercise = lesson_by_name("single-pulse").replace(
        hidden_views=frozenset({"math"}), fixed=frozenset({"w_out"})
    )
    write_lesson(exercise, path)
    lab = apps(offer_guide=True)  # as a normal start: the first lesson would get the guide
    assert lab.open_file(str(path))
    window = show(qtbot, lab.window)
    assert not window.student_mode and window.showing_exercise()
    assert "&Teacher" in visible_menus(window)
    assert window.actions_by_key["unlock"] not in shown_in(window.menus["&File"])
    assert not window.docks["math"].isVisible()
    assert window.docks["math"].toggleViewAction() in shown_in(window.menus["&View"])
    # No Start here over the exercise; it waits for the next lesson that is not one.
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, StartGuide)]
    assert lab.settings.value(SHOWN_KEY) is None
    assert lab.open_lesson(lesson_by_name("late-pulse"))
    qtbot.waitUntil(lambda: window.start_guide.isVisible())
    assert not window.start_guide.exercise_note.isVisible()


def test_start_here_from_the_menu_over_an_exercise_says_it_is_one(qtbot, apps, tmp_path):
    path = tmp_path / "locked.lstmlab"
    write_lesson(
        lesson_by_name("single-pulse").replace(hidden_views=frozenset({"math"}), teacher_lock=LOCK),
        path,
    )
    lab = apps(offer_guide=True)
    assert lab.open_file(str(path))
    window = show(qtbot, lab.window)
    assert getattr(window, "start_guide", None) is None  # not by itself
    window.actions_by_key["start_guide"].trigger()
    qtbot.waitUntil(lambda: window.start_guide.isVisible())
    note = window.start_guide.exercise_note
    assert note.isVisible() and "exercise your teacher prepared" in note.text()
    assert note.textFormat() == Qt.TextFormat.PlainText


def test_a_file_with_a_malformed_lock_is_refused_in_the_window_and_nothing_changes(
    qtbot, apps, tmp_path
):
    lab = apps()
    assert lab.open_lesson(lesson_by_name("three-ones"))
    window = show(qtbot, lab.window)
    data = lesson_by_name("single-pulse").to_json()
    data["teacher_lock"] = {"salt": "00", "hash": "00", "n": 1}
    path = tmp_path / "broken.lstmlab"
    path.write_text(json.dumps(data), "utf-8")
    assert not window.files.open_path(str(path))
    box = message_box(window, "lessonFileError")
    assert box.text().startswith("broken.lstmlab: ") and '"teacher_lock"' in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert window.lesson_in_effect().title == "Three ones in a row"
    box.close()
