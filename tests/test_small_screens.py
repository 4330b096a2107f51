"""Projectors and small screens: the layout at 1024×768 and 1280×800, in both themes and at
text 1.0× and 1.5×, checked by geometry; Larger then Smaller text gives the layout back; the
diagram's text grows on screen with the text size."""

from __future__ import annotations

import pytest
from helpers import diagram_text_problems, elided_tabs, horizontally_cut
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar

from lstm_lab.app import create_window, render_screenshot
from lstm_lab.core.builtin import lesson_by_name


@pytest.fixture
def window(open_window):
    return open_window(size=None, show=False)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("theme, language", [("dark", "en"), ("light", "en"), ("dark", "zh_CN")])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_no_control_is_cut_on_a_projector(qtbot, window, tmp_path, size, theme, scale, language):
    window.open_lesson(lesson_by_name("train-hold"))  # a lesson: its banner, task and target
    window.set_theme(theme)
    window.set_text_scale(scale)
    window.state.go_to(3)
    assert render_screenshot(window, str(tmp_path / "shot.png"), size)
    for dock in ("controls", "parameters", "training", "math", "loss"):  # each tab in turn
        window.docks[dock].raise_()
        problems = horizontally_cut(window)
        problems += elided_tabs(window)
        assert not problems, f"{size} {theme} {scale}x {language}, {dock} in front: " + "; ".join(
            problems
        )
    legend = window.time_series.legend
    plot = window.time_series.plot_widget
    window.docks["timeSeries"].raise_()
    QApplication.processEvents()
    shown = plot.mapFromScene(legend.sceneBoundingRect()).boundingRect()
    assert plot.rect().contains(shown), "the legend is cut"


def dock_sizes(window) -> dict[str, tuple[int, int]]:
    QApplication.processEvents()
    return {
        key: (dock.width(), dock.height())
        for key, dock in window.docks.items()
        if not dock.visibleRegion().isEmpty()  # a tab behind another keeps an old size
    }


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_larger_then_smaller_text_gives_the_layout_back(qtbot, window, tmp_path, size):
    render_screenshot(window, str(tmp_path / "shot.png"), size)
    before = dock_sizes(window)
    window.larger_text()
    window.larger_text()
    window.smaller_text()
    window.smaller_text()
    assert dock_sizes(window) == before


def test_the_diagram_text_grows_on_screen_with_the_text_size(qtbot, window, tmp_path):
    render_screenshot(window, str(tmp_path / "shot.png"), (1280, 800))
    diagram = window.cell_diagram
    label = diagram.value_labels["weights_f"]
    small = diagram.font_pixels(label)
    window.set_text_scale(1.5)
    QApplication.processEvents()
    assert diagram.font_pixels(label) > small * 1.1
    assert small >= 9  # was about 9 px at 1440×900 and less on a smaller window


@pytest.mark.parametrize(
    "size, scale",
    [((1440, 900), 1.0), ((1440, 900), 1.5), ((1024, 768), 1.0), ((1024, 768), 1.5),
     ((1280, 800), 2.0)],
)  # fmt: skip
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_diagram_text_stays_whole_and_apart_at_every_size(
    qtbot, window, tmp_path, size, scale, language
):
    window.set_text_scale(scale)
    window.state.set_sequence([1.0, -0.5, 0.0, 1.0])
    window.state.go_to(2)  # a negative input: the widest numbers
    render_screenshot(window, str(tmp_path / "shot.png"), size)
    problems = diagram_text_problems(window.cell_diagram)
    assert not problems, f"{size} at {scale}x in {language}: " + "; ".join(problems)


def test_large_text_on_a_wide_window_gets_the_two_column_layout(qtbot, window, tmp_path):
    render_screenshot(window, str(tmp_path / "shot.png"), (1440, 900))
    assert window.property("compactLayout") is False
    shown = window.cell_diagram.width()
    window.set_text_scale(1.5)
    QApplication.processEvents()
    assert window.property("compactLayout") is True
    assert window.cell_diagram.width() > shown * 1.3  # the diagram gets the room
    window.set_text_scale(1.15)
    QApplication.processEvents()
    assert window.property("compactLayout") is False


def visible_tab_bars(window) -> list[tuple[tuple[str, ...], QRect]]:
    return [
        (tuple(bar.tabText(k) for k in range(bar.count())), bar.geometry())
        for bar in window.findChildren(QTabBar)
        if bar.parent() is window and bar.isVisible()
    ]


def test_switching_layouts_leaves_no_stale_tab_bar_on_screen(qtbot):
    from lstm_lab.lessons.cell.qt.window import MainWindow

    window = MainWindow()  # with the settings of the session
    qtbot.addWidget(window)
    for size, scale in [((1440, 900), 1.0), ((1440, 900), 1.5), ((1024, 768), 1.5),
                        ((1280, 800), 1.0), ((1440, 900), 1.0), ((1280, 800), 1.0)]:  # fmt: skip
        window.set_text_scale(scale)  # as a student does it: text size, then the window
        window.resize(*size)
        window.show()
        QApplication.processEvents()

        def one_bar_per_tab_group_inside(where=(size, scale)) -> None:  # after the tidy-up
            bars = visible_tab_bars(window)
            tabs = [names for names, _place in bars]
            assert len(tabs) == len(set(tabs)), f"{where}: {bars}"
            for names, place in bars:
                inside = QRect(0, 0, window.width(), window.height()).contains(place)
                assert inside and len(names) > 1, (where, names, place)

        # The tidy-up runs once Qt has laid the docks out, after the events of the resize
        qtbot.waitUntil(one_bar_per_tab_group_inside, timeout=3000)


def test_the_animation_controls_take_one_line_where_they_fit_and_two_where_not(
    qtbot, window, tmp_path
):
    flow = window.flow
    render_screenshot(window, str(tmp_path / "shot.png"), (1440, 900))
    assert flow.lines.on_one_line
    assert (
        flow.speed.mapTo(flow, flow.speed.rect().center()).y()
        == flow.animate_button.mapTo(flow, flow.animate_button.rect().center()).y()
    )
    # Two columns at 1.15× on a projector: the diagram's column is narrower than one line.
    window.set_text_scale(1.15)
    render_screenshot(window, str(tmp_path / "shot.png"), (1024, 768))
    assert not flow.lines.on_one_line
    assert (
        flow.speed.mapTo(flow, flow.speed.rect().topLeft()).y()
        > flow.animate_button.mapTo(flow, flow.animate_button.rect().bottomLeft()).y()
    )
    assert not horizontally_cut(window)


def test_the_lesson_text_folds_at_the_first_step_and_gives_the_diagram_its_room(
    qtbot, window, tmp_path
):
    window.open_lesson(lesson_by_name("train-hold"))
    window.set_text_scale(1.5)
    render_screenshot(window, str(tmp_path / "shot.png"), (1024, 768))
    banner, diagram = window.lesson_banner, window.cell_diagram
    assert banner.text.isVisible()  # read first ...
    reading = diagram.transform().m11()
    qtbot.mouseClick(
        window.findChild(QAbstractButton, "stepForwardButton"), Qt.MouseButton.LeftButton
    )
    QApplication.processEvents()
    assert banner.isVisible() and not banner.text.isVisible()  # ... then the title line
    qtbot.waitUntil(lambda: diagram.transform().m11() > reading * 1.25)  # once laid out
    fold = banner.fold_button
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)  # the student wants it back ...
    assert banner.text.isVisible()
    window.state.step_forward()
    assert banner.text.isVisible()  # ... and it stays open for this lesson
    window.open_lesson(lesson_by_name("train-echo"))
    assert banner.text.isVisible() and not banner.folded  # a new lesson is read first again


def test_a_layout_saved_on_a_wide_screen_opens_in_two_columns_on_a_projector(
    qtbot, tmp_path, monkeypatch
):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    laptop = create_window(settings)
    qtbot.addWidget(laptop)
    render_screenshot(laptop, str(tmp_path / "laptop.png"), (1440, 900))
    assert laptop.property("compactLayout") is False
    laptop.close()  # saves the window's place and its three columns

    from lstm_lab.ui import screen_fit

    room = QRect(0, 0, 1024, 768)  # a projector
    monkeypatch.setattr(screen_fit, "screen_room", lambda widget=None: QRect(room))
    projector = create_window(settings)
    qtbot.addWidget(projector)
    projector.show()
    QApplication.processEvents()
    assert room.contains(projector.frameGeometry())  # not the laptop's 1440×900
    assert projector.property("compactLayout") is True
    docks = projector.docks
    assert docks["controls"] in projector.tabifiedDockWidgets(docks["parameters"])
    assert not horizontally_cut(projector)


def test_a_tab_bar_left_away_from_its_docks_is_hidden_and_the_one_in_use_stays(qtbot, window):
    """What Qt leaves behind after docks move between layouts (seen outside the tests as a
    second "Weights and biases | Controls" bar over the panels), made by hand."""
    from lstm_lab.ui.layout import hide_stale_tab_bars

    window.resize(1024, 768)
    window.show()
    window.apply_default_sizes()
    QApplication.processEvents()
    in_use = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]
    in_use = [bar for bar in in_use if bar.isVisible()]
    assert in_use
    stale = QTabBar(window)
    for k in range(in_use[0].count()):
        stale.addTab(in_use[0].tabText(k))
    stale.setGeometry(in_use[0].geometry().translated(90, -200))
    stale.show()
    assert hide_stale_tab_bars(window) == 1
    assert not stale.isVisible()
    assert all(bar.isVisible() for bar in in_use)
