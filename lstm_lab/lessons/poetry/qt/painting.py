"""What the poetry lesson's painted views share: their font and how their words wrap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from lstm_lab.ui.fonts import chinese_font

#: Painted text wraps at word ends (and between Chinese characters).
WRAP = Qt.TextFlag.TextWordWrap


def poetry_font(scale: float, size: float, bold: bool = False) -> QFont:
    """The app's font with the shipped Chinese font after it (`lstm_lab.ui.fonts`)."""
    font = chinese_font()
    font.setPointSizeF(size * scale)
    font.setBold(bold)
    return font
