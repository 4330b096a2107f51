"""Build the table that turns Simplified into Traditional Chinese and back for the Tang poet
(not run by the app).

    pip install -e ".[tools]"          # opencc 1.4.2, the version the table was made from
    python tools/build_script_table.py [--opencc-share DIR] [--out lstm_lab/resources/opencc]

OpenCC (https://github.com/BYVoid/OpenCC, Apache-2.0) is the source. Its dictionaries are
read as text: by default the compiled ones (``.ocd2``) of the installed ``opencc`` package,
written out as text by the ``opencc_dict`` program it ships; ``--opencc-share DIR`` takes a
folder of them instead (OpenCC's ``share/opencc`` of another installation; ``.txt`` files
there are read as they are).

The table holds, for each direction, what OpenCC's configurations ``s2t`` and ``t2s`` use,
in the order they are searched:

- ``to_traditional`` (``s2t``): STPhrases and STPhrases_GeneratedFromRegionalPhrases (the
  phrases whose traditional form holds a character of the Tang model's vocabulary: the rest
  could only ever be read as the unknown symbol), then STCharacters (every character but the
  few of the vocabulary that the model's texts write as typed more often than in OpenCC's
  traditional form: 却 456 times, 卻 16; they stay as typed unless a phrase says otherwise);
- ``to_simplified`` (``t2s``): TSPhrases, then TSCharacters. TSCharactersExt is left out, as
  OpenCC leaves it out when asked for no "tofu risk" dictionaries: it maps a few characters
  (of the vocabulary: 蹔 and 斸) to rare ones that few fonts have.
- ``normalize``: CJK_Compatibility_Ideographs, applied before either direction;
- ``alternatives``: every traditional form of each simplified character that has several
  (its candidates in STCharacters, then the characters TSCharacters simplifies to it), so that
  a model which knows another than the first reads that one.

A key keeps the first of OpenCC's candidates, as OpenCC converts. Single characters that map
to themselves are left out (they change nothing); phrases are kept even then, since a phrase
found first stops a shorter one from matching. Every entry keeps the length of its text
(checked), so the n-th character of a text and of its conversion stand for each other.

The app converts by OpenCC's rule: at each place the longest key that matches, else the
character as it is. With the ``opencc`` package installed, the tool checks that the table
converts every poem of the shipped Tang texts, and those texts in simplified form, exactly as
OpenCC does, and stops if not. It writes ``tang-script.json`` and, beside it, OpenCC's
licence (``LICENSE-OpenCC.txt``) and ``SOURCES.md`` (the OpenCC version, the dictionaries and
their SHA-256, the counts, and the SHA-256 of the table, which ``tests/test_script.py``
checks). The same dictionaries write the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_lab.lessons.poetry.script import (  # noqa: E402
    TABLE_FILE,
    Converter,
    table_bytes,
)
from lstm_lab.lessons.poetry.textdata import MODELS, corpus_text, shipped_model  # noqa: E402

DEFAULT_OUT = ROOT / "lstm_lab" / "resources" / Path(TABLE_FILE).parent
MODEL = "tang"  # the model whose vocabulary and texts the table is made for
UPSTREAM = "https://github.com/BYVoid/OpenCC"
#: Each direction's dictionaries, searched first to last (OpenCC's s2t.json and t2s.json).
PHRASES = {
    "to_traditional": ("STPhrases", "STPhrases_GeneratedFromRegionalPhrases"),
    "to_simplified": ("TSPhrases",),
}
CHARACTERS = {"to_traditional": "STCharacters", "to_simplified": "TSCharacters"}
NORMALIZE = "CJK_Compatibility_Ideographs"
NAMES = sorted({*PHRASES["to_traditional"], *PHRASES["to_simplified"], *CHARACTERS.values()})


def opencc_share() -> tuple[Path, str]:
    """The installed ``opencc`` package's dictionary folder and its version."""
    try:
        import opencc
    except ImportError:
        raise SystemExit(
            "build_script_table.py reads OpenCC's dictionaries: pip install opencc==1.4.2, "
            "or give --opencc-share DIR"
        ) from None
    return Path(opencc.__file__).parent / "clib" / "share" / "opencc", opencc.__version__


def read_dictionary(share: Path, name: str, work: Path) -> tuple[list[tuple[str, str]], str]:
    """(key, its candidates separated by spaces) of every line of dictionary ``name``, and the
    SHA-256 of the
    file it was read from (``.txt`` as it is, ``.ocd2`` written out as text by
    ``opencc_dict``)."""
    text_file = share / f"{name}.txt"
    if not text_file.exists():
        compiled = share / f"{name}.ocd2"
        if not compiled.exists():
            raise SystemExit(f"{share} has no dictionary {name} (.txt or .ocd2)")
        tool = shutil.which("opencc_dict") or str(share.parent.parent / "bin" / "opencc_dict")
        text_file = work / f"{name}.txt"
        subprocess.run(
            [tool, "-i", str(compiled), "-o", str(text_file), "-f", "ocd2", "-t", "text"],
            check=True,
        )
        digest = hashlib.sha256(compiled.read_bytes()).hexdigest()
    else:
        digest = hashlib.sha256(text_file.read_bytes()).hexdigest()
    entries = []
    for number, line in enumerate(text_file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        key, _, values = line.partition("\t")
        if not key or not values.split(" ")[0]:
            raise SystemExit(f"{name} line {number} is not 'key<TAB>values': {line!r}")
        entries.append((key, values))
    return entries, digest


def build(share: Path, version: str, out: Path) -> dict:
    vocabulary = set(shipped_model(MODEL).vocabulary.chars)
    with tempfile.TemporaryDirectory() as work:
        read = {name: read_dictionary(share, name, Path(work)) for name in [*NAMES, NORMALIZE]}
    first = {name: [(key, values.split(" ")[0]) for key, values in read[name][0]] for name in read}
    # A character the Tang texts write more often as it is typed than in OpenCC's traditional
    # form stays as typed where no phrase says otherwise (却 456 times, 卻 16).
    counts_in_texts = Counter(corpus_text(MODELS[MODEL][1]))
    kept_as_typed = "".join(
        key
        for key, value in first[CHARACTERS["to_traditional"]]
        if key != value and key in vocabulary and counts_in_texts[key] > counts_in_texts[value]
    )
    counts: dict[str, int] = {}
    uneven = 0
    normalize = {key: value for key, value in first[NORMALIZE] if key != value}
    table: dict[str, dict[str, str]] = {"normalize": normalize}
    counts["normalize"] = len(normalize)
    for direction in ("to_traditional", "to_simplified"):
        merged: dict[str, str] = {}
        # The characters first, then the phrases: a key in both keeps the phrase's value, as
        # OpenCC searches the phrases first.
        for key, value in first[CHARACTERS[direction]]:
            if len(key) != len(value):
                uneven += 1
            elif key != value and not (direction == "to_traditional" and key in kept_as_typed):
                merged[key] = value
        counts[f"{direction} characters"] = len(merged)
        kept = 0
        for name in reversed(PHRASES[direction]):  # the first dictionary wins a shared key
            for key, value in first[name]:
                if len(key) != len(value):
                    uneven += 1
                elif direction == "to_simplified" or any(ch in vocabulary for ch in value):
                    merged[key] = value
                    kept += 1
        counts[f"{direction} phrases"] = kept
        table[direction] = merged
    if uneven:
        raise SystemExit(f"{uneven} entries change the length of their text; the app needs none")
    # A simplified character's traditional forms, for a model that knows another than the
    # first (斗: 鬥 斗): its candidates in STCharacters, then every character TSCharacters
    # simplifies to it (擣 as well as 搗 becomes 捣).
    forms: dict[str, list[str]] = {}
    for key, values in read[CHARACTERS["to_traditional"]][0]:
        forms.setdefault(key, []).extend(values.split(" "))
    for key, value in first[CHARACTERS["to_simplified"]]:
        found = forms.setdefault(value, [value])  # a character without an entry stays itself
        if key not in found:
            found.append(key)
    alternatives = {
        key: "".join(dict.fromkeys(found))
        for key, found in forms.items()
        if len(key) == 1 and all(len(f) == 1 for f in found) and len(set(found)) > 1
    }
    counts["alternatives"] = len(alternatives)
    counts["kept as typed"] = len(kept_as_typed)
    check_against_opencc(table, kept_as_typed)

    out.mkdir(parents=True, exist_ok=True)
    target = out / Path(TABLE_FILE).name
    target.write_bytes(table_bytes(table, alternatives, opencc=version))
    info = {
        "version": version,
        "counts": counts,
        "digests": {name: read[name][1] for name in [*NAMES, NORMALIZE]},
        "size": target.stat().st_size,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
    }
    licence = opencc_licence(share)
    if licence is not None:
        (out / "LICENSE-OpenCC.txt").write_text(licence, encoding="utf-8")
    elif not (out / "LICENSE-OpenCC.txt").exists():
        raise SystemExit("OpenCC's licence was not found beside the package; copy it by hand")
    (out / "SOURCES.md").write_text(sources(info), encoding="utf-8")
    return info


def check_against_opencc(table: dict, kept_as_typed: str) -> None:
    """The table converts the shipped Tang texts, and their simplified form, as OpenCC does
    (when the ``opencc`` package is there to ask), but for the characters it keeps as typed."""
    try:
        import opencc
    except ImportError:
        print("opencc is not installed: the table is not compared with OpenCC", file=sys.stderr)
        return
    to_simplified = opencc.OpenCC("t2s", include_tofu_risk_dictionaries=False)
    to_traditional = opencc.OpenCC("s2t")
    mine_simplified = Converter(table["to_simplified"], normalize=table["normalize"])
    mine_traditional = Converter(table["to_traditional"], normalize=table["normalize"])
    vocabulary = set(shipped_model(MODEL).vocabulary.chars)
    differences = 0
    for name in ("tang5", "tang300"):
        for poem in corpus_text(name).split("\n\n"):
            simplified = to_simplified.convert(poem)
            if mine_simplified.convert(poem) != simplified:
                differences += 1
                print(f"to simplified: {poem!r}", file=sys.stderr)
            theirs = to_traditional.convert(simplified)
            mine = mine_traditional.convert(simplified)
            # Phrases without a character of the vocabulary are left out, so where OpenCC
            # writes a character the model does not know the table may write one it knows.
            if any(
                a != b and b in vocabulary and not (a == c and c in kept_as_typed)
                for a, b, c in zip(mine, theirs, simplified, strict=True)
            ):
                differences += 1
                print(f"to traditional: {simplified!r}", file=sys.stderr)
    if differences:
        raise SystemExit(f"the table converts {differences} poems unlike OpenCC")


def opencc_licence(share: Path) -> str | None:
    """OpenCC's licence (Apache-2.0) and its authors, from the package's metadata."""
    from importlib import metadata

    try:
        files = metadata.files("opencc") or []
    except metadata.PackageNotFoundError:
        return None
    found = {path.name: path for path in files if "licenses" in path.parts}
    if "LICENSE" not in found:
        return None
    licence = found["LICENSE"].read_text(encoding="utf-8")
    authors = found["AUTHORS"].read_text(encoding="utf-8") if "AUTHORS" in found else ""
    return (
        f"tang-script.json is made from the dictionaries of OpenCC ({UPSTREAM}),\n"
        "Copyright (c) 2010-2025 Carbo Kuo and the OpenCC contributors, under the Apache\n"
        "License 2.0, which follows. OpenCC's authors:\n\n"
        f"{authors.strip()}\n\n{licence}"
    )


def sources(info: dict) -> str:
    counts = info["counts"]
    digests = "\n".join(f"  - `{name}`: {digest}" for name, digest in info["digests"].items())
    return f"""# Simplified and Traditional Chinese for the Tang poet

`tang-script.json` is made by `tools/build_script_table.py` from the dictionaries of
**OpenCC {info["version"]}** ({UPSTREAM}; the `opencc` package of that version), under the
Apache License 2.0 (`LICENSE-OpenCC.txt`). The app converts with it as OpenCC's `s2t` and
`t2s` do (the longest key that matches, its first candidate), so it needs no OpenCC at run
time; the tool checks that it converts every poem of the shipped Tang texts, and their
simplified form, as OpenCC itself does.

- `to_traditional` (`s2t`): {counts["to_traditional phrases"]:,} phrases of STPhrases and
  STPhrases_GeneratedFromRegionalPhrases (those whose traditional form holds a character of
  the Tang model's vocabulary) and {counts["to_traditional characters"]:,} characters of
  STCharacters; {counts["kept as typed"]} characters of the vocabulary that the Tang texts
  write as typed more often than in OpenCC's traditional form stay as typed where no phrase
  says otherwise (却, 峰, 挂 …).
- `to_simplified` (`t2s`): {counts["to_simplified phrases"]:,} phrases of TSPhrases and
  {counts["to_simplified characters"]:,} characters of TSCharacters (TSCharactersExt, which
  maps a few characters to rare ones few fonts have, is left out, as OpenCC leaves it out
  without its "tofu risk" dictionaries).
- `normalize`: {counts["normalize"]:,} CJK compatibility ideographs to their unified
  characters (CJK_Compatibility_Ideographs), before either direction.
- `alternatives`: the traditional forms of the {counts["alternatives"]:,} simplified characters
  that have several (斗: 鬥 斗; the candidates of STCharacters, then the characters
  TSCharacters simplifies to it), so that the model reads the one it knows when the first is
  not among its characters.

Characters that map to themselves are left out. SHA-256 of the dictionaries read:

{digests}

- Size: {info["size"]:,} bytes
- SHA-256 of `tang-script.json`: `{info["sha256"]}`
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opencc-share", type=Path, default=None, metavar="DIR")
    parser.add_argument("--opencc-version", default=None, help="the version of --opencc-share")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if args.opencc_share is None:
        share, version = opencc_share()
    else:
        share, version = args.opencc_share, args.opencc_version
        if not version:
            parser.error("--opencc-share needs --opencc-version")
    info = build(share, version, args.out)
    print(
        f"{args.out / Path(TABLE_FILE).name}: {info['size']:,} bytes, sha256 {info['sha256']}; "
        + ", ".join(f"{key} {value:,}" for key, value in info["counts"].items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
