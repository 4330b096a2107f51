"""Pictures of views saved as PNG files the way every file is saved
(`lstm_lab.core.files.write_replacing`): whole or not at all, a link kept a link.

A view saved for slides or print is drawn again at 2× or 4× its size on screen (File → Picture
size, remembered in the settings): its text and lines are drawn at that resolution, not a
screen bitmap blown up. Default file names are made of the lesson's title and the view's name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings
from PySide6.QtGui import QAction, QActionGroup, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QMenu, QWidget

from lstm_lab.core.files import WriteError, readable_stem, write_replacing

#: The sizes a PNG can be saved at, in multiples of the view's size on screen.
PNG_SCALES = (1, 2, 4)
#: The kinds of picture a view can be saved as, for a save dialog (`picture_filters` gives
#: them in the language in effect).
PICTURE_FILTERS = "PNG image (*.png);;SVG drawing (*.svg)"


def picture_filters() -> str:
    """`PICTURE_FILTERS`, translated."""
    return QCoreApplication.translate("pictures", "PNG image (*.png);;SVG drawing (*.svg)")


#: Where the chosen size is kept in the settings.
PNG_SCALE_KEY = "export/pngScale"


def save_png(
    picture: QImage | QPixmap, path: str | os.PathLike[str], *, error: type[Exception] = WriteError
) -> None:
    """``picture`` as a PNG file at ``path``; ``error`` (a `WriteError` unless named) says in
    one line which file could not be written and why."""

    def write(temporary: str) -> None:
        if not picture.save(temporary, "PNG"):
            raise WriteError(
                path,
                QCoreApplication.translate(
                    "pictures", "the picture could not be encoded or written"
                ),
            )

    write_replacing(
        path, write, what=QCoreApplication.translate("pictures", "a picture"), error=error
    )


def render_widget(widget: QWidget, scale: float = 1) -> QImage:
    """``widget`` (with its children) drawn into an image ``scale`` times its size: a painter
    on an image of that device pixel ratio draws every text and line at the finer
    resolution."""
    ratio = widget.devicePixelRatioF() * scale
    image = QImage(
        round(widget.width() * ratio),
        round(widget.height() * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(widget.palette().color(widget.backgroundRole()))  # as behind it on screen
    QWidget.render(widget, image)  # a view's own render would draw its scene only
    return image


@contextmanager
def items_drawn_afresh(widget: QWidget) -> Iterator[None]:
    """While inside, the items of every graphics view in ``widget`` are drawn anew instead of
    from their cached bitmaps, so that a drawing (SVG) holds their lines and text, not
    pictures of them; their caches come back afterwards."""
    views = [widget] if isinstance(widget, QGraphicsView) else []
    views += widget.findChildren(QGraphicsView)
    cached = [
        (item, item.cacheMode())
        for view in views
        if view.scene() is not None
        for item in view.scene().items()
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def save_widget_png(
    widget: QWidget,
    path: str | os.PathLike[str],
    scale: float = 1,
    *,
    error: type[Exception] = WriteError,
) -> None:
    """``widget`` drawn at ``scale`` (`render_widget`) as a PNG file at ``path``."""
    save_png(render_widget(widget, scale), path, error=error)


def save_widget_svg(
    widget: QWidget,
    path: str | os.PathLike[str],
    title: str,
    *,
    error: type[Exception] = WriteError,
) -> None:
    """``widget`` drawn into an SVG file through QSvgGenerator: lines and text as vectors, the
    text at its size on screen."""

    def write(temporary: str) -> None:
        size = widget.size()
        generator = QSvgGenerator()
        generator.setFileName(temporary)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        # The screen's resolution: a font's points then become as many pixels in the drawing
        # as on screen (at the generator's default 72 dpi every text came out 3/4 of its size,
        # so text placed by its centre on screen began where it should and ended short of it).
        generator.setResolution(widget.logicalDpiY())
        generator.setTitle(title)
        generator.setDescription(f"LSTM Lab: {title}")
        painter = QPainter()
        if not painter.begin(generator):
            raise WriteError(
                path, QCoreApplication.translate("pictures", "the drawing could not be started")
            )
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # QWidget's own render: a plot's QGraphicsView.render would draw its scene only.
            with items_drawn_afresh(widget):
                QWidget.render(widget, painter, QPoint())
        finally:
            painter.end()
        if os.path.getsize(temporary) == 0:
            raise WriteError(path, QCoreApplication.translate("pictures", "nothing was written"))

    write_replacing(
        path, write, what=QCoreApplication.translate("pictures", "a drawing"), error=error
    )


def save_widget_picture(
    widget: QWidget,
    path: str,
    title: str,
    scale: float = 1,
    *,
    error: type[Exception] = WriteError,
) -> None:
    """``widget`` as an SVG drawing when ``path`` ends in .svg, else as a PNG at ``scale``."""
    if path.lower().endswith(".svg"):
        save_widget_svg(widget, path, title, error=error)
    else:
        save_widget_png(widget, path, scale, error=error)


def png_scale(settings: QSettings) -> int:
    """The PNG size chosen under File → Picture size (1 when none or an unusable value)."""
    try:
        value = int(settings.value(PNG_SCALE_KEY, 1))
    except (TypeError, ValueError):
        return 1
    return value if value in PNG_SCALES else 1


def picture_name(lesson_title: str, view_name: str, suffix: str = ".png") -> str:
    """A default file name a person reads: "a-single-pulse-cell-diagram.png"."""
    return (readable_stem(lesson_title, view_name) or "lstm-lab") + suffix


def add_png_scale_menu(menu: QMenu, settings: QSettings, before: QAction | None = None) -> QMenu:
    """A "Picture size" submenu of ``menu`` (placed before ``before``) choosing 1×, 2× or 4×
    for every PNG saved from the window, remembered in ``settings``."""

    submenu = QMenu(QCoreApplication.translate("pictures", "Picture size (PNG)"), menu)
    submenu.setObjectName("menu_picture_size")
    submenu.setToolTipsVisible(True)
    group = QActionGroup(submenu)
    texts = {
        1: QCoreApplication.translate("pictures", "1× (as on screen)"),
        2: QCoreApplication.translate("pictures", "2× (for slides)"),
        4: QCoreApplication.translate("pictures", "4× (for print)"),
    }
    chosen = png_scale(settings)
    for scale in PNG_SCALES:
        action = QAction(texts[scale], submenu)
        action.setObjectName(f"action_png_scale_{scale}")
        action.setCheckable(True)
        action.setChecked(scale == chosen)
        action.setToolTip(
            QCoreApplication.translate(
                "pictures",
                "Save pictures (PNG) at {0} times the size on screen, drawn sharp at that size",
            ).format(scale)
        )
        action.triggered.connect(
            lambda _checked=False, s=scale: settings.setValue(PNG_SCALE_KEY, s)
        )
        group.addAction(action)
        submenu.addAction(action)

    def show_chosen() -> None:  # another window may have chosen since
        chosen = png_scale(settings)
        for action in group.actions():
            action.setChecked(action.objectName() == f"action_png_scale_{chosen}")

    submenu.aboutToShow.connect(show_chosen)
    if before is not None:
        menu.insertMenu(before, submenu)
    else:
        menu.addMenu(submenu)
    return submenu
