"""Build the Chinese fonts the app ships (not run by the app).

    pip install -e ".[tools]"
    python tools/build_cjk_font.py [--serif NotoSerifCJK-Regular.ttc]
                                   [--sans NotoSansCJK-Regular.ttc] [--copyright FILE]
                                   [--out lstm_lab/resources/fonts]

Two faces of the Noto CJK fonts (each found by its name table, not by its place in its
collection), each cut down with fontTools' subsetter to the characters the app shows in it:

- **the poems**: "Noto Serif CJK TC" Regular → ``NotoSerifTC-Tang.otf``, family
  ``lstm_lab.ui.fonts.FAMILY``: every character of the shipped Tang texts (``tang5`` and
  ``tang300``, decompressed), every symbol of the shipped Tang model's vocabulary and the
  simplified form of each (a poem shown in simplified characters), the CJK punctuation an input
  method types, the unknown symbol □ and basic Latin (U+0020-U+007E);
- **the window's Chinese words**: "Noto Sans CJK SC" Regular → ``NotoSansSC-UI.otf``, family
  ``lstm_lab.ui.fonts.UI_FAMILY``: all of GB 2312 (its 6,763 hanzi and its 682 other
  characters, from Python's ``gb2312`` codec), the CJK punctuation, every wide character
  (East Asian width W or F) of the translations (``resources/i18n/*.ts``), of the lesson
  files (``resources/lessons/*.lstmlab``) and of the pages (``resources/**/*.html``), and the
  simplified forms of the Tang vocabulary; besides, the other characters of those files and
  basic Latin where the source has them (the app's own font draws them first).

The translations are written while the app grows: run the tool again when one brings a
character GB 2312 lacks (``tests/test_fonts.py`` names it). Hinting and the tables horizontal
Chinese text does not need (vertical metrics, the baseline table, OpenType layout, whose locale
variants would double the glyphs) are left out. Each family is renamed so that a subset is
never taken for a full Noto font installed on the machine; the copyright, trademark, designer
and licence entries stay.

Writes into ``--out``: the two fonts; ``LICENSE-OFL.txt``, their copyright notices and the full
SIL Open Font License 1.1 (taken from the Debian package's copyright file, ``--copyright``);
and ``SOURCES.md``: the source fonts and their versions, the upstream project, the licence, how
the subsets were made, the number of glyphs and the SHA-256 of each font, which
``tests/test_fonts.py`` checks. The head table keeps each source's creation and modification
times, so the same sources and fontTools write the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_lab.engine.charmodel import UNKNOWN_CHAR  # noqa: E402
from lstm_lab.lessons.poetry.script import to_simplified  # noqa: E402
from lstm_lab.lessons.poetry.textdata import corpus_text, shipped_model  # noqa: E402
from lstm_lab.ui.fonts import FAMILY, FONT_FILE, UI_FAMILY, UI_FONT_FILE  # noqa: E402

FONTS = Path("/usr/share/fonts/opentype/noto")
DEFAULT_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
#: Where the sources come from (``apt-get download fonts-noto-cjk`` and ``dpkg -x`` do, with
#: no system install); their SHA-256 in SOURCES.md pins the very files.
DEBIAN_PACKAGE = "Debian 12's package `fonts-noto-cjk` 1:20220127+repack1-1"
RESOURCES = ROOT / "lstm_lab" / "resources"
DEFAULT_OUT = RESOURCES / "fonts"
SOURCE_STYLE = "Regular"
UPSTREAM = "https://github.com/notofonts/noto-cjk"
TEXTS = ("tang5", "tang300")
MODEL = "tang"  # tang5.npz
#: Punctuation a Chinese input method types (fullwidth and CJK forms) and the ideographic space.
PUNCTUATION = "，。、；：？！…—·「」『』（）《》〈〉【】〔〕“”‘’\u3000"
#: CJK Symbols and Punctuation (U+3000-U+303F) and the fullwidth forms (U+FF01-U+FF5E).
CJK_PUNCTUATION = "".join(chr(c) for c in [*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F)])
BASIC_LATIN = "".join(chr(code) for code in range(0x20, 0x7F))
#: Dropped besides what fontTools drops: vertical metrics and origins, the baseline table, and
#: layout (GSUB's locale forms would pull in every Japanese, Korean and simplified variant).
DROPPED_TABLES = ["BASE", "VORG", "vhea", "vmtx", "GSUB", "GPOS", "GDEF", "JSTF", "DSIG"]
#: Name entries kept besides the renamed family: copyright, version, trademark, manufacturer,
#: designer, description, vendor and designer URLs, licence and licence URL.
KEPT_NAME_IDS = (0, 5, 7, 8, 9, 10, 11, 12, 13, 14)
OFL_HEADER = "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"


@dataclass(frozen=True)
class Face:
    key: str  # "serif" or "sans"
    source_family: str
    source_file: str  # the collection's name in Debian's fonts-noto-cjk
    family: str  # the subset's own family
    file: str  # the resource the app reads
    purpose: str  # what it is for, in SOURCES.md

    @property
    def ps_name(self) -> str:
        return self.family.replace(" ", "") + "-Regular"


SERIF = Face(
    "serif",
    "Noto Serif CJK TC",
    "NotoSerifCJK-Regular.ttc",
    FAMILY,
    FONT_FILE,
    "the poems of the poetry lesson, in traditional or simplified characters",
)
SANS = Face(
    "sans",
    "Noto Sans CJK SC",
    "NotoSansCJK-Regular.ttc",
    UI_FAMILY,
    UI_FONT_FILE,
    "the window's Chinese words (menus, panels, messages, lesson texts), after the app's font",
)
FACES = (SERIF, SANS)


def simplified_vocabulary() -> set[str]:
    """The simplified form of every symbol of the Tang model's vocabulary."""
    return {to_simplified(ch) for ch in shipped_model(MODEL).vocabulary.chars}


def gb2312() -> set[str]:
    """Every character of GB 2312 (rows 1-9 symbols, 16-87 hanzi), from Python's codec."""
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return found


def shown_text_characters() -> set[str]:
    """Every character of the translations, the lesson files and the pages (the text of
    the .ts files' elements, the strings of the lesson files)."""
    found: set[str] = set()
    for path in sorted((RESOURCES / "i18n").glob("*.ts")):
        for text in ET.parse(path).getroot().itertext():
            found.update(text)
    for path in sorted((RESOURCES / "lessons").glob("*.lstmlab")):
        found.update(_strings(json.loads(path.read_text(encoding="utf-8"))))
    for path in sorted(RESOURCES.rglob("*.html")):
        found.update(path.read_text(encoding="utf-8"))
    return {ch for ch in found if unicodedata.category(ch)[0] not in "CZ" or ch == " "}


def _strings(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "".join(_strings(item) for item in value.values())
    if isinstance(value, list):
        return "".join(_strings(item) for item in value)
    return ""


def is_wide(ch: str) -> bool:
    """A character a Western font lacks: East Asian width W (wide) or F (fullwidth)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def wanted_characters(face: Face) -> tuple[set[str], set[str]]:
    """(characters the face must have, extras kept when the source has them)."""
    if face is SERIF:
        required: set[str] = set()
        for name in TEXTS:
            required.update(corpus_text(name))
        required.update(shipped_model(MODEL).vocabulary.chars)
        required.update(simplified_vocabulary())
        required.update(BASIC_LATIN)
        required -= {"\n", "\r", "\t"}
        extras = set(PUNCTUATION + UNKNOWN_CHAR) - required
        return required, extras
    shown = shown_text_characters()
    required = gb2312() | set(PUNCTUATION) | simplified_vocabulary()
    required |= {ch for ch in shown if is_wide(ch)}
    extras = (shown | set(CJK_PUNCTUATION + BASIC_LATIN + UNKNOWN_CHAR)) - required
    return required, extras


def find_face(source: Path, face: Face) -> int:
    """The index in the collection of the face named ``face.source_family``, Regular."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source), lazy=True)
    found = [
        index
        for index, font in enumerate(collection.fonts)
        if font["name"].getDebugName(1) == face.source_family
        and font["name"].getDebugName(2) == SOURCE_STYLE
    ]
    names = [font["name"].getDebugName(4) for font in collection.fonts]
    collection.close()
    if len(found) != 1:
        raise SystemExit(f"{source}: no single face {face.source_family} {SOURCE_STYLE} in {names}")
    return found[0]


def ofl_text(copyright_file: Path) -> str:
    """The SIL OFL 1.1 from a Debian copyright file (its "License: SIL-1.1" paragraph)."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    # The stand-alone paragraph: the licence's name, then its text indented by one space.
    start = next(
        (
            k
            for k, line in enumerate(lines[:-1])
            if line.strip() in ("License: SIL-1.1", "License: OFL-1.1")
            and lines[k + 1].startswith(" ")
        ),
        None,
    )
    if start is None:
        raise SystemExit(f"{copyright_file} holds no SIL-1.1 licence paragraph")
    body = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    text = "\n".join(body).strip("\n") + "\n"
    for needed in (OFL_HEADER, "PREAMBLE", "PERMISSION & CONDITIONS", "DISCLAIMER"):
        if needed not in text:
            raise SystemExit(f"{copyright_file}: the licence text lacks {needed!r}")
    return text


def rename(font, face: Face) -> None:
    """Give the subset its own family (the name table and the CFF's names)."""
    name = font["name"]
    version = name.getDebugName(5).removeprefix("Version ").split(";")[0]
    name.names = [record for record in name.names if record.nameID in KEPT_NAME_IDS]
    name.setName(face.family, 1, 3, 1, 0x409)
    name.setName(SOURCE_STYLE, 2, 3, 1, 0x409)
    name.setName(f"{version};{face.ps_name}", 3, 3, 1, 0x409)
    name.setName(face.family, 4, 3, 1, 0x409)
    name.setName(face.ps_name, 6, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [face.ps_name]
    top = cff.topDictIndex[0]
    top.FamilyName = face.family
    top.FullName = face.family


def build_face(face: Face, source: Path, out: Path) -> dict:
    """Cut ``face`` out of ``source`` into ``out``; what SOURCES.md says of it."""
    import fontTools
    from fontTools import subset
    from fontTools.ttLib import TTFont

    required, extras = wanted_characters(face)
    index = find_face(source, face)
    font = TTFont(str(source), fontNumber=index, recalcTimestamp=False)
    head = font["head"]
    created, modified = head.created, head.modified
    cmap = font.getBestCmap()
    missing = sorted(ch for ch in required if ord(ch) not in cmap)
    if missing:
        raise SystemExit(f"{face.source_family} lacks {''.join(missing)!r}")
    skipped = sorted(ch for ch in extras if ord(ch) not in cmap)
    kept = required | (extras - set(skipped))
    info = {
        "face": face,
        "source": source,
        "index": index,
        "version": font["name"].getDebugName(5),
        "copyright": font["name"].getDebugName(0),
        "trademark": font["name"].getDebugName(7),
        "licence": font["name"].getDebugName(13),
    }

    options = subset.Options()
    options.hinting = False
    options.desubroutinize = False
    options.layout_features = []
    options.drop_tables += DROPPED_TABLES
    options.name_IDs = list(KEPT_NAME_IDS) + [1, 2, 3, 4, 6]
    options.name_languages = [0x409]
    options.name_legacy = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(ch) for ch in kept))
    subsetter.subset(font)
    rename(font, face)
    # Fixed times (the source's own), so that a rebuild writes the same bytes.
    head.created, head.modified = created, modified

    out.mkdir(parents=True, exist_ok=True)
    target = out / Path(face.file).name
    font.save(str(target))
    glyphs = font["maxp"].numGlyphs
    tables = sorted(tag for tag in font.keys() if tag != "GlyphOrder")
    font.close()

    check = TTFont(str(target))
    covered = check.getBestCmap()
    lost = sorted(ch for ch in kept if ord(ch) not in covered)
    if lost or check["name"].getDebugName(1) != face.family:
        raise SystemExit(f"{target}: the subset lost {''.join(lost)!r} or its family name")
    check.close()
    data = target.read_bytes()
    info.update(
        characters=len(kept),
        required=len(required),
        skipped=len(skipped),
        glyphs=glyphs,
        tables=tables,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        source_sha256=hashlib.sha256(source.read_bytes()).hexdigest(),
        fonttools=fontTools.version,
    )
    return info


def build(
    sources: dict[str, Path], copyright_file: Path, out: Path, package: str = DEBIAN_PACKAGE
) -> list[dict]:
    infos = [build_face(face, sources[face.key], out) for face in FACES]
    licence = ofl_text(copyright_file)
    (out / "LICENSE-OFL.txt").write_text(licence_file(infos, licence), encoding="utf-8")
    (out / "SOURCES.md").write_text(sources_text(infos, package), encoding="utf-8")
    return infos


def licence_file(infos: list[dict], licence: str) -> str:
    parts = []
    for info in infos:
        face = info["face"]
        parts.append(
            f"{Path(face.file).name} is a subset of {face.source_family} {SOURCE_STYLE} "
            f"({info['version']}),\n{UPSTREAM}, renamed {face.family}.\n"
            f"{info['copyright']}\n{info['trademark']}\n"
        )
    licences = sorted({info["licence"] for info in infos})
    return "\n".join(parts) + "\n" + "\n".join(licences) + "\n\nThe licence follows.\n\n" + licence


def sources_text(infos: list[dict], package: str) -> str:
    fonttools = infos[0]["fonttools"]
    sections = []
    for info in infos:
        face = info["face"]
        name = Path(face.file).name
        extras = info["characters"] - info["required"]
        if face is SERIF:
            cut = f"""{info["required"]:,} the font must have (every character of `tang5.txt.xz` and
`tang300.txt.xz`, every symbol of the Tang model's vocabulary in `tang5.npz` and the simplified
form of each, and basic Latin U+0020-U+007E) and {extras} the lesson may show besides (CJK
punctuation an input method types, the unknown symbol □)"""
        else:
            cut = f"""{info["required"]:,} the font must have (all of GB 2312 from Python's `gb2312`
codec: 6,763 hanzi and 682 other characters; CJK punctuation; every wide character of the
translations `resources/i18n/*.ts`, the lesson files `resources/lessons/*.lstmlab` and the pages
`resources/**/*.html`; the simplified forms of the Tang model's vocabulary) and {extras} more
that the source has (the other characters of those files, CJK punctuation and fullwidth forms,
basic Latin, the unknown symbol □)"""
        sections.append(
            f"""## `{name}`: {face.purpose}

- **{face.source_family} {SOURCE_STYLE}**,
  {info["version"]},
  of the Noto CJK fonts ({UPSTREAM}): the face found by its name table
  (number {info["index"]}) in `{info["source"].name}`,
  SHA-256 {info["source_sha256"]}.
- Copyright: "{info["copyright"]} {info["trademark"]}"

How it is cut down: fontTools' subsetter keeps {info["characters"]:,} characters, the
{cut}.

The family is renamed **{face.family}** (PostScript name {face.ps_name}), so that the subset
is never taken for a full {face.source_family} installed on the machine.

- Glyphs: {info["glyphs"]:,} (one a character, and .notdef)
- Tables: {", ".join(tag.strip() for tag in info["tables"])}
- Size: {info["size"]:,} bytes
- SHA-256 of `{name}`: `{info["sha256"]}`
"""
        )
    return f"""# The Chinese fonts of the app

Made by `tools/build_cjk_font.py` (fontTools {fonttools}) from the Noto CJK fonts of
{package}, under the SIL Open Font License 1.1
(`LICENSE-OFL.txt`, with each font's copyright notice). Hinting is off; vertical metrics, the
baseline table and OpenType layout are left out (horizontal Chinese text needs none of them);
the copyright, trademark, designer and licence entries of the name table stay. The head table
keeps each source's times, so a rebuild from the same sources with the same fontTools writes
the same bytes.

""" + "\n".join(sections)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serif", type=Path, default=FONTS / SERIF.source_file)
    parser.add_argument("--sans", type=Path, default=FONTS / SANS.source_file)
    parser.add_argument("--copyright", type=Path, default=DEFAULT_COPYRIGHT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--package", default=DEBIAN_PACKAGE, help="where the sources come from")
    args = parser.parse_args(argv)
    try:
        import fontTools  # noqa: F401
    except ImportError:
        print('build_cjk_font.py needs fontTools: pip install -e ".[tools]"', file=sys.stderr)
        return 2
    sources = {"serif": args.serif, "sans": args.sans}
    infos = build(sources, args.copyright, args.out, args.package)
    for info in infos:
        print(
            f"{args.out / Path(info['face'].file).name}: {info['glyphs']} glyphs, "
            f"{info['size']:,} bytes, sha256 {info['sha256']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
