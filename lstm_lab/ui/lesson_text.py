"""The view of a lesson's text: Markdown from a file that may come from anyone, shown without
reading anything.

`LessonTextView` shows `lstm_lab.core.safe_text.safe_markdown` of the text, and refuses every
resource its document asks for (an image, a stylesheet, whatever the address), so no file is
opened and no network reached; the only pictures it shows are those the lesson file carries
(`lstm_lab.core.images`), decoded from the lesson's own bytes as PNG within a memory limit.
A link is never followed inside the view: an http or https address opens in the system's
browser after the student has seen it and agreed; any other link does nothing.

Text below the view's bottom edge never hides there silently: a bar across the bottom, in the
theme's highlight colours and bold, says how many more lines there are ("▼ 6 more lines —
scroll, or click here"), large enough for the back row of a classroom to see; a click on it
scrolls down a page, and it goes when the end of the text is in view.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from lstm_lab.core.images import MAX_SIDE, SCHEME
from lstm_lab.core.safe_text import safe_markdown

WEB_SCHEMES = ("http", "https")
#: Widest a lesson's picture is shown, in pixels (a wider one is scaled down).
SHOWN_WIDTH = 640


def decode_png(data: bytes) -> QImage | None:
    """A lesson's picture as an image, or None when it does not decode as a PNG within
    limits (its header was checked already; Qt's reader gets a memory limit as well)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"png"))
    reader.setDecideFormatFromContent(False)
    reader.setAllocationLimit(4 * MAX_SIDE * MAX_SIDE // 1_000_000 + 1)  # in MB
    size = reader.size()
    if not size.isValid() or max(size.width(), size.height()) > MAX_SIDE:
        return None
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > SHOWN_WIDTH:
        image = image.scaledToWidth(SHOWN_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return image


class LessonTextView(QTextBrowser):
    """A read-only view of a lesson's Markdown (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Lesson text"))
        self.anchorClicked.connect(self.follow_link)
        #: Addresses the view was asked for and refused (for tests and curiosity).
        self.refused: list[str] = []
        self._images: Mapping[str, bytes] = {}
        self._decoded: dict[str, QImage | None] = {}
        self._more_bar: QPushButton | None = None
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self.show_what_is_below)
        bar.rangeChanged.connect(self.show_what_is_below)

    @property
    def more_bar(self) -> QPushButton:
        """The bar that says how much more text is below (made when first needed: a subclass's
        event filter may not be ready while the view is built)."""
        if self._more_bar is None:
            bar = QPushButton(self.viewport())
            bar.setObjectName("lessonTextMore")
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view itself scrolls by key
            bar.setCursor(Qt.CursorShape.PointingHandCursor)
            bar.setStyleSheet(
                "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
                " font-weight: bold; border: none; padding: 3px 8px; text-align: left; }"
            )
            bar.hide()
            bar.clicked.connect(
                lambda: self.verticalScrollBar().triggerAction(
                    QAbstractSlider.SliderAction.SliderPageStepAdd
                )
            )
            self._more_bar = bar
        return self._more_bar

    def lines_below(self) -> int:
        """How many lines of the text are below the view's bottom edge."""
        bar = self.verticalScrollBar()
        hidden = bar.maximum() - bar.value()
        if hidden <= 0:
            return 0
        return max(1, math.ceil(hidden / self.fontMetrics().lineSpacing()))

    def show_what_is_below(self) -> None:
        """The bar says how much more there is, or goes (see the module)."""
        lines = self.lines_below()
        if lines == 0:
            if self._more_bar is not None:
                self._more_bar.hide()
            return
        if lines == 1:
            texts = [self.tr("▼ 1 more line — scroll, or click here"), self.tr("▼ 1 more line")]
        else:
            texts = [
                self.tr("▼ {0} more lines — scroll, or click here").format(lines),
                self.tr("▼ {count} more lines").format(count=lines),
            ]
        room = self.viewport().rect()
        for text in texts:  # the shorter words where the longer do not fit: never cut
            self.more_bar.setText(text)
            if self.more_bar.sizeHint().width() <= room.width():
                break
        height = self.more_bar.sizeHint().height()
        self.more_bar.setGeometry(0, room.height() - height, room.width(), height)
        self.more_bar.show()
        self.more_bar.raise_()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.show_what_is_below()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.show_what_is_below()

    def set_markdown(self, text: str, images: Mapping[str, bytes] | None = None) -> None:
        """Show ``text``; ``images`` are the pictures the lesson carries."""
        self._images = dict(images or {})
        self._decoded = {}
        self.setMarkdown(safe_markdown(text, self._images))

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt's name)
        """Nothing a lesson names is ever loaded, except a picture the lesson carries."""
        picture = name.path() if name.scheme() == SCHEME else None
        if kind == QTextDocument.ResourceType.ImageResource and picture in self._images:
            if picture not in self._decoded:
                self._decoded[picture] = decode_png(self._images[picture])
            if self._decoded[picture] is not None:
                return self._decoded[picture]
        self.refused.append(name.toString())
        return None

    def follow_link(self, url: QUrl) -> bool:
        """Open a web address in the browser once the student agrees; nothing else."""
        if url.scheme().lower() not in WEB_SCHEMES or not url.isValid():
            return False
        box = QMessageBox(self)
        box.setObjectName("openLinkQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open this address?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("The lesson links to this address. Open it in your web browser?")
            + "\n\n"
            + url.toDisplayString()[:300]
        )
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Open:
            return False
        return QDesktopServices.openUrl(url)
