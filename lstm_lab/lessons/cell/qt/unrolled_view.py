"""The unrolled view: one small cell per time step, joined by the C and h chains.

Drawn by one canvas that paints only the steps in view, so a sequence of thousands of steps
scrolls as smoothly as five. Steps after the current one show their input but not yet their C,
h and y ("?"), so a student can predict the next step before taking it; a toggle above the
steps shows them all.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QToolButton, QWidget

from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme

STEP_WIDTH = 124
CELL_W = 88
MARGIN_X = 16
SPRITE_PAD = 3  # room around a sprite for its border


class _UnrolledCanvas(QWidget):
    stepClicked = Signal(int)

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.theme = DARK
        self.step_width = STEP_WIDTH
        self.cell_w = CELL_W
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._font = QFont()
        self._font.setPointSizeF(9.5)
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._sprites: dict[tuple, QPixmap] = {}
        self.show_future = False

    def set_text_scale(self, scale: float) -> None:
        self._font.setPointSizeF(9.5 * scale)
        self.step_width = round(STEP_WIDTH * scale)
        self.cell_w = round(CELL_W * scale)
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.content_width(), 200)

    def content_width(self) -> int:
        return 2 * MARGIN_X + (self._state.length + 1) * self.step_width

    def step_rect(self, t: int) -> QRect:
        """Columns: t = 0 shows the initial state, t = 1..T the steps."""
        return QRect(MARGIN_X + t * self.step_width, 0, self.step_width, self.height())

    def step_at(self, x: float) -> int:
        return max(0, min(self._state.length, int((x - MARGIN_X) // self.step_width)))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.stepClicked.emit(self.step_at(event.position().x()))
        super().mousePressEvent(event)

    def _sprite(self, kind: str, key: str, alpha: int, width: int, height: int) -> QPixmap:
        """A cell frame or value bubble drawn once and reused: antialiased rounded rectangles
        are the dearest thing this view paints, and a slider change repaints every one."""
        ratio = self.devicePixelRatioF()
        cache_key = (kind, key, alpha, width, height, self.theme.name, self.theme.palette, ratio)
        pixmap = self._sprites.get(cache_key)
        if pixmap is not None:
            return pixmap
        theme = self.theme
        pixmap = QPixmap(
            math.ceil((width + 2 * SPRITE_PAD) * ratio),
            math.ceil((height + 2 * SPRITE_PAD) * ratio),
        )
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(SPRITE_PAD, SPRITE_PAD, width, height)
        if kind == "cell":
            fill = QColor(theme.surface_alt)
            fill.setAlpha(alpha)
            current = key == "current"
            border = QColor(theme.accent) if current else theme.color("grid")
            if not current:
                border.setAlpha(alpha)
            painter.setPen(QPen(border, 4 if current else 1.5))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 8, 8)
        else:  # a bubble for x or y
            colour = theme.color(key)
            colour.setAlpha(alpha)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(QColor(theme.background))
            painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.end()
        if len(self._sprites) > 64:  # old sizes and themes
            self._sprites.clear()
        self._sprites[cache_key] = pixmap
        return pixmap

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        theme = self.theme
        painter.fillRect(event.rect(), QColor(theme.background))
        state = self._state
        trace, cursor, length = state.trace, state.cursor, state.length
        height = self.height()
        cell_w = self.cell_w
        # Rows: output bubbles on top, the cell in the middle, input bubbles below.
        bubble_h = 26
        out_y = 4 + bubble_h // 2
        cell_top = out_y + bubble_h // 2 + 10
        in_y = height - 4 - bubble_h // 2
        cell_h = max(48, in_y - bubble_h // 2 - 10 - cell_top)
        c_y = cell_top + cell_h * 0.50
        h_y = cell_top + cell_h * 0.78
        first = max(0, self.step_at(event.rect().left()) - 1)
        last = min(length, self.step_at(event.rect().right()) + 1)
        fm = QFontMetrics(self._font)
        line_h = fm.height()
        colours = {}  # the lines
        ink = {}  # the numbers: the same hues, made readable on the background
        for key in ("c", "h", "x", "y", "text"):
            for alpha in (90, 255):
                colour = theme.color(key)
                colour.setAlpha(alpha)
                colours[key, alpha] = colour
                colour = QColor(theme.label(key))
                colour.setAlpha(alpha)
                ink[key, alpha] = colour
        chain = self.step_width - cell_w
        centre = Qt.AlignmentFlag.AlignCenter
        for t in range(first, last + 1):
            left = MARGIN_X + t * self.step_width
            cx = left + self.step_width / 2
            cell = QRectF(cx - cell_w / 2, cell_top, cell_w, cell_h)
            alpha = 90 if t > cursor else 255
            current = t == cursor
            # Chains to the next step: C (blue, top) and h (purple, below).
            if t < length:
                chain_alpha = 90 if t + 1 > cursor else 255
                painter.setPen(QPen(colours["c", chain_alpha], 4))
                painter.drawLine(QPointF(cell.right(), c_y), QPointF(cell.right() + chain, c_y))
                painter.setPen(QPen(colours["h", chain_alpha], 3))
                painter.drawLine(QPointF(cell.right(), h_y), QPointF(cell.right() + chain, h_y))
            if t > 0:  # output above and input below, each joined to the cell
                painter.setPen(QPen(colours["y", alpha], 2))
                painter.drawLine(QPointF(cx, cell_top), QPointF(cx, out_y + bubble_h / 2))
                painter.setPen(QPen(colours["x", alpha], 2))
                painter.drawLine(QPointF(cx, cell.bottom()), QPointF(cx, in_y - bubble_h / 2))
            # The cell.
            kind = "current" if current else "past"
            painter.drawPixmap(
                QPointF(cell.left() - SPRITE_PAD, cell_top - SPRITE_PAD),
                self._sprite("cell", kind, alpha, cell_w, cell_h),
            )
            painter.setFont(self._bold)
            painter.setPen(ink["text", alpha])
            painter.drawText(
                QRectF(cell.left(), cell.top() + 3, cell_w, line_h + 2),
                centre,
                "t = 0" if t == 0 else f"t = {t}",
            )
            painter.setFont(self._font)
            hidden = t > cursor and not self.show_future  # not computed yet, for the student
            k = t - 1
            if hidden:
                c_text, h_text, y_text = "C ?", "h ?", "y ?"
            else:
                if t == 0:
                    c_val, h_val = float(trace.c_prev[0]), float(trace.h_prev[0])
                else:
                    c_val, h_val = float(trace.c[k]), float(trace.h[k])
                c_text, h_text = f"C {c_val:.3f}", f"h {h_val:.3f}"
                y_text = f"y {float(trace.y[k]):.3f}" if t > 0 else ""
            painter.setPen(ink["c", alpha])
            painter.drawText(QRectF(cell.left(), c_y - line_h / 2, cell_w, line_h), centre, c_text)
            painter.setPen(ink["h", alpha])
            painter.drawText(QRectF(cell.left(), h_y - line_h / 2, cell_w, line_h), centre, h_text)
            if t == 0:
                continue
            for centre_y, key, text in (
                (out_y, "y", y_text),
                (in_y, "x", f"x {float(trace.x[k]):g}"),
            ):
                top = centre_y - bubble_h // 2
                painter.drawPixmap(
                    QPointF(cell.left() - SPRITE_PAD, top - SPRITE_PAD),
                    self._sprite("bubble", key, alpha, cell_w, bubble_h),
                )
                painter.setPen(ink[key, alpha])
                painter.drawText(QRectF(cell.left(), top, cell_w, bubble_h), centre, text)
        painter.end()


class UnrolledView(QScrollArea):
    """Scrollable row of unrolled cells; the current step is highlighted and kept in view.

    ``futureToggled(bool)`` says the student showed or hid the steps after the current one."""

    futureToggled = Signal(bool)

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unrolledView")
        self.setToolTip(
            self.tr(
                "The cell unrolled through time: one copy per step, passing C (top chain) and h "
                "(lower chain) to the next. Inputs below, outputs above. Click a step to go "
                "there."
            )
        )
        self._state = state
        self.canvas = _UnrolledCanvas(state)
        # A slim bar above the steps: what "?" means, and the toggle that shows every step.
        self.header = QWidget(self)
        self.header.setObjectName("unrolledHeader")
        self.future_note = QLabel(
            self.tr("Later steps: ? until you step there. Predict, then step.")
        )
        self.future_note.setObjectName("unrolledFutureNote")
        self.future_button = QToolButton()
        self.future_button.setObjectName("showFutureButton")
        self.future_button.setText(self.tr("Show all steps"))
        self.future_button.setCheckable(True)
        self.future_button.setToolTip(
            self.tr(
                "Show C, h and y of the steps after the current one too (they are hidden so you "
                "can predict them first)"
            )
        )
        self.future_button.toggled.connect(self.set_show_future)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(6, 1, 6, 1)
        row.addWidget(self.future_note, 1)
        row.addWidget(self.future_button)
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(170)
        self.canvas.stepClicked.connect(state.go_to)
        state.sequenceChanged.connect(self._resize_canvas)
        state.traceChanged.connect(self.canvas.update)  # a repaint of the visible steps only
        state.cursorChanged.connect(self._on_cursor)
        self._place_header()
        self._resize_canvas()
        self.apply_theme(DARK)

    def show_future(self) -> bool:
        return self.canvas.show_future

    def set_show_future(self, shown: bool) -> None:
        shown = bool(shown)
        if self.future_button.isChecked() != shown:
            self.future_button.setChecked(shown)  # comes back here through toggled
            return
        self.future_note.setText(
            self.tr("Every step shown.")
            if shown
            else self.tr("Later steps: ? until you step there. Predict, then step.")
        )
        if shown != self.canvas.show_future:
            self.canvas.show_future = shown
            self.canvas.update()
            self.futureToggled.emit(shown)

    def apply_theme(self, theme: Theme) -> None:
        self.canvas.theme = theme
        self.setStyleSheet(f"QScrollArea {{ background: {theme.background}; }}")
        self.future_note.setStyleSheet(f"color: {theme.muted};")
        self.canvas.update()

    def set_text_scale(self, scale: float) -> None:
        self.canvas.set_text_scale(scale)
        self._place_header()
        self._resize_canvas()

    def _place_header(self) -> None:
        self.header.ensurePolished()
        height = self.header.sizeHint().height()
        self.setViewportMargins(0, height, 0, 0)
        self.header.setGeometry(
            self.frameWidth(), self.frameWidth(), self.width() - 2 * self.frameWidth(), height
        )

    def _resize_canvas(self) -> None:
        bar = self.horizontalScrollBar()
        height = self.height() - 2 * self.frameWidth() - self.header.height()
        if self.canvas.content_width() > self.width():
            height -= bar.sizeHint().height()
        self.canvas.resize(self.canvas.content_width(), max(120, height))
        self.canvas.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_header()
        self._resize_canvas()
        self._on_cursor(self._state.cursor)  # a step set while hidden comes into view now

    def _on_cursor(self, t: int) -> None:
        rect = self.canvas.step_rect(t)
        self.ensureVisible(rect.center().x(), rect.center().y(), self.canvas.step_width, 0)
        self.canvas.update()

    def visible_steps(self) -> range:
        left = self.horizontalScrollBar().value()
        right = left + self.viewport().width()
        return range(self.canvas.step_at(left), self.canvas.step_at(right) + 1)
