"""Colours every student can tell apart, and lines that differ by more than colour.

- The colour-blind-safe palette: every pair of series colours that share a plot stays at least
  10 CIEDE2000 apart under simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira
  and Fernandes 2009, severity 100, as `colorspacious` implements it), in every theme. The
  plots and their series come from the windows themselves (each plot says what it shows:
  `lstm_lab.ui.look.ShowsSeries`), not from a list kept here.
- Every text colour keeps a WCAG 2.x contrast of 4.5 on its backgrounds (7 in the
  high-contrast theme), the text drawn in the diagrams included.
- No two series of one plot share their (dash, marker) pair; a long dashed line keeps its
  dashes; a legend shows them.
- View → Colours persists and recolours every open window at once.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsView, QWidget

from lstm_lab.core.colours import PALETTES, contrast, readable
from lstm_lab.ui.dense_lines import decimate
from lstm_lab.ui.lines import SAMPLE_WIDTH, SeriesSample, mark, series_pen
from lstm_lab.ui.look import ShowsSeries
from lstm_lab.ui.theme import THEMES, theme_for

colorspacious = pytest.importorskip("colorspacious")

KINDS = ("cell", "compare", "memory", "forecast", "poetry")
DEFICIENCIES = {
    "protanopia": "protanomaly",
    "deuteranopia": "deuteranomaly",
    "tritanopia": "tritanomaly",
}
LEAST_DIFFERENCE = 10.0


# ----------------------------------------------------------------------------- colour science
def ciede2000(lab1, lab2) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + (360 if h1p + h2p < 360 else -360)) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dhh / s_h) ** 2 + r_t * (dc / s_c) * (dhh / s_h)
    )


def seen_as(colour: str, deficiency: str | None) -> tuple[float, float, float]:
    """CIELAB of ``colour`` as a viewer with ``deficiency`` (None: normal vision) sees it."""
    rgb = np.array([int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)])
    if deficiency is not None:
        space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
        rgb = np.clip(colorspacious.cspace_convert(rgb, space, "sRGB1"), 0, 1)
    return tuple(colorspacious.cspace_convert(rgb, "sRGB1", "CIELab"))


def test_ciede2000_gives_the_published_differences():
    # Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 25.
    pairs = [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ]
    for lab1, lab2, expected in pairs:
        assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_merges_red_and_green_for_a_deuteranope():
    # The model can fail: pure red and green differ for normal vision, much less without M cones.
    normal = ciede2000(seen_as("#ff0000", None), seen_as("#00aa00", None))
    deuteranope = ciede2000(
        seen_as("#ff0000", "deuteranomaly"), seen_as("#00aa00", "deuteranomaly")
    )
    assert normal > 50 and deuteranope < normal / 2


# ----------------------------------------------------------------------------- what the plots show
def shown_series(window) -> dict[str, tuple]:
    """Every plot of ``window`` that says what it shows, and its series."""
    plots: dict[str, tuple] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, ShowsSeries):
            for name, series in widget.plot_series().items():
                assert name not in plots, f"two plots called {name}"
                plots[name] = series
    return plots


@pytest.fixture(scope="module")
def plots_by_kind(qapp, tmp_path_factory):
    """The plots of every lesson kind's window at 1024×768 and their series."""
    from lstm_lab.app import create_window

    folder = tmp_path_factory.mktemp("colours")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    found = {}
    for kind in KINDS:
        window = create_window(settings, kind)
        window.resize(1024, 768)
        window.show()
        QApplication.processEvents()
        found[kind] = shown_series(window)
        found[kind][LEGENDS] = legend_entries(window)
        window.shutdown()
        window.files.forget_changes()
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    return found


LEGENDS = "(legends)"


def legend_entries(window) -> tuple:
    """(legend's sample type, the entry's series or None) for every entry of every legend in
    ``window``'s plots."""
    import pyqtgraph as pg

    entries = []
    for view in window.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.LegendItem):
                for sample, label in item.items:
                    series = getattr(sample.item, "lstm_series", None)
                    entries.append((type(sample), series, label.text))
    return tuple(entries)


def plots_only(plots: dict) -> dict:
    return {name: series for name, series in plots.items() if name != LEGENDS}


def colour_of(theme, role: str) -> str:
    return theme.series.get(role) or getattr(theme, role)


def shared_pairs(plots_by_kind, theme):
    """(plot, series a, series b, colour a, colour b) for every two series of one plot with
    colours of their own (two lines of one colour role are one model's twins, told apart by
    dash and marker)."""
    for kind, plots in plots_by_kind.items():
        for plot, series in plots_only(plots).items():
            for a, b in itertools.combinations(series, 2):
                if a.role != b.role:
                    colours = colour_of(theme, a.role), colour_of(theme, b.role)
                    yield (f"{kind}/{plot}", a, b, *colours)


def least_differences(plots_by_kind, theme) -> dict[str, tuple[float, str]]:
    """The smallest CIEDE2000 between two series of one plot, for each kind of vision."""
    least: dict[str, tuple[float, str]] = {}
    for vision, deficiency in {"normal": None, **DEFICIENCIES}.items():
        worst = (math.inf, "")
        for plot, a, b, colour_a, colour_b in shared_pairs(plots_by_kind, theme):
            difference = ciede2000(seen_as(colour_a, deficiency), seen_as(colour_b, deficiency))
            if difference < worst[0]:
                worst = (difference, f"{plot}: {a.key} {colour_a} / {b.key} {colour_b}")
        least[vision] = worst
    return least


def test_every_kind_names_the_plots_it_draws(plots_by_kind):
    expected = {
        "cell": {"timeSeriesPlot", "lossPlot"},
        "compare": {"hiddenPlot", "retentionPlot", "readoutPlot", "gradientPlot", "raceLossPlot"},
        "memory": {"carouselStatePlot", "carouselGradientPlot", "accuracyPlot"},
        "forecast": {"forecastTop", "forecastErrors", "unitDetailPlot"},
    }
    for kind, names in expected.items():
        assert names <= set(plots_by_kind[kind]), (kind, sorted(plots_by_kind[kind]))
    gradient = {s.key for s in plots_by_kind["compare"]["gradientPlot"]}
    assert {"rnn", "lstm", "gru", "lstm_cell_path"} <= gradient


@pytest.mark.parametrize("theme_name", list(THEMES))
def test_safe_colours_stay_apart_for_every_colour_vision(plots_by_kind, theme_name, capsys):
    safe = least_differences(plots_by_kind, theme_for(theme_name, "safe"))
    standard = least_differences(plots_by_kind, theme_for(theme_name, "standard"))
    with capsys.disabled():
        for vision in safe:
            print(
                f"\n{theme_name:>8} {vision:>12}: least CIEDE2000 standard "
                f"{standard[vision][0]:5.1f} ({standard[vision][1]}), "
                f"safe {safe[vision][0]:5.1f} ({safe[vision][1]})",
                end="",
            )
    too_close = {v: w for v, w in safe.items() if w[0] < LEAST_DIFFERENCE}
    assert not too_close, too_close


def test_the_standard_colours_are_not_safe_which_is_why_there_is_a_choice(plots_by_kind):
    # The check above can fail: the standard palette loses pairs for colour-blind eyes.
    least = least_differences(plots_by_kind, theme_for("light", "standard"))
    assert least["deuteranopia"][0] < LEAST_DIFFERENCE


def test_no_two_series_of_a_plot_share_their_dash_and_marker(plots_by_kind):
    for kind, plots in plots_by_kind.items():
        for plot, series in plots_only(plots).items():
            looks = [(s.dash, s.marker) for s in series]
            assert len(set(looks)) == len(looks), (kind, plot, series)


def test_every_legend_shows_its_lines_dash_and_marker(plots_by_kind):
    entries = [entry for plots in plots_by_kind.values() for entry in plots[LEGENDS]]
    assert len(entries) > 20
    plain = [words for sample, series, words in entries if sample is not SeriesSample]
    assert not plain, plain
    unknown = [words for _sample, series, words in entries if series is None]
    assert not unknown, unknown


# ----------------------------------------------------------------------------- text contrast
def text_pairs(theme) -> list[tuple[str, str, str]]:
    """(what, colour, background) for every colour text is drawn in on the theme."""
    grounds = {"background": theme.background, "surface": theme.surface}
    grounds["surface_alt"] = theme.surface_alt
    pairs = []
    for what, colour in theme.text_colours().items():
        for where, ground in grounds.items():
            pairs.append((f"{what} on {where}", colour, ground))
    pairs.append(("checked button (background on accent)", theme.background, theme.accent))
    for key, colour in theme.labels.items():
        for where, ground in grounds.items():
            pairs.append((f"{key} label on {where}", colour, ground))
    return pairs


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("theme_name", list(THEMES))
def test_every_text_colour_reads_on_its_background(theme_name, palette, capsys):
    theme = theme_for(theme_name, palette)
    pairs = text_pairs(theme)
    lowest = min(pairs, key=lambda p: contrast(p[1], p[2]))
    with capsys.disabled():
        print(
            f"\n{theme_name:>8} {palette:>8}: lowest text contrast "
            f"{contrast(lowest[1], lowest[2]):.2f} ({lowest[0]})",
            end="",
        )
    needed = 7.0 if theme_name == "contrast" else 4.5
    assert theme.text_ratio >= needed
    poor = [(w, c, g, round(contrast(c, g), 2)) for w, c, g in pairs if contrast(c, g) < needed]
    assert not poor, poor


def test_readable_darkens_a_light_colour_on_white_and_lightens_a_dark_one_on_black():
    assert contrast("#f0e442", "#ffffff") < 4.5
    darker = readable("#f0e442", ("#ffffff",), 4.5)
    assert contrast(darker, "#ffffff") >= 4.5
    assert readable("#0072b2", ("#000000",), 4.5) != "#0072b2"
    assert readable("#ffffff", ("#000000",), 7.0) == "#ffffff"


def diagram_texts(window) -> list[tuple[str, QColor]]:
    """The text drawn in every diagram of ``window``: its words and colour."""
    texts = []
    for view in window.findChildren(QGraphicsView):
        if view.scene() is None or not view.isVisible():
            continue
        for item in view.scene().items():
            if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible() and item.text():
                if item.opacity() < 1.0:
                    continue  # (a faded hint of a later step, not text to read yet)
                texts.append((item.text(), item.brush().color()))
    return texts


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("theme_name", list(THEMES))
@pytest.mark.parametrize("kind", ["cell", "compare"])
def test_the_numbers_and_labels_in_the_diagrams_read_on_their_background(
    open_window, kind, theme_name, palette
):
    window = open_window(kind=kind, size=(1024, 768))
    window.set_theme(theme_name, palette)
    QApplication.processEvents()
    theme = window.theme
    texts = diagram_texts(window)
    assert len(texts) > 10
    needed = theme.text_ratio
    poor = []
    for words, colour in texts:
        for ground in (theme.background, theme.surface):
            ratio = contrast(colour.name(), ground)
            if ratio < needed:
                poor.append((words, colour.name(), ground, round(ratio, 2)))
    assert not poor, poor


# ----------------------------------------------------------------------------- lines
def test_a_long_dashed_line_keeps_its_dashes_after_decimation():
    xs = np.arange(10_000, dtype=np.float64)
    ys = np.sin(xs / 50)
    solid_x, solid_y = decimate(xs, ys, 600)
    dashed_x, dashed_y = decimate(xs, ys, 600, "dash")
    assert len(solid_x) <= 2 * 600 + 4 and np.isfinite(solid_y).all()
    assert np.array_equal(solid_x, dashed_x)
    gaps = ~np.isfinite(dashed_y)
    assert 0.2 < gaps.mean() < 0.5  # a third of the columns, give or take, are gaps
    runs = np.flatnonzero(np.diff(gaps.astype(int)) == 1)
    assert len(runs) > 30  # many dashes, not one gap
    dotted = ~np.isfinite(decimate(xs, ys, 600, "dot")[1])
    assert dotted.mean() > gaps.mean()  # dots: more gap than line


def sample_pixels(item) -> np.ndarray:
    """The legend sample of ``item`` drawn alone: the opacity of each of its pixels."""
    sample = SeriesSample(item)
    image = QImage(SAMPLE_WIDTH, 20, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    sample.paint(painter)
    painter.end()
    return np.array(
        [
            [QColor.fromRgba(image.pixel(x, y)).alpha() for x in range(image.width())]
            for y in range(image.height())
        ]
    )


def test_a_legend_sample_shows_the_dash_and_the_marker(qapp):
    import pyqtgraph as pg

    from lstm_lab.ui.lines import Series

    solid = pg.PlotCurveItem(pen=series_pen("#ffffff", 2, "solid"))
    mark(solid, Series("a", "a", "c", "solid"))
    dashed = pg.PlotCurveItem(pen=series_pen("#ffffff", 2, "solid"))  # a dense line's pen
    mark(dashed, Series("b", "b", "c", "dash"))
    marked = pg.PlotCurveItem(pen=series_pen("#ffffff", 2, "dash"))
    mark(marked, Series("c", "c", "c", "dash", "s"))
    row = 11
    solid_ink = sample_pixels(solid)
    dashed_ink = sample_pixels(dashed)
    marked_ink = sample_pixels(marked)
    assert (solid_ink[row] > 0).all()
    assert (dashed_ink[row] == 0).sum() >= 4  # the line has gaps, though its pen is solid
    assert marked_ink[:8].sum() > dashed_ink[:8].sum()  # the square reaches above the line


# ----------------------------------------------------------------------------- the choice
def test_view_colours_persists_and_recolours_every_open_window(qtbot, open_window, settings):
    cell = open_window(size=(1024, 768))
    compare = open_window(kind="compare", size=(1024, 768))
    before = cell.time_series.curves["f"].opts["pen"].color().name()
    gru_before = compare.hidden_plot.curves["gru"].opts["pen"].color().name()
    assert before == theme_for("dark", "standard").series["f"]
    menu = cell.menus["&View/&Colours"]
    assert [a.text() for a in menu.actions()] == ["Standard", "Colour-blind safe"]
    cell.actions_by_key["colours_safe"].trigger()
    safe = theme_for("dark", "safe")
    assert cell.time_series.curves["f"].opts["pen"].color().name() == safe.series["f"]
    # The other open window follows at once, in its plots and its menu.
    assert compare.theme.palette == "safe"
    assert compare.hidden_plot.curves["gru"].opts["pen"].color().name() == safe.series["f"]
    assert compare.hidden_plot.curves["gru"].opts["pen"].color().name() != gru_before
    assert compare.actions_by_key["colours_safe"].isChecked()
    assert settings.value("view/colours") == "safe"
    # A theme chosen later keeps the colours.
    cell.actions_by_key["theme_light"].trigger()
    assert cell.theme == theme_for("light", "safe")
    assert compare.theme == theme_for("light", "safe")
    # A window made later, from the saved settings, starts with them.
    later = open_window(kind="forecast", size=(1024, 768))
    assert later.theme == theme_for("light", "safe")
    assert later.actions_by_key["colours_safe"].isChecked()


def test_the_high_contrast_theme_is_in_the_view_menu_and_kept(qtbot, open_window, settings):
    window = open_window(size=(1024, 768))
    view = window.menus["&View"]
    texts = [a.text() for a in view.actions()]
    assert texts.index("High-contrast theme") == texts.index("Light theme") + 1
    window.actions_by_key["theme_contrast"].trigger()
    assert window.theme.name == "contrast"
    assert settings.value("view/theme") == "contrast"
    assert window.time_series.plot_widget.backgroundBrush().color().name() == "#000000"
    again = open_window(kind="memory", size=(1024, 768))
    assert again.theme.name == "contrast"
    assert again.actions_by_key["theme_contrast"].isChecked()
