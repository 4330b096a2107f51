"""The Chinese font that ships with the app, so the Tang poems show where no CJK font is installed.

``resources/fonts/NotoSerifTC-Tang.otf`` is Noto Serif CJK TC Regular cut down to the characters
the poetry lesson can show: its texts, its model's vocabulary, CJK punctuation and basic Latin
(``tools/build_cjk_font.py``; the licence and the sources are beside it). Its family is named
``FAMILY`` rather than Noto's, so that Qt never mistakes the subset for a full Noto Serif CJK TC
installed on the machine.

`chinese_font` is the app's own font followed by the shipped family: words and Latin letters
keep the font of the rest of the window, and every Chinese character, which that font lacks,
comes from the shipped font before any the system would substitute, so a poem looks the same
on every machine. A character the subset lacks (a rare one a student types) still falls back
to whatever the system has.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from lstm_lab.resources import resource_bytes

FONT_FILE = "fonts/NotoSerifTC-Tang.otf"
#: The family name inside the shipped font.
FAMILY = "LSTM Lab Tang Serif"

_log = logging.getLogger(__name__)
_family: str | None = None
_tried = False


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
