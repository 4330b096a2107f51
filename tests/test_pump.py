"""The one pump that runs training, races and writing in the GUI thread: items in order, Stop
before the next item, a reason from the work itself, errors in words, a pace."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from lstm_lab.ui.pump import Pump


@pytest.fixture
def pump(qtbot):
    pump = Pump(refresh_ms=None)
    yield pump
    pump.stop_now()


def test_it_runs_every_item_in_the_gui_thread_and_says_finished(qtbot, pump):
    seen = []
    gui = threading.get_ident()
    with qtbot.waitSignal(pump.finished, timeout=5_000) as ended:
        assert pump.start(iter(range(50)), lambda item: seen.append((item, threading.get_ident())))
        assert not pump.start(iter([]))  # one run at a time
    assert ended.args == ["finished"]
    assert [item for item, _ in seen] == list(range(50))
    assert {thread for _, thread in seen} == {gui}
    assert pump.items == 50 and not pump.is_running


def test_stop_ends_the_run_before_the_next_item(qtbot, pump):
    def endless():
        count = 0
        while True:
            count += 1
            yield count

    closed = []

    def work():
        try:
            yield from endless()
        finally:
            closed.append(True)

    pump.start(work())
    qtbot.waitUntil(lambda: pump.items > 3)
    with qtbot.waitSignal(pump.finished, timeout=5_000) as ended:
        pump.stop()
    assert ended.args == ["stopped"]
    assert pump.items_after_stop == 0
    assert closed == [True]  # the generator was closed, its cleanup ran


def test_the_work_can_end_the_run_with_its_own_reason(qtbot, pump):
    with qtbot.waitSignal(pump.finished, timeout=5_000) as ended:
        pump.start(iter([1.0, 2.0, float("nan"), 4.0]), lambda x: "diverged" if x != x else None)
    assert ended.args == ["diverged"] and pump.items == 3


def test_an_error_ends_the_run_as_failed_and_is_kept(qtbot, pump):
    def broken():
        yield 1
        raise ValueError("the model file is damaged")

    with qtbot.waitSignal(pump.finished, timeout=5_000) as ended:
        pump.start(broken())
    assert ended.args == ["failed"]
    assert str(pump.error) == "the model file is damaged"


def test_a_pace_holds_back_items_that_are_not_due(qtbot, pump):
    pump.start(iter(range(1000)), pace=0.001)  # one item now, the next in 1000 s
    for _ in range(20):
        QApplication.processEvents()
    assert pump.items == 1 and pump.is_running
    pump.set_pace(None)
    with qtbot.waitSignal(pump.finished, timeout=5_000):
        pass
    assert pump.items == 1000


def test_views_are_refreshed_while_it_runs(qtbot):
    pump = Pump(refresh_ms=1)
    refreshed = []
    pump.refreshed.connect(lambda: refreshed.append(True))

    def slow():
        while True:
            yield
            if refreshed:
                return

    with qtbot.waitSignal(pump.finished, timeout=5_000):
        pump.start(slow())
    assert refreshed
