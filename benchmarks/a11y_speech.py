"""What a screen reader hears: each lesson kind opened at 1024×768 and used as a student
would (a step, a slider, training, writing), and after each action the accessible name and
description of every view that speaks, and the announcements sent.

    python benchmarks/a11y_speech.py            # in this process (offscreen unless told)
    python benchmarks/a11y_speech.py --atspi    # under Xvfb, through AT-SPI, as Orca hears it

With --atspi the same run goes through a real accessibility bus: Xvfb, a D-Bus session, the
AT-SPI bus and registry, the app on the xcb platform with accessibility on, and a listener
(pyatspi, the library Orca is built on, run by the system's Python) that prints every
announcement and every change of an accessible name or description it receives. It needs the
packages xvfb, at-spi2-core and python3-pyatspi.

Figures printed: announcements per action, and while training the weights' changes, the
announcements and the announcements per second (at most 1000 / PAUSE_MS by design).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LISTENER = r"""
import collections, os, sys, threading, time
import pyatspi
start = time.monotonic()
names = collections.Counter()
def heard(event):
    kind = event.type.replace("object:property-change:", "").replace("object:", "")
    if kind == "accessible-name":  # every widget built names itself: counted, not printed
        names["accessible-name"] += 1
        return
    try:
        source = event.source.name or event.source.get_role_name()
    except Exception:
        source = "?"
    print(f"{time.monotonic() - start:7.2f} s  {kind:<22} [{source}] {event.any_data}",
          flush=True)
def stop():
    print(f"(and {names['accessible-name']} changes of accessible names)", flush=True)
    pyatspi.Registry.stop()
for kind in ("object:announcement", "object:property-change:accessible-description",
             "object:property-change:accessible-name"):
    pyatspi.Registry.registerEventListener(heard, kind)
def wait_for_the_app():  # the app has ended when its run writes this file
    while not os.path.exists(sys.argv[1]):
        time.sleep(0.2)
    time.sleep(1.0)
    stop()
threading.Thread(target=wait_for_the_app, daemon=True).start()
pyatspi.Registry.start()
"""


# ---------------------------------------------------------------------- the student's run
def run_lessons() -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from lstm_lab.app import create_window
    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.ui import speech
    from lstm_lab.ui.speech import PAUSE_MS, Speech

    sent: list[tuple[object, str]] = []
    real = speech.QAccessible

    class Counting:
        AnnouncementPoliteness = real.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event) -> None:  # noqa: N802 (Qt's name)
            sent.append((event.object(), event.message()))
            real.updateAccessibility(event)

    speech.QAccessible = Counting
    folder = tempfile.mkdtemp(prefix="a11y-speech-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)

    def said(widget) -> tuple[str, str]:
        face = QAccessible.queryAccessibleInterface(widget)
        return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)

    def label(widget) -> str:
        return widget.objectName() or type(widget).__name__

    def settle(window) -> None:
        """Let every pause end, so that the last values have been said."""
        QTest.qWait(PAUSE_MS + 50)
        while any(s.pausing() for s in window.findChildren(Speech)):
            QTest.qWait(50)

    def act(window, what: str, action) -> None:
        before = {s.widget: said(s.widget) for s in window.findChildren(Speech)}
        start = len(sent)
        focus = QApplication.focusWidget()
        action()
        settle(window)
        print(f"  {what} (the keyboard on: {label(focus) if focus is not None else 'nothing'})")
        for speaker in window.findChildren(Speech):
            now = said(speaker.widget)
            if now != before[speaker.widget]:
                print(f"    {label(speaker.widget)} before: {before[speaker.widget][0]}")
                print(f"      {before[speaker.widget][1]}")
                print(f"    {label(speaker.widget)} after:  {now[0]}")
                print(f"      {now[1]}")
        print(
            f"    announcements: {len(sent) - start} (none for the view with the keyboard: "
            "a screen reader reads its new name and description)"
        )
        for widget, text in sent[start:]:
            print(f"      [{label(widget)}] {text}")

    def open_lesson(name: str):
        lesson = lesson_by_name(name)
        window = create_window(settings, lesson.kind)
        window.open_lesson(lesson)
        window.resize(1024, 768)
        window.show()
        window.activateWindow()
        QTest.qWaitForWindowExposed(window)
        settle(window)
        print(f"\n{name} ({lesson.kind})")
        for speaker in window.findChildren(Speech):
            name_, description = said(speaker.widget)
            shown = "shown" if speaker.widget.isVisible() else "hidden"
            print(f"  {label(speaker.widget)} ({shown}): {name_}")
            print(f"    {description}")
        return window

    def close(window) -> None:
        window.shutdown()
        window.files.forget_changes()
        window.close()
        window.deleteLater()
        app.processEvents()

    def click(widget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type_into(edit, text: str) -> None:
        edit.setFocus()
        edit.selectAll()
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    # The cell lesson: two steps, a weight typed in.
    window = open_lesson("single-pulse")
    forward = window.findChild(QPushButton, "stepForwardButton")
    act(window, "Step ▶ clicked", lambda: click(forward))
    act(window, "Step ▶ clicked again", lambda: click(forward))
    window.param_panel.set_mode("full")
    act(
        window,
        "b_f typed: 1.75",
        lambda: type_into(window.findChild(object, "paramValue_b_f"), "1.75"),
    )
    close(window)

    # Training: how often the diagram speaks while the weights change. The student reaches
    # Train with Tab and presses Space: the keyboard is on the button, the diagram announces.
    window = open_lesson("train-hold")
    diagram = window.cell_diagram
    changes = []
    window.state.traceChanged.connect(lambda *_: changes.append(1))
    start = len(sent)
    renewals = diagram.speech.renewals
    done = []
    window.training_panel.controller.finished.connect(lambda *args: done.append(args))
    train = window.findChild(QPushButton, "trainButton")
    train.setFocus(Qt.FocusReason.TabFocusReason)
    began = time.perf_counter()
    QTest.keyClick(train, Qt.Key.Key_Space)
    while not done:
        QTest.qWait(20)
    seconds = time.perf_counter() - began
    settle(window)
    spoken = [text for widget, text in sent[start:] if widget is diagram]
    most = 1 + int(seconds * 1000 / PAUSE_MS) + 1
    print("  Tab to Train, Space")
    print(f"    training: {seconds:.2f} s, {len(changes)} changes of the trace")
    print(
        f"    the diagram's words renewed {diagram.speech.renewals - renewals} times, announced "
        f"{len(spoken)} times (by design at most one at once, one per pause of {PAUSE_MS} ms "
        f"and one after the end: {most})"
    )
    print(f"    the last: {spoken[-1] if spoken else '(none)'}")
    close(window)

    # The comparison: a step typed, a step by the arrow key, a slider.
    window = open_lesson("compare-who-remembers")
    act(window, "Step box: 3 typed", lambda: type_into(window.step_spin.lineEdit(), "3"))
    act(window, "Step box: Up key", lambda: QTest.keyClick(window.step_spin, Qt.Key.Key_Up))
    act(
        window,
        "RNN's w_hh slider to 0.3",
        lambda: window.columns["rnn"].sliders["w_hh"].setValue(0.3),
    )
    close(window)

    # The memory lesson: the value to keep, by the keyboard.
    window = open_lesson("memory-france")
    page = window.findChild(object, "carouselPage")

    def page_down() -> None:
        page.value_slider.setFocus()
        QTest.keyClick(page.value_slider, Qt.Key.Key_PageDown)

    act(window, "Value to keep: Page Down", page_down)
    close(window)

    # The forecast: a short training.
    window = open_lesson("forecast-sine")
    type_into(window.training_panel.epochs, "3")
    finished = []
    window.trainer.finished.connect(lambda *args: finished.append(args))

    def train() -> None:
        click(window.training_panel.train_button)
        while not finished:
            QTest.qWait(20)

    act(window, "Train clicked (3 epochs)", train)
    close(window)

    # Poetry: write a poem, then choose its third character.
    window = open_lesson("poetry-tang")
    window.controls_panel.speed_slider.setValue(200)

    def write() -> None:
        click(window.prompt_row.write_button)
        while window.is_busy():
            QTest.qWait(20)

    act(window, "Write clicked", write)
    act(window, "Third character chosen", lambda: window.state.select_step(2))
    poem = QAccessible.queryAccessibleInterface(window.poem_view)
    tab = bool(window.poem_view.focusPolicy() & Qt.FocusPolicy.TabFocus)
    print(f"  poem view: Tab stop {tab}, its text: {poem.text(QAccessible.Text.Value)!r}")
    close(window)
    print(f"\nannouncements in all: {len(sent)}")


# ---------------------------------------------------------------------- through AT-SPI
def run_through_atspi() -> int:
    """This script again, on the xcb platform under Xvfb with the AT-SPI bus, and a pyatspi
    listener; print what each said."""
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            print(f"--atspi needs {tool}", file=sys.stderr)
            return 2
    launcher = "/usr/libexec/at-spi-bus-launcher"
    if not Path(launcher).exists():
        print(f"--atspi needs {launcher} (at-spi2-core)", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="a11y-atspi-"))
    listener = folder / "listener.py"
    listener.write_text(LISTENER, encoding="utf-8")
    script = f"""
set -e
Xvfb :93 -screen 0 1280x1024x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:93
sleep 1
{launcher} --launch-immediately >/dev/null 2>&1 &
bus=$!
sleep 1
/usr/bin/python3 {listener} {folder}/app-done > {folder}/heard.txt 2>{folder}/listener.err &
listener=$!
sleep 2
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 {sys.executable} {__file__} \
    > {folder}/app.txt 2>{folder}/app.err || true
touch {folder}/app-done
wait $listener || true
kill $bus $xvfb 2>/dev/null || true
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script], env=env, timeout=600, check=False
    )
    print("What the app sent:")
    print((folder / "app.txt").read_text(encoding="utf-8"))
    heard = (folder / "heard.txt").read_text(encoding="utf-8")
    lines = heard.splitlines()
    announcements = sum("announcement" in line for line in lines)
    print(f"What the AT-SPI listener heard ({announcements} announcements, {len(lines)} events):")
    print(heard)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atspi", action="store_true", help="under Xvfb, through AT-SPI")
    args = parser.parse_args()
    if args.atspi:
        return run_through_atspi()
    run_lessons()
    return 0


if __name__ == "__main__":
    sys.exit(main())
