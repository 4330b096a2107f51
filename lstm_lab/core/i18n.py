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

from collections.abc import Callable

__all__ = [
    "QT_TRANSLATE_NOOP",
    "current_language",
    "language_fallbacks",
    "set_translator",
    "translate",
]

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
