"""Test configuration: Qt runs offscreen, and no test may leave a thread running."""

from __future__ import annotations

import os

# Set before any Qt import so every test, and every subprocess a test starts, renders offscreen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

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
