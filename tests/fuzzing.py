"""Files from someone else, made on purpose: a seeded mutator of lesson files, series CSVs and
text files, shared by `tests/test_fuzz_files.py` and `benchmarks/fuzz_files.py`.

Every case is a pair (kind of file, bytes) from one ``numpy.random.Generator``, so a seed
gives the same cases on every machine. Lessons are mutated as JSON (a value swapped for a
hostile one: huge or many-digit numbers, denormals, lists where a name belongs, markup that
names a file) and as bytes (flips, cuts, repeats); CSVs and texts line by line and as bytes.
Strings that name a file point into ``sentinel`` (a folder the harness watches), so a view
that reads one can be caught.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

KINDS = ("lesson", "csv", "text", "model")
#: Stands for an integer literal of 5,000 digits (Python will not even make one by default).
MANY_DIGITS = object()


def hostile_values(sentinel: str) -> list[Any]:
    """Values a lesson file may hold where a number, a name or a text belongs."""
    return [
        10**400,  # beyond any float
        MANY_DIGITS,  # more digits than Python converts by default
        5e-324,  # denormal
        1e308,
        -1e308,
        -0.0,
        2**63,
        0,
        -1,
        True,
        None,
        [],
        ["cell"],
        [1, 2, 3] * 3000,
        {},
        {"a": {"b": {"c": [1]}}},
        "",
        "x" * 100_000,
        "\x1b[31mred\x1b[0m\x07",
        "\u202eevil",
        f"![secret]({sentinel}/secret.png)",
        f'<img src="{sentinel}/secret.png">',
        f'<img src="{sentinel}/pipe.png">',
        f"![pipe]({sentinel}/pipe.png)",
        f"[click](file://{sentinel}/secret.png)",
        "<table width=100000 height=100000><tr><td>x",
        f"<style>@import url({sentinel}/style.css)</style>",
        "rnn",
        "gru",
        "sgd",
        "square",
    ]


def _paths(data: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """Every place in a decoded JSON value: a key path for each dict entry and list item."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list) and len(data) <= 64:
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


def _replace(data: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        copy = dict(data)
        copy[head] = _replace(data[head], rest, value)
        return copy
    copy = list(data)
    copy[head] = _replace(data[head], rest, value)
    return copy


def _dump(value: Any) -> str:
    """JSON for ``value``, including what json.dumps would refuse (a 5,000-digit integer)."""
    if value is MANY_DIGITS:
        return "9" * 5000
    return json.dumps(value, ensure_ascii=False)


def mutate_lesson(rng: np.random.Generator, seed_text: str, sentinel: str) -> bytes:
    data = json.loads(seed_text)
    choice = rng.integers(0, 10)
    if choice < 3:  # a text that names a file: valid, so the window shows it
        field = ("title", "summary", "text")[rng.integers(0, 3)]
        names = [v for v in hostile_values(sentinel) if isinstance(v, str) and sentinel in v]
        data[field] = f"Look: {names[rng.integers(0, len(names))]} here"
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if choice < 6:  # one value swapped for a hostile one
        places = list(_paths(data))[1:]
        path = places[rng.integers(0, len(places))]
        values = hostile_values(sentinel)
        value = values[rng.integers(0, len(values))]
        marker = "\x00MARK\x00"
        text = json.dumps(_replace(data, path, marker), ensure_ascii=False)
        return text.replace(json.dumps(marker), _dump(value), 1).encode("utf-8")
    if choice < 7:  # a field twice, or one that is not known
        text = json.dumps(data, ensure_ascii=False)
        extra = ['"title": "again", ', '"version": 1, ', '"surprise": 1, ', '"kind": "poetry", ']
        return text.replace("{", "{" + extra[rng.integers(0, len(extra))], 1).encode()
    raw = bytearray(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return _mutate_bytes(rng, raw)


def _mutate_bytes(rng: np.random.Generator, raw: bytearray) -> bytes:
    for _ in range(int(rng.integers(1, 6))):
        if not raw:
            break
        what = rng.integers(0, 4)
        at = int(rng.integers(0, len(raw)))
        if what == 0:
            raw[at] = int(rng.integers(0, 256))
        elif what == 1:
            del raw[at:]
        elif what == 2:
            raw[at:at] = raw[at : at + int(rng.integers(1, 64))] * int(rng.integers(1, 50))
        else:
            raw[at:at] = bytes(rng.choice([b"\xff", b"\x00", b"{", b"[", b'"', b"\\"]))
    return bytes(raw)


def mutate_csv(rng: np.random.Generator, sentinel: str) -> bytes:
    values = np.sin(np.linspace(0, 12, int(rng.integers(1, 400))))
    lines = ["value"] + [repr(float(v)) for v in values]
    oddities = [
        "1_000",
        "\u0661\u0662",
        "\uff11\uff12",
        "\u22125",
        "1.2.3",
        "nan",
        "inf",
        "1e309",
        "5e-324",
        "1e13",
        "1,5",
        '"3',
        "",
        "x" * 10_000,
        f"{sentinel}/secret.png",
        "\x00",
        "1;2",
        "0x10",
    ]
    for _ in range(int(rng.integers(0, 4))):
        at = int(rng.integers(0, len(lines)))
        lines[at] = oddities[rng.integers(0, len(oddities))]
    if rng.integers(0, 20) == 0:
        lines = lines * 200  # many rows
    raw = bytearray("\n".join(lines).encode("utf-8"))
    if rng.integers(0, 4) == 0:
        return _mutate_bytes(rng, raw)
    return bytes(raw)


def mutate_text(rng: np.random.Generator, seed_text: str) -> bytes:
    start = int(rng.integers(0, max(1, len(seed_text) - 3000)))
    raw = bytearray(seed_text[start : start + int(rng.integers(0, 3000))].encode("utf-8"))
    if rng.integers(0, 3):
        return _mutate_bytes(rng, raw)
    return bytes(raw)


def cases(
    seed: int, count: int, lessons: list[str], text: str, sentinel: str
) -> Iterator[tuple[str, bytes]]:
    """``count`` cases (kind, bytes): about 65 % lessons, 20 % CSVs, 10 % texts and 5 % model
    files (`model_damage.mutations` of a small model, and one whose header claims 8,192
    units)."""
    from model_damage import huge_header_model, model_bytes, mutations, small_model

    rng = np.random.default_rng(seed)
    models = mutations(model_bytes(small_model()), count, seed)
    yield "model", huge_header_model()
    for _ in range(count - 1):
        roll = rng.random()
        if roll < 0.65:
            yield "lesson", mutate_lesson(rng, lessons[rng.integers(0, len(lessons))], sentinel)
        elif roll < 0.85:
            yield "csv", mutate_csv(rng, sentinel)
        elif roll < 0.95:
            yield "text", mutate_text(rng, text)
        else:
            yield "model", next(models)[1]


def magenta_png(side: int) -> bytes:
    """A square PNG of pure magenta (255, 0, 255), a colour no view of the app uses."""
    import struct
    import zlib

    def chunk(name: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + name + data + struct.pack(">I", zlib.crc32(name + data))
        )

    rows = b"".join(b"\x00" + b"\xff\x00\xff" * side for _ in range(side))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def make_sentinel(folder: Path) -> Path:
    """The folder hostile strings point into: a picture, and a pipe that would hang a reader."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secret.png").write_bytes(magenta_png(48))
    if hasattr(os, "mkfifo") and not (folder / "pipe.png").exists():
        os.mkfifo(folder / "pipe.png")
    return folder
