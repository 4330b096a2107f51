"""What a screen reader announces: for every built-in lesson's window and the start screen at
1024×768, the number of visible controls and how many have no accessible name (the name asked
of Qt's accessibility interface, as Orca, NVDA or VoiceOver ask it). A control is a button,
slider, spin box, text field or view, combo box, list or table, or one tab of a tab bar; a
scroll bar, a table's header and a spin box's own line edit are parts of the control that holds
them. Only the views in front count (a dock behind another's tab is not visible). Prints
figures; asserts nothing.

    python benchmarks/a11y_names.py [--list]    (--list: name each unnamed control)
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
)


def name_of(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def part_of_another(widget: QWidget) -> bool:
    """A scroll bar, a table's header or corner button, a spin box's or combo box's own line
    edit: part of the control that holds it, which is the one named."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    return isinstance(widget, QLineEdit) and isinstance(
        widget.parent(), (QAbstractSpinBox, QComboBox)
    )


def controls(window: QWidget) -> list[tuple[str, str]]:
    """(what it is, its accessible name) for every visible control of ``window``, each tab of
    a visible tab bar counted as one control."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window or part_of_another(widget):
            continue
        if isinstance(widget, QTabBar):
            face = QAccessible.queryAccessibleInterface(widget)
            for k in range(widget.count()):
                if not widget.isTabVisible(k):
                    continue
                child = face.child(k) if face is not None else None
                name = child.text(QAccessible.Text.Name).strip() if child is not None else ""
                found.append((f"tab {k} of {widget.objectName() or 'a tab bar'}", name))
        elif isinstance(widget, CONTROLS):
            what = f"{type(widget).__name__} {widget.objectName()!r}"
            found.append((what, name_of(widget)))
    return found


def main() -> None:
    from lstm_lab.app import LabApp, create_window, render_screenshot
    from lstm_lab.core.builtin import builtin_lessons

    show_list = "--list" in sys.argv
    app = QApplication.instance() or QApplication(sys.argv)
    folder = tempfile.mkdtemp()
    settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    shot = os.path.join(folder, "shot.png")

    def report(label: str, window: QWidget) -> None:
        found = controls(window)
        unnamed = [what for what, name in found if not name]
        print(f"{label:24} {len(unnamed):3d} of {len(found):3d} visible controls unnamed")
        if show_list:
            for what in unnamed:
                print(f"    {what}")

    lab = LabApp(settings)
    start = lab.start_screen
    render_screenshot(start, shot, (1024, 768))
    report("start screen", start)
    start.close()
    windows: dict[str, QWidget] = {}
    for lesson in builtin_lessons():
        window = windows.get(lesson.kind)
        if window is None:
            window = windows[lesson.kind] = create_window(settings, lesson.kind)
        window.open_lesson(lesson)
        render_screenshot(window, shot, (1024, 768))
        report(lesson.name, window)
    for window in windows.values():
        window.shutdown()
        window.files.forget_changes()
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
