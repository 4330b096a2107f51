"""The math panel: every equation of the current step with its numbers substituted.

The numbers come from the engine's ``explain_step``; this widget only lays them out, at four
decimals, so a student can redo the step by hand. The text is selectable plain text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from lstm_lab.engine import explain_step
from lstm_lab.state import LabState
from lstm_lab.theme import DARK, Theme

GATE_TITLES = {
    "f": ("Forget gate", "f", "σ"),
    "i": ("Input gate", "i", "σ"),
    "g": ("Candidate", "C̃", "tanh"),
    "o": ("Output gate", "o", "σ"),
}


def n(value: float) -> str:
    """Four decimals, with −0.0000 shown as 0.0000."""
    text = f"{value:.4f}"
    return "0.0000" if text == "-0.0000" else text


class MathPanel(QTextBrowser):
    def __init__(self, state: LabState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mathPanel")
        self.setToolTip(
            "Every equation of this step with the numbers put in. Select and copy any line."
        )
        self.setOpenLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._state = state
        self._theme = DARK
        self._html = ""
        self._font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._base_size = max(self._font.pointSizeF(), 10.0)
        self.set_text_scale(1.0)
        state.traceChanged.connect(self.refresh)
        state.cursorChanged.connect(self.refresh)

    def set_text_scale(self, scale: float) -> None:
        self._font.setPointSizeF(self._base_size * scale)
        self.setFont(self._font)
        self.document().setDefaultFont(self._font)
        self._html = ""
        self.refresh()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.viewport().setStyleSheet(f"background: {theme.background};")
        self._html = ""
        self.refresh()

    # ------------------------------------------------------------------ content
    def lines(self) -> list[tuple[str, str | None]]:
        """(plain text line, colour key or None) for the current step."""
        state = self._state
        t = state.cursor
        if t == 0:
            return [
                ("t = 0: nothing computed yet.", "title"),
                ("h(0) = 0.0000   C(0) = 0.0000", None),
                ("", None),
                ("Press Step ▶ (or the Right key) to run", None),
                (f"step 1 with x(1) = {n(float(state.sequence[0]))}.", None),
            ]
        ex = explain_step(state.params, state.trace, t)
        p = t - 1
        out: list[tuple[str, str | None]] = [
            (f"Step t = {t}", "title"),
            (f"x({t}) = {n(ex.x)}   h({p}) = {n(ex.h_prev)}   C({p}) = {n(ex.c_prev)}", None),
            ("", None),
        ]
        for gate in ("f", "i", "g", "o"):
            title, symbol, func = GATE_TITLES[gate]
            g = ex.gates[gate]
            name = f"{symbol}({t})"
            w_x, w_h = (term.weight_name for term in g.terms)
            out.append((f"{title}  {name} = {func}({w_x}·x + {w_h}·h + {g.bias_name})", gate))
            if g.clamped:
                out.append((f"  {name} = {n(g.value)}   (pinned)", gate))
                out.append(("", None))
                continue
            terms = " + ".join(f"{n(term.weight_value)}·{n(term.input_value)}" for term in g.terms)
            out.append((f"  {terms} + {n(g.bias_value)} = {n(g.preactivation)}", None))
            out.append((f"  {name} = {func}({n(g.preactivation)}) = {n(g.value)}", gate))
            out.append(("", None))
        f, i, g = (ex.gates[k].value for k in ("f", "i", "g"))
        out += [
            (f"Cell state  C({t}) = f({t})·C({p}) + i({t})·C̃({t})", "c"),
            (f"  = {n(f)}·{n(ex.c_prev)} + {n(i)}·{n(g)}", None),
            (f"  = {n(ex.forget_part)} + {n(ex.input_part)} = {n(ex.c)}", "c"),
            ("", None),
            (f"Hidden state  h({t}) = o({t})·tanh(C({t}))", "h"),
            (f"  = {n(ex.o)}·tanh({n(ex.c)}) = {n(ex.o)}·{n(ex.tanh_c)} = {n(ex.h)}", "h"),
            ("", None),
            (f"Output  y({t}) = w_out·h({t}) + b_out", "y"),
            (f"  = {n(ex.w_out)}·{n(ex.h)} + {n(ex.b_out)} = {n(ex.y)}", "y"),
        ]
        return out

    def refresh(self, *_args) -> None:
        theme = self._theme
        parts = []
        for text, key in self.lines():
            escaped = html.escape(text) if text else "&nbsp;"
            if key == "title":
                parts.append(f'<b style="color:{theme.accent}">{escaped}</b>')
            else:
                colour = theme.text if key is None else theme.series.get(key, theme.text)
                parts.append(f'<span style="color:{colour}">{escaped}</span>')
        # The size goes into the text itself: the application's stylesheet overrides setFont.
        html_text = (
            f'<div style="white-space: pre-wrap; font-family: monospace; '
            f'font-size: {self._font.pointSizeF():.1f}pt;">' + "<br>".join(parts) + "</div>"
        )
        if html_text == self._html:
            return
        self._html = html_text
        # Keep the student's place in the panel while the numbers change under it.
        scroll = self.verticalScrollBar().value()
        self.setHtml(html_text)
        self.verticalScrollBar().setValue(scroll)
