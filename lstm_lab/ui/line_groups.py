"""Groups of controls on one line where the width allows, and one line per group where not."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class LineGroups(QWidget):
    """Each group is a row of widgets; the groups stand side by side while the width holds
    them all, else one above the other. The widget may always be narrowed to the width of its
    widest group, so a panel it sits in never has to scroll sideways."""

    def __init__(
        self, groups: list[list[QWidget]], gap: int = 12, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._gap = gap
        self._fitting = False
        self._pending = False
        self._groups: list[QHBoxLayout] = []
        self._lines = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(2)
        for widgets in groups:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            self._lines.addLayout(row)
            self._groups.append(row)

    @property
    def on_one_line(self) -> bool:
        return self._lines.direction() == QBoxLayout.Direction.LeftToRight

    def one_line_width(self) -> int:
        """The width the groups need side by side."""
        return sum(row.sizeHint().width() for row in self._groups) + self._gap * (
            len(self._groups) - 1
        )

    def _fit(self) -> None:
        if self._fitting:  # a change below can resize the widget again
            return
        self._fitting = True
        try:
            least = max(row.minimumSize().width() for row in self._groups)
            if self.minimumWidth() != least:
                self.setMinimumWidth(least)
            # A margin against flip-flopping: in a scrolling panel, one line less can remove
            # the scroll bar, and the width it gives back must not tip the groups back.
            needed = self.one_line_width()
            wide = self.width() >= needed if self.on_one_line else self.width() >= needed + 24
            if wide != self.on_one_line:
                self._lines.setDirection(
                    QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
                )
                self._lines.setSpacing(self._gap if wide else 2)
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_later()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # text size
            self._fit_later()

    def _fit_later(self) -> None:
        """After the resize in progress: changing lines inside it would resize again."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit_now)  # never after the widget is gone

    def _fit_now(self) -> None:
        self._pending = False
        self._fit()
