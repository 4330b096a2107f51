"""Step 2 in code: the PyTorch a student would write for the same model, read-only."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.theme import Theme


class CodeView(QPlainTextEdit):
    """The model and its training loop in PyTorch, following the lesson's options."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pytorchCode")
        self._state = state
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("The model in PyTorch code"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setToolTip(
            "The same model in PyTorch (nn.LSTM + nn.Linear), as you would write it yourself. "
            "Select and copy it; it follows the units, window and training settings."
        )
        state.optionsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = self._state.pytorch_code()
        if text != self.toPlainText():
            self.setPlainText(text)

    def apply_theme(self, theme: Theme) -> None:
        self.setStyleSheet(f"color: {theme.text}; background: {theme.background};")

    def set_text_scale(self, _scale: float) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        size = self.font().pointSizeF()
        app_font = self.parentWidget().font() if self.parentWidget() else self.font()
        font.setPointSizeF(max(app_font.pointSizeF(), size if size > 0 else 10.0))
        self.setFont(font)
