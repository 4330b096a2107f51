"""The one responsive policy of every lesson window, and the single-cell window's layouts.

`layout_for(width, text_scale)` names the layout a window of that width needs at that text
size: "wide" (three columns, or the plots side by side with the lesson's views beside them),
"compact" (two columns: side views become tabs, the main picture as large as possible) or
"crowded" (larger text on a narrow screen: plots become tabs too). Every lesson window asks it
(`LessonWindow.follow_layout`) and arranges its docks for the answer in `arrange`.

For the single-cell window:

A wide window (1300 pixels and more) has three columns: Controls and the loss curve on the
left, the diagram with the unrolled view and the time series in the middle, the weights and
the math on the right. A narrower one (a projector at 1024×768 or 1280×800) cannot give the
diagram a readable size between three columns, so Controls becomes a tab beside the weights and
the loss curve a tab beside the math, and the unrolled view and the time series tabs of one
dock: two columns, the diagram as large as possible, and every control whole. Side columns are
as wide as their controls need at the text size, no wider.

Larger text (for a projector) needs the room of a wider window: from 1.3× on, the two-column
layout starts at a proportionally wider window, so 1440×900 at 1.5× gets the two columns with
a large diagram instead of three columns of cut and squeezed views. Pictures that stand side
by side (the comparison's three cells) likewise need a proportionally wider window for their
numbers to grow with the text (`room_side_by_side`); a narrower one shows them one at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QScrollArea, QTabBar, QWidget

#: Below this window width (pixels, at text sizes up to 1.15×) a window is not "wide".
COMPACT_BELOW = 1300
#: The largest text size at which the wide layout still fits COMPACT_BELOW pixels, and at
#: which a narrow window is "compact" rather than "crowded".
SIDE_BY_SIDE_UP_TO = 1.15
LAYOUTS = ("wide", "compact", "crowded")

_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def compact_below(text_scale: float) -> int:
    """The window width under which the layout is not wide, at this text size: larger text
    needs a proportionally wider window (1,696 pixels at 1.5×)."""
    return round(COMPACT_BELOW * max(1.0, text_scale / SIDE_BY_SIDE_UP_TO))


def layout_for(width: int, text_scale: float) -> str:
    """ "wide", "compact" or "crowded" (see the module)."""
    if width >= compact_below(text_scale):
        return "wide"
    return "compact" if text_scale <= SIDE_BY_SIDE_UP_TO else "crowded"


def room_side_by_side(width: int, text_scale: float, needed: int) -> bool:
    """Whether a window ``width`` pixels wide still shows side by side pictures that need
    ``needed`` pixels of width at 1.0× text. Pictures side by side share the width, so their
    numbers grow with the text size only if the width does: at larger text they need a
    proportionally wider window (below it, a window shows them one at a time, each as large
    as the room allows)."""
    return width >= needed * text_scale


def is_compact(window) -> bool:
    return layout_for(window.width(), getattr(window, "text_scale", 1.0)) != "wide"


def arrange_for_size(
    window, compact: bool, crowded: bool = False, from_crowded: bool = False
) -> None:
    """The single-cell window in two columns (``compact``) or three, as the module says, or
    (``crowded``) with every view in two tab groups under the diagram; the docks keep their
    widgets. ``from_crowded``: the docks are under the diagram, to be put back in columns."""
    docks = window.docks
    controls, loss = docks["controls"], docks["loss"]
    if from_crowded and not crowded:  # back where the window built them
        window.addDockWidget(_RIGHT, docks["parameters"])
        window.splitDockWidget(docks["parameters"], docks["math"], Qt.Orientation.Vertical)
        window.tabifyDockWidget(docks["math"], docks["training"])
        window.addDockWidget(_BOTTOM, docks["unrolled"])
        window.splitDockWidget(docks["unrolled"], docks["timeSeries"], Qt.Orientation.Vertical)
        window.addDockWidget(_LEFT, controls)
        window.splitDockWidget(controls, loss, Qt.Orientation.Vertical)
    # Crowded, the tabs name the docks: their title bars give their height to the diagram.
    for dock in docks.values():
        dock.setTitleBarWidget(QWidget() if crowded else None)
    if crowded:
        # Larger text on a narrow window: a side column as wide as its controls at that size
        # would leave the diagram less room than at 1.0×. Under it, the diagram has the
        # window's width.
        left = ("controls", "parameters", "training", "loss")
        right = ("math", "unrolled", "timeSeries")
        window.addDockWidget(_BOTTOM, controls)
        window.splitDockWidget(controls, docks["math"], Qt.Orientation.Horizontal)
        for group in (left, right):
            for key in group[1:]:
                window.tabifyDockWidget(docks[group[0]], docks[key])
        controls.raise_()
        docks["math"].raise_()
        return
    if compact:
        window.tabifyDockWidget(docks["parameters"], controls)
        window.tabifyDockWidget(docks["math"], loss)
        # The unrolled view and the time series share the height below the diagram as tabs:
        # split, each was a strip too low to read.
        window.tabifyDockWidget(docks["unrolled"], docks["timeSeries"])
        docks["unrolled"].raise_()
        controls.raise_()  # the step buttons and the sequence first
        docks["math"].raise_()
    else:
        window.addDockWidget(_BOTTOM, docks["timeSeries"])
        window.splitDockWidget(docks["unrolled"], docks["timeSeries"], Qt.Orientation.Vertical)
        window.addDockWidget(_LEFT, controls)
        window.splitDockWidget(controls, loss, Qt.Orientation.Vertical)
        docks["parameters"].raise_()
        docks["math"].raise_()


def side_widths(window) -> dict[str, int]:
    """Widths of the side columns' docks: what their contents need, and no more than a
    share of the window."""
    params = window.param_panel.findChild(QScrollArea)
    bar = params.verticalScrollBar().sizeHint().width()
    right = params.widget().minimumSizeHint().width() + bar + 16
    controls = window.controls_panel.minimumSizeHint().width() + bar + 8
    if window.property("layoutKind") == "crowded":
        return {}  # every view is under the diagram
    if is_compact(window):
        # The tab in front is the one Qt resizes (arrange_for_size puts Controls there).
        return {"controls": min(max(right, controls), round(window.width() * 0.5))}
    left = min(max(controls, 300), round(window.width() * 0.3))
    right = min(max(right, 420), round(window.width() * 0.36))
    return {"controls": left, "parameters": right}


def right_column_heights(window) -> list[int]:
    """Weights (with Controls, when compact) above the math: the upper part as tall as the
    controls need, if the window has the room."""
    if not is_compact(window):
        return [540, 330]
    height = max(window.height(), 600)
    needed = window.controls_panel.minimumSizeHint().height() + 40
    top = min(max(needed, round(height * 0.6)), height - 160)
    return [top, height - top]


def hide_stale_tab_bars(window: QMainWindow) -> int:
    """Hide the dock tab bars Qt leaves on screen after docks were tabified and split again
    (two columns to three and back): a stale bar keeps its old place, drawn over the panels.
    A bar in use holds two tabs or more, lies inside the window and sits along the dock it
    shows, as wide as that dock; a bar left with one tab is parked outside the window. Returns
    how many were hidden."""
    docks = {dock.windowTitle(): dock for dock in window.findChildren(QDockWidget)}
    inside = window.rect()
    hidden = 0
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible():
            continue
        if bar.count() < 2 or not inside.intersects(bar.geometry()):
            bar.hide()
            hidden += 1
            continue
        dock = docks.get(bar.tabText(bar.currentIndex()))
        if dock is None or not dock.isVisible():
            continue
        place = dock.geometry()
        if bar.x() != place.x() or bar.width() != place.width():
            bar.hide()
            hidden += 1
    return hidden


class ColumnScrollArea(QScrollArea):
    """A column of controls that scrolls up and down, never sideways: at least as wide as its
    controls need at the text size (their values and buttons whole), so a splitter or dock
    cannot squeeze it into cutting them."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        need = content.minimumSizeHint().width() if content is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(need + bar + 2 * self.frameWidth(), super().minimumSizeHint().height())


def whole_tab_titles(bar: QTabBar) -> None:
    """A dock tab row shows every title whole and scrolls where the titles are wider than the
    row (Qt makes its rows eliding: "参数数量" would become "参数…")."""
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)


class WholeLabel(QLabel):
    """Words that wrap and are always whole: the label is as high as its words need at its
    width, so a splitter or a dock short of room squeezes what is beside it, never the
    label's last lines. Its height changes only when its number of lines does."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # another text size: other lines

    def _fit(self) -> None:
        needed = self.heightForWidth(max(self.width(), 1))
        if needed > 0 and (self.minimumHeight(), self.maximumHeight()) != (needed, needed):
            self.setFixedHeight(needed)
