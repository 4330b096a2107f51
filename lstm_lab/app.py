"""Application start-up: the start screen, the lesson window, screenshots for the README.

`LabApp` joins the top-level windows: the start screen (`start_screen.py`), shown when no
lesson is named, and one window per kind of lesson (`lstm_lab.core.kinds`: the single cell's is
`lessons/cell/qt/window.py`), built the first time a lesson of that kind is chosen. A window's
File → Start screen brings the start screen back.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

APP_NAME = "LSTM Lab"


def create_window(settings: QSettings | None = None, kind: str = "cell"):
    """The fully wired window for lessons of ``kind`` (no lesson loaded). The caller owns the
    QApplication."""
    from lstm_lab.core.kinds import kind_named, resolve

    window = resolve(kind_named(kind).window)(settings=settings)
    window.kind_name = kind
    return window


class LabApp(QObject):
    """The start screen and the lesson window of one running app."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.windows: dict[str, QWidget] = {}  # one per kind of lesson
        self.window = None  # the one that showed a lesson last
        self._start = None
        # Set by a normal start (run_gui) only: tests, screenshots and the self-test never
        # see the first-run guide.
        self.offer_guide = False

    @property
    def start_screen(self):
        if self._start is None:
            from lstm_lab.core.builtin import builtin_lessons
            from lstm_lab.shell.settings import saved_look
            from lstm_lab.shell.start_screen import StartScreen
            from lstm_lab.ui.theme import TEXT_SCALES, apply_theme, theme_for

            app = QApplication.instance()
            look = saved_look(self.settings, TEXT_SCALES)
            theme = theme_for(look.theme, look.palette)
            apply_theme(app, theme, app.font().pointSizeF() * look.scale)

            self._start = StartScreen(builtin_lessons(), self.settings)
            self._start.lessonChosen.connect(self.open_lesson)
            self._start.fileChosen.connect(self.open_file)
            self._start.openRequested.connect(self.open_dialog)
            self._start.lookChanged.connect(self._share_look)
            from lstm_lab.ui.screen_fit import fit_window

            fit_window(self._start, (1100, 720))  # never larger than a projector, framed
        return self._start

    def _share_look(self) -> None:
        """A theme or text size chosen on the start screen: the lesson windows follow it."""
        for window in self.windows.values():
            window.sync_look()

    def show_start_screen(self) -> None:
        screen = self.start_screen
        screen.refresh_recent()
        screen.show()
        screen.raise_()
        screen.activateWindow()

    def lesson_window(self, kind: str = "cell"):
        window = self.windows.get(kind)
        if window is None:
            window = self.windows[kind] = create_window(self.settings, kind)
            window.startScreenRequested.connect(self.show_start_screen)
            window.open_elsewhere = self.open_lesson
            window.files.fileChanged.connect(
                lambda _path: self._start is not None and self._start.refresh_recent()
            )
        return window

    def open_lesson(self, lesson, path: str | None = None) -> bool:
        """Show ``lesson`` in its kind's window (asking first about unsaved changes there)."""
        window = self.lesson_window(lesson.kind)
        self.window = window
        if window.isVisible() and not window.files.may_discard("opening another lesson"):
            return False
        window.sync_look()  # a theme or text size chosen in another lesson window
        window.open_lesson(lesson, path)
        window.show()
        window.raise_()
        window.activateWindow()
        if self._start is not None:
            self._start.hide()
        self.offer_start_guide(window)
        return True

    def offer_start_guide(self, window) -> bool:
        """On the first run, the "Start here" guide opens over the first lesson window."""
        if not self.offer_guide:
            return False
        return window.show_start_guide_once()

    def open_file(self, path: str) -> bool:
        """Open the lesson file at ``path``; a bad file is reported where the student is."""
        from lstm_lab.core.lesson import LessonError, read_lesson

        try:
            lesson = read_lesson(path)
        except LessonError as error:
            self._complain(str(error))
            return False
        return self.open_lesson(lesson, path)

    def open_dialog(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from lstm_lab.shell.lesson_files import FILE_FILTER

        parent = self._visible_window()
        path, _ = QFileDialog.getOpenFileName(parent, "Open a lesson", "", FILE_FILTER)
        return bool(path) and self.open_file(path)

    def _visible_window(self) -> QWidget | None:
        for window in (self.window, *self.windows.values(), self._start):
            if window is not None and window.isVisible():
                return window
        return None

    def _complain(self, text: str) -> None:
        from lstm_lab.ui.messages import warn

        warn(self._visible_window(), "lessonFileError", "The lesson was not opened", text)


def _ensure_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(APP_NAME)
        QApplication.setApplicationDisplayName(APP_NAME)
        app = QApplication(argv)
        from lstm_lab.ui.fonts import add_chinese_fallback

        add_chinese_fallback(app)  # before any widget: Chinese words where no CJK font is
    return app


def render_screenshot(window, path: str, size: tuple[int, int]) -> bool:
    """Lay the window out at ``size``, paint it and save it as PNG; False if it cannot be
    written."""
    from lstm_lab.core.files import WriteError
    from lstm_lab.ui.pictures import save_png

    window.resize(*size)
    window.show()
    QApplication.processEvents()
    if hasattr(window, "apply_default_sizes"):
        window.apply_default_sizes()
        QApplication.processEvents()
    try:
        save_png(window.grab(), path)
    except WriteError:
        return False
    return True


def screenshot_settings(folder: str, args: argparse.Namespace, saved: QSettings) -> QSettings:
    """Settings for a screenshot, kept in ``folder``: the theme and text size ``saved`` holds
    (read, never changed; a value that cannot be used gives the default) unless ``--theme``,
    ``--colours`` or ``--text-scale`` name others. Nothing else of the student's (layout,
    recent files) is used."""
    from lstm_lab.shell.settings import saved_look
    from lstm_lab.ui.theme import TEXT_SCALES

    look = saved_look(saved, TEXT_SCALES, log=False)
    settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    theme = getattr(args, "theme", None)
    colours = getattr(args, "colours", None)
    scale = getattr(args, "text_scale", None)
    settings.setValue("view/theme", look.theme if theme is None else theme)
    settings.setValue("view/colours", look.palette if colours is None else colours)
    settings.setValue("view/textScale", look.scale if scale is None else float(scale))
    settings.sync()
    return settings


def _lesson_from_args(args: argparse.Namespace):
    """The lesson named on the command line (file or built-in), or None; LessonError if bad."""
    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.core.lesson import read_lesson

    if args.file:
        return read_lesson(args.file), os.path.abspath(args.file)
    if args.lesson:
        return lesson_by_name(args.lesson), None
    if args.sequence is not None or args.step is not None:
        return lesson_by_name("explore"), None  # the free exploration, for --sequence/--step
    return None, None


def run_gui(args: argparse.Namespace) -> int:
    if (
        args.screenshot
        and "QT_QPA_PLATFORM" not in os.environ
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    from lstm_lab.core.lesson import LessonError

    try:
        lesson, path = _lesson_from_args(args)
    except LessonError as error:
        print(f"lstm-lab: error: {error}", file=sys.stderr)
        if args.screenshot:
            return 2
        lesson, path, problem = None, None, str(error)
    else:
        problem = None
    app = _ensure_application(sys.argv[:1])
    from lstm_lab.shell.crash import install_crash_handler

    install_crash_handler(app)
    if getattr(args, "reduce_motion", False):
        from lstm_lab.ui.motion import motion

        shared = motion()
        shared.asked_on_command_line = True  # every window made this run starts with it on
        shared.set_reduced(True)
    # A screenshot must not depend on (or change) the student's saved layout and theme.
    scratch = tempfile.mkdtemp(prefix="lstm-lab-") if args.screenshot else None
    try:
        settings_problem = None
        from lstm_lab.shell.settings import user_settings

        if scratch is None:
            settings, settings_problem = user_settings()
        else:
            settings = screenshot_settings(scratch, args, user_settings()[0])
        if settings_problem:
            print(f"lstm-lab: warning: {settings_problem}", file=sys.stderr)
            problem = f"{problem}\n\n{settings_problem}" if problem else settings_problem
        lab = LabApp(settings)
        lab.offer_guide = scratch is None
        if lesson is None:
            if args.screenshot:
                return _screenshot(lab.start_screen, args)
            lab.show_start_screen()
            if problem:
                lab._complain(problem)
            return app.exec()
        from lstm_lab.core.kinds import kind_named

        if (args.sequence is not None or args.step is not None) and not kind_named(
            lesson.kind
        ).uses_cell:
            print(
                f"lstm-lab: error: --sequence and --step are for lessons of one cell, not "
                f'"{lesson.title}"',
                file=sys.stderr,
            )
            return 2
        window = lab.lesson_window(lesson.kind)
        lab.window = window
        window.open_lesson(lesson, path)
        if args.sequence is not None:
            from lstm_lab.engine import SequenceError

            try:
                window.state.set_sequence_text(args.sequence)
            except SequenceError as error:
                print(f"lstm-lab: error: --sequence: {error}", file=sys.stderr)
                return 2
        if args.step is not None:
            window.state.go_to(args.step)
        if getattr(args, "present", False):
            window.set_presenting(True)
        if args.screenshot:
            return _screenshot(window, args)
        window.show()
        lab.offer_start_guide(window)
        return app.exec()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _screenshot(window, args: argparse.Namespace) -> int:
    ok = render_screenshot(window, args.screenshot, args.size)
    if hasattr(window, "files"):
        window.files.forget_changes()  # a screenshot saves nothing and asks nothing
    window.close()
    if not ok:
        print(f"lstm-lab: error: could not write {args.screenshot}", file=sys.stderr)
        return 1
    return 0
