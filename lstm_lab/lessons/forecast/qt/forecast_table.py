"""Step 3 in numbers: the test MSE of the LSTM's forecasts and of the two baselines (last
value, AR(W)) side by side, and a note on why the linear one can win."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lstm_lab.lessons.forecast.qt.state import ForecastState

#: (row, the MSE keys of its one-step and rolling columns; None: the forecast has no such kind)
ROWS = (
    ("lstm", "one_step", "rolling"),
    ("ar", "ar_one_step", "ar_rolling"),
    ("last_value", "last_value", None),
)


class ForecastTable(QWidget):
    """The MSE over the test span of every forecast: rows LSTM, AR(W) and last value, columns
    one-step and rolling. The baselines need no training, so their rows are filled at once."""

    def __init__(self, state: ForecastState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastTable")
        self._state = state
        self.table = QTableWidget(len(ROWS), 2)
        self.table.setObjectName("forecastMseTable")
        self.table.setAccessibleName(self.tr("Forecast errors"))
        self.table.setHorizontalHeaderLabels([self.tr("one-step MSE"), self.tr("rolling MSE")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.table.setToolTip(
            self.tr(
                "Mean squared error over the test span, in the series' own units. One-step: "
                "each forecast from the W true values before it. Rolling: each forecast fed "
                "back as the next input. The last value has no rolling forecast."
            )
        )
        # As tall as the table, so the plots above keep their room; on a small screen at large
        # text the note scrolls instead of pushing them away.
        self.note = QPlainTextEdit()
        self.note.setObjectName("forecastNote")
        self.note.setAccessibleName(self.tr("What the errors say"))
        self.note.setReadOnly(True)
        self.note.setFrameShape(QFrame.Shape.NoFrame)
        self.note.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.note.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note.viewport().setAutoFillBackground(False)
        self.note.setStyleSheet("QPlainTextEdit { background: transparent; border: none; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(12)
        row.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.note, 1)
        self.refresh()

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def spoken(self) -> str:
        """The table in words, each number as the table writes it: "LSTM(8): one-step MSE
        0.0123, rolling MSE 0.0456; …". A forecast that has no number yet (the LSTM before
        training) says so."""
        rows = []
        for row in range(self.table.rowCount()):
            header = self.table.verticalHeaderItem(row)
            cells = []
            for column in range(self.table.columnCount()):
                text = self.cell_text(row, column)
                if text == "—":
                    continue
                what = self.table.horizontalHeaderItem(column).text()
                cells.append(self.tr("{column} {value}").format(column=what, value=text))
            said = self.tr(", ").join(cells) if cells else self.tr("not trained yet")
            rows.append(self.tr("{row}: {cells}").format(row=header.text(), cells=said))
        return self.tr("{sentence}.").format(sentence=self.tr("; ").join(rows))

    def row_of(self, key: str) -> int:
        return next(index for index, (name, _, _) in enumerate(ROWS) if name == key)

    def refresh(self) -> None:
        state = self._state
        window = state.window
        mses = state.forecast_mses()
        names = {
            "lstm": self.tr("LSTM({units})").format(units=state.hidden),
            "ar": self.tr("AR({window})").format(window=window),
            "last_value": self.tr("last value"),
        }
        changed = False
        for row, (name, *keys) in enumerate(ROWS):
            header = self.table.verticalHeaderItem(row)
            if header is None or header.text() != names[name]:
                self.table.setVerticalHeaderItem(row, QTableWidgetItem(names[name]))
                changed = True
            for column, key in enumerate(keys):
                value = None if key is None else mses[key]
                text = "—" if value is None else _number(value)
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.table.setItem(row, column, item)
                if item.text() != text:  # training changes two cells, and only their text
                    item.setText(text)
                    changed = True
        if changed:
            self._fit()
        note = self.tr(
            "AR({window}): ŷ(n) = c + a1·x(n−1) + … + a{window}·x(n−{window}), a straight line "
            "through the last {window} values, fitted by least squares to the training windows. "
            "A sum of K sines obeys such a rule with 2K lags, so there AR is exact up to "
            "rounding. Where no short linear rule holds (noise, the square wave, the sawtooth), "
            "does the LSTM help? Compare the rows."
        ).format(window=window)
        if note != self.note.toPlainText():
            self.note.setPlainText(note)

    def set_text_scale(self, _scale: float) -> None:
        self._fit()

    def _fit(self) -> None:
        """Columns as wide as the widest number an MSE can be written as, so that a number
        changing while the model trains never lays the page (and its plots) out again."""
        header = self.table.horizontalHeader()
        widest = self.table.fontMetrics().horizontalAdvance(WIDEST) + 16
        for column in range(self.table.columnCount()):
            width = max(widest, header.sectionSizeFromContents(column).width())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self.table.updateGeometry()
        self.note.setFixedHeight(self.table.sizeHint().height())


#: The widest an MSE is written: three digits and an exponent of three.
WIDEST = "8.88e-888"


def _number(value: float) -> str:
    if math.isnan(value):
        return "nan"
    return f"{value:.3g}" if math.isfinite(value) else "∞"
