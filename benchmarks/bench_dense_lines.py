"""Paint time of a dashed line of 10,000 points on a plot 600 pixels wide, rendered offscreen
into a QImage: as given with Qt's dashes, decimated (`lstm_lab.ui.dense_lines`) with Qt's
dashes, and decimated with the dashes as gaps under a solid 1-pixel pen (what the plots draw).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_dense_lines.py
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

import pyqtgraph as pg  # isort: skip  (after PySide6)

from lstm_lab.ui.dense_lines import DENSE_WIDTH, decimate  # isort: skip
from lstm_lab.ui.lines import series_pen  # isort: skip

POINTS = 10_000
WIDTH, HEIGHT = 600, 300
REPEATS = 20


def paint_ms(view: pg.PlotWidget, image: QImage) -> float:
    """Median milliseconds to render the whole plot into ``image``."""
    times = []
    for _ in range(REPEATS):
        image.fill(0)
        painter = QPainter(image)
        start = time.perf_counter()
        view.render(painter)
        painter.end()
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    rng = np.random.default_rng(0)
    xs = np.arange(1, POINTS + 1, dtype=np.float64)
    ys = np.cumsum(rng.normal(0, 1, POINTS)) * 0.05 + np.sin(xs / 40)
    view = pg.PlotWidget()
    view.resize(WIDTH, HEIGHT)
    view.hideAxis("left")
    view.hideAxis("bottom")
    view.show()
    app.processEvents()
    columns = round(view.getPlotItem().vb.width())
    curve = pg.PlotCurveItem()
    view.addItem(curve)
    view.setXRange(1, POINTS, padding=0)
    view.setYRange(float(ys.min()), float(ys.max()), padding=0.05)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    cases = []
    curve.setData(xs, ys)
    curve.setPen(series_pen("#3d81d8", 1.5, "dash"))
    cases.append(("all 10,000 points, Qt dashes, 1.5 px", paint_ms(view, image), len(xs)))
    curve.setPen(series_pen("#3d81d8", DENSE_WIDTH, "dash"))
    cases.append(("all 10,000 points, Qt dashes, 1 px", paint_ms(view, image), len(xs)))
    small_x, small_y = decimate(xs, ys, columns)
    curve.setData(small_x, small_y)
    curve.setPen(series_pen("#3d81d8", DENSE_WIDTH, "dash"))
    cases.append(("decimated, Qt dashes, 1 px", paint_ms(view, image), len(small_x)))
    curve.setPen(series_pen("#3d81d8", 1.5, "dash"))
    cases.append(("decimated, Qt dashes, 1.5 px", paint_ms(view, image), len(small_x)))
    gap_x, gap_y = decimate(xs, ys, columns, "dash")
    curve.setData(gap_x, gap_y, connect="finite")
    curve.setPen(pg.mkPen("#3d81d8", width=DENSE_WIDTH, style=Qt.PenStyle.SolidLine))
    cases.append(("decimated, dashes as gaps, solid 1 px", paint_ms(view, image), len(gap_x)))
    curve.setData(small_x, small_y)
    cases.append(("decimated, solid 1 px (no dashes)", paint_ms(view, image), len(small_x)))
    print(f"{POINTS} points on {columns} pixel columns, median of {REPEATS} renders")
    for name, ms, count in cases:
        print(f"  {name:<40} {count:>6} points  {ms:8.2f} ms")
    view.close()


if __name__ == "__main__":
    main()
