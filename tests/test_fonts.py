"""The Chinese fonts that ship with the app: the serif covers the poetry lesson in both
scripts, the sans every Chinese word the window shows (no tofu), each says where it comes from,
both ship in every form of the app, the sans is every widget's fallback for Chinese, and a font
that will not load costs only a log line.

Read with Qt (QRawFont) and a few bytes of struct: fontTools is needed only by the tool that
makes the font (tools/build_cjk_font.py), never by the app or its tests.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import struct
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont, QTextLayout
from PySide6.QtWidgets import QLabel

import lstm_lab.ui.fonts as fonts
from lstm_lab.lessons.poetry.script import to_simplified
from lstm_lab.lessons.poetry.textdata import corpus_text, shipped_model
from lstm_lab.resources import resource_bytes, resource_text

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "lstm_lab" / "resources"
FOLDER = Path(fonts.FONT_FILE).parent.as_posix()
NAME = Path(fonts.FONT_FILE).name
UI_NAME = Path(fonts.UI_FONT_FILE).name


def shown_characters() -> set[str]:
    """Every character of the shipped Tang texts and every symbol of the Tang model."""
    chars = set(corpus_text("tang5")) | set(corpus_text("tang300"))
    chars |= set(shipped_model("tang").vocabulary.chars)
    return chars - {"\n"}


def simplified_vocabulary() -> set[str]:
    return {to_simplified(ch) for ch in shipped_model("tang").vocabulary.chars}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [text for item in items for text in _strings(item)]


def window_texts() -> dict[str, str]:
    """Every translation, lesson file text and page the window shows, by file: the text of
    the .ts files' translations, the strings of the lesson files, the pages."""
    found = {}
    for path in sorted((RESOURCES / "i18n").glob("*.ts")):
        root = ET.parse(path).getroot()
        found[path.name] = "".join("".join(t.itertext()) for t in root.iter("translation"))
    for path in sorted((RESOURCES / "lessons").glob("*.lstmlab")):
        found[path.name] = "".join(_strings(json.loads(path.read_text(encoding="utf-8"))))
    for path in sorted(RESOURCES.rglob("*.html")):
        found[path.name] = path.read_text(encoding="utf-8")
    return found


def is_wide(ch: str) -> bool:
    """A character no Western font has: East Asian width W or F."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def gb2312_hanzi() -> set[str]:
    found = set()
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return found


def table(data: bytes, tag: bytes) -> bytes:
    """One table of an OpenType file, found through its table directory."""
    count = struct.unpack_from(">H", data, 4)[0]
    for k in range(count):
        entry_tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * k)
        if entry_tag == tag:
            return data[offset : offset + length]
    raise KeyError(tag)


@pytest.fixture
def raw_font(qapp) -> QRawFont:
    font = QRawFont(resource_bytes(fonts.FONT_FILE), 24)
    assert font.isValid()
    return font


@pytest.fixture
def ui_font(qapp) -> QRawFont:
    font = QRawFont(resource_bytes(fonts.UI_FONT_FILE), 24)
    assert font.isValid()
    return font


def test_no_tofu_every_chinese_character_the_window_shows_is_in_the_ui_font(ui_font):
    """Run tools/build_cjk_font.py again when this names a character."""
    missing = {}
    texts = window_texts()
    for name, text in texts.items():
        lacking = sorted(
            {ch for ch in text if is_wide(ch) and not ui_font.supportsCharacter(ord(ch))}
        )
        if lacking:
            missing[name] = "".join(lacking)
    assert missing == {}
    assert any(name.endswith(".lstmlab") for name in texts)
    hanzi = gb2312_hanzi()
    assert len(hanzi) == 6763 and all(ui_font.supportsCharacter(ord(ch)) for ch in hanzi)
    assert all(ui_font.supportsCharacter(ord(ch)) for ch in "，。、；：？！“”（）《》…—")
    assert ui_font.familyName() == fonts.UI_FAMILY


def test_the_simplified_forms_of_the_tang_vocabulary_are_in_both_fonts(raw_font, ui_font):
    simplified = simplified_vocabulary()
    assert len(simplified) > 2800 and {"尽", "觉", "晓", "风"} <= simplified
    assert [ch for ch in sorted(simplified) if not raw_font.supportsCharacter(ord(ch))] == []
    assert [ch for ch in sorted(simplified) if not ui_font.supportsCharacter(ord(ch))] == []


def test_the_font_has_every_character_of_the_tang_texts_and_model(raw_font):
    chars = shown_characters()
    assert len(chars) > 6000 and {"春", "風", "，", "。"} <= chars
    missing = sorted(ch for ch in chars if not raw_font.supportsCharacter(ord(ch)))
    assert missing == []
    basic_latin = [chr(code) for code in range(0x20, 0x7F)]
    assert all(raw_font.supportsCharacter(ord(ch)) for ch in basic_latin + list("、「」《》□"))
    # A subset, not the whole font: a character no Tang text here holds is left out.
    assert not raw_font.supportsCharacter(ord("们"))
    assert raw_font.supportsCharacter(ord("尽"))  # the simplified form of 盡, for a poem


def test_the_font_has_its_own_family_name(raw_font):
    assert raw_font.familyName() == fonts.FAMILY
    assert "Noto" not in raw_font.familyName()


@pytest.mark.parametrize(
    "file, source",
    [
        (fonts.FONT_FILE, "Noto Serif CJK TC Regular**,\n  Version 2.001"),
        (fonts.UI_FONT_FILE, "Noto Sans CJK SC Regular**,\n  Version 2.004"),
    ],
)
def test_sources_gives_the_sha256_and_glyph_count_of_each_shipped_font(file, source):
    data = resource_bytes(file)
    sources = resource_text(f"{FOLDER}/SOURCES.md")
    name = Path(file).name
    section = sources.split(f"## `{name}`", 1)[1].split("\n## ", 1)[0]
    recorded = re.search(rf"SHA-256 of `{re.escape(name)}`: `([0-9a-f]{{64}})`", section)
    assert recorded and recorded.group(1) == hashlib.sha256(data).hexdigest()
    glyphs = struct.unpack_from(">H", table(data, b"maxp"), 4)[0]
    assert f"Glyphs: {glyphs:,} " in section
    assert source in section
    assert "https://github.com/notofonts/noto-cjk" in section
    assert "SIL Open Font License 1.1" in sources and "fonts-noto-cjk" in sources


@pytest.mark.parametrize(
    "file, largest, times",
    [(fonts.FONT_FILE, 3_000_000, 3725802854), (fonts.UI_FONT_FILE, 2_500_000, 3702558261)],
)
def test_each_font_is_small_and_unhinted(file, largest, times):
    data = resource_bytes(file)
    assert len(data) < largest
    tags = {struct.unpack_from(">4s", data, 12 + 16 * k)[0] for k in range(data[5])}
    assert b"CFF " in tags and not tags & {b"GSUB", b"GPOS", b"vmtx", b"VORG", b"BASE"}
    # The head table's times are fixed (the source's), so the tool writes the same bytes twice.
    created, modified = struct.unpack_from(">qq", table(data, b"head"), 20)
    assert created == modified == times


def test_the_licence_is_the_full_ofl_with_the_fonts_copyright():
    text = resource_text(f"{FOLDER}/LICENSE-OFL.txt")
    assert "© 2017-2022 Adobe (http://www.adobe.com/)." in text  # the serif
    assert "© 2014-2021 Adobe (http://www.adobe.com/)." in text  # the sans
    assert NAME in text and UI_NAME in text
    assert "Noto is a trademark of Google Inc." in text
    for part in (
        "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007",
        "PREAMBLE",
        "DEFINITIONS",
        '"Reserved Font Name" refers to',
        "PERMISSION & CONDITIONS",
        "5) The Font Software, modified or unmodified",
        "TERMINATION",
        "DISCLAIMER",
        "OTHER DEALINGS IN THE FONT SOFTWARE.",
    ):
        assert part in text


def test_the_font_ships_in_the_wheel_and_the_frozen_folder():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import prune
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    for name in (NAME, UI_NAME, "LICENSE-OFL.txt", "SOURCES.md"):
        assert prune.keep_data(f"lstm_lab/resources/{FOLDER}/{name}")
    assert "fonts/*.otf" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_tool_needs_fonttools_but_the_app_does_not():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    runtime = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert "fonttools" not in runtime.lower()
    assert 'tools = ["fonttools' in pyproject
    assert "fontTools" not in Path(fonts.__file__).read_text(encoding="utf-8")


def test_registered_once_and_chinese_text_gets_the_family_after_the_apps_own(qapp, monkeypatch):
    calls = []
    add = QFontDatabase.addApplicationFontFromData

    def counting(data):
        calls.append(len(data))
        return add(data)

    monkeypatch.setattr(fonts, "_tried", False)
    monkeypatch.setattr(fonts, "_family", None)
    monkeypatch.setattr(QFontDatabase, "addApplicationFontFromData", counting)
    assert fonts.shipped_family() == fonts.FAMILY
    assert fonts.shipped_family() == fonts.FAMILY
    assert len(calls) == 1
    families = fonts.chinese_font().families()
    assert families[-1] == fonts.FAMILY and len(families) == 2
    assert families[0] != fonts.FAMILY  # the app's own font comes first, for the words


@pytest.mark.parametrize("broken", ["missing", "not a font"])
def test_a_font_that_does_not_load_costs_one_log_line(qapp, monkeypatch, caplog, broken):
    def read(name):
        if broken == "missing":
            raise FileNotFoundError(f'LSTM Lab resource "{name}" is missing')
        return b"not a font at all"

    monkeypatch.setattr(fonts, "_tried", False)
    monkeypatch.setattr(fonts, "_family", None)
    monkeypatch.setattr(fonts, "resource_bytes", read)
    with caplog.at_level(logging.WARNING, logger="lstm_lab.ui.fonts"):
        assert fonts.shipped_family() is None
        assert fonts.shipped_family() is None
        font = fonts.chinese_font()
    assert fonts.FAMILY not in font.families()
    assert len(caplog.records) == 1
    assert "Chinese font was not loaded" in caplog.records[0].getMessage()
    assert caplog.records[0].exc_info is None


@pytest.fixture
def app_font(qapp):
    """The application's font, put back after the test."""
    saved = QFont(qapp.font())
    yield
    qapp.setFont(saved)


def _drawn_families(text: str, font: QFont) -> list[tuple[str, str]]:
    """(family, characters) of each run of glyphs ``text`` is drawn with in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    found = []
    for k, ch in enumerate(text):
        for run in line.glyphRuns(k, 1):
            assert 0 not in run.glyphIndexes(), ch  # no missing-glyph box
            found.append((run.rawFont().familyName(), ch))
    return found


def test_the_ui_family_follows_the_apps_font_for_every_widgets_chinese(qapp, app_font):
    """Even where the system has CJK fonts of its own (this one may), a widget's Chinese words
    come from the shipped sans and its Latin letters from the app's font; the poems keep the
    serif."""
    first = QFontInfo(qapp.font()).family()
    assert fonts.add_chinese_fallback(qapp) == fonts.UI_FAMILY
    assert qapp.font().families() == [first, fonts.UI_FAMILY]
    fonts.add_chinese_fallback(qapp)  # once
    assert qapp.font().families() == [first, fonts.UI_FAMILY]
    label = QLabel("文件(&F)：打开课程，LSTM 单元的遗忘门。")
    label.setStyleSheet("font-weight: bold; font-size: 15pt;")  # as under the app's stylesheet
    label.ensurePolished()
    drawn = _drawn_families(label.text().replace("&", ""), label.font())
    for family, ch in drawn:
        expected = fonts.UI_FAMILY if is_wide(ch) else first
        assert family == expected, (ch, family)
    assert label.font().bold()
    poem = _drawn_families("白日依山尽，黄河入海流。", fonts.chinese_font())
    assert {family for family, ch in poem if is_wide(ch)} == {fonts.FAMILY}
    # A lesson's text: Chinese words from the sans, a traditional character of a poem it
    # quotes (not in GB 2312) from the serif.
    assert "鬱" not in gb2312_hanzi()
    prose = dict((ch, family) for family, ch in _drawn_families("课程鬱", fonts.prose_font()))
    assert prose == {"课": fonts.UI_FAMILY, "程": fonts.UI_FAMILY, "鬱": fonts.FAMILY}


def test_the_app_starts_with_the_fallback_in_place():
    """The command's own start (a screenshot here) registers the sans before any widget."""
    import subprocess

    code = (
        "import sys; from lstm_lab.app import _ensure_application; "
        "app = _ensure_application(sys.argv[:1]); print(app.font().families())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert fonts.UI_FAMILY in done.stdout


def test_a_ui_font_that_does_not_load_costs_one_log_line(qapp, app_font, monkeypatch, caplog):
    monkeypatch.setattr(fonts, "_ui_tried", False)
    monkeypatch.setattr(fonts, "_ui_family", None)
    monkeypatch.setattr(fonts, "resource_bytes", lambda name: b"not a font at all")
    before = qapp.font().families()
    with caplog.at_level(logging.WARNING, logger="lstm_lab.ui.fonts"):
        assert fonts.add_chinese_fallback(qapp) is None
        assert fonts.add_chinese_fallback(qapp) is None
    assert qapp.font().families() == before
    assert len(caplog.records) == 1
    assert "Chinese UI font was not loaded" in caplog.records[0].getMessage()
