"""The Chinese fonts that ship with the app, so Chinese shows where no CJK font is installed.

``resources/fonts/NotoSerifTC-Tang.otf`` is Noto Serif CJK TC Regular cut down to the characters
the poetry lesson can show: its texts, its model's vocabulary and the simplified form of each,
CJK punctuation and basic Latin. ``resources/fonts/NotoSansSC-UI.otf`` is Noto Sans CJK SC
Regular cut down to GB 2312, CJK punctuation and every wide character of the translations and
the lesson files (``tools/build_cjk_font.py`` makes both; the licence and the sources are beside
them). Their families are named ``FAMILY`` and ``UI_FAMILY`` rather than Noto's, so that Qt
never mistakes a subset for a full Noto font installed on the machine.

`add_chinese_fallback` puts the sans family after the family of the application's font: any
widget text (a menu, a label, a message in Chinese) keeps the app's font for what it has and
draws a Chinese character it lacks from the shipped family before any font of the system, so
the Chinese window reads the same on a bare Linux machine and everywhere else. A system whose
own UI font has the characters (a Chinese desktop) keeps its own. It must run before the first
widget is made: a widget under the app's stylesheet keeps the font it was polished with.
The poems keep the serif family (`chinese_font`); a lesson's text, which may quote them, takes
the sans and then the serif (`prose_font`).

`chinese_font` is the app's own font followed by the shipped family: words and Latin letters
keep the font of the rest of the window, and every Chinese character, which that font lacks,
comes from the shipped font before any the system would substitute, so a poem looks the same
on every machine. A character the subset lacks (a rare one a student types) still falls back
to whatever the system has.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from lstm_lab.resources import resource_bytes

FONT_FILE = "fonts/NotoSerifTC-Tang.otf"
#: The family name inside the shipped font.
FAMILY = "LSTM Lab Tang Serif"
UI_FONT_FILE = "fonts/NotoSansSC-UI.otf"
UI_FAMILY = "LSTM Lab UI Sans"

_log = logging.getLogger(__name__)
_family: str | None = None
_tried = False
_ui_family: str | None = None
_ui_tried = False


def shipped_family() -> str | None:
    """Register the shipped font with Qt (once) and return its family; None if it could not be
    loaded, which is logged in one line (the app goes on with the system's fonts)."""
    global _family, _tried
    if not _tried:
        _tried = True
        try:
            font_id = QFontDatabase.addApplicationFontFromData(resource_bytes(FONT_FILE))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                raise ValueError("Qt could not read it")
        except (OSError, ValueError) as error:
            _log.warning("The Chinese font was not loaded (%s); using the system's fonts", error)
        else:
            _family = families[0]
    return _family


def ui_family() -> str | None:
    """Register the shipped UI font with Qt (once) and return its family; None if it could not
    be loaded, which is logged in one line."""
    global _ui_family, _ui_tried
    if not _ui_tried:
        _ui_tried = True
        try:
            font_id = QFontDatabase.addApplicationFontFromData(resource_bytes(UI_FONT_FILE))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                raise ValueError("Qt could not read it")
        except (OSError, ValueError) as error:
            _log.warning("The Chinese UI font was not loaded (%s); using the system's fonts", error)
        else:
            _ui_family = families[0]
    return _ui_family


def add_chinese_fallback(app: QGuiApplication | None = None) -> str | None:
    """The application's font with the shipped UI family after its own (once): the Chinese
    characters of every widget's text that the app's font lacks come from it before any font
    of the system. Its family, or None if it could not be loaded (the app goes on)."""
    app = app or QGuiApplication.instance()
    family = ui_family()
    if family is None or app is None:
        return family
    font = app.font()
    if font.families()[-1:] != [family]:
        # The family Qt actually uses (a name such as "Sans Serif" is only an alias).
        first = QFontInfo(font).family()
        font.setFamilies([first, family] if first and first != family else [family])
        app.setFont(font)
    return family


def chinese_font(font: QFont | None = None) -> QFont:
    """``font`` (by default the app's font) with the shipped family after its own, for text
    that holds Chinese characters. Only the families are set: size and weight still follow
    the widget, the stylesheet and the text size the student chose."""
    result = QFont(font) if font is not None else QFont()
    family = shipped_family()
    if family is not None:
        # The family Qt actually uses (a name such as "Sans Serif" is only an alias).
        first = QFontInfo(result).family()
        result.setFamilies([first, family] if first and first != family else [family])
    return result


def prose_font(font: QFont | None = None) -> QFont:
    """``font`` (by default the app's font) with the shipped UI family after its own, then the
    poems' family: for words that may quote a poem (a lesson's text). Chinese words come from
    the sans, a rare traditional character it lacks from the serif; size and weight still
    follow the widget."""
    result = QFont(font) if font is not None else QFont()
    first = QFontInfo(result).family()
    families = [first] if first else []
    for family in (ui_family(), shipped_family()):
        if family is not None and family not in families:
            families.append(family)
    result.setFamilies(families)
    return result
