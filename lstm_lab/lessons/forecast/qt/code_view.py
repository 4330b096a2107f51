"""Step 2 in code: the lesson exported as a PyTorch script, exactly as File → Export as code…
writes it, read-only, selectable, and followed as the options change."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lstm_lab.lessons.forecast.qt.state import ForecastState
from lstm_lab.ui.theme import Theme


class CodeView(QPlainTextEdit):
    """The lesson's PyTorch script (`ForecastModel.pytorch_code`), following its options."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pytorchCode")
        self._state = state
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("The model in PyTorch code"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setToolTip(
            self.tr(
                "This lesson as a PyTorch script (nn.LSTM + nn.Linear), the one File → Export "
                "as code… writes: the same data, starting weights and training as the app. It "
                "follows the options; select and copy it, or save it with Save as script…."
            )
        )
        state.optionsChanged.connect(self.refresh)
        state.lessonChanged.connect(self.refresh)
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
