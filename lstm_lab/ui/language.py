"""The language the app speaks: which one, and the translations that make it so.

`LANGUAGES` are English, Simplified Chinese (zh_CN) and Traditional Chinese (zh_TW). A language
is made of every ``resources/i18n/<area>_<language>.qm`` (the shared code and each lesson kind,
`tools/translations.py`) and Qt's own ``qtbase_<language>.qm`` (the buttons and titles of Qt's
file dialogs, print preview and message boxes). `install_language` loads them and points the
Qt-free code's hook (`lstm_lab.core.i18n.set_translator`) at them: with an application, through
``QCoreApplication.translate``; without one (the command line), by asking the translators
directly, so that only QtCore is loaded.

The language is chosen by ``--language``, else the one kept in the settings (View → Language),
else the system's locale on the first start (`startup_language`).
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lstm_lab.core.i18n import LANGUAGES, language_for_locale, set_translator

__all__ = [
    "LANGUAGES",
    "LANGUAGE_KEY",
    "install_language",
    "language_problem",
    "save_language",
    "saved_language",
    "startup_language",
    "system_language",
]

#: Where View → Language is kept (absent until the student chooses: the system decides).
LANGUAGE_KEY = "view/language"

_log = logging.getLogger(__name__)
#: The translators installed now (kept alive here: Qt does not own them).
_installed: list[QTranslator] = []


def language_problem(name: str) -> str | None:
    """Why ``name`` is not a language the app speaks, in one line, or None."""
    if name in LANGUAGES:
        return None
    return f'--language must be one of {", ".join(LANGUAGES)}, not "{name}"'


def system_language() -> str:
    """The language of the system's locale: zh_CN for zh_CN and zh_SG, zh_TW for zh_TW, zh_HK
    and zh_MO, else en."""
    return language_for_locale(QLocale.system().name())


def saved_language(settings: QSettings) -> str | None:
    """The language chosen under View → Language, or None (never chosen, or a value that is
    not a language: the system's locale decides)."""
    try:
        value = settings.value(LANGUAGE_KEY)
    except Exception:  # noqa: BLE001 - a value Qt cannot turn into Python
        return None
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language)


def startup_language(settings: QSettings | None, asked: str | None = None) -> str:
    """The language to start in: ``asked`` (``--language``), else the saved one, else the
    system's."""
    if asked in LANGUAGES:
        return asked
    saved = saved_language(settings) if settings is not None else None
    return saved if saved is not None else system_language()


def _app_files(language: str) -> list[tuple[str, bytes]]:
    """The app's compiled translations for ``language``, as (name, contents), by area."""
    folder = resources.files("lstm_lab.resources").joinpath("i18n")
    if not folder.is_dir():
        return []
    suffix = f"_{language}.qm"
    found = [item for item in folder.iterdir() if item.name.endswith(suffix)]
    return [(item.name, item.read_bytes()) for item in sorted(found, key=lambda i: i.name)]


def qt_translations_folders() -> list[Path]:
    """Where Qt's own translations may be: Qt's translations folder, then the one inside the
    PySide6 package (the frozen bundle keeps them there)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is there when Qt is
        pass
    return folders


def _qt_file(language: str) -> tuple[str, bytes] | None:
    """Qt's own ``qtbase_<language>.qm`` (its dialogs' buttons and titles), or None."""
    name = f"qtbase_{language}.qm"
    for folder in qt_translations_folders():
        path = folder / name
        try:
            return name, path.read_bytes()
        except OSError:
            continue
    return None


def translators(language: str) -> list[QTranslator]:
    """Loaded translators for ``language`` (none for English): the app's, then Qt's. A file
    that cannot be read is logged and left out; the app goes on with what it has."""
    if language == "en":
        return []
    files = _app_files(language)
    qt = _qt_file(language)
    if qt is None:
        _log.warning("Qt's own %s translation was not found; Qt's dialogs stay English", language)
    else:
        files.append(qt)
    loaded = []
    for name, data in files:
        translator = QTranslator()
        if translator.load(data):
            translator.keep_data = data  # Qt reads the translations from this buffer
            loaded.append(translator)
        else:
            _log.warning("The translation %s could not be read; it is left out", name)
    return loaded


def install_language(language: str) -> None:
    """Speak ``language`` from now on: the translators of the language in effect before are
    removed and those of ``language`` installed (in the application, when there is one, which
    sends every widget a LanguageChange event), and Qt-free code translates with them too."""
    if language not in LANGUAGES:
        raise ValueError(language_problem(language))
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
    _installed[:] = translators(language)
    if language == "en":
        set_translator(None, "en")
        return
    if app is not None:
        for translator in reversed(_installed):  # the last installed is asked first
            QCoreApplication.installTranslator(translator)
        set_translator(QCoreApplication.translate, language)
    else:
        chain = list(_installed)

        def translate(context: str, text: str) -> str:
            for translator in chain:
                found = translator.translate(context, text)
                if found:
                    return found
            return text

        set_translator(translate, language)


def installed_translators() -> list[QTranslator]:
    """The translators in effect (for tests and the self-test)."""
    return list(_installed)
