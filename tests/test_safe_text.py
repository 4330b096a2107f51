"""Lesson text from someone else's file is shown, never obeyed: no image, stylesheet or file is
read from it, links are not followed inside the app, titles are plain text."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from lstm_lab.core.lesson import read_lesson
from lstm_lab.core.safe_text import safe_markdown
from lstm_lab.resources import resource_text
from lstm_lab.ui.lesson_text import LessonTextView

MAGENTA = QColor(255, 0, 255).rgb()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a ![a plot](/etc/plot.png) b", "a a plot b"),
        ("![x](//host/share/x.png)", "x"),
        ("![x][ref]\n\n[ref]: ../../secret.png", "x\n\n[ref]: ../../secret.png"),
        ("![![inner](a.png)](b.png)", "inner"),
        ('<img src="/dev/zero">', '\\<img src="/dev/zero">'),
        ("<file:///etc/passwd>", "\\<file:///etc/passwd>"),
        ("Raise **b_f** (0 < b_f)!", "Raise **b_f** (0 \\< b_f)!"),
    ],
)
def test_images_become_their_words_and_markup_its_characters(text, shown):
    assert safe_markdown(text) == shown


def test_the_shipped_lesson_texts_are_unchanged_by_it():
    from lstm_lab.core.builtin import builtin_lessons

    for lesson in builtin_lessons():
        assert safe_markdown(lesson.text) == lesson.text, lesson.name


def magenta_png(tmp_path) -> str:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 255))
    path = str(tmp_path / "leak.png")
    assert image.save(path)
    return path


def hostile_lesson(tmp_path, name: str, png: str) -> str:
    data = json.loads(resource_text(f"lessons/{name}.lstmlab"))
    data["text"] = (
        f"Look: ![secret]({png}) and <img src=\"{png}\"> and "
        f"![shared](//host/share/x.png) [click](file:///etc/passwd)"
    )
    path = tmp_path / f"{name}.lstmlab"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def shows_magenta(widget) -> bool:
    QApplication.processEvents()
    image = widget.grab().toImage()
    return any(
        image.pixel(x, y) == MAGENTA
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    )


@pytest.mark.parametrize("name", ["single-pulse", "compare-who-remembers", "forecast-sine"])
def test_a_lesson_naming_a_picture_on_disk_never_shows_it(qtbot, open_window, tmp_path, name):
    png = magenta_png(tmp_path)
    lesson = read_lesson(hostile_lesson(tmp_path, name, png))
    window = open_window(kind=lesson.kind)
    window.open_lesson(lesson)
    view = window.findChild(LessonTextView, "lessonText")
    assert view is not None
    if "text" in window.docks:
        window.docks["text"].raise_()
    view.show()
    assert "secret" in view.toPlainText() and "\\<img" not in view.toPlainText()
    assert "<img" in view.toPlainText()  # shown as the characters it is made of
    assert not shows_magenta(view)
    assert view.loadResource(2, QUrl.fromLocalFile(png)) is None  # and asked, it refuses


def test_the_poetry_window_shows_a_hostile_title_and_text_as_words(qtbot, open_window, tmp_path):
    png = magenta_png(tmp_path)
    window = open_window("poetry-tang")
    lesson = read_lesson(hostile_lesson(tmp_path, "poetry-tang", png))
    window.open_lesson(lesson.replace(title="<table width=100000 height=100000><tr><td>x"))
    QApplication.processEvents()
    assert window.width() < 5000
    assert window.lesson_title.text().startswith("<table")  # the characters, as typed
    assert "secret" in window.lesson_text.text() and not shows_magenta(window)


def test_links_are_never_followed_inside_and_web_addresses_only_when_agreed(qtbot, monkeypatch):
    view = LessonTextView()
    qtbot.addWidget(view)
    view.set_markdown("[passwd](file:///etc/passwd) and [site](https://example.org/x)")
    before = view.toPlainText()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert view.toPlainText() == before and opened == []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    view.anchorClicked.emit(QUrl("https://example.org/x"))
    assert opened == []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Open)
    view.anchorClicked.emit(QUrl("https://example.org/x"))
    assert [url.toString() for url in opened] == ["https://example.org/x"]
    assert view.toPlainText() == before
