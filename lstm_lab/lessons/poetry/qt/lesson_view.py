"""The lesson's text above the poem: the shared lesson text view (Markdown that loads nothing,
links opened once the student agrees), as high as its words need, at most `MAX_SHARE` of the
centre's height; a longer text scrolls, so the poem below keeps its room."""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from lstm_lab.ui.lesson_text import LessonTextView

#: The most of the centre's height the lesson's text takes.
MAX_SHARE = 0.4


class LessonView(LessonTextView):
    """The lesson's text, fitted to its words and to ``centre`` (see the module)."""

    #: None while the shared view is built (its filter may be asked before ``centre`` is set).
    _centre: QWidget | None = None

    def __init__(self, centre: QWidget) -> None:
        super().__init__()
        self._centre = centre
        centre.installEventFilter(self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit())

    def set_markdown(self, text: str, images: Mapping[str, bytes] | None = None) -> None:
        super().set_markdown(text, images)
        self.fit()

    def fit(self) -> None:
        """As high as the text needs at this width, within the share of the centre."""
        frame = 2 * self.frameWidth()
        needed = math.ceil(self.document().size().height()) + frame
        line = self.fontMetrics().lineSpacing() + frame
        room = max(line, int(self._centre.height() * MAX_SHARE))
        height = min(needed, room)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._centre and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
