"""Every window and dialog fits the screen's available geometry, its frame included.

A window the size of the screen is too large by its title bar and borders: on a projector
(1024×768) the lesson window's bottom tab row and the print dialog's buttons were below the
screen. `fit_window` gives a window the size it wants where the screen has the room for it and
its frame, and otherwise the room there is; a lesson window that does not fit opens maximised,
so the window manager fits it exactly. `fit_dialog` does the same for a dialog, whose content
must then be able to shrink (or scroll) to that size.

A window's frame is known once the window manager has framed it; before, the frame of a window
of the app already on screen stands in for it, or `DEFAULT_FRAME`.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

#: A title bar and borders, for a window before any window of the app has been framed.
DEFAULT_FRAME = QMargins(8, 40, 8, 8)


def screen_room(widget: QWidget | None = None) -> QRect | None:
    """The available geometry (less panels and docks) of the screen ``widget`` is on, or of
    the primary screen; None when rendering offscreen, where there is no screen to fit (a
    screenshot chooses its own size)."""
    if QGuiApplication.platformName() == "offscreen":
        return None
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def _margins(widget: QWidget) -> QMargins:
    outer, inner = widget.frameGeometry(), widget.geometry()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def frame_margins(widget: QWidget) -> QMargins:
    """The frame around ``widget`` as a window: its own once framed, else at least
    `DEFAULT_FRAME` and the frame of a framed window of the app (a maximised one has no
    borders, where a dialog has them)."""
    own = _margins(widget)
    if widget.isVisible() and not own.isNull():
        return own
    frame = QMargins(DEFAULT_FRAME)
    for other in QApplication.topLevelWidgets():
        if other is not widget and other.isVisible() and other.isWindow():
            theirs = _margins(other)
            frame = QMargins(
                max(frame.left(), theirs.left()),
                max(frame.top(), theirs.top()),
                max(frame.right(), theirs.right()),
                max(frame.bottom(), theirs.bottom()),
            )
    return frame


def room_inside(widget: QWidget) -> QSize | None:
    """The largest size ``widget`` can have with its frame on the screen; None offscreen."""
    room = screen_room(widget)
    if room is None:
        return None
    frame = frame_margins(widget)
    return QSize(
        room.width() - frame.left() - frame.right(), room.height() - frame.top() - frame.bottom()
    )


def fitting_size(wanted: tuple[int, int], widget: QWidget | None = None) -> tuple[int, int]:
    """``wanted``, made smaller where the screen (less a window's frame) is."""
    most = room_inside(widget) if widget is not None else _room_for_any()
    if most is None:
        return wanted
    return min(wanted[0], most.width()), min(wanted[1], most.height())


def _room_for_any() -> QSize | None:
    room = screen_room()
    if room is None:
        return None
    return QSize(room.width() - 16, room.height() - 48)


def fit_window(window: QWidget, wanted: tuple[int, int], *, maximise: bool = False) -> bool:
    """Size ``window`` to ``wanted`` where the screen has the room for it and its frame, else
    to the room there is, placed on the screen; ``maximise``: a window that does not fit
    opens maximised. True if it had to be made smaller."""
    most = room_inside(window)
    if most is None:
        window.resize(*wanted)
        return False
    size = QSize(min(wanted[0], most.width()), min(wanted[1], most.height()))
    window.resize(size)
    smaller = (size.width(), size.height()) != tuple(wanted)
    room = screen_room(window)
    frame = frame_margins(window)
    place = window.frameGeometry() if window.isVisible() else QRect(window.pos(), size)
    outer = QRect(
        place.topLeft(),
        QSize(
            size.width() + frame.left() + frame.right(),
            size.height() + frame.top() + frame.bottom(),
        ),
    )
    if not room.contains(outer):
        x = min(max(outer.x(), room.x()), room.right() + 1 - outer.width())
        y = min(max(outer.y(), room.y()), room.bottom() + 1 - outer.height())
        window.move(x, y)  # a window's position is its frame's
    if smaller and maximise and not window.isVisible() and _managed():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return smaller


def _managed() -> bool:
    """A window manager maximises windows here (not offscreen, where a test gives the room)."""
    return QGuiApplication.platformName() != "offscreen"


def fit_dialog(dialog: QWidget, wanted: tuple[int, int] | None = None) -> bool:
    """A dialog at ``wanted`` (or its own size hint), no larger than the screen's room for it
    and its frame. True if it had to be made smaller."""
    if wanted is None:
        hint = dialog.sizeHint()
        wanted = (hint.width(), hint.height())
    return fit_window(dialog, wanted)
