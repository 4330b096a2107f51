"""The prompt and the text the model wrote after it; a click on a character shows the choice
behind it. A poem is laid out a couplet per line, as large as its longest line allows."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QRectF, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor
from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from lstm_lab.ui.fonts import chinese_font
from lstm_lab.ui.theme import DARK, Theme

#: Characters that end a line of a poem laid out as a poem.
LINE_ENDS = "。？！"


class PoemView(QTextBrowser):
    """The prompt and what the model wrote; click a character to see the choice behind it.

    ``stepClicked(k)``: the student clicked generated character k.
    """

    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poemView")
        self.setAccessibleName(self.tr("The poem"))
        self.setFont(chinese_font())
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.theme: Theme = DARK
        self.scale = 1.0
        self._content: tuple = ()
        self._point_size = 14.0
        self._shown: tuple = ()
        self.setToolTip(
            self.tr("Click a character the model wrote to see what else it could have written")
        )

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("s"):
            self.stepClicked.emit(int(text[1:]))

    def show_text(
        self,
        prompt: str,
        written: list[str],
        branched: list[bool],
        selected: int | None,
        highlighted: set[int],
        poem: bool,
        finished: bool,
    ) -> None:
        """``highlighted``: indexes into prompt + written (the heatmap's unit is active)."""
        self._shown = (prompt, written, branched, selected, highlighted, poem, finished)
        content = (prompt, tuple(written), tuple(branched), selected, frozenset(highlighted))
        content += (poem, finished, self.theme.name, self.scale, self.width())
        if content == self._content:
            return
        self._content = content
        theme = self.theme
        text = prompt + "".join("⏎" if ch == "⏎ end" else ch for ch in written)
        size = self._poem_size(text) if poem else 14 * self.scale
        self._point_size = size
        parts = [f'<div style="font-size:{size:.0f}pt; line-height:150%;">']
        offset = len(prompt)

        def char_html(ch: str, before: str) -> str:
            if ch == "\n":
                return "<br>"
            if ch == " ":
                # A plain space is where English lines break (a non-breaking one everywhere
                # broke lines inside words, "vono|ugher"); a space after a space or a line's
                # start would vanish as HTML, so that one is kept non-breaking.
                return " " if before not in ("", " ", "\n") else "&nbsp;"
            return html.escape(ch)

        for k, ch in enumerate(prompt):
            style = f"color:{theme.muted};"
            if k in highlighted:
                style += "background:#806a00;"
            parts.append(f'<span style="{style}">{char_html(ch, text[k - 1] if k else "")}</span>')
            if poem and ch in LINE_ENDS:
                parts.append("<br>")
        for k, ch in enumerate(written):
            style = f"color:{theme.text}; text-decoration:none;"
            if branched[k]:
                style = f"color:{theme.accent}; text-decoration:underline;"
            if offset + k in highlighted:
                style += "background:#806a00;"
            if k == selected:
                style += f"background:{theme.surface_alt}; border:1px solid {theme.accent};"
            before = text[offset + k - 1] if offset + k else ""
            shown = "⏎" if ch == "⏎ end" else char_html(ch, before)
            parts.append(f'<a href="s{k}" style="{style}">{shown}</a>')
            ends_next = k + 1 < len(written) and written[k + 1] == "⏎ end"
            if poem and ch in LINE_ENDS and not ends_next:
                parts.append("<br>")
        if finished and written and written[-1] == "⏎ end":
            end = html.escape(self.tr("(the end)"))
            parts.append(f'<br><span style="color:{theme.muted}; font-size:60%;">{end}</span>')
        parts.append("</div>")
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.setHtml("".join(parts))
        if at_end:
            self._scroll_to_end()

    def _poem_size(self, text: str) -> float:
        """The poem's size in points: 22 at 1× text, smaller where its longest line would not
        fit the box whole (a line of a poem broken in two reads as two lines). Whole points,
        as the page gives them: a half point rounded up could break the longest line."""
        size = float(round(22 * self.scale))
        lines = [line for line in _poem_line_texts(text) if line]
        if not lines:
            return size
        font = chinese_font()
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font)
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.width() - 2 * self.frameWidth() - bar - 2 * self.document().documentMargin()
        room -= 4  # a little air
        if needed > room > 0:
            size = max(9.0, float(math.floor(size * room / needed)))
        return size

    def line_boxes(self) -> list[QRectF]:
        """The box of every line of text, in the document's coordinates (the vertical scroll
        bar's value is the top of what is shown)."""
        boxes = []
        block = self.document().firstBlock()
        while block.isValid():
            layout = block.layout()
            origin = layout.position()
            for k in range(layout.lineCount()):
                line = layout.lineAt(k)
                boxes.append(QRectF(origin.x(), origin.y() + line.y(), line.width(), line.height()))
            block = block.next()
        return boxes

    def _scroll_to_end(self) -> None:
        """Show the end, with the first line in view whole: the room below the last line grows
        by the part of the line the top edge would cut (less than a line)."""
        document = self.document()
        # The root frame, found from a cursor: every setHtml makes a new root frame, and each
        # wrapper `QTextDocument.rootFrame` returns is kept as a child of the document's
        # wrapper for the document's life (one object a refresh, never freed); the wrapper a
        # cursor returns goes with the cursor.
        root = QTextCursor(document).currentFrame()
        while root.parentFrame() is not None:
            root = root.parentFrame()
        frame = root.frameFormat()
        frame.setBottomMargin(document.documentMargin())
        root.setFrameFormat(frame)
        bar = self.verticalScrollBar()
        top = bar.maximum()
        for box in self.line_boxes():
            if box.top() < top < box.bottom():
                frame.setBottomMargin(document.documentMargin() + math.ceil(box.bottom() - top))
                root.setFrameFormat(frame)
                break
        bar.setValue(bar.maximum())

    def resizeEvent(self, event) -> None:  # noqa: N802
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        super().resizeEvent(event)
        if self._shown and event.size().width() != event.oldSize().width():
            self.show_text(*self._shown)  # the poem's size follows the width
        elif self._shown and at_end and event.size().height() != event.oldSize().height():
            self._scroll_to_end()  # a lower or higher box: the end, its first line whole

    def measured_texts(self) -> list[tuple[str, QFont, float]]:
        """The text's font at the size it is shown (`lstm_lab.ui.diagram_text`)."""
        if not self._shown:
            return []
        font = chinese_font()
        font.setPointSizeF(round(self._point_size))
        return [("the poem", font, 1.0)]

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._content = ()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self._content = ()
        if self._shown:
            self.show_text(*self._shown)  # at the new size now


def _poem_line_texts(text: str) -> list[str]:
    """The lines of a text laid out as a poem: each ends at 。？！ or a line break; the ⏎ of
    the end stays on the line it ends."""
    lines, line = [], ""
    for ch in text:
        if ch == "⏎" and not line and lines:
            lines[-1] += ch
            continue
        if ch == "\n":
            lines.append(line)
            line = ""
            continue
        line += ch
        if ch in LINE_ENDS:
            lines.append(line)
            line = ""
    return [*lines, line]
