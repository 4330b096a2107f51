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

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from lstm_lab.core.cli import error_line, warning_line
from lstm_lab.core.i18n import translate

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
            self._start.languageChosen.connect(self.set_language)
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
            window.languageChosen.connect(self.set_language)
            window.open_elsewhere = self.open_lesson
            window.files.fileChanged.connect(
                lambda _path: self._start is not None and self._start.refresh_recent()
            )
        return window

    def open_lesson(self, lesson, path: str | None = None) -> bool:
        """Show ``lesson`` in its kind's window (asking first about unsaved changes there)."""
        window = self.lesson_window(lesson.kind)
        self.window = window
        if window.isVisible() and not window.files.may_discard("open"):
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
        """On the first run, the "Start here" guide opens over the first lesson window that
        shows no exercise (a teacher's exercise hides or fixes what the guide speaks of)."""
        if not self.offer_guide or window.showing_exercise():
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

        from lstm_lab.shell.lesson_files import file_filter

        parent = self._visible_window()
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("LabApp", "Open a lesson"), "", file_filter()
        )
        return bool(path) and self.open_file(path)

    def _visible_window(self) -> QWidget | None:
        for window in (self.window, *self.windows.values(), self._start):
            if window is not None and window.isVisible():
                return window
        return None

    def _complain(self, text: str) -> None:
        from lstm_lab.ui.messages import warn

        title = QCoreApplication.translate("LabApp", "The lesson was not opened")
        warn(self._visible_window(), "lessonFileError", title, text)

    # ------------------------------------------------------------------ the language
    def set_language(self, language: str) -> None:
        """View → Language: speak ``language`` from now on (kept in the settings), in every
        open window at once. Each window is built again in the new language and takes over
        what the old one held (`carry_over`); the start screen too."""
        from lstm_lab.ui.language import install_language, save_language

        save_language(self.settings, language)
        self.settings.sync()
        install_language(language)
        if self._start is not None:
            shown = self._start.isVisible()
            geometry = self._start.saveGeometry()
            old, self._start = self._start, None
            old.hide()
            old.deleteLater()
            screen = self.start_screen
            screen.restoreGeometry(geometry)
            if shown:
                self.show_start_screen()
        for kind, old in list(self.windows.items()):
            del self.windows[kind]
            if old.isVisible():
                new = self.lesson_window(kind)
                carry_over(old, new)
                if self.window is old:
                    self.window = new
            else:  # built again in the new language when a lesson of its kind opens
                old.files.forget_changes()
                if self.window is old:
                    self.window = None
            old.close()
            old.deleteLater()


def carry_over(old, new) -> None:
    """Put what the lesson window ``old`` holds into ``new``, a window of the same kind just
    built (in another language): the lesson as it is on screen (every setting, the step
    shown, the views closed), the file it came from and whether it has unsaved changes, the
    window's size, place and docks, presenter mode and full screen. Work in progress (a
    training run, a poem being written) stops first, keeping what it reached; the undo
    history starts afresh. ``old`` is left with nothing to save or ask."""
    from lstm_lab.shell.lesson_window import SETTINGS_VERSION

    presenting = old.presenting
    old.set_presenting(False)  # the docks as the student left them
    old.shutdown()
    lesson = old.current_lesson()
    in_effect = old.lesson_in_effect()
    path, saved = old.files.path, old.files.saved_snapshot()
    state = old.windowState()
    geometry = old.normalGeometry() if state & ~Qt.WindowState.WindowActive else old.geometry()
    docks = old.saveState(SETTINGS_VERSION)
    active = old.isActiveWindow()
    old.files.forget_changes()
    new.sync_look()
    new.put_lesson(lesson)
    if in_effect is not None and in_effect != lesson:
        new.remember_lesson(in_effect)
    new.files.take_over(path, saved)
    new.setGeometry(geometry)  # restoreGeometry would fit it to the screen again
    new.setWindowState(state)
    new.follow_layout()  # the old window's layout first, so its docks go back onto the same one
    new.restoreState(docks, SETTINGS_VERSION)
    new.show_hidden_views(lesson.hidden_views & frozenset(new.docks))
    new.show()
    new.apply_default_sizes()
    if presenting:
        new.set_presenting(True)
    if active:
        new.raise_()
        new.activateWindow()


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
        from lstm_lab.ui.language import install_language, startup_language

        # --language for this run only; else the language chosen under View → Language (a
        # screenshot reads it and changes nothing), else the system's.
        saved = settings if scratch is None else user_settings()[0]
        install_language(startup_language(saved, getattr(args, "language", None)))
        from lstm_lab.core.lesson import LessonError

        try:
            lesson, path = _lesson_from_args(args)
        except LessonError as error:
            print(error_line("lstm-lab", str(error)), file=sys.stderr)
            if args.screenshot:
                return 2
            lesson, path, problem = None, None, str(error)
        else:
            problem = None
        if settings_problem:
            print(warning_line("lstm-lab", settings_problem), file=sys.stderr)
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
            message = translate(
                "Cli", '--sequence and --step are for lessons of one cell, not "{title}"'
            ).format(title=lesson.shown_title)
            print(error_line("lstm-lab", message), file=sys.stderr)
            return 2
        window = lab.lesson_window(lesson.kind)
        lab.window = window
        window.open_lesson(lesson, path)
        if args.sequence is not None:
            from lstm_lab.engine import SequenceError

            try:
                window.state.set_sequence_text(args.sequence)
            except SequenceError as error:
                message = translate("Cli", "--sequence: {problem}").format(problem=error)
                print(error_line("lstm-lab", message), file=sys.stderr)
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
        message = translate("Cli", "could not write {path}").format(path=args.screenshot)
        print(error_line("lstm-lab", message), file=sys.stderr)
        return 1
    return 0
