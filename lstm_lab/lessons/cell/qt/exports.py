"""File → Export: the step table as CSV, the math as text, each view as PNG or SVG.

Every file is written next to its destination under a temporary name and then renamed over
it (`lstm_lab.core.files.write_replacing`), so a failed write (a full disk, a folder without
permission) leaves any file already there untouched; the student is told what went wrong in a
message that does not stop the window. SVG pictures are drawn by QSvgGenerator through
QPainter (``QWidget.render``): plots and the diagram come out as vector drawings.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from lstm_lab.core import files
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.core.report import all_steps_text, step_text, trace_csv
from lstm_lab.ui import pictures
from lstm_lab.ui.messages import warn

#: The views File → Export can save as a picture: (key, menu text, window attribute or None
#: for the whole window).
EXPORT_VIEWS: tuple[tuple[str, str, str | None], ...] = (
    ("cellDiagram", QT_TRANSLATE_NOOP("Exports", "Cell diagram"), "cell_diagram"),
    ("unrolled", QT_TRANSLATE_NOOP("Exports", "Unrolled through time"), "unrolled_view"),
    ("timeSeries", QT_TRANSLATE_NOOP("Exports", "Time series"), "time_series"),
    ("loss", QT_TRANSLATE_NOOP("Exports", "Loss curve"), "loss_plot"),
    ("math", QT_TRANSLATE_NOOP("Exports", "Math of this step"), "math_panel"),
    ("parameters", QT_TRANSLATE_NOOP("Exports", "Weights and biases"), "param_panel"),
    ("window", QT_TRANSLATE_NOOP("Exports", "Whole window"), None),
)
PICTURE_FILTERS = pictures.PICTURE_FILTERS


class ExportError(Exception):
    """A file could not be written; the message says which and why."""


def write_replacing(path: str, write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)``, then move the result onto ``path``
    (`lstm_lab.core.files.write_replacing`). Raises ExportError (and removes the temporary
    file) when anything fails, so ``path`` is either the whole new file or what it was before."""
    files.write_replacing(path, write, error=ExportError)


def write_text(path: str, text: str, encoding: str = "utf-8") -> None:
    files.write_text_replacing(path, text, encoding=encoding, error=ExportError)


def save_png(widget: QWidget, path: str, scale: float = 1) -> None:
    """``widget`` as a PNG, drawn at ``scale`` times its size on screen."""
    pictures.save_widget_png(widget, path, scale, error=ExportError)


def save_svg(widget: QWidget, path: str, title: str) -> None:
    """``widget`` drawn into an SVG file through QSvgGenerator (`pictures.save_widget_svg`)."""
    pictures.save_widget_svg(widget, path, title, error=ExportError)


class Exports(QObject):
    """The export commands of a lesson window that has a lab ``state`` and the views named in
    `EXPORT_VIEWS`. ``ask_path`` is QFileDialog.getSaveFileName by default."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.view_actions: dict[str, QAction] = {}

    # ------------------------------------------------------------------ commands
    def save_trace_csv(self) -> bool:
        """The step table, every value at full precision, as CSV."""
        path = self._ask(
            self.tr("Export the step table"), self.tr("steps"), self.tr("CSV table (*.csv)"), ".csv"
        )
        # UTF-8 with a byte-order mark: spreadsheets then read the C̃ heading right.
        return bool(path) and self._run(
            lambda: write_text(path, trace_csv(self._window.state), "utf-8-sig")
        )

    def save_step_math(self) -> bool:
        """The math of the step shown, as the math panel shows it."""
        state = self._window.state
        path = self._ask(
            self.tr("Export the math of this step"),
            self.tr("step {t}").format(t=state.cursor),
            self.tr("Text (*.txt)"),
            ".txt",
        )
        return bool(path) and self._run(lambda: write_text(path, step_text(state) + "\n"))

    def save_all_math(self) -> bool:
        """The math of every step, one after another."""
        state = self._window.state
        path = self._ask(
            self.tr("Export the math of every step"),
            self.tr("all steps"),
            self.tr("Text (*.txt)"),
            ".txt",
        )
        return bool(path) and self._run(lambda: write_text(path, all_steps_text(state)))

    def save_view(self, key: str) -> bool:
        """One view (or the whole window) as PNG or SVG, chosen by the file's ending."""
        title, widget = self.view(key)
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export {view}").format(view=title.lower()),
            self._suggest(title, ".png"),
            PICTURE_FILTERS,
        )
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".svg" if "svg" in chosen.lower() else ".png"
        if path.lower().endswith(".svg"):
            return self._run(lambda: save_svg(widget, path, title))
        scale = pictures.png_scale(self._window.settings)
        return self._run(lambda: save_png(widget, path, scale))

    def view(self, key: str) -> tuple[str, QWidget]:
        for view_key, title, attribute in EXPORT_VIEWS:
            if view_key == key:
                widget = self._window if attribute is None else getattr(self._window, attribute)
                return self.tr(title), widget
        raise KeyError(key)

    def add_view_actions(self, menu: QMenu) -> None:
        """One command per view in ``menu``: "Cell diagram as PNG or SVG…"."""
        menu.addSeparator()
        for key, title, _attribute in EXPORT_VIEWS:
            title = self.tr(title)
            action = QAction(self.tr("{view} as PNG or SVG…").format(view=title), self._window)
            action.setObjectName(f"action_export_view_{key}")
            action.setStatusTip(
                self.tr("Save the {view} as a picture (PNG) or a drawing (SVG)").format(
                    view=title.lower()
                )
            )
            action.setToolTip(action.statusTip())
            action.triggered.connect(lambda _checked=False, k=key: self.save_view(k))
            menu.addAction(action)
            self.view_actions[key] = action

    # ------------------------------------------------------------------ internals
    def _ask(self, title: str, name: str, filters: str, suffix: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self._window, title, self._suggest(name, suffix), filters
        )
        if path and not os.path.splitext(path)[1]:
            path += suffix
        return path

    def _suggest(self, what: str, suffix: str) -> str:
        """In the lesson's folder, a name from the lesson's title and ``what`` is saved:
        "a-single-pulse-cell-diagram.png"."""
        lesson = self._window.lesson_in_effect()
        name = pictures.picture_name(getattr(lesson, "title", "") or "", what, suffix)
        return os.path.join(self._window.files._folder(), name)

    def _run(self, write: Callable[[], None]) -> bool:
        try:
            write()
        except ExportError as error:
            complain(
                self._window,
                self.tr("Not exported"),
                self.tr("{error}. Nothing was lost: try another folder.").format(error=error),
            )
            return False
        return True


def complain(parent: QWidget, title: str, text: str) -> None:
    """A warning that does not stop the window (tests and students can go on)."""
    warn(parent, "exportError", title, text)
