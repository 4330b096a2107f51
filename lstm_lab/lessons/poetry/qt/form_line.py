"""The line under the poem that counts the form of what the model has written in the window:
half-lines of five characters, half-lines per poem, lines found word for word in the corpus
(counted without Qt by `lstm_lab.lessons.poetry.poemform`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from lstm_lab.lessons.poetry.poemform import SHAPES, FormStats


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}" if whole else "0"


class FormLine(QLabel):
    """The form of the poems written here, in one wrapped line (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formStats")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setToolTip(
            self.tr(
                "Counted over every text this model has written in this window since it was "
                "chosen: a Tang poem has 4 or 8 half-lines of five characters"
            )
        )

    def show_stats(self, stats: FormStats, corpus_known: bool) -> None:
        self.setText(self.describe(stats, corpus_known))

    def describe(self, stats: FormStats, corpus_known: bool) -> str:
        """``stats`` in words; copies are said when the corpus is known."""
        if not stats.texts:
            return self.tr("Written here: nothing yet.")
        if stats.poems:
            names = {**{str(count): str(count) for count in SHAPES}, "other": self.tr("other")}
            counts = self.tr(", ").join(
                self.tr("{shape} ×{poems}").format(shape=names[key], poems=stats.shapes[key])
                for key in names
                if stats.shapes[key]
            )
            parts = [
                self.tr("Poems ended here: {count}; half-lines per poem: {counts}.").format(
                    count=stats.poems, counts=counts
                )
            ]
        else:
            parts = [self.tr("Poems ended here: none yet.")]
        if stats.half_lines:
            words = self.tr("Half-lines of five characters: {five} of {half_lines} ({share} %).")
            share = percent(stats.five, stats.half_lines)
            parts.append(words.format(five=stats.five, half_lines=stats.half_lines, share=share))
            if corpus_known:
                parts.append(
                    self.tr(
                        "Word for word in the corpus: {copied} of {half_lines} half-lines, "
                        "{copied_lines} of {lines} lines."
                    ).format(
                        copied=stats.copied_half_lines,
                        half_lines=stats.half_lines,
                        copied_lines=stats.copied_lines,
                        lines=stats.lines,
                    )
                )
        return " ".join(parts)
