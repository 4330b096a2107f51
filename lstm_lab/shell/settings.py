"""Reading what the app kept between runs, so that no saved value can stop it from starting.

A settings file edited by hand, or written by another version, may hold anything: a list where
a name belongs (`theme=dark, light` reads as a list), a word where a number belongs, bytes that
no longer describe a window. Every value is checked before it is used; one that cannot be used
falls back to its default, and a line in the error log (lstm_lab.shell.crash) says which and why.
`settings_problems` gives the same lines without changing anything, for the self-test.
"""

from __future__ import annotations

import math
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from lstm_lab.core.colours import PALETTES
from lstm_lab.core.training import TRAINING_SPEEDS
from lstm_lab.ui.motion import desktop_reduces_motion
from lstm_lab.ui.theme import THEMES

THEME_NAMES = tuple(THEMES)
MODES = ("simple", "full")
DEFAULT_THEME = "dark"
DEFAULT_PALETTE = "standard"
DEFAULT_SCALE = 1.0
DEFAULT_MODE = "simple"


#: A settings file larger than this is not one the app wrote (its own are a few kB).
MAX_SETTINGS_BYTES = 1_000_000


def settings_files() -> list[Path]:
    """The files QSettings() reads on this system when it is an INI-style file (Linux and other
    Unix desktops): the user's file for the app and for its organisation, then the system's.
    Empty where settings live elsewhere (the Windows registry, a macOS property list)."""
    if sys.platform in ("win32", "darwin"):
        return []
    org = QCoreApplication.organizationName() or QCoreApplication.applicationName()
    app = QCoreApplication.applicationName()
    folders = [
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    ]
    folders += (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep)
    files = []
    for folder in filter(None, folders):
        files += [Path(folder) / org / f"{app}.conf", Path(folder) / f"{org}.conf"]
    return files


def settings_file_problem(path: Path) -> str | None:
    """Why QSettings must not read ``path`` (a pipe or device would make it wait or read for
    ever; a huge file is not one the app wrote), or None when it may."""
    try:
        info = os.stat(path)
    except OSError:
        return None  # not there (Qt starts afresh) or unreadable (Qt reports it)
    if not stat.S_ISREG(info.st_mode):
        return QCoreApplication.translate(
            "Settings", "{path} is not a file but a pipe, device or folder"
        ).format(path=path)
    if info.st_size > MAX_SETTINGS_BYTES:
        return QCoreApplication.translate(
            "Settings", "{path} is {size:.1f} MB, far larger than any settings LSTM Lab writes"
        ).format(path=path, size=info.st_size / 1e6)
    return None


def user_settings() -> tuple[QSettings, str | None]:
    """The application's own settings (QSettings() once the application's names are set), and
    None; or, when its file cannot be read safely, settings in a fresh temporary file for this
    run only, and a message that says why and that nothing will be kept."""
    for path in settings_files():
        problem = settings_file_problem(path)
        if problem is not None:
            scratch = tempfile.mkdtemp(prefix="lstm-lab-settings-")
            message = QCoreApplication.translate(
                "Settings",
                "LSTM Lab cannot use its settings file: {problem}. It starts with the default "
                "settings and keeps no change this time. Remove or rename that file to start "
                "afresh.",
            ).format(problem=problem)
            return QSettings(
                os.path.join(scratch, "settings.ini"), QSettings.Format.IniFormat
            ), message
    return QSettings(), None


@dataclass(frozen=True)
class Look:
    theme: str
    scale: float
    palette: str = DEFAULT_PALETTE


def _raw(settings: QSettings, key: str) -> object:
    try:
        return settings.value(key)
    except Exception as error:  # a value Qt cannot turn into Python
        return _Unreadable(f"{type(error).__name__}: {error}")


class _Unreadable:
    def __init__(self, why: str) -> None:
        self.why = why

    def __repr__(self) -> str:
        return f"an unreadable value ({self.why})"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _problem(settings: QSettings, key: str, value: object, wanted: str, default: str) -> str:
    return (
        f"setting {key} in {settings.fileName()} holds {_shown(value)}, not {wanted}; "
        f"using {default} instead"
    )


def _theme(settings: QSettings, problems: list[str]) -> str:
    value = _raw(settings, "view/theme")
    if value is None:
        return DEFAULT_THEME
    if isinstance(value, str) and value in THEME_NAMES:
        return value
    problems.append(
        _problem(
            settings,
            "view/theme",
            value,
            "dark, light or contrast",
            f"the {DEFAULT_THEME} theme",
        )
    )
    return DEFAULT_THEME


def _palette(settings: QSettings, problems: list[str]) -> str:
    value = _raw(settings, "view/colours")
    if value is None:
        return DEFAULT_PALETTE
    if isinstance(value, str) and value in PALETTES:
        return value
    problems.append(
        _problem(settings, "view/colours", value, "standard or safe", "the standard colours")
    )
    return DEFAULT_PALETTE


def _scale(settings: QSettings, scales: Sequence[float], problems: list[str]) -> float:
    value = _raw(settings, "view/textScale")
    if value is None:
        return DEFAULT_SCALE
    try:
        scale = float(value) if isinstance(value, str | int | float) else math.nan
    except ValueError:
        scale = math.nan
    if not (math.isfinite(scale) and scale > 0):
        problems.append(
            _problem(settings, "view/textScale", value, "a text size such as 1.5", "normal text")
        )
        return DEFAULT_SCALE
    return min(scales, key=lambda s: abs(s - scale))


def _bytes(settings: QSettings, key: str, problems: list[str]) -> QByteArray | None:
    value = _raw(settings, key)
    if value is None:
        return None
    if isinstance(value, QByteArray):
        return value if not value.isEmpty() else None
    problems.append(_problem(settings, key, value, "a saved layout", "the default layout"))
    return None


def _mode(settings: QSettings, problems: list[str]) -> str:
    value = _raw(settings, "cell/mode")
    if value is None:
        return DEFAULT_MODE
    if isinstance(value, str) and value in MODES:
        return value
    problems.append(_problem(settings, "cell/mode", value, "simple or full", "simple weights"))
    return DEFAULT_MODE


def _log(problems: list[str]) -> None:
    if not problems:
        return
    from lstm_lab.shell.crash import log_note

    for problem in problems:
        log_note(problem)


def saved_look(settings: QSettings, scales: Sequence[float], *, log: bool = True) -> Look:
    """The saved theme, text scale and colours, or their defaults (logged) where they cannot be
    used."""
    problems: list[str] = []
    look = Look(
        _theme(settings, problems), _scale(settings, scales, problems), _palette(settings, problems)
    )
    if log:
        _log(problems)
    return look


def restore_window(window, version: int, scales: Sequence[float], prefix: str = "window") -> None:
    """Put a lesson window back as it was saved: geometry and docks (kept under ``prefix``),
    theme and text size. The look is not logged again: ``saved_look`` did when the window was
    first styled."""
    settings: QSettings = window.settings
    problems: list[str] = []
    geometry = _bytes(settings, f"{prefix}/geometry", problems)
    if geometry is not None and not window.restoreGeometry(geometry):
        problems.append(
            _problem(settings, f"{prefix}/geometry", "bytes", "a place Qt can read", "the default")
        )
    # The look first: the text size arranges the docks for the window's size. The saved docks
    # then go back only onto the layout they were saved in ("wide", "compact", "crowded"):
    # docks of another layout are left as arranged, since arranging them again after
    # restoreState, on a window not yet shown, crashed Qt under X11 window managers.
    look = saved_look(settings, scales, log=False)
    window.text_scale = look.scale
    window.set_theme(look.theme, look.palette)
    window.set_text_scale(look.scale)
    state = _bytes(settings, f"{prefix}/state", problems)
    saved_layout = settings.value(f"{prefix}/layout") or None
    if state is not None and saved_layout != (getattr(window, "layout_kind", None) or None):
        if saved_layout is None:  # saved without its layout's name: cannot be put back safely
            problems.append(
                _problem(
                    settings,
                    f"{prefix}/state",
                    "docks of an unnamed layout",
                    "docks saved with their layout",
                    "the default",
                )
            )
        state = None
    if state is not None and not window.restoreState(state, version):
        problems.append(
            _problem(settings, f"{prefix}/state", "bytes", "a layout Qt can read", "the default")
        )
    _log(problems)


def saved_mode(settings: QSettings) -> str:
    """The single-cell window's slider mode, or the default (logged) when unusable."""
    problems: list[str] = []
    mode = _mode(settings, problems)
    _log(problems)
    return mode


#: Where the single-cell window keeps its training speed: epochs a second, 0 as fast as possible.
TRAINING_SPEED_KEY = "cell/trainingSpeed"


def _training_speed(settings: QSettings, problems: list[str]) -> int | None:
    value = _raw(settings, TRAINING_SPEED_KEY)
    if value is None:
        return None
    number = -1
    if isinstance(value, str | int) and not isinstance(value, bool):
        try:
            number = int(value)
        except ValueError:
            pass
    speed = None if number == 0 else number
    if speed in TRAINING_SPEEDS:
        return speed
    offered = ", ".join(str(s) for s in TRAINING_SPEEDS if s is not None)
    problems.append(
        _problem(
            settings,
            TRAINING_SPEED_KEY,
            value,
            f"0 (as fast as possible) or one of {offered} epochs a second",
            "as fast as possible",
        )
    )
    return None


def saved_training_speed(settings: QSettings) -> int | None:
    """The single-cell window's training speed (epochs a second, None: as fast as possible),
    or as fast as possible (logged) when the saved value is not one of the speeds offered."""
    problems: list[str] = []
    speed = _training_speed(settings, problems)
    _log(problems)
    return speed


def store_training_speed(settings: QSettings, speed: int | None) -> None:
    settings.setValue(TRAINING_SPEED_KEY, 0 if speed is None else int(speed))


def saved_flag(settings: QSettings, key: str, default: bool) -> bool:
    """A yes/no setting (QSettings keeps it as true/false), or ``default`` (logged) when
    unusable."""
    value = _raw(settings, key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    _log([_problem(settings, key, value, "true or false", str(default).lower())])
    return default


#: Where View → Reduce motion is kept (absent until the student chooses: the desktop decides).
REDUCE_MOTION_KEY = "view/reduceMotion"


def _reduce_motion(settings: QSettings, default: bool, problems: list[str]) -> bool:
    value = _raw(settings, REDUCE_MOTION_KEY)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    problems.append(
        _problem(settings, REDUCE_MOTION_KEY, value, "true or false", str(default).lower())
    )
    return default


def saved_reduce_motion(settings: QSettings, *, log: bool = True) -> bool:
    """View → Reduce motion as the student left it; before they ever chose, what the desktop
    asks for (`lstm_lab.ui.motion.desktop_reduces_motion`; off where Qt does not say). An
    unusable value falls back to that too (logged)."""
    problems: list[str] = []
    reduced = _reduce_motion(settings, bool(desktop_reduces_motion()), problems)
    if log:
        _log(problems)
    return reduced


def settings_problems(settings: QSettings, scales: Sequence[float]) -> list[str]:
    """What in ``settings`` the app could not use, one line each; nothing is changed."""
    problems: list[str] = []
    _theme(settings, problems)
    _scale(settings, scales, problems)
    _palette(settings, problems)
    _bytes(settings, "window/geometry", problems)
    _bytes(settings, "window/state", problems)
    _mode(settings, problems)
    _training_speed(settings, problems)
    _reduce_motion(settings, False, problems)
    return problems
