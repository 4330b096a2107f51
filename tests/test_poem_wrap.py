"""English text in the poem view wraps between words, never inside one ("vono|ugher")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from lstm_lab.lessons.poetry.qt.poem_view import PoemView

VERSE = (
    "Shall I compare thee to a summer's day? Thou art more lovely and more temperate: "
    "rough winds do shake the darling buds of May, and summer's lease hath all too short "
    "a date; sometime too hot the eye of heaven shines, and often is his gold complexion "
    "dimm'd;  and every fair from fair sometime declines."
)


def broken_words(view: PoemView) -> list[str]:
    """Each place a line of the view breaks inside a word."""
    QApplication.processEvents()
    broken = []
    block = view.document().firstBlock()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for k in range(1, layout.lineCount()):
            start = layout.lineAt(k).textStart()
            if text[start - 1].isalnum() and text[start].isalnum():
                broken.append(f"{text[max(0, start - 8) : start]}|{text[start : start + 8]}")
        block = block.next()
    return broken


@pytest.mark.parametrize("width", [260, 420])
@pytest.mark.parametrize("poem", [False, True])
def test_english_wraps_between_words(qtbot, width, poem):
    view = PoemView()
    qtbot.addWidget(view)
    view.resize(width, 500)
    view.show()
    prompt, written = VERSE[:20], list(VERSE[20:])
    view.show_text(prompt, written, [False] * len(written), None, set(), poem, False)
    assert view.document().firstBlock().layout().lineCount() > 3  # it does wrap
    assert not broken_words(view)
    assert view.toPlainText().replace("\u00a0", " ").startswith(VERSE[:60])  # no space lost
    assert "dimm'd;  and" in view.toPlainText().replace("\u00a0", " ")  # two spaces kept
