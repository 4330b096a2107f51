"""What every lesson window shares: lesson files, the theme and text size, the start screen,
screenshots, help, and its settings. A window of one kind of lesson builds on `LessonWindow`.

A subclass declares its views (docks) as `ViewSpec` data and its commands as `ActionSpec` data,
calls `build_views`, `build_actions` and `finish_setup`, and says what it holds as a lesson
(`current_lesson`, `put_lesson`, `lesson_in_effect`, `change_signals`, `is_busy`).
Views it passes to `register_view` follow theme and text-size changes.

A lesson locked with a teacher passphrase (`Lesson.teacher_lock`) opens in student mode:
the window's Teacher menu is gone, the views the lesson hides cannot be shown (View menu, Go to
view keys, presenter mode, Reset layout, the docks' context menu) and File → Unlock for the
teacher… asks for the passphrase, which brings everything back for this window's life.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from lstm_lab import __version__
from lstm_lab.core.files import WriteError
from lstm_lab.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, current_language
from lstm_lab.core.lesson import Lesson
from lstm_lab.core.teacher_lock import TeacherLock
from lstm_lab.shell.settings import (
    REDUCE_MOTION_KEY,
    restore_window,
    saved_look,
    saved_reduce_motion,
)
from lstm_lab.shell.shortcuts_dialog import (
    Section,
    ShortcutsDialog,
    action_rows,
    keys_of,
    menu_sections,
    plain_name,
    show_shortcuts,
)
from lstm_lab.ui import screen_fit, wheel_guard
from lstm_lab.ui.accessible import name_from_labels
from lstm_lab.ui.layout import layout_for, whole_tab_titles
from lstm_lab.ui.look import FollowsTextSize, FollowsTheme, MayBeEmpty
from lstm_lab.ui.messages import warn
from lstm_lab.ui.motion import motion
from lstm_lab.ui.pictures import (
    add_png_scale_menu,
    picture_filters,
    picture_name,
    png_scale,
    save_widget_picture,
    save_widget_png,
)
from lstm_lab.ui.theme import (
    DARK,
    TEXT_SCALES,
    Theme,
    apply_theme,
    stepped_scale,
    theme_for,
)

SETTINGS_VERSION = 1
#: Views brought forward by Alt+1 … Alt+9, in the order the window declares them.
DOCK_KEYS = 9
#: In presenter mode the main picture's text is this many times the text size; each view
#: keeps it to the room it has (a number inside a circle stays inside it).
PRESENT_TEXT = 2.0


@dataclass(frozen=True)
class ViewSpec:
    """One dock: its key (as lesson files name it), title, the window attribute holding its
    widget, and where it goes: a dock area, or below or behind (tab) another view."""

    key: str
    title: str
    widget: str
    area: Qt.DockWidgetArea
    below: str | None = None
    tab_of: str | None = None
    scroll: bool = False


@dataclass(frozen=True)
class ActionSpec:
    """One command: ``slot`` is a dotted path from the window ("state.step_forward").
    ``group`` makes checkable actions exclusive; ``playback`` actions give way to a focused
    control; ``busy`` actions are off while the window works (trains); an action with a
    ``view`` (a key of the lesson's views) shows that view, and is gone while a locked
    exercise hides it."""

    key: str
    text: str
    slot: str
    menu: str
    shortcut: object = None
    tip: str = ""
    checkable: bool = False
    group: str | None = None
    playback: bool = False
    busy: bool = False
    separator_before: bool = False
    extra_shortcuts: tuple[object, ...] = ()
    view: str | None = None


_K = Qt.Key
_S = QKeySequence.StandardKey
#: Menu titles are translated where the menus are built, with the context "LessonWindow".
FILE = QT_TRANSLATE_NOOP("LessonWindow", "&File")
VIEW = QT_TRANSLATE_NOOP("LessonWindow", "&View")
HELP = QT_TRANSLATE_NOOP("LessonWindow", "&Help")
COLOURS = QT_TRANSLATE_NOOP("LessonWindow", "&Colours")
LANGUAGE = QT_TRANSLATE_NOOP("LessonWindow", "&Language")
PICTURE_OF_A_VIEW = QT_TRANSLATE_NOOP("LessonWindow", "Picture of a view")

#: The File, View and Help commands of every lesson window (texts and tips translated where
#: the actions are made, `make_action`).
# fmt: off
COMMON_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("start", QT_TRANSLATE_NOOP("LessonWindow", "Start screen"), "show_start_screen",
               FILE, "Ctrl+Shift+H",
               QT_TRANSLATE_NOOP("LessonWindow", "Back to the list of lessons")),
    ActionSpec("open", QT_TRANSLATE_NOOP("LessonWindow", "Open lesson…"), "files.open_dialog",
               FILE, _S.Open, QT_TRANSLATE_NOOP("LessonWindow", "Open a lesson file (.lstmlab)"),
               separator_before=True),
    ActionSpec("save", QT_TRANSLATE_NOOP("LessonWindow", "Save lesson"), "files.save", FILE,
               _S.Save,
               QT_TRANSLATE_NOOP("LessonWindow", "Save everything set here as a lesson file")),
    ActionSpec("save_as", QT_TRANSLATE_NOOP("LessonWindow", "Save lesson as…"), "files.save_as",
               FILE, _S.SaveAs, QT_TRANSLATE_NOOP("LessonWindow", "Save as a new lesson file")),
    ActionSpec("unlock", QT_TRANSLATE_NOOP("LessonWindow", "Unlock for the teacher…"),
               "unlock_for_teacher", FILE, separator_before=True,
               tip=QT_TRANSLATE_NOOP("LessonWindow", "Type the teacher passphrase: the Teacher "
                                     "menu and every view come back in this window")),
    ActionSpec("screenshot", QT_TRANSLATE_NOOP("LessonWindow", "Save screenshot…"),
               "save_screenshot_dialog", FILE, "Ctrl+Shift+P",
               QT_TRANSLATE_NOOP("LessonWindow", "Save a picture of the window as PNG"),
               separator_before=True),
    ActionSpec("export_code", QT_TRANSLATE_NOOP("LessonWindow", "Export as code…"),
               "export_code_dialog", FILE, "Ctrl+Shift+E",
               QT_TRANSLATE_NOOP("LessonWindow", "Write this lesson, as it is on screen, as a "
                                 "runnable NumPy or PyTorch script")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("LessonWindow", "Quit"), "close", FILE, _S.Quit,
               QT_TRANSLATE_NOOP("LessonWindow", "Close LSTM Lab"), separator_before=True),
    ActionSpec("theme_dark", QT_TRANSLATE_NOOP("LessonWindow", "Dark theme"), "set_dark_theme",
               VIEW, tip=QT_TRANSLATE_NOOP("LessonWindow", "Black background, bright colours"),
               checkable=True, group="theme", separator_before=True),
    ActionSpec("theme_light", QT_TRANSLATE_NOOP("LessonWindow", "Light theme"),
               "set_light_theme", VIEW,
               tip=QT_TRANSLATE_NOOP("LessonWindow",
                                     "White background, for bright rooms and projectors"),
               checkable=True, group="theme"),
    ActionSpec("theme_contrast", QT_TRANSLATE_NOOP("LessonWindow", "High-contrast theme"),
               "set_contrast_theme", VIEW,
               tip=QT_TRANSLATE_NOOP("LessonWindow", "White text and bright lines on black, for "
                                     "projectors in bright rooms"),
               checkable=True, group="theme"),
    ActionSpec("colours_standard", QT_TRANSLATE_NOOP("LessonWindow", "Standard"),
               "set_standard_colours", f"{VIEW}/{COLOURS}",
               tip=QT_TRANSLATE_NOOP("LessonWindow", "The lesson's usual colours"),
               checkable=True, group="colours"),
    ActionSpec("colours_safe", QT_TRANSLATE_NOOP("LessonWindow", "Colour-blind safe"),
               "set_safe_colours", f"{VIEW}/{COLOURS}",
               tip=QT_TRANSLATE_NOOP("LessonWindow", "Colours that students with red-green or "
                                     "blue-yellow colour blindness can tell apart (Okabe–Ito)"),
               checkable=True, group="colours"),
    ActionSpec("larger", QT_TRANSLATE_NOOP("LessonWindow", "Larger text"), "larger_text", VIEW,
               _S.ZoomIn, QT_TRANSLATE_NOOP("LessonWindow", "Make all text larger, for projectors"),
               separator_before=True, extra_shortcuts=("Ctrl+=",)),
    ActionSpec("smaller", QT_TRANSLATE_NOOP("LessonWindow", "Smaller text"), "smaller_text", VIEW,
               _S.ZoomOut, QT_TRANSLATE_NOOP("LessonWindow", "Make all text smaller")),
    ActionSpec("fullscreen", QT_TRANSLATE_NOOP("LessonWindow", "Full screen"),
               "toggle_full_screen", VIEW, _K.Key_F11,
               QT_TRANSLATE_NOOP("LessonWindow", "Fill the whole screen"), checkable=True),
    ActionSpec("present", QT_TRANSLATE_NOOP("LessonWindow", "Presenter mode"),
               "toggle_presenting", VIEW, _K.Key_F5,
               QT_TRANSLATE_NOOP("LessonWindow", "The lesson's main picture fills the window, its "
                                 "numbers as large as the room allows, for the back of a "
                                 "classroom; Esc leaves it"),
               checkable=True),
    ActionSpec("reduce_motion", QT_TRANSLATE_NOOP("LessonWindow", "Reduce motion"),
               "toggle_reduce_motion", VIEW,
               tip=QT_TRANSLATE_NOOP("LessonWindow", "Nothing moves or fades: the data flow goes "
                                     "from stage to stage without a moving dot, and written "
                                     "text appears at once"),
               checkable=True, separator_before=True),
    ActionSpec("reset_layout", QT_TRANSLATE_NOOP("LessonWindow", "Reset layout"), "reset_layout",
               VIEW, tip=QT_TRANSLATE_NOOP("LessonWindow", "Put every view back where it started"),
               separator_before=True),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("LessonWindow", "Keyboard shortcuts"),
               "show_shortcuts", HELP, tip=QT_TRANSLATE_NOOP("LessonWindow",
                                                             "Every keyboard shortcut")),
    ActionSpec("about", QT_TRANSLATE_NOOP("LessonWindow", "About LSTM Lab"), "show_about", HELP,
               tip=QT_TRANSLATE_NOOP("LessonWindow", "Version and credits"),
               separator_before=True),
)
# fmt: on


def first_focusable(widget: QWidget) -> QWidget | None:
    """The first control inside ``widget`` (or ``widget`` itself) that Tab would reach: what
    takes the keyboard when a view is brought forward. A bare scroll area is passed over for
    what it holds."""
    candidate = widget
    for _ in range(10_000):  # the focus chain is a ring; stop after one turn
        inside = candidate is widget or widget.isAncestorOf(candidate)
        if (
            inside
            and candidate.isVisibleTo(widget.window())
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and type(candidate) is not QScrollArea
        ):
            return candidate
        candidate = candidate.nextInFocusChain()
        if candidate is widget:
            break
    return None


def show_tab(tabs: QTabWidget, key: str, name: str = "pageKey") -> None:
    """Bring forward the page of ``tabs`` whose property ``name`` is ``key``, unless the lesson
    hides it."""
    for index in range(tabs.count()):
        if tabs.widget(index).property(name) == key:
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
            return


def hide_tabs(tabs: QTabWidget, hidden: frozenset[str], name: str = "pageKey") -> None:
    """Show every page of ``tabs`` but those whose property ``name`` is in ``hidden``."""
    for index in range(tabs.count()):
        tabs.setTabVisible(index, tabs.widget(index).property(name) not in hidden)


def translated(text: str) -> str:
    """A text marked ``QT_TRANSLATE_NOOP("LessonWindow", …)`` (an action's words or tip, a
    view's or a menu's title), in the language in effect."""
    return QCoreApplication.translate("LessonWindow", text) if text else text


def menu_title(path: str) -> str:
    """The shown title of the menu ``path`` ("&File/&Export": its last part), translated."""
    return translated(path.rpartition("/")[2])


def make_action(spec: ActionSpec, parent: QWidget, trigger: Callable[[], None]) -> QAction:
    """The QAction of ``spec`` in ``parent`` (its shortcuts working while ``parent``'s window is
    active, its tip naming them), calling ``trigger`` when chosen. Its words and tip are
    translated (`translated`)."""
    action = QAction(translated(spec.text), parent)
    action.setObjectName(f"action_{spec.key}")
    keys = [spec.shortcut, *spec.extra_shortcuts] if spec.shortcut is not None else []
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if spec.tip:
        tip = translated(spec.tip)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(tip + (f" ({shown})" if shown else ""))
        action.setStatusTip(tip)
    action.setCheckable(spec.checkable)
    action.triggered.connect(lambda _checked=False: trigger())
    keep_inner_ellipsis(action)
    action.changed.connect(lambda: keep_inner_ellipsis(action))
    return action


def keep_inner_ellipsis(action: QAction) -> None:
    """A button for ``action`` (presenter mode's bar) shows its words as the menu does: Qt's
    button words drop every "…", also one inside the words ("Part 2: France  speak"); here
    only a closing one, which says that the command opens a dialog, goes."""
    words = plain_name(action.text())
    if action.iconText() != words:
        action.setIconText(words)


def add_language_menu(
    menu: QMenu, owner: QWidget, choose: Callable[[str], None], before: QAction | None = None
) -> QMenu:
    """View → Language in ``menu``: one exclusive, checkable entry per language, each named in
    its own language so that a student can always find theirs; the one in effect is checked.
    Choosing another calls ``choose(code)``."""
    submenu = QMenu(translated(LANGUAGE), menu)
    submenu.setObjectName("menu_language")
    submenu.setToolTipsVisible(True)
    group = QActionGroup(submenu)
    for code, name in LANGUAGES.items():
        action = QAction(name, submenu)
        action.setObjectName(f"action_language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)
        action.setStatusTip(
            QCoreApplication.translate("LessonWindow", "The language of every window")
        )
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(action)
        submenu.addAction(action)
        owner.addAction(action)
    if before is None:
        menu.addSeparator()
        menu.addMenu(submenu)
    else:
        menu.insertMenu(before, submenu)
    return submenu


def show_about(parent: QWidget) -> None:
    """Help → About LSTM Lab."""
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(QCoreApplication.translate("LessonWindow", "About LSTM Lab"))
    box.setTextFormat(Qt.TextFormat.RichText)
    about = QCoreApplication.translate(
        "LessonWindow",
        "One long short-term memory cell to hold in your hands: every gate, weight and sum on "
        "screen, every number ready to redo by hand.",
    )
    offline = QCoreApplication.translate("LessonWindow", "Runs entirely offline.")
    box.setText(
        f"<h3>LSTM Lab {__version__}</h3><p>{html.escape(about)}</p><p>{html.escape(offline)}</p>"
    )
    box.open()


class LessonWindow(QMainWindow):
    """The frame of a lesson window (see the module). ``startScreenRequested`` asks the
    application to show the start screen."""

    #: File → Picture of a view: a window whose own menus save its views sets this False.
    offers_view_pictures = True
    #: The title of the window's teacher menu ("&Teacher"), gone in student mode; None: none.
    teacher_menu: str | None = None

    startScreenRequested = Signal()
    #: View → Language: the student chose this language (the application rebuilds every
    #: window in it, `lstm_lab.app.LabApp.set_language`).
    languageChosen = Signal(str)
    #: The kind of lesson this window shows (set by `lstm_lab.app.create_window`); "" for any.
    kind_name = ""
    #: Shows a lesson of another kind in that kind's window (set by the app), or None.
    open_elsewhere: Callable[[Lesson, str | None], bool] | None = None

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("LSTM Lab[*]")  # the app's name, not translated
        self.settings = settings if settings is not None else QSettings("LSTM Lab", "LSTM Lab")
        self.theme: Theme = DARK
        app = QApplication.instance()
        self._base_point_size = app.font().pointSizeF() if app is not None else 10.0
        self.text_scale = 1.0
        self._theme_views: list[FollowsTheme] = []
        self._text_views: list[FollowsTextSize] = []
        self.docks: dict[str, QDockWidget] = {}
        self.actions_by_key: dict[str, QAction] = {}
        self._busy_actions: list[QAction] = []
        self.presenting = False
        self._presenter_bar: QToolBar | None = None
        self._leave_action: QAction | None = None
        self._before_presenting: dict = {}
        # Student mode: the locks opened with their passphrase in this window, the actions a
        # locked exercise turned off, and whether the window works (`set_busy`).
        self._opened_locks: set[TeacherLock] = set()
        self._shut_actions: set[QAction] = set()
        self._busy = False
        # Style the application before the widgets exist: restyling them afterwards costs
        # a tenth of a second of start-up per pass.
        look = saved_look(self.settings, TEXT_SCALES)  # unusable values: defaults, logged
        if app is not None:
            theme = theme_for(look.theme, look.palette)
            apply_theme(app, theme, self._base_point_size * look.scale)

    # -------------------------------------------------------------------- what it holds
    def current_lesson(self) -> Lesson:
        raise NotImplementedError

    def put_lesson(self, lesson: Lesson) -> None:
        raise NotImplementedError

    def lesson_in_effect(self) -> Lesson | None:
        raise NotImplementedError

    def remember_lesson(self, lesson: Lesson) -> None:
        """After a save: ``lesson`` (with its texts) is now the lesson in effect."""
        raise NotImplementedError

    def change_signals(self) -> list:
        """Signals after which the lesson on screen may differ from the saved one."""
        return []

    def is_busy(self) -> bool:
        return False

    def shutdown(self) -> None:
        """Stop any work before the window closes."""

    def show_start_guide_once(self) -> bool:
        """On the first run, a window with a "Start here" guide shows it; True if it did."""
        return False

    def open_lesson(self, lesson: Lesson, path: str | None = None) -> None:
        """Show ``lesson`` (from ``path``, or built in) in this window."""
        self.files.show_lesson(lesson, path)

    # -------------------------------------------------------------------- building
    def register_view(self, widget: QWidget) -> None:
        """``widget`` follows theme changes (`FollowsTheme`), the text size
        (`FollowsTextSize`), or both. A view that may be empty (`MayBeEmpty`) has its room
        laid out again when it fills or empties: empty, it gives it to the views beside it."""
        follows_theme = isinstance(widget, FollowsTheme)
        follows_text = isinstance(widget, FollowsTextSize)
        if not (follows_theme or follows_text):
            raise TypeError(f"{type(widget).__name__} follows neither the theme nor text size")
        if follows_theme and widget not in self._theme_views:
            self._theme_views.append(widget)
        if follows_text and widget not in self._text_views:
            self._text_views.append(widget)
        if isinstance(widget, MayBeEmpty) and hasattr(widget, "emptyChanged"):
            widget.emptyChanged.connect(self._view_filled_or_emptied)

    def _view_filled_or_emptied(self, _empty: bool) -> None:
        """A view got something to show, or lost it: the sizes for that, once the change has
        settled (not in presenter mode, where the docks are hidden)."""
        if not self.presenting:
            QTimer.singleShot(0, self, self._resize_for_empty_views)

    def _resize_for_empty_views(self) -> None:
        if not self.presenting and self.isVisible():
            self.fit_empty_views()

    def fit_empty_views(self) -> None:
        """The sizes of the docks beside a view that filled or emptied (`MayBeEmpty`); the
        others keep theirs. A subclass with such a view sizes its column here."""
        self.apply_default_sizes()

    def build_views(self, views: tuple[ViewSpec, ...]) -> None:
        for view in views:
            widget = getattr(self, view.widget)
            if view.scroll:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(widget)
                widget = scroll
            dock = QDockWidget(translated(view.title), self)
            dock.setObjectName(f"{view.key}Dock")
            dock.setWidget(widget)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )
            self.addDockWidget(view.area, dock)
            if view.below is not None:
                self.splitDockWidget(self.docks[view.below], dock, Qt.Orientation.Vertical)
            if view.tab_of is not None:
                self.tabifyDockWidget(self.docks[view.tab_of], dock)
            self.docks[view.key] = dock

    def _resolve(self, path: str) -> Callable:
        target: object = self
        for part in path.split("."):
            target = getattr(target, part)
        return target  # type: ignore[return-value]

    def build_actions(self, menus: tuple[str, ...], actions: tuple[ActionSpec, ...]) -> None:
        """Menus in this order, each command in its menu ("&File/&Export": a submenu of File);
        View also lists every dock."""
        bar = self.menuBar()
        built = {title: bar.addMenu(menu_title(title)) for title in menus}
        for title, menu in built.items():
            menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
        groups: dict[str, QActionGroup] = {}
        self._action_specs = actions
        for spec in actions:
            action = make_action(spec, self, lambda s=spec.slot: self._resolve(s)())
            if spec.group is not None:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            self.addAction(action)
            menu = built.get(spec.menu)
            if menu is None:  # "&File/&Export": a submenu, made where it is first named
                parent, _, title = spec.menu.rpartition("/")
                menu = built[spec.menu] = built[parent].addMenu(translated(title))
                menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(action)
            self.actions_by_key[spec.key] = action
            if spec.busy:
                self._busy_actions.append(action)
        quit_action = self.actions_by_key.get("quit")
        if quit_action is not None:  # Quit stays last in its menu, after a window's own commands
            menu = built[FILE]
            menu.removeAction(quit_action)
            menu.addSeparator()
            menu.addAction(quit_action)
        screenshot = self.actions_by_key.get("screenshot")
        if screenshot is not None:  # File → Picture size, right under Save screenshot…
            listed = built[FILE].actions()
            after = listed[listed.index(screenshot) + 1 :]
            before = after[0] if after else None
            if self.offers_view_pictures:
                views = QMenu(translated(PICTURE_OF_A_VIEW), built[FILE])
                views.setObjectName("menu_view_pictures")
                views.setToolTipsVisible(True)
                views.aboutToShow.connect(lambda menu=views: self._list_view_pictures(menu))
                built[FILE].insertMenu(before, views)
            add_png_scale_menu(built[FILE], self.settings, before)
        view_menu = built[VIEW]
        first = view_menu.actions()[0] if view_menu.actions() else None
        for number, (key, dock) in enumerate(self.docks.items(), start=1):
            view_menu.insertAction(first, dock.toggleViewAction())
            view_menu.insertAction(first, self._go_to_view_action(key, dock, number))
        self._after_views = first
        built[f"{VIEW}/{LANGUAGE}"] = add_language_menu(view_menu, self, self.choose_language)
        for menu in built.values():
            menu.setToolTipsVisible(True)
        self.actions_by_key["theme_dark"].setChecked(True)
        self._follow_motion()
        self.actions_by_key["colours_standard"].setChecked(True)
        self.menus = built

    def add_view_toggle(self, action: QAction) -> None:
        """View menu: ``action`` (showing a part that is not a dock) after the views."""
        self.menus[VIEW].insertAction(self._after_views, action)

    def _go_to_view_action(self, key: str, dock: QDockWidget, number: int) -> QAction:
        """View → Go to <view> (Alt+1 … Alt+9 in dock order): the view comes forward, even from
        behind another's tab, with the keyboard in it."""
        action = QAction(self.tr("Go to {0}").format(dock.windowTitle()), self)
        action.setObjectName(f"action_raise_{key}")
        if number <= DOCK_KEYS:
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(self.tr("Bring this view to the front and move the keyboard into it"))
        action.triggered.connect(lambda _checked=False, k=key: self.go_to_view(k))
        self.addAction(action)
        self.actions_by_key[f"raise_{key}"] = action
        return action

    def go_to_view(self, key: str) -> None:
        """Show the view ``key`` (opened again if closed, in front of the views it shares tabs
        with) and give the keyboard to its first control; not a view a locked exercise hides."""
        if key in self.restricted_views():
            return
        dock = self.docks[key]
        if dock.isHidden():
            dock.show()
        dock.raise_()
        target = first_focusable(dock.widget())
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            dock.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def finish_setup(self, size: tuple[int, int] = (1440, 900)) -> None:
        """After the views and actions: lesson files, default layout, saved settings."""
        from lstm_lab.shell.lesson_files import LessonFiles  # Qt dialogs for the lesson files

        self.files = LessonFiles(self)
        wheel_guard.guard_application()  # the wheel scrolls panels, not the controls in them
        name_from_labels(self)  # a screen reader hears each control's label
        # Larger than the screen with its frame (a projector's 1024×768): maximised.
        screen_fit.fit_window(self, size, maximise=True)
        self.apply_default_sizes()
        self._default_state = self.saveState(SETTINGS_VERSION)
        self._restore_settings()
        self.apply_student_mode()

    def apply_default_sizes(self) -> None:
        """Sizes of the docks in the default layout (a subclass sets its own, after
        `follow_layout`)."""

    def main_views(self) -> list[QWidget]:
        """The lesson's main picture: the views whose numbers the back row must read
        (measured by `lstm_lab.ui.diagram_text`); the central widget unless a subclass says."""
        centre = self.centralWidget()
        return [] if centre is None else [centre]

    def presented_views(self) -> list[QWidget]:
        """The views whose text grows in presenter mode: the main views, and a subclass may
        add those that take their place (another page of the same picture)."""
        return self.main_views()

    # -------------------------------------------------------------------- presenter mode
    def presenter_actions(self) -> list[QAction]:
        """The commands the presenter bar keeps in reach (a subclass: its step or run
        commands)."""
        return []

    def present(self, presenting: bool) -> None:
        """A subclass hides (``presenting``) or shows again what its central area holds
        besides the main picture."""

    def hide_while_presenting(self, presenting: bool, widgets: list[QWidget]) -> None:
        """For `present`: hide ``widgets`` (``presenting``), or show again those that were
        shown before."""
        if presenting:
            self._shown_before_presenting = {w: not w.isHidden() for w in widgets}
            for widget in widgets:
                widget.hide()
        else:
            for widget, shown in getattr(self, "_shown_before_presenting", {}).items():
                widget.setVisible(shown)
            self._shown_before_presenting = {}

    def toggle_presenting(self) -> None:
        self.set_presenting(self.actions_by_key["present"].isChecked())

    def leave_presenting(self) -> None:
        self.set_presenting(False)

    def set_presenting(self, presenting: bool) -> None:
        """Presenter mode (View → Presenter mode, F5): the main picture fills the window with
        its text as large as its room allows; the docks, menu bar and status bar hide, a slim
        bar keeps the step or run commands and the way out; the keyboard shortcuts still work,
        and Esc leaves. Leaving puts every dock back as it was."""
        action = self.actions_by_key.get("present")
        if action is not None and action.isChecked() != presenting:
            action.setChecked(presenting)
        if presenting == self.presenting:
            return
        self.presenting = presenting
        self.setProperty("presenting", presenting)
        bar = self._presenter_toolbar()
        if presenting:
            status = self.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            self._before_presenting = {
                "state": self.saveState(SETTINGS_VERSION),
                "hidden": frozenset(k for k, dock in self.docks.items() if dock.isHidden()),
                "escape": self._take_escape(),
                # A window without a status bar gets none on leaving: it would take a line.
                "status": status is not None and not status.isHidden(),
            }
            for dock in self.docks.values():
                dock.hide()
            self.menuBar().hide()
            if status is not None:
                status.hide()
            self._leave_action.setEnabled(True)
            bar.show()
        else:
            before = self._before_presenting
            bar.hide()
            self._leave_action.setEnabled(False)
            self.menuBar().show()
            if before.get("status", False):
                self.statusBar().show()
            for other, keys in before.get("escape", []):
                other.setShortcuts(keys)
            if "state" in before:
                self.restoreState(before["state"], SETTINGS_VERSION)
            for key, dock in self.docks.items():
                dock.setVisible(key not in before.get("hidden", frozenset()))
            self._before_presenting = {}
        self.present(presenting)
        self._hide_restricted_views()  # a view presenter mode shows, unless the lesson hides it
        self._scale_presented_text()
        home = getattr(self, "keys_home", None)
        if presenting and home is not None:
            home.setFocus()  # the playback keys step, whatever had the keyboard
        if not presenting:
            QTimer.singleShot(0, self, self.apply_default_sizes)

    def hidden_docks(self) -> frozenset[str]:
        """The docks the student closed (in presenter mode: those closed before it)."""
        if self.presenting:
            return self._before_presenting.get("hidden", frozenset())
        return frozenset(key for key, dock in self.docks.items() if dock.isHidden())

    def _take_escape(self) -> list[tuple[QAction, list[QKeySequence]]]:
        """Esc leaves presenter mode: the window's other Esc commands give it up until then
        (two commands on one key would both stay silent)."""
        escape = QKeySequence(Qt.Key.Key_Escape)
        taken = []
        leave = self._leave_action
        for other in self.findChildren(QAction):
            keys = other.shortcuts()
            if other is leave or escape not in keys:
                continue
            taken.append((other, keys))
            other.setShortcuts([key for key in keys if key != escape])
        return taken

    def _presenter_toolbar(self) -> QToolBar:
        """The slim bar of presenter mode, made when first needed."""
        if self._presenter_bar is not None:
            return self._presenter_bar
        bar = QToolBar(self.tr("Presenter"), self)
        bar.setObjectName("presenterBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.presenter_actions():
            bar.addAction(action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        leave = QAction(self.tr("Leave presenter mode (Esc)"), bar)
        leave.setObjectName("leavePresenting")
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        leave.setToolTip(self.tr("Back to the lesson with all its views (Esc or F5)"))
        leave.triggered.connect(self.leave_presenting)
        leave.setEnabled(False)
        bar.addAction(leave)
        self._leave_action = leave
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.hide()
        self._presenter_bar = bar
        return bar

    def _scale_presented_text(self) -> None:
        """The presented views' text: PRESENT_TEXT times the text size in presenter mode, the
        text size otherwise."""
        scale = self.text_scale * (PRESENT_TEXT if self.presenting else 1.0)
        for widget in self.presented_views():
            if widget in self._text_views:
                widget.set_text_scale(scale)

    # -------------------------------------------------------------------- the layout policy
    @property
    def layout_kind(self) -> str | None:
        """The layout the docks are in ("wide", "compact", "crowded"), None before the first."""
        return self.property("layoutKind")

    def arrange(self, layout: str, before: str | None) -> None:
        """Move the docks for ``layout`` (from ``before``: None when the docks are as built).
        A window whose docks stay where they are in every layout keeps this default."""

    def follow_layout(self) -> bool:
        """The shared policy (`lstm_lab.ui.layout.layout_for`) for this width and text size:
        the docks arranged for it when it changed. True if it changed."""
        layout = layout_for(self.width(), self.text_scale)
        before = self.property("layoutKind")
        if before == layout:
            return False
        self.setProperty("layoutKind", layout)
        self.setProperty("compactLayout", layout != "wide")
        self.arrange(layout, before)
        self._hide_restricted_views()
        return True

    def childEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().childEvent(event)
        # A dock tab row Qt makes (when it tabifies docks, lays them out or restores them)
        # shows its titles whole, once Qt has set it up and before it is first shown.
        child = event.child()
        if event.type() == QEvent.Type.ChildPolished and isinstance(child, QTabBar):
            whole_tab_titles(child)

    def forget_layout(self) -> None:
        """The next `follow_layout` arranges the docks afresh (restored docks of another
        layout)."""
        self.setProperty("layoutKind", None)
        self.setProperty("compactLayout", None)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Across a layout's edge the docks get the new layout and its sizes, once the resize
        # has settled (so that they are laid out for the new size).
        layout = self.property("layoutKind")
        if self.presenting:  # the docks are hidden; they are laid out again on leaving
            return
        if layout is not None and layout != layout_for(self.width(), self.text_scale):
            QTimer.singleShot(0, self, self.apply_default_sizes)

    def set_busy(self, busy: bool) -> None:
        """While the window works (trains), the commands that would fight it are off."""
        self._busy = busy
        for action in self._busy_actions:
            action.setEnabled(not busy and action not in self._shut_actions)

    # -------------------------------------------------------------------- commands
    def show_start_screen(self) -> None:
        self.startScreenRequested.emit()

    def choose_language(self, language: str) -> None:
        """View → Language: the application builds every window again in ``language``; a
        window on its own (no application around it) only speaks it from now on."""
        if self.receivers(SIGNAL("languageChosen(QString)")):
            self.languageChosen.emit(language)
            return
        from lstm_lab.ui.language import install_language, save_language

        save_language(self.settings, language)
        install_language(language)

    def set_dark_theme(self) -> None:
        self.set_theme("dark")
        self._share_look()

    def set_light_theme(self) -> None:
        self.set_theme("light")
        self._share_look()

    def set_contrast_theme(self) -> None:
        self.set_theme("contrast")
        self._share_look()

    def set_standard_colours(self) -> None:
        self.set_theme(self.theme.name, "standard")
        self._share_look()

    def set_safe_colours(self) -> None:
        self.set_theme(self.theme.name, "safe")
        self._share_look()

    def larger_text(self) -> None:
        self.step_text_scale(+1)
        self._share_look()

    def smaller_text(self) -> None:
        self.step_text_scale(-1)
        self._share_look()

    def _share_look(self) -> None:
        """The student chose a theme, colours or text size: the other open lesson windows
        follow it now, and windows opened later when they show."""
        self.settings.setValue("view/theme", self.theme.name)
        self.settings.setValue("view/colours", self.theme.palette)
        self.settings.setValue("view/textScale", self.text_scale)
        for widget in QApplication.topLevelWidgets():
            others = isinstance(widget, LessonWindow) and widget is not self
            if others and widget.isVisible() and widget.settings is self.settings:
                widget.sync_look()

    def set_theme(self, name: str, palette: str | None = None) -> None:
        """Theme ``name`` ("dark", "light", "contrast") in ``palette`` ("standard", "safe";
        None: the palette in use) for the application and every view of this window."""
        theme = theme_for(name, palette or self.theme.palette)
        self.theme = theme
        app = QApplication.instance()
        if app is not None:
            apply_theme(app, theme, self._base_point_size * self.text_scale)
        for widget in self._theme_views:
            widget.apply_theme(theme)
        self.actions_by_key[f"theme_{name}"].setChecked(True)
        self.actions_by_key[f"colours_{theme.palette}"].setChecked(True)

    def set_text_scale(self, scale: float) -> None:
        scale = min(TEXT_SCALES, key=lambda s: abs(s - scale))
        self.text_scale = scale
        app = QApplication.instance()
        if app is None:
            return
        apply_theme(app, self.theme, self._base_point_size * scale)
        for widget in self._text_views:
            widget.set_text_scale(scale)
        self._scale_presented_text()
        self.text_scale_changed(scale)

    def sync_look(self) -> None:
        """Take the theme and text size another lesson window chose since this one was made."""
        look = saved_look(self.settings, TEXT_SCALES, log=False)
        if (look.theme, look.palette) != (self.theme.name, self.theme.palette):
            self.set_theme(look.theme, look.palette)
        if look.scale != self.text_scale:
            self.set_text_scale(look.scale)

    def text_scale_changed(self, scale: float) -> None:
        """A subclass widens its side columns here, so large text is not cut off."""

    def step_text_scale(self, direction: int) -> None:
        self.set_text_scale(stepped_scale(self.text_scale, direction))

    # -------------------------------------------------------------------- reduce motion
    def _follow_motion(self) -> None:
        """View → Reduce motion shows the application's setting, whichever window changed it."""
        action = self.actions_by_key.get("reduce_motion")
        if action is None:
            return
        shared = motion()
        action.setChecked(shared.reduced)
        shared.changed.connect(self._show_reduce_motion)

    def _show_reduce_motion(self, reduced: bool) -> None:
        action = self.actions_by_key.get("reduce_motion")
        if action is not None:
            action.setChecked(reduced)

    def toggle_reduce_motion(self) -> None:
        self.set_reduce_motion(self.actions_by_key["reduce_motion"].isChecked())

    def set_reduce_motion(self, reduced: bool) -> None:
        """The student's choice: every open window follows it at once, and it is kept."""
        shared = motion()
        shared.asked_on_command_line = False
        self.settings.setValue(REDUCE_MOTION_KEY, bool(reduced))
        shared.set_reduced(reduced)
        self._show_reduce_motion(shared.reduced)

    def _restore_reduce_motion(self) -> None:
        shared = motion()
        shared.set_reduced(saved_reduce_motion(self.settings) or shared.asked_on_command_line)

    def toggle_full_screen(self) -> None:
        if self.actions_by_key["fullscreen"].isChecked():
            self.showFullScreen()
        else:
            self.showNormal()

    def reset_layout(self) -> None:
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.restoreState(self._default_state, SETTINGS_VERSION)
        self._hide_restricted_views()
        self.apply_default_sizes()

    def show_hidden_views(self, hidden: frozenset[str]) -> None:
        """A lesson's hidden views are closed (the View menu can bring them back)."""
        for key, dock in self.docks.items():
            dock.setVisible(key not in hidden)

    # -------------------------------------------------------------------- student mode
    @property
    def student_mode(self) -> bool:
        """The lesson shown is locked with a teacher passphrase not given in this window."""
        lesson = self.lesson_in_effect()
        lock = lesson.teacher_lock if lesson is not None else None
        return lock is not None and lock not in self._opened_locks

    def showing_exercise(self) -> bool:
        """The lesson shown is an exercise (`Lesson.is_exercise`): no guide opens over it."""
        lesson = self.lesson_in_effect()
        return lesson is not None and lesson.is_exercise

    def restricted_views(self) -> frozenset[str]:
        """The views the student cannot bring back: in student mode, those the lesson hides."""
        if not self.student_mode:
            return frozenset()
        return self.lesson_in_effect().hidden_views

    def shut_action(self, action: QAction, shut: bool) -> None:
        """``action`` gone from its menus with its keys off (``shut``), or back."""
        if shut:
            self._shut_actions.add(action)
        else:
            self._shut_actions.discard(action)
        action.setVisible(not shut)
        action.setEnabled(not shut and not (self._busy and action in self._busy_actions))

    def apply_student_mode(self) -> None:
        """Follow the lesson shown: in student mode the teacher menu, the views the lesson
        hides and their commands are gone and File → Unlock for the teacher… is there; else
        everything is back (called whenever a lesson is shown, saved or unlocked)."""
        student = self.student_mode
        shut = self.restricted_views()
        for key, dock in self.docks.items():
            self.shut_action(dock.toggleViewAction(), key in shut)
            go_to = self.actions_by_key.get(f"raise_{key}")
            if go_to is not None:
                self.shut_action(go_to, key in shut)
        for spec in getattr(self, "_action_specs", ()):
            action = self.actions_by_key[spec.key]
            if spec.view is not None:
                self.shut_action(action, spec.view in shut)
            elif self.teacher_menu is not None and (
                spec.menu == self.teacher_menu or spec.menu.startswith(self.teacher_menu + "/")
            ):
                self.shut_action(action, student)
        menu = getattr(self, "menus", {}).get(self.teacher_menu)
        if menu is not None:
            menu.menuAction().setVisible(not student)
            menu.setEnabled(not student)
        unlock = self.actions_by_key.get("unlock")
        if unlock is not None:
            unlock.setVisible(student)
            unlock.setEnabled(student)
        if self.presenting:  # leaving presenter mode keeps them closed
            hidden = self._before_presenting.get("hidden", frozenset())
            self._before_presenting["hidden"] = hidden | (shut & set(self.docks))
        self._hide_restricted_views()
        self.restrict(student, shut)

    def restrict(self, student: bool, hidden: frozenset[str]) -> None:
        """A subclass turns off what else a locked exercise keeps from the student
        (``student``; ``hidden``: the views the lesson hides), or turns it back on."""

    def _hide_restricted_views(self) -> None:
        for key in self.restricted_views():
            dock = self.docks.get(key)
            if dock is not None and not dock.isHidden():
                dock.hide()

    def open_lock(self, lock: TeacherLock) -> None:
        """``lock``'s passphrase was given (or just set): lessons with it are not locked in
        this window any more."""
        self._opened_locks.add(lock)
        self.apply_student_mode()

    def unlock_for_teacher(self) -> bool:
        """File → Unlock for the teacher…: ask for the passphrase; the right one brings the
        Teacher menu and every view back until the window closes. True if unlocked."""
        lesson = self.lesson_in_effect()
        lock = lesson.teacher_lock if lesson is not None else None
        if lock is None or lock in self._opened_locks:
            return True
        from lstm_lab.shell.teacher_lock import UnlockDialog

        dialog = UnlockDialog(lock, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        self.open_lock(lock)
        self.statusBar().showMessage(
            self.tr(
                "Unlocked for the teacher: the Teacher menu and every view are back until this "
                "window closes."
            ),
            10_000,
        )
        return True

    # -------------------------------------------------------------------- help
    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts (`lstm_lab.shell.shortcuts_dialog`)."""
        # A note marked QT_TRANSLATE_NOOP("PlaybackKeys", …) (the playback keys') is shown
        # translated; any other as it is.
        note = QCoreApplication.translate("PlaybackKeys", self.shortcuts_note())
        return show_shortcuts(self, self.shortcut_sections(), note)

    def shortcut_sections(self) -> list[Section]:
        """The keys of every menu, then those of presenter mode (its bar's buttons), then any
        other key of the window."""
        sections = menu_sections(self.menuBar())
        presenter = self.presenter_actions()
        rows = []
        present = self.actions_by_key.get("present")
        if present is not None:
            escape = QKeySequence(Qt.Key.Key_Escape)
            rows += [
                (keys_of(present),
                 QCoreApplication.translate("LessonWindow", "Presenter mode on and off")),
                (escape.toString(QKeySequence.SequenceFormat.NativeText),
                 QCoreApplication.translate("LessonWindow", "Leave presenter mode")),
            ]  # fmt: skip
            rows += action_rows(presenter)
            sections.append((QCoreApplication.translate("LessonWindow", "Presenter mode"), rows))
        listed = set(presenter)
        for menu in self.menuBar().findChildren(QMenu):
            listed.update(menu.actions())
        others = [action for action in self.actions() if action not in listed]
        if action_rows(others):
            sections.append(
                (QCoreApplication.translate("LessonWindow", "Other keys"), action_rows(others))
            )
        return sections

    def shortcuts_note(self) -> str:
        """Rich text under the list of shortcuts (how the keys behave in this window)."""
        return ""

    def show_about(self) -> None:
        show_about(self)

    # -------------------------------------------------------------------- screenshots
    def save_screenshot(self, path: str, scale: float | None = None) -> bool:
        """The window as a PNG file at ``path``, ``scale`` times its size on screen (the
        size chosen under File → Picture size when None); False (and a message) if it cannot
        be written."""
        try:
            save_widget_png(self, path, png_scale(self.settings) if scale is None else scale)
        except WriteError as error:
            warn(
                self,
                "screenshotError",
                self.tr("Screenshot not saved"),
                self.tr("Could not write {0}: {1}.").format(path, error.strerror),
            )
            return False
        return True

    def picture_views(self) -> list[tuple[str, str, QWidget]]:
        """The views File → Picture of a view offers, as (key, shown name, widget): the main
        view, then every view shown in a dock."""
        main = self.centralWidget()
        views = [("main", self.tr("Main view"), main)] if main is not None else []
        views += [
            (key, dock.windowTitle(), dock.widget())
            for key, dock in self.docks.items()
            if not dock.isHidden() and dock.widget() is not None
        ]
        return views

    def _list_view_pictures(self, menu: QMenu) -> None:
        menu.clear()
        for key, name, _widget in self.picture_views():
            action = menu.addAction(self.tr("{0} as PNG or SVG…").format(name))
            action.setObjectName(f"action_view_picture_{key}")
            action.setToolTip(
                self.tr("Save {0} as a picture (PNG) or a drawing (SVG)").format(name)
            )
            action.triggered.connect(lambda _checked=False, k=key: self.save_view_picture(k))

    def save_view_picture(self, key: str) -> bool:
        """Ask for a file and save the view ``key`` (`picture_views`) there: an SVG drawing
        when the name ends in .svg, else a PNG at the size chosen under File → Picture size."""
        found = {k: (name, widget) for k, name, widget in self.picture_views()}
        if key not in found:
            return False
        name, widget = found[key]
        lesson = self.lesson_in_effect()
        suggestion = picture_name(lesson.title if lesson is not None else "", name)
        folder = self.files._folder() if hasattr(self, "files") else ""
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a picture of {0}").format(name),
            os.path.join(folder, suggestion),
            picture_filters(),
        )
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".svg" if "svg" in chosen.lower() else ".png"
        try:
            save_widget_picture(widget, path, name, png_scale(self.settings))
        except WriteError as error:
            warn(self, "pictureError", self.tr("Picture not saved"), str(error))
            return False
        return True

    def save_screenshot_dialog(self) -> None:
        lesson = self.lesson_in_effect()
        name = picture_name(lesson.title if lesson is not None else "", self.tr("screenshot"))
        folder = self.files._folder() if hasattr(self, "files") else ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save screenshot"),
            os.path.join(folder, name),
            self.tr("PNG image (*.png)"),
        )
        if path:
            self.save_screenshot(path)

    # -------------------------------------------------------------------- export as code
    def export_code_dialog(self) -> None:
        """Ask for a framework and a file, then write the lesson on screen as a script."""
        from lstm_lab.core.export_code import ExportError, can_export, export_lesson, file_stem

        lesson = self.current_lesson()
        if not can_export(lesson.kind):
            warn(
                self,
                "exportCodeError",
                self.tr("Not exported"),
                self.tr("This kind of lesson cannot be exported as code yet."),
            )
            return
        names = {
            self.tr("NumPy only (runs anywhere Python and NumPy are installed)"): "numpy",
            self.tr("PyTorch (needs torch)"): "pytorch",
        }
        shown, chosen = QInputDialog.getItem(
            self,
            self.tr("Export as code"),
            self.tr("Write the script with:"),
            list(names),
            0,
            False,
        )
        if not chosen:
            return
        framework = names[shown]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as code"),
            file_stem(lesson, framework) + ".py",
            self.tr("Python script (*.py)"),
        )
        if path:
            try:
                code = export_lesson(lesson, framework)
            except ExportError as error:
                warn(self, "exportCodeError", self.tr("Not exported"), str(error))
                return
            self.write_code(code, path)

    def write_code(self, code, path: str) -> bool:
        """Save an exported script (and its data files); False, with a message, on failure."""
        from lstm_lab.core.export_code import write_export

        try:
            paths = write_export(code, path)
        except WriteError as error:
            warn(
                self,
                "exportCodeError",
                self.tr("Not exported"),
                self.tr("Could not write {0}: {1}.").format(path, error.strerror),
            )
            return False
        self.statusBar().showMessage(
            self.tr("Wrote {0}; run it with: python {1}").format(", ".join(paths), paths[0]),
            10_000,
        )
        return True

    # -------------------------------------------------------------------- settings
    def _prefix(self) -> str:
        """Layout settings are kept per kind of window; the look is shared."""
        own = self.objectName()
        return "window" if own == "mainWindow" else own

    def _key(self, name: str) -> str:
        return f"{self._prefix()}/{name}"

    def _restore_settings(self) -> None:
        # Geometry, docks, theme and text size; unusable values fall back, logged.
        restore_window(self, SETTINGS_VERSION, TEXT_SCALES, self._prefix())
        self._restore_reduce_motion()
        # Saved on a larger screen (a laptop) and opened on a projector: fit the screen.
        if not (self.windowState() & Qt.WindowState.WindowMaximized):
            screen_fit.fit_window(self, (self.width(), self.height()), maximise=True)
        self.restore_own_settings(self.settings)

    def restore_own_settings(self, settings: QSettings) -> None:
        """A subclass reads what else it keeps."""

    def save_own_settings(self, settings: QSettings) -> None:
        """A subclass writes what else it keeps."""

    def save_settings(self) -> None:
        s = self.settings
        s.setValue(self._key("geometry"), self.saveGeometry())
        s.setValue(self._key("state"), self.saveState(SETTINGS_VERSION))
        s.setValue(self._key("layout"), self.layout_kind or "")  # the layout of that state
        s.setValue("view/theme", self.theme.name)
        s.setValue("view/colours", self.theme.palette)
        s.setValue("view/textScale", self.text_scale)
        self.save_own_settings(s)
        s.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.files.may_discard("close"):
            event.ignore()
            return
        self.set_presenting(False)  # the docks are saved as the student left them
        self.shutdown()
        self.save_settings()
        super().closeEvent(event)
