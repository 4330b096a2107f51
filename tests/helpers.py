"""Helpers shared by the GUI tests: typing into a field as a student does, and checking what
the screen shows."""

from __future__ import annotations

import itertools
import math

import numpy as np
from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSlider, QComboBox, QLineEdit)


def on_screen_matches_fresh_render(win, failures: list) -> bool:
    """What the window shows after its partial repaints equals a render from scratch: a view
    that repaints too little (stale numbers, a cached picture out of date) shows up here."""
    shown = win.windowHandle().screen().grabWindow(win.winId()).toImage()
    fresh = win.grab().toImage()
    shown = shown.convertToFormat(QImage.Format.Format_RGB32)
    fresh = fresh.convertToFormat(QImage.Format.Format_RGB32)
    if shown.size() != fresh.size():
        failures.append(f"sizes differ: {shown.size()} vs {fresh.size()}")
        return False
    a = np.frombuffer(shown.constBits(), np.uint32).reshape(shown.height(), -1)
    b = np.frombuffer(fresh.constBits(), np.uint32).reshape(fresh.height(), -1)
    rows, cols = np.nonzero(a != b)
    if len(rows):
        failures.append(
            f"{len(rows)} pixels differ, within x {cols.min()}..{cols.max()}, "
            f"y {rows.min()}..{rows.max()}"
        )
        return False
    return True


def type_into(qtbot, edit: QLineEdit, text: str, enter: bool = True) -> None:
    """Select what is there, type over it, and press Enter."""
    edit.setFocus()
    edit.selectAll()
    if text:
        type_text(qtbot, edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key; characters QTest cannot type (such as "\u2212") go as key
    events that carry the character, as a keyboard layout with that key would send."""
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def text_room(edit: QLineEdit) -> int:
    """The width in which a line edit draws its text without scrolling it: its contents rect
    as the style lays it out, less its text margins and the 2 pixels it keeps on each side."""
    edit.ensurePolished()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 4


def ink(item) -> QRectF:
    """The scene rectangle of the pixels a diagram text actually covers, line by line."""
    metrics = QFontMetricsF(item.font())
    area = QRectF()
    for k, line in enumerate(item.text().split("\n")):
        line_ink = metrics.tightBoundingRect(line)
        line_ink.translate(0, metrics.ascent() + k * metrics.lineSpacing())
        area = area.united(line_ink)
    return item.mapRectToScene(area)


def diagram_text_problems(diagram) -> list[str]:
    """Texts outside the scene, texts on top of each other, and node texts that leave their
    circle."""
    texts = [
        item
        for item in diagram.scene().items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.text() and item.isVisible()
    ]
    problems = [f"{t.text()!r} outside" for t in texts if not diagram.sceneRect().contains(ink(t))]
    problems += [
        f"{a.text()!r} on {b.text()!r}"
        for a, b in itertools.combinations(texts, 2)
        if ink(a).intersects(ink(b))
    ]
    owned = set()  # the texts drawn inside a node's circle
    for node in [*diagram.gate_nodes.values(), *diagram.io_nodes.values()]:
        circle = node.circle.rect()
        centre, radius = circle.center(), circle.width() / 2
        inside = node.inside_texts() if hasattr(node, "inside_texts") else [node.symbol, node.value]
        for item in inside:
            if item is None or not item.text():
                continue
            owned.add(item)
            area = ink(item)
            corners = (area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight())
            if any(math.dist((p.x(), p.y()), (centre.x(), centre.y())) > radius for p in corners):
                problems.append(f"{item.text()!r} leaves its circle")
    # No other text lies on a circle (a gate, an operation, an input or output).
    circles = [
        item.sceneBoundingRect()
        for item in diagram.scene().items()
        if isinstance(item, QGraphicsEllipseItem) and item.isVisible()
    ]
    for text in texts:
        if text in owned:
            continue
        area = ink(text)
        for circle in circles:
            centre, radius = circle.center(), circle.width() / 2
            near_x = min(max(centre.x(), area.left()), area.right())
            near_y = min(max(centre.y(), area.top()), area.bottom())
            touches = math.dist((near_x, near_y), (centre.x(), centre.y())) < radius - 1
            if touches and not circle.contains(area):  # (a symbol inside its own × or +)
                problems.append(
                    f"{text.text()!r} on the circle at {centre.x():.0f}, {centre.y():.0f}"
                )
    return problems


def relative_luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours: 1 (the same) to 21 (black on white); text
    reads well from 4.5 on."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(widget, area: QRect) -> float:
    """The contrast of the text drawn in ``area`` of ``widget`` (widget pixels) against the
    background there: its most contrasting pixel against its most common one."""
    image = widget.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32)[: image.width() * image.height()]
    values, counts = np.unique(pixels, return_counts=True)
    background = QColor.fromRgb(int(values[counts.argmax()]))
    return max(contrast(QColor.fromRgb(int(v)), background) for v in values)


def horizontally_cut(window) -> list[str]:
    """Visible controls whose width is cut by a parent or by the window (a list that scrolls
    up and down may hide whole rows; nothing may lose its right or left part)."""
    QApplication.processEvents()
    cut = []
    frame = QRect(0, 0, window.width(), window.height())
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or widget.width() < 4:
            continue
        visible = widget.visibleRegion().boundingRect()
        if visible.isEmpty():
            continue  # a hidden tab or a row scrolled out of its list
        top_left = widget.mapTo(window, widget.rect().topLeft())
        if not frame.contains(QRect(top_left, widget.size())) and not _in_a_list(widget):
            cut.append(f"{widget.objectName() or type(widget).__name__} outside the window")
        elif visible.width() < widget.width():
            cut.append(
                f"{widget.objectName() or type(widget).__name__}: {visible.width()} of "
                f"{widget.width()} pixels wide shown"
            )
    return cut


def _in_a_list(widget) -> bool:
    from lstm_lab.ui.wheel_guard import scrolling_panel

    return scrolling_panel(widget) is not None


def cut_texts(window) -> list[str]:
    """Visible combo boxes whose current text is wider than the room they draw it in, and tab
    bars whose titles are elided or run out of a bar that does not scroll."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QComboBox, QStyleOptionComboBox, QTabBar

    QApplication.processEvents()
    cut = []
    for combo in window.findChildren(QComboBox):
        if not combo.isVisible() or combo.visibleRegion().isEmpty():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
        if needed > room.width():
            cut.append(
                f"{combo.objectName()}: {combo.currentText()!r} needs {needed} of {room.width()}"
            )
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        scrolls = bar.usesScrollButtons() and bar.elideMode() == Qt.TextElideMode.ElideNone
        for k in range(bar.count()):
            shown, whole = bar.tabRect(k), bar.tabSizeHint(k)
            if shown.width() < whole.width() or not (scrolls or bar.rect().contains(shown)):
                cut.append(f"tab {bar.tabText(k)!r}: {shown.width()} of {whole.width()} wide")
    return cut


def elided_tabs(window) -> list[str]:
    """Tab titles drawn with less room than their words take (Qt elides them: "Memory a…"),
    or out of a bar that does not scroll (a row of whole titles with scroll buttons shows the
    rest when the student scrolls it). A pixel short is Qt's rounding of the same width."""
    QApplication.processEvents()
    cut = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        scrolls = bar.usesScrollButtons() and bar.elideMode() == Qt.TextElideMode.ElideNone
        for k in range(bar.count()):
            option = QStyleOptionTab()
            bar.initStyleOption(option, k)
            room = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(k))
            tab = bar.tabRect(k)
            outside = tab.left() < 0 or tab.right() >= bar.width()
            if room.width() + 1 < needed or (outside and not scrolls):
                cut.append(f"{bar.tabText(k)!r}: {room.width()} of {needed} pixels")
    return cut


def tick_labels(axis) -> list[tuple[QRectF, str]]:
    """The numbers a pyqtgraph axis draws, with their rectangles (axis coordinates)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(rect, text) for rect, _flags, text in specs[2]]


def crowded_ticks(axis) -> list[str]:
    """Neighbouring numbers on a vertical axis less than a line of text apart."""
    line = QFontMetricsF(axis.style["tickFont"] or QApplication.font()).height()
    labels = sorted(tick_labels(axis), key=lambda spec: spec[0].center().y())
    return [
        f"{a[1]} and {b[1]}: {b[0].center().y() - a[0].center().y():.0f} px apart"
        for a, b in itertools.pairwise(labels)
        if b[0].center().y() - a[0].center().y() < line
    ]


def wires_through(diagram, items) -> list[str]:
    """Texts of ``items`` that a wire of the diagram runs through."""
    wires = [item for item in diagram.scene().items() if isinstance(item, QGraphicsPathItem)]
    return [
        f"a wire through {item.text()!r}"
        for item in items
        if item.text()
        for wire in wires
        if wire.mapToScene(wire.shape()).intersects(ink(item))
    ]


def message_box(parent, name: str):
    """The message box called ``name`` that ``parent`` shows (fails if there is none)."""
    from PySide6.QtWidgets import QMessageBox

    box = parent.findChild(QMessageBox, name)
    assert box is not None, f"no {name} message"
    return box
