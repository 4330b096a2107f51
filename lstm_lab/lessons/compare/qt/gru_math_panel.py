"""The GRU's equations at the current step with the numbers substituted, as the engine
computed them (`lstm_lab.engine.explain_gru`); laid out like the LSTM's math panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lstm_lab.core.report import n
from lstm_lab.engine.explain_gru import explain_gru_step
from lstm_lab.ui.state import LabState
from lstm_lab.ui.theme import DARK, Theme


class GRUMathPanel(QPlainTextEdit):
    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gruMathPanel")
        self.setToolTip(self.tr("The GRU's equations at this step with the numbers put in."))
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setAccessibleName(self.tr("GRU math of this step"))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self._state = state
        self._theme = DARK
        self._scale = 1.0
        self._base_size = max(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).pointSizeF(), 9.0
        )
        state.traceChanged.connect(self.refresh)
        state.cursorChanged.connect(self.refresh)
        self.apply_theme(DARK)

    def lines(self) -> list[str]:
        state = self._state
        t = state.cursor
        if t == 0:
            return [self.tr("t = 0: nothing computed yet."), f"h(0) = {n(state.trace.h_prev[0])}"]
        s = explain_gru_step(state.params, state.trace, t)
        w, p = s.w, t - 1
        return [
            self.tr("GRU, step t = {t}:  x({t}) = {x}   h({p}) = {h}").format(
                t=t, p=p, x=n(s.x), h=n(s.h_prev)
            ),
            "",
            self.tr("Update  z({t}) = σ(w_xz·x({t}) + w_hz·h({p}) + b_z)").format(t=t, p=p),
            f"  = σ({n(w['w_xz'])}·{n(s.x)} + {n(w['w_hz'])}·{n(s.h_prev)} + {n(w['b_z'])})",
            f"  = σ({n(s.zz)}) = {n(s.z)}",
            "",
            self.tr("Reset  r({t}) = σ(w_xr·x({t}) + w_hr·h({p}) + b_r)").format(t=t, p=p),
            f"  = σ({n(w['w_xr'])}·{n(s.x)} + {n(w['w_hr'])}·{n(s.h_prev)} + {n(w['b_r'])})",
            f"  = σ({n(s.zr)}) = {n(s.r)}",
            "",
            self.tr("Candidate  h̃({t}) = tanh(w_xc·x({t}) + w_hc·(r({t})·h({p})) + b_c)").format(
                t=t, p=p
            ),
            f"  r·h = {n(s.r)}·{n(s.h_prev)} = {n(s.r_h)}",
            f"  = tanh({n(w['w_xc'])}·{n(s.x)} + {n(w['w_hc'])}·{n(s.r_h)} + {n(w['b_c'])})",
            f"  = tanh({n(s.zg)}) = {n(s.g)}",
            "",
            self.tr("Hidden state  h({t}) = (1 − z({t}))·h({p}) + z({t})·h̃({t})").format(t=t, p=p),
            f"  = (1 − {n(s.z)})·{n(s.h_prev)} + {n(s.z)}·{n(s.g)}",
            f"  = {n(s.keep)} + {n(s.new)} = {n(s.h)}",
            "",
            self.tr("Output  y({t}) = w_out·h({t}) + b_out").format(t=t),
            f"  = {n(w['w_out'])}·{n(s.h)} + {n(w['b_out'])} = {n(s.y)}",
        ]

    def refresh(self, *_args) -> None:
        text = "\n".join(self.lines())
        if text != self.toPlainText():
            bar = self.verticalScrollBar()
            scroll = bar.value()
            self.setPlainText(text)
            bar.setValue(scroll)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self.setStyleSheet(
            f"QPlainTextEdit {{ background: {theme.background}; color: {theme.text}; "
            f"font-family: '{family}'; font-size: {self._base_size * self._scale:.1f}pt; }}"
        )
        self.refresh()

    def set_text_scale(self, scale: float) -> None:
        self._scale = scale
        self.apply_theme(self._theme)
