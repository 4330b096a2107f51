"""Reduce motion: one setting for the whole application (View → Reduce motion).

With it on, nothing on screen moves or fades: the data-flow animation goes from stage to stage
without a travelling dot, writing shows its text without the typing effect, and Qt's own menu,
combo box and tooltip animations and fades are off. Views read `motion_reduced()` when they
start moving something and follow `motion().changed` while they move.

The setting lives on the application (one `Motion` object, a child of the QApplication), so
every open lesson window sees a change at once; the lesson windows keep it in the settings
(`lstm_lab.shell.settings.saved_reduce_motion`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

#: Qt's own widget effects that move or fade (menus, combo box lists, tooltips, tool boxes).
_UI_EFFECTS = (
    Qt.UIEffect.UI_General,
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)


def desktop_reduces_motion() -> bool | None:
    """What the desktop asks for, where Qt reports it: True (less motion), False (motion is
    fine), or None (Qt does not say).

    Qt 6.12 and later: ``QStyleHints.accessibility().motionPreference()`` (the desktop's own
    "reduce motion" / "show animations" setting). Older Qt, on Windows only: whether Windows'
    UI effects are on (``QApplication.isEffectEnabled(Qt.UIEffect.UI_General)``, which Qt reads
    from SPI_GETUIEFFECTS). Elsewhere before Qt 6.12 that flag is off whenever the platform
    reports no effects at all (the generic X11 and Wayland themes, offscreen), so it says
    nothing about what the student wants and is not read.
    """
    app = QGuiApplication.instance()
    if app is None:
        return None
    accessibility = getattr(app.styleHints(), "accessibility", None)
    hints = accessibility() if accessibility is not None else None
    preference = getattr(hints, "motionPreference", None)
    if preference is not None:  # Qt.MotionPreference: no preference, or reduced motion
        return "reduce" in getattr(preference(), "name", "").lower()
    if app.platformName() == "windows" and isinstance(app, QApplication):
        return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
    return None


class Motion(QObject):
    """Whether motion is reduced, for the whole application; ``changed(reduced)``."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lstmLabMotion")
        self._reduced = False
        #: Qt's effects as they were before motion was reduced, put back when it is not.
        self._effects: dict[Qt.UIEffect, bool] | None = None
        #: Set by ``lstm-lab --reduce-motion``: motion stays reduced this run whatever the
        #: settings say, until the student turns it off in the View menu.
        self.asked_on_command_line = False

    @property
    def reduced(self) -> bool:
        return self._reduced

    def set_reduced(self, reduced: bool) -> None:
        reduced = bool(reduced)
        if reduced == self._reduced:
            return
        self._reduced = reduced
        self._apply_to_qt_effects()
        self.changed.emit(reduced)

    def _apply_to_qt_effects(self) -> None:
        if not isinstance(QCoreApplication.instance(), QApplication):
            return
        if self._reduced:
            if self._effects is None:
                self._effects = {e: QApplication.isEffectEnabled(e) for e in _UI_EFFECTS}
            for effect in _UI_EFFECTS:
                QApplication.setEffectEnabled(effect, False)
        elif self._effects is not None:
            for effect, enabled in self._effects.items():
                QApplication.setEffectEnabled(effect, enabled)
            self._effects = None


_fallback: Motion | None = None


def motion() -> Motion:
    """The application's one `Motion` (made on first use)."""
    global _fallback
    app = QCoreApplication.instance()
    if app is None:  # no application yet: a stand-in, replaced once one exists
        if _fallback is None:
            _fallback = Motion()
        return _fallback
    found = app.findChild(Motion, "lstmLabMotion", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else Motion(app)


def motion_reduced() -> bool:
    """Whether views must not move or fade anything now."""
    return motion().reduced
