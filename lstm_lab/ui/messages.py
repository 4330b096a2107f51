"""The one warning box of every window: a message that does not stop the window (the event
loop, a student and a test can go on), named for tests, and always shown as plain text: a
message may repeat a value from someone else's file, which must never be read as markup."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def warn(parent: QWidget | None, name: str, title: str, text: str) -> QMessageBox:
    """Show a warning box called ``name`` (its object name) over ``parent``."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.open()
    return box


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it literally. Qt reads a tooltip that looks like markup
    as rich text (and would load an ``<img>`` in it), so text from a file or a path is escaped
    and its line breaks kept."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
