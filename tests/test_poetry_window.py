"""The poetry lesson window driven as a student would: prompt, write, branch, back, train."""

from __future__ import annotations

import gc
import re
import tracemalloc

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QInputMethodEvent, QTextLayout
from PySide6.QtWidgets import QApplication, QMessageBox

from lstm_lab.core.builtin import builtin_lessons
from lstm_lab.core.lesson import LessonError, lesson_from_json, read_lesson, write_lesson
from lstm_lab.lessons.poetry.options import card_picture, check_options
from lstm_lab.lessons.poetry.poemform import corpus_lines
from lstm_lab.lessons.poetry.qt.lesson_view import MAX_SHARE
from lstm_lab.lessons.poetry.qt.painting import poetry_font
from lstm_lab.lessons.poetry.session import PoetrySession
from lstm_lab.lessons.poetry.textdata import half_lines, shipped_model
from lstm_lab.ui.fonts import FAMILY, shipped_family


@pytest.fixture
def window(open_window):
    win = open_window("poetry-tang")
    win.controls_panel.speed_slider.setValue(200)
    return win


#: The half-lines the form line counts.
HALF_LINES = re.compile(r"Half-lines of five characters: \d+ of (\d+)")


def write_all(qtbot, win) -> None:
    qtbot.mouseClick(win.prompt_row.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=20_000)


def test_type_a_prompt_and_write_a_poem(qtbot, window):
    window.prompt_row.prompt_edit.clear()
    window.prompt_row.prompt_edit.setFocus()
    # An input method commits the character (QTest's key clicks know only ASCII).
    event = QInputMethodEvent("yue", [])
    QApplication.sendEvent(window.prompt_row.prompt_edit, event)
    event = QInputMethodEvent("", [])
    event.setCommitString("月")
    QApplication.sendEvent(window.prompt_row.prompt_edit, event)
    assert window.prompt_row.prompt_edit.text() == "月"
    write_all(qtbot, window)
    session = window.state.session
    assert session.prompt == "月" and session.finished and session.steps
    # The same prompt, temperature and seed write the same text as the command line does.
    seed = window.controls_panel.seed_spin.value()
    again = PoetrySession(shipped_model("tang"), "月", temperature=0.8, seed=seed, length=64)
    again.run()
    assert again.text == session.text
    assert window.bars.candidates and window.memory_panel.heatmap.chars[1] == "月"


def test_click_a_bar_to_branch_and_back_returns(qtbot, window):
    write_all(qtbot, window)
    session = window.state.session
    before = session.text
    window.state.select_step(2)
    bars = window.bars
    assert bars.step == 2
    candidate = next(c for c in bars.candidates if c.token != session.steps[2].token)
    row = bars.candidates.index(candidate)
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=bars.bar_centre(row).toPoint())
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20_000)
    assert session.steps[2].token == candidate.token and session.steps[2].branched
    assert session.text != before and window.prompt_row.back_button.isEnabled()
    qtbot.mouseClick(window.prompt_row.back_button, Qt.MouseButton.LeftButton)
    assert session.text == before and not window.prompt_row.back_button.isEnabled()


def test_click_a_unit_marks_its_strongest_characters(qtbot, window):
    write_all(qtbot, window)
    heatmap = window.memory_panel.heatmap
    point = heatmap.row_centre(7).toPoint()
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=point)
    assert window.state.unit == 7 and len(heatmap.highlighted) == 8
    window.memory_panel.state_combo.setCurrentIndex(1)
    assert "cell state" in window.memory_panel.caption.text()


def test_a_pasted_prompt_and_unknown_characters_are_named(qtbot, window):
    window.prompt_row.prompt_edit.clear()
    QApplication.clipboard().setText("春Z")
    window.prompt_row.prompt_edit.paste()
    assert window.prompt_row.prompt_edit.text() == "春Z"
    assert window.prompt_row.note.isVisibleTo(window) and "Z" in window.prompt_row.note.text()


def test_greedy_and_temperature(qtbot, window):
    window.controls_panel.temperature_slider.setValue(150)
    assert window.state.session.temperature == 1.5
    window.controls_panel.greedy_check.setChecked(True)
    assert (
        window.state.session.temperature == 0.0
        and window.controls_panel.temperature_label.text() == "T → 0"
    )
    write_all(qtbot, window)
    top = [
        window.state.session.candidates(k)[0].token for k in range(len(window.state.session.steps))
    ]
    assert top == [step.token for step in window.state.session.steps]


def test_the_lesson_round_trips_through_a_file(qtbot, window, tmp_path):
    window.prompt_row.prompt_edit.setText("山")
    window.controls_panel.seed_spin.setValue(42)
    lesson = window.current_lesson()
    write_lesson(lesson, tmp_path / "mine.lstmlab")
    again = read_lesson(tmp_path / "mine.lstmlab")
    assert again.kind == "poetry" and again.options["prompt"] == "山"
    assert again.options["seed"] == 42


def test_train_a_few_steps_on_a_tiny_text_then_save_and_load(qtbot, window, tmp_path):
    text = tmp_path / "tiny.txt"
    text.write_text("白日依山盡，黃河入海流。欲窮千里目，更上一層樓。\n\n" * 30, encoding="utf-8")
    window.train_panel.corpus_combo.setCurrentIndex(
        window.train_panel.corpus_combo.findData("file")
    )
    window.train_panel.hidden_combo.setCurrentIndex(0)
    window.train_panel.sample_spin.setValue(10)
    assert window.start_training(str(text))
    qtbot.waitUntil(lambda: window.state.train_steps >= 12, timeout=30_000)
    qtbot.mouseClick(window.train_panel.train_stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.trainer.is_running, timeout=5_000)
    assert not window.state.training and len(window.train_panel.loss_curve.losses) >= 2
    assert "step 10" in window.train_panel.sample_view.toPlainText()
    path = tmp_path / "mine.npz"
    assert window.save_model_dialog(str(path))
    assert window.load_model_dialog(str(path))
    assert (
        window.state.char_model.hidden == 32
        and window.controls_panel.model_combo.currentData() == "loaded"
    )
    write_all(qtbot, window)


def test_a_file_that_is_not_utf8_gets_a_clear_message(qtbot, window, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("café ".encode("latin-1") * 300)
    window.train_panel.corpus_combo.setCurrentIndex(
        window.train_panel.corpus_combo.findData("file")
    )
    assert not window.start_training(str(bad))
    box = window.findChild(QMessageBox, "poetryMessage")
    assert box is not None and "not UTF-8" in box.text()
    box.close()
    short = tmp_path / "short.txt"
    short.write_text("too short", encoding="utf-8")
    assert not window.start_training(str(short))
    assert "at least 500" in window.train_panel.train_status.text()


def test_a_broken_model_file_gets_a_clear_message(qtbot, window, tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    assert not window.load_model_dialog(str(bad))
    box = window.findChild(QMessageBox, "poetryMessage")
    assert box is not None and "not an LSTM Lab text model" in box.text()


def test_copy_lays_the_poem_out(qtbot, window):
    write_all(qtbot, window)
    window.copy_text()
    copied = QApplication.clipboard().text()
    assert copied.replace("\n", "") == window.state.session.text.replace("\n", "")


def test_poetry_lessons_are_built_in_with_cards():
    names = {lesson.name: lesson for lesson in builtin_lessons()}
    assert names["poetry-tang"].kind == "poetry" and names["poetry-tang"].order >= 300
    bars, lines = card_picture(names["poetry-tang"])
    assert len(bars) == 10 and np.all(np.diff(bars) <= 0) and lines


@pytest.mark.parametrize(
    "options, words",
    [
        ({"temperature": 5}, "temperature"),
        ({"temperature": True}, "temperature"),
        ({"model": "gpt"}, "model"),
        ({"seed": -1}, "seed"),
        ({"colour": 1}, "does not know"),
        ({"state": "gates"}, "state"),
    ],
)
def test_bad_options_are_refused_in_words(options, words):
    with pytest.raises(LessonError, match=words):
        check_options(options)
    data = {"format": "lstm-lab-lesson", "version": 1, "title": "x", "kind": "poetry"}
    with pytest.raises(LessonError, match=words):
        lesson_from_json({**data, "options": options})


def test_the_bars_follow_the_temperature_slider(qtbot, window):
    write_all(qtbot, window)
    window.state.select_step(1)
    window.controls_panel.temperature_slider.setValue(30)
    sharp = window.bars.candidates[0].p
    window.controls_panel.temperature_slider.setValue(200)
    flat = window.bars.candidates[0].p
    assert sharp > flat and window.bars.temperature == 2.0
    assert (
        abs(window.bars.candidates[0].p1 - window.state.session.candidates(1, temperature=1.0)[0].p)
        < 1e-12
    )


def _glyph_runs(layout) -> list:
    return [run for k in range(layout.lineCount()) for run in layout.lineAt(k).glyphRuns(-1, -1)]


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "，。？！；："


def test_chinese_text_is_drawn_with_the_font_the_app_ships(qtbot, window):
    """Even where the system has CJK fonts of its own (this one may), every Chinese character
    of the poem comes from the shipped font, and none is its missing-glyph box (glyph 0)."""
    assert shipped_family() == FAMILY
    write_all(qtbot, window)
    poem = window.state.session.text
    assert sum(map(_is_han, poem)) > 20
    for widget in (
        window.poem_view,
        window.prompt_row.prompt_edit,
        window.lesson_title,
        window.lesson_text,
        window.prompt_row.note,
        window.train_panel.sample_view,
    ):
        families = widget.font().families()
        assert families[-1] == FAMILY and families[0] == QFontInfo(QFont()).family()
    # Only the families are set: the lesson's title keeps its own size and weight.
    assert window.lesson_title.font().bold() and window.lesson_title.font().pointSizeF() == 14
    # The words keep the app's font; the characters it lacks come from the shipped one.
    assert QFontInfo(window.poem_view.font()).family() != FAMILY
    metrics = QFontMetrics(QFont(FAMILY))  # (Qt's fallbacks count too: the runs below do not)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in poem if _is_han(ch))

    document = window.poem_view.document()
    drawn = []
    block = document.firstBlock()
    while block.isValid():
        layout = block.layout()
        text = block.text()
        for run in _glyph_runs(layout):
            drawn.append((run.rawFont().familyName(), list(run.glyphIndexes())))
        for k, ch in enumerate(text):
            if _is_han(ch):
                line = layout.lineForTextPosition(k)
                runs = line.glyphRuns(k, 1)
                assert [r.rawFont().familyName() for r in runs] == [FAMILY], (ch, runs)
                assert all(0 not in r.glyphIndexes() for r in runs)
        block = block.next()
    assert any(family == FAMILY for family, _ in drawn)

    # The painted views (the heatmap's characters, the bars' labels) use the same families.
    for char in window.memory_panel.heatmap.chars[1:6]:
        layout = QTextLayout(char, poetry_font(1.0, 11))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = _glyph_runs(layout)
        assert [r.rawFont().familyName() for r in runs] == [FAMILY]
        assert 0 not in runs[0].glyphIndexes()


def test_a_failure_while_writing_is_told_in_words(qtbot, window, monkeypatch):
    def broken():
        raise RuntimeError("the model broke")

    monkeypatch.setattr(window.state.session, "step", broken)
    window.write()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=5_000)
    assert window.statusBar().currentMessage() == "Writing stopped: the model broke"
    assert not window.state.writing and window.prompt_row.write_button.isEnabled()


def test_writing_and_training_run_on_the_shared_pump(qtbot, window):
    """Writing keeps the speed slider's pace; another model stops it at once."""
    window.controls_panel.speed_slider.setValue(50)
    window.write()
    assert window.writer.is_running and window.state.writing
    window.controls_panel.speed_slider.setValue(120)
    assert window.writer._pace == 120
    qtbot.waitUntil(lambda: len(window.state.session.steps) >= 3, timeout=5_000)
    window.controls_panel.model_combo.setCurrentIndex(1)  # Shakespeare
    assert not window.writer.is_running and not window.state.writing
    assert window.state.model_name == "shakespeare" and window.state.session.steps == []
    assert window.prompt_row.write_button.isEnabled() and window.act_write.isEnabled()


def test_writing_leaves_no_object_behind_per_character(qtbot, window):
    """Every character refreshes the text view; nothing a refresh allocates in the view stays
    alive after it (the root frame's wrapper used to, two objects a character for good)."""
    from lstm_lab.lessons.poetry.qt import poem_view

    seed = window.controls_panel.seed_spin

    def write_poems(characters: int) -> None:  # Write, poem after poem, each its own seed
        written = 0
        while written < characters:
            seed.setValue(seed.value() + 1)
            write_all(qtbot, window)
            written += len(window.state.session.steps)

    def live_objects() -> int:  # allocated by a line of poem_view.py and alive
        gc.collect()
        return sum(
            1
            for obj in gc.get_objects()
            if (where := tracemalloc.get_object_traceback(obj)) is not None
            and where[0].filename == poem_view.__file__
        )

    write_poems(200)  # warm caches and fonts
    tracemalloc.start()
    try:
        write_poems(300)
        before = live_objects()
        write_poems(1000)
        grown = live_objects() - before
    finally:
        tracemalloc.stop()
    assert grown < 20, f"{grown} more objects from poem_view.py after 1,000 more characters"


def test_the_form_line_counts_the_poems_as_the_model_writes_them(qtbot, window):
    line = window.form_line
    assert line.isVisible() and line.text() == "Written here: nothing yet."
    seen: list[str] = []
    window.state.textChanged.connect(lambda: seen.append(line.text()))
    write_all(qtbot, window)
    session = window.state.session
    halves = half_lines(session.text)[0]
    five = sum(len(half) == 5 for half in halves)
    # While it wrote, the line followed every character: the half-lines grew one by one.
    counted = [int(m.group(1)) for m in map(HALF_LINES.search, seen) if m]
    assert counted == sorted(counted) and set(counted) == set(range(1, len(halves) + 1))
    assert any("Poems ended here: none yet." in text for text in seen)
    assert f"Poems ended here: 1; half-lines per poem: {len(halves)} ×1." in line.text()
    assert f"Half-lines of five characters: {five} of {len(halves)}" in line.text()
    copied = sum(half in corpus_lines("tang5").half_lines for half in halves)
    assert f"Word for word in the corpus: {copied} of {len(halves)} half-lines" in line.text()
    window.controls_panel.seed_spin.setValue(7)
    write_all(qtbot, window)
    assert "Poems ended here: 2;" in line.text()
    window.controls_panel.model_combo.setCurrentIndex(
        window.controls_panel.model_combo.findData("shakespeare")
    )
    assert not line.isVisible()  # the form of a poem says nothing of a speech


def test_the_model_details_say_both_losses_and_the_bigram_s(qtbot, window):
    info = window.state.char_model.info
    text = window.controls_panel.model_info.text()
    assert text.startswith("Poems of five characters a line, 3,003 symbols, LSTM of 128 units")
    assert (
        f"Held-out loss on {info['held_out_records']} poems it never read: "
        f"{info['held_out_loss']:.2f} nats per symbol (a character, a punctuation mark or the end "
        f"of the poem), {info['held_out_loss_per_char']:.2f} nats per Chinese character."
    ) in text
    assert (
        f"A bigram model, which knows only which character follows which (counted in the same "
        f"training texts): {info['bigram_loss']:.2f} nats per symbol, "
        f"{info['bigram_loss_per_char']:.2f} per Chinese character; of its 200 poems at T = 0.8, "
        f"{100 * info['bigram_five_share']:.0f} % of the half-lines have five characters and "
        f"{100 * info['bigram_four_or_eight_share']:.0f} % of the poems 4 or 8 half-lines."
    ) in text
    window.controls_panel.model_combo.setCurrentIndex(
        window.controls_panel.model_combo.findData("shakespeare")
    )
    text = window.controls_panel.model_info.text()
    assert (
        "Held-out loss on 143 speeches it never read: 1.43 nats per symbol (a character or the "
        "end of a speech)."
    ) in text
    assert "Chinese" not in text and "36 % of the words it writes are words of its text" in text


def test_a_long_lesson_text_scrolls_and_leaves_the_poem_its_room(qtbot, open_window):
    window = open_window("poetry-tang", size=(1024, 768))
    view, centre = window.lesson_text, window.centralWidget()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)  # this one is long
    assert view.height() <= MAX_SHARE * centre.height() + 1
    assert "Read more: Karpathy (2015)" in view.toPlainText()  # all of it, a scroll away
    window.open_lesson(window.current_lesson().replace(text="Write a poem of spring."))
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() == 0)
    assert view.height() < 3 * view.fontMetrics().lineSpacing()  # as high as its words
