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
        f'Look: ![secret]({png}) and <img src="{png}"> and '
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
    assert "secret" in window.lesson_text.toPlainText() and not shows_magenta(window)


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


# ------------------------------------------------------------------ pictures a lesson carries
def png_bytes(width: int, height: int, colour=(255, 0, 255)) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(*colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data)


def claimed_png(width: int, height: int) -> bytes:
    """A PNG signature and a well-formed header claiming ``width`` × ``height``, and no data."""
    import struct
    import zlib

    header = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", 13)
        + header
        + struct.pack(">I", zlib.crc32(header))
        + b"\x00" * 16
    )


def lesson_with_pictures(images: dict[str, str], text: str) -> str:
    data = json.loads(resource_text("lessons/single-pulse.lstmlab"))
    data["version"] = 3  # pictures came with version 3; its translations with version 4
    data.pop("translations")
    data["text"] = text
    data["images"] = images
    return json.dumps(data)


def b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


@pytest.mark.parametrize(
    ("images", "message"),
    [
        ({"plot": "not base64!"}, 'the picture "plot" is not base64 data'),
        ({"plot": b64(b"GIF89a" + b"\0" * 40)}, 'the picture "plot" is not a PNG image'),
        ({"plot": b64(claimed_png(8192, 8192))}, "is 8192 × 8192 pixels"),
        ({"plot": b64(claimed_png(1, 1)[:-20] + b"\0" * 20)}, "damaged PNG image"),
        ({"../x": b64(claimed_png(1, 1))}, "may hold only letters"),
        ({f"p{k}": b64(claimed_png(1, 1)) for k in range(9)}, "a lesson may have 8"),
        (["plot"], '"images" must be a set of named pictures'),
        ({"plot": 5}, "must be base64 PNG data"),
    ],
)
def test_a_picture_that_is_no_small_png_is_refused_before_it_is_decoded(images, message):
    from lstm_lab.core.lesson import LessonError, loads

    with pytest.raises(LessonError, match=message.replace("(", r"\(").replace(")", r"\)")):
        loads(lesson_with_pictures(images, "x"))


def test_only_a_picture_the_lesson_carries_stays_a_picture():
    names = {"plot"}
    assert safe_markdown("![the plot](lesson-image:plot)", names) == (
        "![the plot](lesson-image:plot)"
    )
    assert safe_markdown("![gone](lesson-image:other)", names) == "gone"
    assert safe_markdown("![x](lesson-image:plot)", ()) == "x"  # no pictures: words only
    # Its description cannot smuggle markup or a second image into the kept one.
    assert safe_markdown("![a <b> ![c](d.png)](lesson-image:plot)", names) == (
        "![a b cd.png](lesson-image:plot)"
    )
    # A lesson's own copy of the marker characters is dropped, never read as a kept picture.
    assert safe_markdown("\ufdd00\ufdd1 <x>", names) == "0 \\<x>"


def test_a_carried_picture_shows_in_the_lesson_text_and_survives_saving(
    qtbot, open_window, tmp_path
):
    from lstm_lab.core.lesson import loads, write_lesson

    green = png_bytes(3000 // 4, 40, (0, 200, 0))  # wider than shown: scaled to fit
    broken = claimed_png(20, 20)  # a good header over no pixels: shown as nothing
    text = "See ![the plot](lesson-image:plot) and ![broken](lesson-image:broken)."
    lesson = loads(lesson_with_pictures({"plot": b64(green), "broken": b64(broken)}, text))
    assert lesson.images == {"plot": green, "broken": broken}
    window = open_window()
    window.open_lesson(lesson)
    view = window.findChild(LessonTextView, "lessonText")
    view.show()
    QApplication.processEvents()
    image = view.document().resource(2, QUrl("lesson-image:plot"))
    assert isinstance(image, QImage) and image.width() == 640 and image.height() == 34
    assert "lesson-image:broken" in view.refused
    shown = view.grab().toImage()
    assert any(
        QColor(shown.pixel(x, y)).green() > 150 and QColor(shown.pixel(x, y)).red() < 60
        for y in range(0, shown.height(), 2)
        for x in range(0, shown.width(), 2)
    )

    path = tmp_path / "pictures.lstmlab"
    write_lesson(lesson, path)
    again = read_lesson(path)
    assert again.images == lesson.images and again.text == text


def test_the_teacher_adds_a_picture_and_a_file_that_is_none_is_refused(qtbot, tmp_path):
    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.lessons.cell.qt.exercise_dialog import ExerciseDialog

    dialog = ExerciseDialog(lesson_by_name("single-pulse"), [("math", "Math")])
    qtbot.addWidget(dialog)
    picture = tmp_path / "forget gate.png"
    picture.write_bytes(png_bytes(30, 20))
    assert dialog.add_picture(str(picture))
    assert "![forget-gate](lesson-image:forget-gate)" in dialog.text_edit.toPlainText()
    assert dialog.lesson().images == {"forget-gate": picture.read_bytes()}

    fake = tmp_path / "notes.png"
    fake.write_text("just words", encoding="utf-8")
    assert not dialog.add_picture(str(fake))
    from helpers import message_box

    box = message_box(dialog, "pictureError")
    assert box.text() == "notes.png is not a PNG image"
    assert set(dialog.lesson().images) == {"forget-gate"}

    dialog.text_edit.setPlainText("No picture now.")  # its line taken out: it leaves the file
    assert dialog.lesson().images == {}
