"""The Chinese font that ships with the app: it covers the poetry lesson, says where it comes
from, is shipped in every form of the app, and a font that will not load costs only a log line.

Read with Qt (QRawFont) and a few bytes of struct: fontTools is needed only by the tool that
makes the font (tools/build_cjk_font.py), never by the app or its tests.
"""

from __future__ import annotations

import hashlib
import logging
import re
import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QRawFont

import lstm_lab.ui.fonts as fonts
from lstm_lab.lessons.poetry.textdata import corpus_text, shipped_model
from lstm_lab.resources import resource_bytes, resource_text

ROOT = Path(__file__).resolve().parents[1]
FOLDER = Path(fonts.FONT_FILE).parent.as_posix()
NAME = Path(fonts.FONT_FILE).name


def shown_characters() -> set[str]:
    """Every character of the shipped Tang texts and every symbol of the Tang model."""
    chars = set(corpus_text("tang5")) | set(corpus_text("tang300"))
    chars |= set(shipped_model("tang").vocabulary.chars)
    return chars - {"\n"}


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


def test_the_font_has_every_character_of_the_tang_texts_and_model(raw_font):
    chars = shown_characters()
    assert len(chars) > 6000 and {"春", "風", "，", "。"} <= chars
    missing = sorted(ch for ch in chars if not raw_font.supportsCharacter(ord(ch)))
    assert missing == []
    basic_latin = [chr(code) for code in range(0x20, 0x7F)]
    assert all(raw_font.supportsCharacter(ord(ch)) for ch in basic_latin + list("、「」《》□"))
    # A subset, not the whole font: a character no Tang text here holds is left out.
    assert not raw_font.supportsCharacter(ord("们"))


def test_the_font_has_its_own_family_name(raw_font):
    assert raw_font.familyName() == fonts.FAMILY
    assert "Noto" not in raw_font.familyName()


def test_sources_gives_the_sha256_and_glyph_count_of_the_shipped_font():
    data = resource_bytes(fonts.FONT_FILE)
    sources = resource_text(f"{FOLDER}/SOURCES.md")
    recorded = re.search(rf"SHA-256 of `{re.escape(NAME)}`: `([0-9a-f]{{64}})`", sources)
    assert recorded and recorded.group(1) == hashlib.sha256(data).hexdigest()
    glyphs = struct.unpack_from(">H", table(data, b"maxp"), 4)[0]
    assert f"Glyphs: {glyphs:,} " in sources
    assert "Noto Serif CJK TC" in sources and "Version 2.001" in sources
    assert "https://github.com/notofonts/noto-cjk" in sources
    assert "SIL Open Font License 1.1" in sources


def test_the_font_is_small_and_unhinted():
    data = resource_bytes(fonts.FONT_FILE)
    assert len(data) < 3_000_000
    tags = {struct.unpack_from(">4s", data, 12 + 16 * k)[0] for k in range(data[5])}
    assert b"CFF " in tags and not tags & {b"GSUB", b"GPOS", b"vmtx", b"VORG", b"BASE"}
    # The head table's times are fixed (the source's), so the tool writes the same bytes twice.
    created, modified = struct.unpack_from(">qq", table(data, b"head"), 20)
    assert created == modified == 3725802854


def test_the_licence_is_the_full_ofl_with_the_fonts_copyright():
    text = resource_text(f"{FOLDER}/LICENSE-OFL.txt")
    assert "© 2017-2022 Adobe (http://www.adobe.com/)." in text
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
    for name in (NAME, "LICENSE-OFL.txt", "SOURCES.md"):
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
