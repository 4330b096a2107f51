"""Test configuration: Qt runs offscreen, and no test may leave a thread running."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Set before any Qt import so every test, and every subprocess a test starts, renders offscreen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# Windows made without a settings file of their own read and write the settings of this test
# session, in a folder of its own: never the user's, and the same on every machine.
_SESSION_CONFIG = tempfile.mkdtemp(prefix="lstm-lab-tests-config-")
os.environ["XDG_CONFIG_HOME"] = _SESSION_CONFIG
atexit.register(shutil.rmtree, _SESSION_CONFIG, ignore_errors=True)

import weakref  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fail_on_dangling_qthreads(request, monkeypatch):
    """Fail any test that starts a QThread and leaves it running."""
    try:
        from PySide6.QtCore import QThread
    except ImportError:  # engine-only environments
        yield
        return

    started: list[weakref.ref] = []
    original_start = QThread.start

    def tracking_start(self, *args, **kwargs):
        started.append(weakref.ref(self))
        return original_start(self, *args, **kwargs)

    monkeypatch.setattr(QThread, "start", tracking_start)
    yield
    running = []
    for ref in started:
        thread = ref()
        try:
            if thread is not None and thread.isRunning():
                running.append(thread)
        except RuntimeError:  # the C++ object is already gone, so it is not running
            pass
    for thread in running:
        thread.quit()
        thread.wait(2000)
    if running:
        pytest.fail(f"{len(running)} QThread(s) were still running after the test", pytrace=False)


# ----------------------------------------------------------------------------- markers
_QT_ROOTS = ("PySide6", "shiboken6", "pyqtgraph")


def _module_uses_qt(module) -> bool:
    for value in vars(module).values():
        name = getattr(value, "__module__", None) or getattr(value, "__name__", None) or ""
        if isinstance(name, str) and name.split(".")[0] in _QT_ROOTS:
            return True
        if isinstance(name, str) and ".qt." in f"{name}." and name.startswith("lstm_lab"):
            return True
    return False


def pytest_collection_modifyitems(config, items):
    """Tests that drive Qt are marked ``qt``: ``pytest -m "not qt"`` runs the Qt-free half
    (engine, lesson files, models, command line) alone, in seconds."""
    uses_qt: dict[object, bool] = {}
    for item in items:
        module = getattr(item, "module", None)
        if module not in uses_qt:
            uses_qt[module] = module is not None and _module_uses_qt(module)
        if uses_qt[module] or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.qt)


# ----------------------------------------------------------------------------- shared fixtures
@pytest.fixture(scope="session")
def qapp_cls():
    """The tests' QApplication starts as the app's does (`lstm_lab.app._ensure_application`):
    the shipped Chinese UI family after the app's font, before any widget. Without it the
    Chinese words of a window would come from whichever font Qt falls back to, which changes
    once the poetry window has registered its serif: a test's layout would depend on the
    tests before it."""
    from PySide6.QtWidgets import QApplication

    class LabApplication(QApplication):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            from lstm_lab.ui.fonts import add_chinese_fallback

            add_chinese_fallback(self)

    return LabApplication


@pytest.fixture(autouse=True)
def _speak_the_language(request):
    """A test parametrized with ``language`` (``@pytest.mark.parametrize("language", ["en",
    "zh_CN"])``) makes its windows in that language; English again afterwards."""
    callspec = getattr(request.node, "callspec", None)
    language = callspec.params.get("language", "en") if callspec is not None else "en"
    if language == "en":
        yield
        return
    request.getfixturevalue("qapp")
    from lstm_lab.core.i18n import current_language
    from lstm_lab.ui.language import install_language

    install_language(language)
    assert current_language() == language
    yield
    install_language("en")


@pytest.fixture
def settings(tmp_path):
    """The app's settings in this test's own folder: no test reads or changes the user's."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, settings):
    """``open_window(lesson=None, kind="cell", size=(1440, 900), show=True)``: the window of a
    lesson kind as the registry builds it, with the built-in lesson ``lesson`` open (none: the
    window as it starts); closed after the test without the unsaved-changes question, any
    playing, training, racing or writing stopped."""
    from lstm_lab.app import create_window
    from lstm_lab.core.builtin import lesson_by_name

    opened = []

    def make(lesson: str | None = None, *, kind: str = "cell", size=(1440, 900), show=True):
        chosen = lesson_by_name(lesson) if lesson is not None else None
        window = create_window(settings, chosen.kind if chosen is not None else kind)
        opened.append(window)
        if chosen is not None:
            window.open_lesson(chosen)
        if size is not None:
            window.resize(*size)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window in opened:
        if window.text_scale != 1.0:
            window.set_text_scale(1.0)  # the text size is the application's, shared by tests
        window.shutdown()
        window.files.forget_changes()
        window.close()
        window.deleteLater()
