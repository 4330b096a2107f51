"""Translation for Qt-free code: one hook that the Qt side fills.

Code that imports no Qt (core/, the lesson kinds' models, the command line) marks a sentence a
student reads with ``translate(context, text)``; Qt's ``pyside6-lupdate`` finds these calls
like ``QCoreApplication.translate`` and puts them in the ``.ts`` files
(``tools/translations.py``). Until a translator is installed the text comes back unchanged, so
this layer stays free of Qt; the Qt side calls `set_translator` with
``QCoreApplication.translate`` once it has loaded the language's ``.qm`` files.

``QT_TRANSLATE_NOOP(context, text)`` marks a text that is kept in a table made at import time
(a menu entry's name, a view's title) and translated where it is shown, with
``translate(context, text)`` or the Qt equivalent and the same context.
"""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Callable, Mapping

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "current_language",
    "environment_language",
    "language_fallbacks",
    "language_for_locale",
    "set_translator",
    "translate",
]

#: The languages the app speaks, by code, each named in its own language (as View → Language
#: lists them, so that a student can always find their own).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

_translator: Callable[[str, str], str] | None = None
_language = "en"
#: The languages whose text is shown, in order, when a text is missing in a language; English
#: comes after them (Traditional Chinese is made from the Simplified translation).
FALLBACKS = {"zh_CN": ("zh_CN",), "zh_TW": ("zh_TW", "zh_CN")}


def translate(context: str, text: str) -> str:
    """``text`` in the language in effect (``text`` itself in English or when nothing is
    translated); a translator that fails gives the English text."""
    if _translator is None:
        return text
    try:
        result = _translator(context, text)
    except Exception:  # noqa: BLE001 - a broken translation must never hide the message
        return text
    return result if isinstance(result, str) and result else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation without translating it now (see the module's note)."""
    del context
    return text


def set_translator(function: Callable[[str, str], str] | None, language: str = "en") -> None:
    """Install the function that translates (None: English again) and name its language."""
    global _translator, _language
    _translator = function
    _language = language


def current_language() -> str:
    """The language code in effect: "en", "zh_CN" or "zh_TW"."""
    return _language


def language_fallbacks(language: str | None = None) -> tuple[str, ...]:
    """The languages to look in for a text in ``language`` (default: the one in effect), best
    first, English left out: ("zh_TW", "zh_CN") for zh_TW, () for English."""
    return FALLBACKS.get(current_language() if language is None else language, ())


def language_for_locale(name: str) -> str:
    """The app's language for a locale name ("zh_CN", "zh-Hant-HK", "zh_TW.UTF-8", "en_GB"):
    Chinese of mainland China and Singapore → "zh_CN"; of Taiwan, Hong Kong and Macau, or
    written in traditional characters → "zh_TW"; any other → "en"."""
    code = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = [part for part in code.split("_") if part]
    if not parts or parts[0].lower() != "zh":
        return "en"
    rest = {part.upper() for part in parts[1:]}
    if "HANT" in rest or rest & {"TW", "HK", "MO"}:
        return "zh_TW"
    return "zh_CN"  # "zh", "zh_Hans", "zh_CN", "zh_SG"


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, without Qt (for the command line): the first of
    LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set, as gettext reads them; on Windows the
    user's interface language. "en" when none names Chinese."""
    environ = os.environ if environ is None else environ
    locale_name = next(
        (environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), ""
    )
    plain = locale_name in ("C", "POSIX") or locale_name.startswith(("C.", "POSIX."))
    first = environ.get("LANGUAGE", "").split(":")[0]
    if first and not plain:  # gettext reads LANGUAGE unless the locale is C
        return language_for_locale(first)
    if locale_name:
        return "en" if plain else language_for_locale(locale_name)
    if sys.platform == "win32" and environ is os.environ:  # pragma: no cover - Windows only
        try:
            import ctypes

            ui_language = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            return language_for_locale(locale.windows_locale.get(ui_language, ""))
        except (AttributeError, OSError):
            return "en"
    return "en"
