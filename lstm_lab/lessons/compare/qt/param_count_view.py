"""Parameter counts of a recurrent layer (seed 004's comparison): the student picks the input
size m and the number of units n; a table and bars give each cell's count and the ratios."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.lessons.compare.model import MAX_SIZE
from lstm_lab.ui.theme import DARK, Theme

NAMES = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}
FORMULAS = {"rnn": "n(n+m+1)", "lstm": "4n(n+m+1)", "gru": "3n(n+m+1)"}


class _Bars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(70)
        self.counts: dict[str, int] = {}
        self.colours: dict[str, QColor] = {}
        self.text = QColor("#ffffff")

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if not self.counts:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(self.counts.values()) or 1
        rows = len(self.counts)
        height = self.height() / rows
        label_width = painter.fontMetrics().horizontalAdvance("LSTM ") + 6
        width = self.width() - label_width - 8
        for row, (name, count) in enumerate(self.counts.items()):
            y = row * height
            painter.setPen(self.text)
            painter.drawText(
                QRectF(0, y, label_width, height), Qt.AlignmentFlag.AlignVCenter, NAMES[name]
            )
            bar = QRectF(label_width, y + height * 0.2, width * count / top, height * 0.6)
            painter.fillRect(bar, self.colours.get(name, self.text))
        painter.end()


class ParamCountView(QWidget):
    """Spin boxes for m and n, the counts table, bars, and the ratios in words."""

    sizesChanged = Signal(int, int)

    def __init__(self, roles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paramCountView")
        self._roles = roles
        self.inputs = QSpinBox()
        self.inputs.setObjectName("inputsSpin")
        self.units = QSpinBox()
        self.units.setObjectName("unitsSpin")
        for spin, tip in (
            (self.inputs, self.tr("m: how many numbers the layer reads at each step")),
            (self.units, self.tr("n: how many cells (units) the layer has")),
        ):
            spin.setRange(1, MAX_SIZE)
            spin.setToolTip(tip)
            spin.valueChanged.connect(self._changed)
        form = QFormLayout()
        form.addRow(self.tr("Input size m"), self.inputs)
        form.addRow(self.tr("Units n"), self.units)
        self.table = QTableWidget(3, 2)
        self.table.setObjectName("paramCountTable")
        self.table.setAccessibleName(self.tr("Parameters of each cell"))
        self.table.setHorizontalHeaderLabels([self.tr("formula"), self.tr("parameters")])
        self.table.setVerticalHeaderLabels(list(NAMES.values()))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(110)
        self.bars = _Bars()
        self.note = QLabel()
        self.note.setObjectName("paramCountNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.bars)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _changed(self) -> None:
        self.sizesChanged.emit(self.inputs.value(), self.units.value())

    def show_counts(self, inputs: int, units: int, counts: dict[str, int], torch_lstm: int) -> None:
        for spin, value in ((self.inputs, inputs), (self.units, units)):
            if spin.value() != value:
                with QSignalBlocker(spin):
                    spin.setValue(value)
        for row, name in enumerate(NAMES):
            for column, text in enumerate((FORMULAS[name], f"{counts[name]:,}")):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.bars.counts = dict(counts)
        self.bars.update()
        self.note.setText(
            self.tr(
                "One bias per gate. LSTM = {lstm}× the RNN; GRU = {gru}% of the LSTM (a quarter "
                "fewer). PyTorch keeps two bias vectors per gate, so its LSTM has 4n(n+m+2) = "
                "{torch}."
            ).format(
                lstm=f"{counts['lstm'] / counts['rnn']:g}",
                gru=f"{100 * counts['gru'] / counts['lstm']:.0f}",
                torch=f"{torch_lstm:,}",
            )
        )

    def apply_theme(self, theme: Theme = DARK) -> None:
        self.bars.colours = {
            n: QColor(theme.series.get(r, theme.text)) for n, r in self._roles.items()
        }
        self.bars.text = QColor(theme.text)
        self.bars.update()
