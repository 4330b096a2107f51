"""File → Print worksheet: the dialog, its preview, the PDF and its answer key (the HTML and
the file names without Qt: test_worksheet_html.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_worksheet_html import computed_numbers

from lstm_lab.core.builtin import lesson_by_name
from lstm_lab.core.report import n
from lstm_lab.lessons.cell.qt.worksheet import WorksheetDialog

PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def window(open_window):
    win = open_window(size=(1280, 800))
    win.open_lesson(lesson_by_name("single-pulse"))
    return win


def open_dialog(qtbot, win) -> WorksheetDialog:
    win.actions_by_key["worksheet"].trigger()
    qtbot.waitUntil(lambda: getattr(win, "worksheet_dialog", None) is not None)
    dialog = win.worksheet_dialog
    qtbot.waitExposed(dialog)
    return dialog


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def test_the_dialog_previews_two_pages_by_default(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Print worksheet"
    assert dialog.page_count() == 2  # the table, then step 1 by hand
    assert dialog.pages_label.text() == "2 pages"
    dialog.every.setChecked(True)
    assert dialog.page_count() == 1 + window.state.length
    dialog.every.setChecked(False)
    dialog.worked.setValue(0)  # "none"
    assert dialog.page_count() == 1
    dialog.show_key.setChecked(True)
    assert dialog.page_count() == 1
    dialog.blanks.setChecked(False)
    assert not dialog.key.isEnabled() and dialog.show_sheet.isChecked()
    dialog.close()


def test_saving_writes_the_worksheet_and_its_answer_key(qtbot, window, monkeypatch, tmp_path):
    window.state.go_to(3)
    dialog = open_dialog(qtbot, window)
    assert dialog.worked.value() == 3  # the step on screen
    path = tmp_path / "class-5b"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog.save_button.click()
    sheet, key = tmp_path / "class-5b.pdf", tmp_path / "class-5b-answers.pdf"
    assert sheet.exists() and key.exists()
    assert pdf_pages(sheet) == pdf_pages(key) == 2
    assert "class-5b.pdf and class-5b-answers.pdf" in dialog.status.text()
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    sheet_text = subprocess.run(
        [PDFTOTEXT, "-layout", str(sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    key_text = subprocess.run(
        [PDFTOTEXT, "-layout", str(key), "-"], capture_output=True, text=True, check=True
    ).stdout
    lab = window.state
    assert "A single pulse" in sheet_text and "Name:" in sheet_text
    assert "ANSWER KEY" in key_text and "ANSWER KEY" not in sheet_text
    assert "Step t = 3, by hand" in sheet_text and "Step t = 3, by hand" in key_text
    # The student's numbers are blank on the worksheet and all there in the key, except
    # h(2) and C(2), which the worked step gives.
    computed = computed_numbers(lab) - {n(lab.trace.h[1]), n(lab.trace.c[1])}
    assert computed
    leaked = sorted(number for number in computed if number in sheet_text)
    assert not leaked, f"the worksheet gives away {leaked}"
    table = {n(float(getattr(lab.trace, f)[k])) for f in "figocy" for k in range(lab.length)}
    missing = sorted(number for number in table if number not in key_text)
    assert not missing, f"the answer key lacks {missing}"


def test_the_save_dialog_offers_the_lesson_and_step(qtbot, window, monkeypatch, tmp_path):
    window.state.go_to(3)
    dialog = open_dialog(qtbot, window)
    offered = []

    def save_as(parent, caption, suggestion, filters, *args, **kwargs):
        offered.append(suggestion)
        return str(tmp_path / os.path.basename(suggestion)), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    dialog.save_button.click()
    assert os.path.basename(offered[-1]) == "worksheet-a-single-pulse-step-3.pdf"
    assert (tmp_path / "worksheet-a-single-pulse-step-3.pdf").exists()
    assert (tmp_path / "worksheet-a-single-pulse-step-3-answers.pdf").exists()
    # The step typed in the dialog is the one named.
    dialog.worked.setFocus()
    dialog.worked.selectAll()
    qtbot.keyClicks(dialog.worked, "4")
    assert dialog.worked.value() == 4
    dialog.save_button.click()
    assert os.path.basename(offered[-1]) == "worksheet-a-single-pulse-step-4.pdf"
    qtbot.mouseClick(dialog.every, Qt.MouseButton.LeftButton)
    assert dialog.every.isChecked()
    dialog.save_button.click()
    last = window.state.length
    assert os.path.basename(offered[-1]) == f"worksheet-a-single-pulse-steps-1-{last}.pdf"
    dialog.close()


def test_without_blanks_one_file_with_every_number(qtbot, window, monkeypatch, tmp_path):
    dialog = open_dialog(qtbot, window)
    dialog.blanks.setChecked(False)
    dialog.every.setChecked(True)
    path = tmp_path / "all.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog.save_button.click()
    assert path.exists() and not (tmp_path / "all-answers.pdf").exists()
    assert pdf_pages(path) == 1 + window.state.length


def test_a_write_error_is_reported_and_keeps_the_old_file(qtbot, window, monkeypatch, tmp_path):
    dialog = open_dialog(qtbot, window)
    old = tmp_path / "sheet.pdf"
    old.write_bytes(b"%PDF old")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(old), ""))
    )

    def disk_full(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("lstm_lab.lessons.cell.qt.exports.os.replace", disk_full)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "exportError") is not None)
    text = dialog.findChild(QMessageBox, "exportError").text()
    assert "sheet.pdf cannot be written: No space left on device" in text
    assert old.read_bytes() == b"%PDF old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["sheet.pdf"]


@pytest.mark.parametrize("language", ["zh_CN"])
def test_a_chinese_worksheet_draws_its_characters_from_the_shipped_font(
    qtbot, window, monkeypatch, tmp_path, language
):
    """On a machine with no Chinese font of its own, the PDF's Chinese words (the title, the
    footer's page numbers) come from the shipped UI font, embedded in the file."""
    import re

    from lstm_lab.ui.fonts import UI_FAMILY

    dialog = open_dialog(qtbot, window)
    path = tmp_path / "sheet"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    dialog.save_button.click()
    data = (tmp_path / "sheet.pdf").read_bytes()
    fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/]+)", data))
    assert UI_FAMILY.replace(" ", "").encode() + b"-Regular" in fonts, fonts
    dialog.close()
