"""Build the training texts the poetry lesson ships, from the raw corpora (not run by the app).

    python tools/build_corpora.py [--source /work/shared/corpora] [--out lstm_lab/resources/poetry]

Writes, each compressed with xz, one record per poem (or speech) and a blank line between
records:

- ``tang5.txt.xz``: the Tang regular poems of five characters a line, of 4 or 8 lines (every
  half-line five Han characters, ending in ， 。 ？ ！ or ；), from chinese-poetry's
  ``tang/poet.tang.*.json``; a poem is one record without line breaks.
- ``tang300.txt.xz``: the Three Hundred Tang Poems (all forms), one poem a record.
- ``shakespeare.txt.xz``: tinyshakespeare's input.txt, one speech (speaker line and text) a
  record.

and ``corpora.json``: the source commit, the filters, and the SHA-256 of every file written and
of its decompressed text, which ``tests/test_poetry_corpus.py`` checks. The licences and the
list of sources beside them (``LICENSE-*.txt``, ``SOURCES.md``) are written too. The output is
byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import re
import shutil
import sys
from pathlib import Path

SOURCE_COMMIT = "99ebbef7e1345c0985c44b9fd96a3f9e776f117b"  # chinese-poetry/chinese-poetry
SOURCE_REPO = "https://github.com/chinese-poetry/chinese-poetry"
SHAKESPEARE_REPO = "https://github.com/karpathy/char-rnn"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/corpora")
DEFAULT_OUT = ROOT / "lstm_lab" / "resources" / "poetry"

#: A half-line of a five-character poem: five Han characters and its punctuation.
HALF_LINE = re.compile(r"[\u4e00-\u9fff]{5}[，。？！；]")
#: Characters a poem of the Three Hundred may hold besides Han characters.
PUNCTUATION = "，。？！；：、"

MIT_CHAR_RNN = """The MIT License (MIT)

Copyright (c) 2015 Andrej Karpathy

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

SOURCES = f"""# The texts and models of the poetry lesson

Made by `tools/build_corpora.py` (texts) and `tools/train_charmodel.py` (models) from:

- **chinese-poetry** ({SOURCE_REPO}), commit {SOURCE_COMMIT}, MIT licence
  (`LICENSE-chinese-poetry.txt`). The poems are Tang dynasty texts, in the public domain for
  centuries; the collection and its files are MIT.
  - `tang5.txt.xz`: the regular poems of five characters a line and 4 or 8 lines from
    `tang/poet.tang.*.json` (traditional characters as in the collection).
  - `tang300.txt.xz`: the Three Hundred Tang Poems, `tangshisanbaishou.json`.
- **tinyshakespeare** as published in karpathy/char-rnn ({SHAKESPEARE_REPO},
  `data/tinyshakespeare/input.txt`), MIT licence (`LICENSE-char-rnn.txt`); Shakespeare's
  plays are in the public domain. `shakespeare.txt.xz`: the whole file, one speech a record.

`corpora.json` records the source commit and the SHA-256 of every text written; the models
(`tang5.npz`, `shakespeare.npz`) record the hash of the text they were trained on, their
hyperparameters and their seed, and `train-*.log` is their training log. Its last lines are the
figures `tools/train_charmodel.py NAME --measure` measured on the saved model (weights
unchanged): the held-out loss on the held-out records that repeat no training record, and a
bigram model of the same training records; the model's info records the same figures.
"""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tang5_poems(source: Path) -> list[str]:
    """The five-character regular poems of 4 or 8 half-line pairs, in the collection's order."""
    files = sorted(
        (source / "chinese-poetry" / "tang").glob("poet.tang.*.json"),
        key=lambda p: int(p.name.split(".")[2]),
    )
    poems = []
    for path in files:
        for poem in json.loads(path.read_text(encoding="utf-8")):
            body = "".join(poem.get("paragraphs", []))
            halves = HALF_LINE.findall(body)
            if len(halves) in (4, 8) and "".join(halves) == body and body[-1] in "。？！":
                poems.append(body)
    return poems


def tang300_poems(source: Path) -> list[str]:
    data = json.loads((source / "chinese-poetry" / "tangshisanbaishou.json").read_text("utf-8"))
    poems = []
    for section in data["content"]:
        for poem in section["content"]:
            body = "".join(poem.get("paragraphs", []))
            body = "".join(ch for ch in body if "\u4e00" <= ch <= "\u9fff" or ch in PUNCTUATION)
            if body:
                poems.append(body)
    return poems


def shakespeare_speeches(source: Path) -> list[str]:
    text = (source / "tinyshakespeare" / "input.txt").read_text(encoding="utf-8")
    return [block.strip("\n") for block in text.split("\n\n") if block.strip()]


def build(source: Path, out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    texts = {
        "tang5": tang5_poems(source),
        "tang300": tang300_poems(source),
        "shakespeare": shakespeare_speeches(source),
    }
    manifest: dict = {
        "source_commit": SOURCE_COMMIT,
        "source_repository": SOURCE_REPO,
        "shakespeare_repository": SHAKESPEARE_REPO,
        "format": "records separated by one blank line, UTF-8, xz",
        "files": {},
    }
    for name, records in texts.items():
        text = "\n\n".join(records) + "\n"
        raw = text.encode("utf-8")
        packed = lzma.compress(raw, preset=9 | lzma.PRESET_EXTREME)
        (out / f"{name}.txt.xz").write_bytes(packed)
        manifest["files"][f"{name}.txt.xz"] = {
            "records": len(records),
            "characters": len(text),
            "distinct": len(set(text)),
            "sha256_text": _sha256(raw),
            "sha256_file": _sha256(packed),
        }
    shutil.copyfile(source / "chinese-poetry" / "LICENSE", out / "LICENSE-chinese-poetry.txt")
    (out / "LICENSE-char-rnn.txt").write_text(MIT_CHAR_RNN, encoding="utf-8")
    (out / "SOURCES.md").write_text(SOURCES, encoding="utf-8")
    (out / "corpora.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.source / "chinese-poetry").is_dir():
        print(f"build_corpora: error: no chinese-poetry folder in {args.source}", file=sys.stderr)
        return 2
    manifest = build(args.source, args.out)
    for name, entry in manifest["files"].items():
        size = (args.out / name).stat().st_size
        print(
            f"{name}: {entry['records']:,} records, {entry['characters']:,} characters, "
            f"{entry['distinct']:,} distinct, {size / 1e6:.2f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
