"""Build the Chinese font the poetry lesson ships (not run by the app).

    pip install -e ".[tools]"
    python tools/build_cjk_font.py [--source NotoSerifCJK-Regular.ttc] [--copyright FILE]
                                   [--out lstm_lab/resources/fonts]

Takes the face "Noto Serif CJK TC" Regular out of the Noto Serif CJK collection (found by its
name table, not by its place in the collection) and keeps only the characters the poetry lesson
can show, with fontTools' subsetter: every character of the shipped Tang texts (``tang5`` and
``tang300``, decompressed), every symbol of the shipped Tang model's vocabulary, the CJK
punctuation an input method types, the unknown symbol □ and basic Latin (U+0020-U+007E).
Hinting and the tables horizontal Chinese text does not need (vertical metrics, the baseline
table, OpenType layout, whose locale variants would double the glyphs) are left out. The family
is renamed to ``lstm_lab.ui.fonts.FAMILY`` so that the subset is never taken for a full Noto Serif
CJK TC installed on the machine; the copyright, trademark, designer and licence entries stay.

Writes into ``--out``: ``NotoSerifTC-Tang.otf``; ``LICENSE-OFL.txt``, the font's copyright
notice and the full SIL Open Font License 1.1 (taken from the Debian package's copyright file,
``--copyright``); and ``SOURCES.md``: the source font and its version, the upstream project,
the licence, how the subset was made, the number of glyphs and the SHA-256 of the font, which
``tests/test_fonts.py`` checks. The head table keeps the source's creation and modification
times, so the same source and fontTools write the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_lab.engine.charmodel import UNKNOWN_CHAR  # noqa: E402
from lstm_lab.lessons.poetry.textdata import corpus_text, shipped_model  # noqa: E402
from lstm_lab.ui.fonts import FAMILY, FONT_FILE  # noqa: E402

DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
DEFAULT_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
DEFAULT_OUT = ROOT / "lstm_lab" / "resources" / "fonts"
SOURCE_FAMILY = "Noto Serif CJK TC"
SOURCE_STYLE = "Regular"
UPSTREAM = "https://github.com/notofonts/noto-cjk"
PS_NAME = FAMILY.replace(" ", "") + "-Regular"
TEXTS = ("tang5", "tang300")
MODEL = "tang"  # tang5.npz
#: Punctuation a Chinese input method types (fullwidth and CJK forms) and the ideographic space.
PUNCTUATION = "，。、；：？！…—·「」『』（）《》〈〉【】〔〕“”‘’\u3000"
BASIC_LATIN = "".join(chr(code) for code in range(0x20, 0x7F))
#: Dropped besides what fontTools drops: vertical metrics and origins, the baseline table, and
#: layout (GSUB's locale forms would pull in every Japanese, Korean and simplified variant).
DROPPED_TABLES = ["BASE", "VORG", "vhea", "vmtx", "GSUB", "GPOS", "GDEF", "JSTF", "DSIG"]
#: Name entries kept besides the renamed family: copyright, version, trademark, manufacturer,
#: designer, description, vendor and designer URLs, licence and licence URL.
KEPT_NAME_IDS = (0, 5, 7, 8, 9, 10, 11, 12, 13, 14)
OFL_HEADER = "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"


def wanted_characters() -> tuple[set[str], set[str]]:
    """(characters the lesson shows and the font must have, extras kept when the source has
    them). The first are the shipped texts and the Tang model's vocabulary."""
    required: set[str] = set()
    for name in TEXTS:
        required.update(corpus_text(name))
    required.update(shipped_model(MODEL).vocabulary.chars)
    required.update(BASIC_LATIN)
    required -= {"\n", "\r", "\t"}
    extras = set(PUNCTUATION + UNKNOWN_CHAR) - required
    return required, extras


def find_face(source: Path) -> int:
    """The index in the collection of the face named SOURCE_FAMILY / SOURCE_STYLE."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source), lazy=True)
    found = [
        index
        for index, face in enumerate(collection.fonts)
        if face["name"].getDebugName(1) == SOURCE_FAMILY
        and face["name"].getDebugName(2) == SOURCE_STYLE
    ]
    names = [face["name"].getDebugName(4) for face in collection.fonts]
    collection.close()
    if len(found) != 1:
        raise SystemExit(f"{source}: no single face {SOURCE_FAMILY} {SOURCE_STYLE} in {names}")
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


def rename(font) -> None:
    """Give the subset its own family (the name table and the CFF's names)."""
    name = font["name"]
    version = name.getDebugName(5).removeprefix("Version ").split(";")[0]
    name.names = [record for record in name.names if record.nameID in KEPT_NAME_IDS]
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName(SOURCE_STYLE, 2, 3, 1, 0x409)
    name.setName(f"{version};{PS_NAME}", 3, 3, 1, 0x409)
    name.setName(FAMILY, 4, 3, 1, 0x409)
    name.setName(PS_NAME, 6, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [PS_NAME]
    top = cff.topDictIndex[0]
    top.FamilyName = FAMILY
    top.FullName = FAMILY


def build(source: Path, copyright_file: Path, out: Path) -> dict:
    import fontTools
    from fontTools import subset
    from fontTools.ttLib import TTFont

    required, extras = wanted_characters()
    index = find_face(source)
    font = TTFont(str(source), fontNumber=index, recalcTimestamp=False)
    head = font["head"]
    created, modified = head.created, head.modified
    cmap = font.getBestCmap()
    missing = sorted(ch for ch in required if ord(ch) not in cmap)
    if missing:
        raise SystemExit(f"{SOURCE_FAMILY} lacks {''.join(missing)!r}")
    skipped = sorted(ch for ch in extras if ord(ch) not in cmap)
    kept = required | (extras - set(skipped))
    info = {
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
    rename(font)
    # Fixed times (the source's own), so that a rebuild writes the same bytes.
    head.created, head.modified = created, modified

    out.mkdir(parents=True, exist_ok=True)
    target = out / Path(FONT_FILE).name
    font.save(str(target))
    glyphs = font["maxp"].numGlyphs
    tables = sorted(tag for tag in font.keys() if tag != "GlyphOrder")
    font.close()

    check = TTFont(str(target))
    covered = check.getBestCmap()
    lost = sorted(ch for ch in kept if ord(ch) not in covered)
    if lost or check["name"].getDebugName(1) != FAMILY:
        raise SystemExit(f"{target}: the subset lost {''.join(lost)!r} or its family name")
    check.close()
    data = target.read_bytes()
    info.update(
        characters=len(kept),
        required=len(required),
        skipped="".join(skipped),
        glyphs=glyphs,
        tables=tables,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        source_sha256=hashlib.sha256(source.read_bytes()).hexdigest(),
        fonttools=fontTools.version,
    )
    licence = ofl_text(copyright_file)
    (out / "LICENSE-OFL.txt").write_text(licence_file(info, licence), encoding="utf-8")
    (out / "SOURCES.md").write_text(sources(info, source), encoding="utf-8")
    return info


def licence_file(info: dict, licence: str) -> str:
    return (
        f"{Path(FONT_FILE).name} is a subset of {SOURCE_FAMILY} {SOURCE_STYLE} "
        f"({info['version']}),\n{UPSTREAM}, renamed {FAMILY}.\n\n"
        f"{info['copyright']}\n{info['trademark']}\n\n"
        f"{info['licence']}\n\n"
        "The licence follows.\n\n"
        f"{licence}"
    )


def sources(info: dict, source: Path) -> str:
    name = Path(FONT_FILE).name
    extras = info["characters"] - info["required"]
    skipped = f" ({info['skipped']} are not in the font)" if info["skipped"] else ""
    return f"""# The Chinese font of the poetry lesson

`{name}` is made by `tools/build_cjk_font.py` (fontTools {info["fonttools"]}) from:

- **{SOURCE_FAMILY} {SOURCE_STYLE}**,
  {info["version"]},
  of the Noto CJK fonts ({UPSTREAM}): the face found by its name table
  (number {info["index"]}) in `{source.name}`,
  SHA-256 {info["source_sha256"]}.
- Licence: SIL Open Font License 1.1, in `LICENSE-OFL.txt` with the font's copyright notice
  ("{info["copyright"]} {info["trademark"]}").

How it is cut down: fontTools' subsetter keeps {info["characters"]:,} characters, the
{info["required"]:,} the font must have (every character of `tang5.txt.xz` and
`tang300.txt.xz`, every symbol of the Tang model's vocabulary in `tang5.npz`, and basic Latin
U+0020-U+007E) and {extras} the lesson may show besides (CJK punctuation an input method
types, the unknown symbol □){skipped}. Hinting is off; vertical metrics, the baseline table and
OpenType layout are left out (horizontal Chinese text needs none of them).

The family is renamed **{FAMILY}** (PostScript name {PS_NAME}), so that the subset is never
taken for a full {SOURCE_FAMILY} installed on the machine; the copyright, trademark, designer
and licence entries of the name table stay. The head table keeps the source's times, so a
rebuild from the same source with the same fontTools writes the same bytes.

- Glyphs: {info["glyphs"]:,} (one a character, and .notdef)
- Tables: {", ".join(tag.strip() for tag in info["tables"])}
- Size: {info["size"]:,} bytes
- SHA-256 of `{name}`: `{info["sha256"]}`
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--copyright", type=Path, default=DEFAULT_COPYRIGHT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        import fontTools  # noqa: F401
    except ImportError:
        print('build_cjk_font.py needs fontTools: pip install -e ".[tools]"', file=sys.stderr)
        return 2
    info = build(args.source, args.copyright, args.out)
    print(
        f"{args.out / Path(FONT_FILE).name}: {info['glyphs']} glyphs, {info['size']:,} bytes, "
        f"sha256 {info['sha256']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
