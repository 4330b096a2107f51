"""All parameter sliders, grouped by gate, in simple mode (one weight per gate) or full mode,
and after a training run the Δ column: what it did to each weight."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.engine_words import param_tooltip, param_words
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP
from lstm_lab.engine import (
    GATE_SPECS,
    PARAM_NAMES,
    PARAM_SPECS,
    SIMPLE_GROUPS,
    SIMPLE_SPECS,
    simple_gradients,
)
from lstm_lab.ui.param_slider import ParamSlider
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme

# Gate key used for colours -> (title, input weight, recurrent weight, bias).
GATE_GROUPS = (
    ("f", QT_TRANSLATE_NOOP("ParamPanel", "Forget gate  f(t)"), "w_xf", "w_hf", "b_f"),
    ("i", QT_TRANSLATE_NOOP("ParamPanel", "Input gate  i(t)"), "w_xi", "w_hi", "b_i"),
    ("g", QT_TRANSLATE_NOOP("ParamPanel", "Candidate  C̃(t)"), "w_xc", "w_hc", "b_c"),
    ("o", QT_TRANSLATE_NOOP("ParamPanel", "Output gate  o(t)"), "w_xo", "w_ho", "b_o"),
)
OUTPUT_GROUP = ("y", QT_TRANSLATE_NOOP("ParamPanel", "Output  y(t)"), "w_out", "b_out")

GATE_SYMBOLS = {f"w_{spec.suffix}": spec.symbol for spec in GATE_SPECS.values()}  # w_c: C̃

# Simple mode: one slider per gate drives both of its weights, as in the seed.
SIMPLE_WEIGHTS = {
    name: pair for name, pair in SIMPLE_GROUPS.items() if len(pair) == 2
}  # {"w_f": ("w_xf", "w_hf"), ...}


def maths_label(name: str) -> str:
    """Rich-text label: w_xf -> w<sub>xf</sub>."""
    head, _, tail = name.partition("_")
    return f"{head}<sub>{tail}</sub>" if tail else head


class ParamPanel(QWidget):
    """Sliders for the 14 parameters (full mode) or 10 (simple mode)."""

    modeChanged = Signal(str)

    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paramPanel")
        self._state = state
        # Which parameters training leaves alone, and which the lesson fixes: the lab's.
        self.locks = state
        self._theme = DARK
        self.sliders: dict[str, ParamSlider] = {}
        self._mode = state.mode
        self._editable = True

        self._simple_button = QRadioButton(self.tr("Simple: one weight per gate"))
        self._simple_button.setObjectName("simpleModeButton")
        self._simple_button.setToolTip(
            self.tr("One weight per gate, as in W_f·[h(t−1), x(t)] with both entries equal.")
        )
        self._full_button = QRadioButton(self.tr("Full"))
        self._full_button.setObjectName("fullModeButton")
        self._full_button.setToolTip(
            self.tr(
                "Separate input weight w_x and recurrent weight w_h for every gate: "
                "W_f = [w_hf, w_xf]."
            )
        )
        self._mode_group = QButtonGroup(self)
        self._mode_group.addButton(self._simple_button)
        self._mode_group.addButton(self._full_button)
        (self._simple_button if self._mode == "simple" else self._full_button).setChecked(True)
        self._simple_button.toggled.connect(lambda on: self.set_mode("simple" if on else "full"))
        self._mode_note = QLabel()
        self._mode_note.setObjectName("modeNote")
        self._mode_note.setWordWrap(True)
        self._mode_note.hide()  # shown when it has something to say
        self._fixed_note = QLabel()
        self._fixed_note.setObjectName("fixedNote")
        self._fixed_note.setWordWrap(True)
        self._fixed_note.hide()
        self._change_note = QLabel(self.tr("Δ: what the last training did (after − before)"))
        self._change_note.setToolTip(
            self.tr(
                "Beside each weight, what the last training run did to it: its value after "
                "the run minus its value before. The column goes when a weight changes or "
                "training starts again."
            )
        )
        self._change_note.setObjectName("changeNote")
        self._change_note.setTextFormat(Qt.TextFormat.PlainText)
        self._change_note.setWordWrap(True)
        self._change_note.hide()
        self._changes: dict[str, float] | None = None

        reset_all = self._reset_all = QPushButton(self.tr("Reset all"))
        reset_all.setObjectName("resetAllButton")
        reset_all.setToolTip(self.tr("Put every parameter back to its default value"))
        reset_all.clicked.connect(self.reset_all)

        mode_row = QHBoxLayout()
        mode_row.addWidget(self._simple_button)
        mode_row.addWidget(self._full_button)
        mode_row.addStretch(1)
        mode_row.addWidget(reset_all)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(4)
        self._groups: list[tuple[QGroupBox, str]] = []
        for gate, title, inp, rec, bias in GATE_GROUPS:
            box = QGroupBox(self.tr(title))
            box.setObjectName(f"gateGroup_{gate}")
            lay = QVBoxLayout(box)
            lay.setContentsMargins(6, 4, 6, 4)
            lay.setSpacing(2)
            shared = f"w_{inp[-1]}"
            lay.addWidget(self._make_shared_slider(shared, gate, inp, rec))
            for name in (inp, rec, bias):
                lay.addWidget(self._make_slider(name, gate))
            body_layout.addWidget(box)
            self._groups.append((box, gate))
        key, title, w_out, b_out = OUTPUT_GROUP
        box = QGroupBox(self.tr(title))
        box.setObjectName("gateGroup_y")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(2)
        for name in (w_out, b_out):
            lay.addWidget(self._make_slider(name, key))
        body_layout.addWidget(box)
        self._groups.append((box, key))
        body_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(mode_row)
        layout.addWidget(self._mode_note)
        layout.addWidget(self._fixed_note)
        layout.addWidget(self._change_note)
        layout.addWidget(scroll, 1)

        state.paramsChanged.connect(self._sync_from_state)
        self.locks.lockedChanged.connect(self._sync_locks)
        state.gradientsChanged.connect(self._update_gradient_hints)
        state.modeChanged.connect(self._show_mode)
        state.fixedChanged.connect(self._apply_editable)
        self._apply_mode()
        self._apply_editable()
        self._sync_from_state()
        self._update_gradient_hints()
        self.apply_theme(self._theme)

    # ------------------------------------------------------------------ construction
    def _make_slider(self, name: str, gate: str) -> ParamSlider:
        spec = PARAM_SPECS[name]
        slider = ParamSlider(
            name,
            maths_label(name),
            spec.minimum,
            spec.maximum,
            spec.default,
            param_tooltip(spec),
            words=param_words(spec),
        )
        slider.valueChanged.connect(lambda value, n=name: self._state.set_param(n, value))
        slider.resetRequested.connect(
            lambda n=name: (
                self._state.set_param(n, PARAM_SPECS[n].default),
                self.sliders[n].restore_range(),
            )
        )
        slider.lockToggled.connect(lambda locked, n=name: self.locks.set_locked(n, locked))
        slider.setProperty("gate", gate)
        self.sliders[name] = slider
        return slider

    def _make_shared_slider(self, shared: str, gate: str, inp: str, rec: str) -> ParamSlider:
        spec = PARAM_SPECS[inp]
        tooltip = self.tr(
            "One weight for the gate: moving it sets both {input} (on x(t)) and {recurrent} "
            "(on h(t−1)). {tip}"
        ).format(input=inp, recurrent=rec, tip=param_tooltip(spec))
        slider = ParamSlider(
            shared,
            maths_label(shared),
            spec.minimum,
            spec.maximum,
            spec.default,
            tooltip,
            words=param_words(SIMPLE_SPECS[shared]),
        )
        slider.set_lock_scope(self.tr("{input} and {recurrent}").format(input=inp, recurrent=rec))
        slider.valueChanged.connect(
            lambda value, a=inp, b=rec: self._state.set_params({a: value, b: value})
        )
        slider.resetRequested.connect(
            lambda a=inp, b=rec: self._state.set_params(
                {a: PARAM_SPECS[a].default, b: PARAM_SPECS[b].default}
            )
        )
        slider.lockToggled.connect(
            lambda locked, a=inp, b=rec: (
                self.locks.set_locked(a, locked),
                self.locks.set_locked(b, locked),
            )
        )
        slider.setProperty("gate", gate)
        self.sliders[shared] = slider
        return slider

    def reset_all(self) -> None:
        """Every parameter back to its default, and every slider back to its first range."""
        with self._state.named_change(self.tr("Reset all weights and biases")):
            self._state.reset_params()
        for slider in self.sliders.values():
            slider.restore_range()

    def set_editable(self, editable: bool) -> None:
        """Sliders still follow the weights when not editable (while training runs)."""
        self._editable = editable
        self._apply_editable()

    def _apply_editable(self) -> None:
        """Off while training runs; a parameter the lesson fixes stays off, and says why."""
        fixed = self._state.fixed
        for name, slider in self.sliders.items():
            members = SIMPLE_WEIGHTS.get(name, (name,))
            is_fixed = any(member in fixed for member in members)
            slider.setEnabled(self._editable and not is_fixed)
            slider.set_fixed(is_fixed)
        for widget in (self._simple_button, self._full_button):
            widget.setEnabled(self._editable)
        self._reset_all.setEnabled(self._editable and not fixed)
        free = [name for name in self._state.cell.param_names if name not in fixed]
        self._fixed_note.setText(
            self.tr("This lesson fixes the greyed sliders; you can move {names}.").format(
                names=", ".join(free) if free else self.tr("none of them")
            )
        )
        self._fixed_note.setVisible(bool(fixed))
        self._reset_all.setToolTip(
            self.tr("Put every parameter back to its default value")
            if not fixed
            else self.tr("Some parameters are fixed by this lesson, so Reset all is off")
        )

    # ------------------------------------------------------------------ mode
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        self._state.set_mode(mode)  # the lab keeps the mode; _show_mode follows it

    def _show_mode(self, mode: str) -> None:
        if mode == self._mode:
            return
        self._mode = mode
        with QSignalBlocker(self._simple_button), QSignalBlocker(self._full_button):
            self._simple_button.setChecked(mode == "simple")
            self._full_button.setChecked(mode == "full")
        self._apply_mode()
        self._sync_from_state()
        self.modeChanged.emit(mode)

    def _apply_mode(self) -> None:
        simple = self._mode == "simple"
        for shared, (inp, rec) in SIMPLE_WEIGHTS.items():
            self.sliders[shared].setVisible(simple)
            self.sliders[inp].setVisible(not simple)
            self.sliders[rec].setVisible(not simple)

    # ------------------------------------------------------------------ model -> view
    def _sync_from_state(self) -> None:
        params = self._state.params
        for name in PARAM_NAMES:
            slider = self.sliders[name]
            with QSignalBlocker(slider):
                slider.setValue(getattr(params, name))
        mixed = []
        for shared, (inp, rec) in SIMPLE_WEIGHTS.items():
            a, b = getattr(params, inp), getattr(params, rec)
            slider = self.sliders[shared]
            with QSignalBlocker(slider):
                slider.setValue(a)
            if a != b:
                mixed.append(f"{GATE_SYMBOLS[shared]}: x {a:.2f}, h {b:.2f}")
                slider.set_label(maths_label(shared) + " ≠")
                slider.set_note(
                    self.tr(
                        "The two weights differ ({input} = {a}, {recurrent} = {b}). "
                        "Moving this slider sets both to the same value."
                    ).format(input=inp, a=f"{a:.3f}", recurrent=rec, b=f"{b:.3f}")
                )
            else:
                slider.set_label(maths_label(shared))
                slider.set_note(None)
        note = ""
        if mixed and self._mode == "simple":
            note = self.tr(
                "Input and recurrent weights differ: {weights}. A slider marked ≠ shows the "
                "weight on x(t); moving it sets both. Full shows them apart."
            ).format(weights="; ".join(mixed))
        if note != self._mode_note.text():  # avoid relayouts while a slider is dragged
            self._mode_note.setText(note)
            self._mode_note.setVisible(bool(note))

    def _update_gradient_hints(self) -> None:
        grads = self._state.gradients
        names = list(PARAM_NAMES) + list(SIMPLE_WEIGHTS)
        if grads is None:
            for name in names:
                self.sliders[name].set_gradient_hint(None)
            return
        downhill = {name: -value for name, value in simple_gradients(grads.to_dict()).items()}
        push = {name: downhill[name] for name in SIMPLE_WEIGHTS}
        push.update({name: -float(getattr(grads, name)) for name in PARAM_NAMES})
        scale = max((abs(v) for v in push.values()), default=0.0)
        for name in names:
            value = push[name]
            self.sliders[name].set_gradient_hint(value / scale if scale > 0 else 0.0, value)

    # ------------------------------------------------------------------ the Δ column
    def changes(self) -> dict[str, float] | None:
        """What the Δ column shows, {name: after − before} (None: no column)."""
        return None if self._changes is None else dict(self._changes)

    def show_changes(self, changes: Mapping[str, float] | None) -> None:
        """The Δ column beside every slider: what the last training did to its weight (a
        simple-mode slider: to its weight on x(t), the one it shows); None hides it."""
        self._changes = None if changes is None else dict(changes)
        shown = {name: None if changes is None else changes.get(name) for name in PARAM_NAMES}
        for shared, (inp, _rec) in SIMPLE_WEIGHTS.items():
            shown[shared] = shown[inp]
        metrics = self.fontMetrics()
        texts = [
            self.sliders[name].change_column_text(change)
            for name, change in shown.items()
            if change is not None
        ]
        widest = max(texts, key=metrics.horizontalAdvance, default="")
        for name, change in shown.items():
            self.sliders[name].set_change(change, fit=widest)
        self._change_note.setVisible(changes is not None)

    # ------------------------------------------------------------------ locks
    def locked_parameters(self) -> frozenset[str]:
        return self.locks.locked()

    def _sync_locks(self, *_args) -> None:
        kept = self._state.kept_locks
        for name in PARAM_NAMES:
            with QSignalBlocker(self.sliders[name]):
                self.sliders[name].set_locked(self.locks.is_locked(name))
            self.sliders[name].set_lock_kept(name in kept)
        for shared, (inp, rec) in SIMPLE_WEIGHTS.items():
            both = self.locks.is_locked(inp) and self.locks.is_locked(rec)
            with QSignalBlocker(self.sliders[shared]):
                self.sliders[shared].set_locked(both)
            self.sliders[shared].set_lock_kept(inp in kept or rec in kept)

    # ------------------------------------------------------------------ theme
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        for box, gate in self._groups:
            colour = theme.label(gate)
            box.setStyleSheet(f"QGroupBox::title {{ color: {colour}; }}")
