"""The math panel: every equation of the current step with its numbers substituted.

The numbers come from the engine's ``explain_step`` and are laid out line by line by
`lstm_lab.core.report.step_lines` (the text export and the worksheet use the same lines), at four
decimals, so a student can redo the step by hand. The text is selectable plain text; a
highlighter colours each line after the quantity it is about.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from lstm_lab.core.report import step_lines
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme


class _LineColours(QSyntaxHighlighter):
    """Colours line k of the document by the k-th colour key the panel hands it."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.keys: list[str | None] = []
        self.formats: dict[str | None, QTextCharFormat] = {}

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        number = self.currentBlock().blockNumber()
        key = self.keys[number] if number < len(self.keys) else None
        fmt = self.formats.get(key)
        if fmt is not None and text:
            self.setFormat(0, len(text), fmt)


class MathPanel(QPlainTextEdit):
    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mathPanel")
        self.setToolTip(
            self.tr(
                "Every equation of this step with the numbers put in. Select and copy any line."
            )
        )
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Reached with Tab (and View → Go to), read line by line with the arrow keys; Tab
        # moves on to the next control.
        self.setAccessibleName(self.tr("Math of this step"))
        self.setAccessibleDescription(
            self.tr("Every equation of this step with the numbers put in, one per line")
        )
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self._state = state
        self._theme = DARK
        self._lines: list[str] = []
        self.highlighted: list[int] = []
        self._colours = _LineColours(self.document())
        self._base_size = max(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).pointSizeF(), 10.0
        )
        self._scale = 1.0
        self.apply_theme(DARK)
        state.traceChanged.connect(self.refresh)
        state.cursorChanged.connect(self.refresh)

    def set_text_scale(self, scale: float) -> None:
        self._scale = scale
        self.apply_theme(self._theme)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        # Font and colours go in the widget's own stylesheet: the application's stylesheet
        # would override setFont.
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self.setStyleSheet(
            f"QPlainTextEdit {{ background: {theme.background}; color: {theme.text}; "
            f"font-family: '{family}'; font-size: {self._base_size * self._scale:.1f}pt; }}"
        )
        formats: dict[str | None, QTextCharFormat] = {}
        for key in ("f", "i", "g", "o", "c", "h", "y", "title"):
            fmt = QTextCharFormat()
            colour = theme.accent if key == "title" else theme.label(key)
            fmt.setForeground(QColor(colour))
            if key == "title":
                fmt.setFontWeight(QFont.Weight.Bold)
            formats[key] = fmt
        self._colours.formats = formats
        self._lines = []
        self.refresh()

    # ------------------------------------------------------------------ content
    def lines(self) -> list[tuple[str, str | None]]:
        """(plain text line, colour key or None) for the current step."""
        return step_lines(self._state)

    def highlight_lines(self, indices: list[int]) -> None:
        """Mark these lines (the equation being computed while a step is animated)."""
        self.highlighted = list(indices)
        selections = []
        for index in indices:
            block = self.document().findBlockByNumber(index)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(self._theme.surface_alt))
            selection.format.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            self.setTextCursor(selections[0].cursor)
            self.ensureCursorVisible()

    def refresh(self, *_args) -> None:
        lines = self.lines()
        texts = [line for line, _key in lines]
        keys = [key for _line, key in lines]
        old = self._lines
        if texts == old and keys == self._colours.keys:
            return
        self._lines = texts
        same_shape = len(texts) == len(old) and keys == self._colours.keys
        self._colours.keys = keys
        if not same_shape:
            # A new layout (another step kind, a pinned gate): keep the student's place.
            bar = self.verticalScrollBar()
            scroll = bar.value()
            self.setPlainText("\n".join(texts))
            bar.setValue(scroll)
            return
        # Same lines, new numbers (a slider moves, training runs): rewrite only the lines that
        # changed, so the view neither jumps nor lays the whole text out again.
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for number, (new, before) in enumerate(zip(texts, old, strict=True)):
            if new == before:
                continue
            block = self.document().findBlockByNumber(number)
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(new)
        cursor.endEditBlock()
