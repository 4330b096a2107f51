"""The back row can read the main picture: for each lesson kind at 1024×768 and 1440×900 the
on-screen height of every number in its main picture (`lstm_lab.ui.diagram_text`) grows at
least 1.3× from 1.0× to 1.5× text, the comparison's LSTM is drawn at least as large as its RNN,
and in presenter mode every number is at least 20 px high at 1024×768 and 24 px at 1440×900.
Presenter mode hides the docks and brings them back, F5 toggles it, Esc leaves it."""

from __future__ import annotations

import pytest
from diagram_text import LESSONS, SIZES, settle, show_numbers, view_heights
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QStatusBar, QToolBar

from lstm_lab.app import render_screenshot
from lstm_lab.ui.diagram_text import has_number, number_heights, window_number_heights

#: The least height of a number in presenter mode, by window width.
PRESENT_LEAST = {1024: 20.0, 1440: 24.0}
GROWTH = 1.3


def shown(qtbot, open_window, kind: str, size, scale: float = 1.0, present: bool = False):
    window = open_window(LESSONS[kind], size=size)
    window.activateWindow()  # the keys go to it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.set_text_scale(scale)
    window.set_presenting(present)
    settle(window)
    show_numbers(window, kind)
    settle(window)
    return window


def test_numbers_are_told_from_names_with_an_index():
    assert all(has_number(t) for t in ("0.522", "w_h 0.50\nb 0.00", "t = 2", "27.4%", "-0.3"))
    assert not any(has_number(t) for t in ("C(t−1)", "h(t) → step t+1", "x(t)", "h(t−1)"))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", list(LESSONS))
def test_every_number_is_read_from_the_back_row_in_presenter_mode(
    qtbot, open_window, kind, size, language
):
    window = shown(qtbot, open_window, kind, size, present=True)
    heights = view_heights(window)
    least = PRESENT_LEAST[size[0]]
    assert heights and all(px > 0 for px in heights.values()), heights
    small = {view: round(px, 1) for view, px in heights.items() if px < least}
    assert not small, f"{kind} at {size} in {language}: numbers under {least} px: {small}"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", list(LESSONS))
def test_every_number_grows_with_larger_text(qtbot, open_window, kind, size, language):
    window = shown(qtbot, open_window, kind, size, scale=1.0)
    before = view_heights(window)
    window.set_text_scale(1.5)
    settle(window)
    show_numbers(window, kind)
    after = view_heights(window)
    short = {
        view: f"{before[view]:.1f} → {after[view]:.1f} px"
        for view in before
        if after[view] < GROWTH * before[view]
    }
    assert all(before.values()), before
    assert not short, f"{kind} at {size} in {language}: grew less than {GROWTH}×: {short}"


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_lstm_is_drawn_at_least_as_large_as_the_rnn(qtbot, open_window, size, scale):
    window = shown(qtbot, open_window, "compare", size, scale=scale)
    heights = view_heights(window)
    assert heights["cellDiagram"] >= heights["rnnDiagram"], heights


def test_a_hidden_view_has_no_numbers_to_read(qtbot, open_window):
    window = shown(qtbot, open_window, "cell", (1024, 768))
    assert window_number_heights(window)
    window.cell_diagram.hide()
    assert number_heights(window.cell_diagram) == []


def test_presenter_mode_hides_the_docks_and_esc_brings_them_back(qtbot, open_window):
    window = shown(qtbot, open_window, "cell", (1024, 768))
    window.docks["loss"].close()  # closed by the student: stays closed afterwards
    QApplication.processEvents()
    before = {key: dock.isVisible() for key, dock in window.docks.items()}
    window.actions_by_key["present"].trigger()
    assert window.presenting and window.actions_by_key["present"].isChecked()
    assert not any(dock.isVisible() for dock in window.docks.values())
    assert not window.menuBar().isVisible()
    bar = window.findChild(QToolBar, "presenterBar")
    assert bar.isVisible()
    texts = [action.text() for action in bar.actions()]
    assert "Step forward" in texts and "Step back" in texts and "Play / Pause" in texts
    qtbot.keyClick(window.cell_diagram, Qt.Key.Key_Escape)
    assert not window.presenting
    assert not window.actions_by_key["present"].isChecked()
    assert not bar.isVisible() and window.menuBar().isVisible()
    assert {key: dock.isVisible() for key, dock in window.docks.items()} == before
    # Outside presenter mode Esc is the cell window's again: the keys back to the steps.
    release = window.actions_by_key["release_keys"]
    assert QKeySequence(Qt.Key.Key_Escape) in release.shortcuts()


@pytest.mark.parametrize("kind", list(LESSONS))
def test_f5_enters_and_leaves_presenter_mode_in_every_window(qtbot, open_window, kind):
    window = open_window(LESSONS[kind], size=(1024, 768))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    f5 = QKeySequence(Qt.Key.Key_F5)
    owners = [
        a
        for a in window.findChildren(type(window.actions_by_key["present"]))
        if f5 in a.shortcuts()
    ]
    assert owners == [window.actions_by_key["present"]], "F5 is taken by another command"
    view = window.main_views()[0]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert window.presenting
    qtbot.keyClick(window.focusWidget() or view, Qt.Key.Key_F5)
    assert not window.presenting
    assert window.menuBar().isVisible()


def test_the_step_keys_step_in_presenter_mode(qtbot, open_window):
    window = shown(qtbot, open_window, "cell", (1024, 768), present=True)
    window.state.go_to(1)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)
    assert window.state.cursor == 2
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Left)
    assert window.state.cursor == 1


def test_the_comparison_presents_one_cell_at_a_time_and_steps(qtbot, open_window):
    window = shown(qtbot, open_window, "compare", (1024, 768), present=True)
    assert [n for n, c in window.columns.items() if c.isVisible()] == ["lstm"]
    qtbot.keyClick(window.diagrams["lstm"], Qt.Key.Key_1)
    assert [n for n, c in window.columns.items() if c.isVisible()] == ["rnn"]
    step = window.model.cursor
    qtbot.keyClick(window.diagrams["rnn"], Qt.Key.Key_Right)
    assert window.model.cursor == step + 1
    window.set_presenting(False)
    assert all(column.isVisible() for column in window.columns.values())
    assert window.columns["lstm"].scroll.isVisible()  # the sliders are back


def test_a_screenshot_in_presenter_mode(qtbot, open_window, tmp_path):
    window = open_window(LESSONS["cell"], size=None, show=False)
    window.set_presenting(True)
    assert render_screenshot(window, str(tmp_path / "shot.png"), (1024, 768))
    assert window.presenting and not window.docks["controls"].isVisible()
    assert min(px for _, px in number_heights(window.cell_diagram)) >= 20


@pytest.mark.parametrize("size, least", [((1024, 768), 20.0), ((1440, 900), 24.0)])
def test_present_on_the_command_line_with_a_screenshot(qtbot, tmp_path, monkeypatch, size, least):
    import lstm_lab.app as app
    from lstm_lab.__main__ import main

    seen = {}
    original = app.render_screenshot

    def render(window, path, wanted):
        done = original(window, path, wanted)
        seen["presenting"] = window.presenting
        seen["docks"] = [key for key, dock in window.docks.items() if dock.isVisible()]
        seen["least"] = min(px for _, px in number_heights(window.cell_diagram))
        return done

    monkeypatch.setattr(app, "render_screenshot", render)
    out = tmp_path / "shot.png"
    size_text = f"{size[0]}x{size[1]}"
    assert (
        main(
            ["--lesson", "single-pulse", "--present", "--screenshot", str(out), "--size", size_text]
        )
        == 0
    )
    assert out.stat().st_size > 0
    assert seen["presenting"] and seen["docks"] == []
    assert seen["least"] >= least, seen


def test_a_lesson_saved_in_presenter_mode_keeps_its_views(qtbot, open_window):
    window = shown(qtbot, open_window, "compare", (1024, 768))
    window.docks["counts"].close()
    window.set_presenting(True)
    assert window.current_lesson().hidden_views == frozenset({"counts"})


def test_a_narrow_window_at_large_text_shows_one_cell_at_a_time(qtbot, open_window):
    window = shown(qtbot, open_window, "compare", (1440, 900), scale=1.5)
    assert not window.shows_one_cell()  # 1440 pixels: the three side by side
    assert all(column.isVisible() for column in window.columns.values())
    assert not window.cell_tabs.isVisible()
    window.resize(1024, 768)
    qtbot.waitUntil(window.shows_one_cell)
    settle(window)
    assert [n for n, c in window.columns.items() if c.isVisible()] == ["lstm"]
    assert window.cell_tabs.isVisible() and window.docks["hidden"].isVisible()
    # The keys 1, 2 and 3 bring a cell forward; typed into a text box they are its digits.
    window.diagrams["lstm"].setFocus()
    qtbot.keyClick(window.diagrams["lstm"], Qt.Key.Key_1)
    assert [n for n, c in window.columns.items() if c.isVisible()] == ["rnn"]
    assert window.cell_tabs.tabData(window.cell_tabs.currentIndex()) == "rnn"
    window.sequence_edit.setFocus()
    window.sequence_edit.selectAll()
    qtbot.keyClicks(window.sequence_edit, "1, 3")
    assert window.sequence_edit.text() == "1, 3" and window.presented_cell == "rnn"
    # Alone, the RNN keeps the LSTM's scale: not drawn larger than the LSTM was.
    rnn = window.diagrams["rnn"]
    assert rnn.transform().m11() <= window.diagrams["lstm"].transform().m11() * 1.02
    # The LSTM's animation comes with the LSTM.
    window.actions_by_key["animate"].trigger()
    assert window.presented_cell == "lstm" and window.flow.running
    window.flow.stop()
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: not window.shows_one_cell())
    settle(window)
    assert all(column.isVisible() for column in window.columns.values())
    assert not window.cell_tabs.isVisible()


@pytest.mark.parametrize("kind", list(LESSONS))
def test_leaving_presenter_mode_gives_the_picture_all_its_room_back(qtbot, open_window, kind):
    window = shown(qtbot, open_window, kind, (1440, 900), scale=1.5)
    before = view_heights(window)
    window.set_presenting(True)
    settle(window)
    window.set_presenting(False)
    settle(window)
    show_numbers(window, kind)
    # No status bar that was not there before (an empty line under the docks).
    assert not any(bar.isVisible() for bar in window.findChildren(QStatusBar))
    after = view_heights(window)
    smaller = {view: (before[view], px) for view, px in after.items() if px < 0.99 * before[view]}
    assert not smaller, smaller


@pytest.mark.parametrize("present", [False, True], ids=["window", "presenter"])
def test_the_wires_under_a_gates_name_pass_behind_its_letters(qtbot, open_window, present):
    from helpers import ink
    from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsPathItem

    window = shown(qtbot, open_window, "cell", (1440, 900), present=present)
    scene = window.cell_diagram.scene()
    wires = [item for item in scene.items() if isinstance(item, QGraphicsPathItem)]
    for gate, node in window.cell_diagram.gate_nodes.items():
        letters = ink(node.caption)
        crossing = [w for w in wires if w.mapToScene(w.shape()).intersects(letters)]
        assert crossing, gate  # the buses' wires up to the gate run there
        covers = [
            item
            for item in scene.items(letters)
            if isinstance(item, QAbstractGraphicsShapeItem)
            and item.sceneBoundingRect().contains(letters)
            and item.brush().color().alpha() == 255
            and max(w.zValue() for w in crossing) < item.zValue() < node.caption.zValue()
        ]
        assert covers, f"a wire runs through {node.caption.text()!r}"
