"""The view of a lesson's text: Markdown from a file that may come from anyone, shown without
reading anything.

`LessonTextView` shows `lstm_lab.core.safe_text.safe_markdown` of the text, and refuses every
resource its document asks for (an image, a stylesheet, whatever the address), so no file is
opened and no network reached. A link is never followed inside the view: an http or https
address opens in the system's browser after the student has seen it and agreed; any other link
does nothing. `set_lesson_label` does the same for a QLabel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QTextBrowser, QWidget

from lstm_lab.core.safe_text import safe_markdown

WEB_SCHEMES = ("http", "https")


class LessonTextView(QTextBrowser):
    """A read-only view of a lesson's Markdown (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.anchorClicked.connect(self.follow_link)
        #: Addresses the view was asked for and refused (for tests and curiosity).
        self.refused: list[str] = []

    def set_markdown(self, text: str) -> None:
        self.setMarkdown(safe_markdown(text))

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 (Qt's name)
        """Nothing a lesson names is ever loaded."""
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


def set_lesson_label(label: QLabel, text: str) -> None:
    """Show a lesson's Markdown in a label: no image, no raw HTML, links not followed."""
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setOpenExternalLinks(False)
    label.setText(safe_markdown(text))
