"""One cell's column in the comparison lesson: its name and memory readout, its diagram, and a
slider for every parameter of its spec table (a typed value beyond a slider grows its range)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import param_tooltip, param_words
from lstm_lab.ui.param_slider import ParamSlider
from lstm_lab.ui.state import LabState


class CellColumn(QWidget):
    """Header, ``diagram`` and sliders of one cell, reading and writing its `LabState`."""

    def __init__(
        self, state: LabState, diagram: QWidget, colour_role: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        cell = state.cell
        self.setObjectName(f"{cell.name}Column")
        self._state = state
        self._role = colour_role
        self.title = QLabel(f"<b>{cell.title}</b>")
        self.title.setObjectName(f"{cell.name}Title")
        self.readout = QLabel()
        self.readout.setObjectName(f"{cell.name}Remembers")
        self.readout.setWordWrap(True)
        self._readout_words = self.tr(
            "Remembers for: the last step k at which the first input can still be seen in the "
            "hidden state, retention(k) at least 1% of retention(1). Readable: the steps from "
            "the first at which a straight line from h(k) gives back the first input's height "
            "(read-out R² at least 0.9). A latch: h(k) still differs clearly from run B's "
            "(retention at least 0.01) but says little of how high the pulse was (R² below 0.5)."
        )
        self.readout.setToolTip(self._readout_words)
        self.diagram = diagram
        self.sliders: dict[str, ParamSlider] = {}
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(4, 4, 4, 4)
        rows.setSpacing(2)
        for name, spec in cell.specs.items():
            slider = ParamSlider(
                name,
                spec.html,
                spec.minimum,
                spec.maximum,
                spec.default,
                param_tooltip(spec, cell.name),
                words=self.tr("{cell} {parameter}").format(
                    cell=cell.title, parameter=param_words(spec, cell.name)
                ),
            )
            slider.hint.hide()
            inner = slider.findChild(QSlider)
            if inner is not None:
                inner.setMinimumWidth(50)
            lock = slider.findChild(QToolButton, f"lockButton_{name}")
            if lock is not None:
                lock.hide()
            slider.valueChanged.connect(lambda value, name=name: state.set_param(name, value))
            slider.resetRequested.connect(
                lambda name=name, default=spec.default: state.set_param(name, default)
            )
            rows.addWidget(slider)
            self.sliders[name] = slider
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(box)
        # One slider's row is enough on a low screen: the others scroll. Across, every row
        # stays whole (the reset buttons at its right end): the column is never narrower.
        scroll.setMinimumHeight(48)
        self.scroll = scroll
        self._box = box
        box.installEventFilter(self)
        self._fit_width()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(diagram)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        header = QHBoxLayout()  # the name and the readout share a line where they fit
        header.setSpacing(8)
        header.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.readout, 1)
        layout.addLayout(header)
        layout.addWidget(split, 1)
        state.paramsChanged.connect(self.show_params)
        self.show_params()

    def _fit_width(self) -> None:
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.scroll.setMinimumWidth(self._box.minimumSizeHint().width() + bar + 2)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self._box and event.type() == QEvent.Type.LayoutRequest:
            self._fit_width()  # a new text size: wider rows
        return super().eventFilter(watched, event)

    def show_params(self) -> None:
        values = self._state.params.to_dict()
        for name, slider in self.sliders.items():
            if slider.value() != values[name]:
                with QSignalBlocker(slider):
                    slider.setValue(float(values[name]))

    def set_remembers(
        self, steps: int, length: int, readable: int | None = None, latch: int = 0
    ) -> None:
        """``steps`` it remembers, of ``length`` (said in the tooltip); ``readable``: for how
        many steps the first input's height can be read from h; ``latch``: the step from which
        it is a latch (0: never)."""
        parts = [self.tr("remembers for <b>{steps}</b>").format(steps=steps)]
        if readable is not None:
            parts.append(self.tr("readable <b>{steps}</b>").format(steps=readable))
        if latch:
            parts.append(self.tr("<b>latch</b> from {step}").format(step=latch))
        self.readout.setText(" · ".join(parts))
        self.readout.setToolTip(
            self.tr("The sequence has {count} steps. {words}").format(
                count=length, words=self._readout_words
            )
        )

    def apply_theme(self, theme) -> None:
        colour = theme.label(self._role)
        title = self._state.cell.title
        self.title.setText(f"<span style='color:{colour}; font-size:large'><b>{title}</b></span>")
        if hasattr(self.diagram, "apply_theme"):
            self.diagram.apply_theme(theme)
