"""Damaged and hostile character-model files, for tests/test_model_files.py and
benchmarks/bench_model_files.py: a small model's arrays, an .npz written member by member
(any dtype, any header), a file whose headers claim a huge model, and a seeded mutator."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator

import numpy as np
from numpy.lib import format as npy

from lstm_lab.engine.charmodel import FILE_FORMAT, FILE_VERSION, CharModel, Vocabulary, init_model
from lstm_lab.engine.charmodel import save_model as _save


def small_model(hidden: int = 8, embed: int = 4, chars: str = "abcdef\n") -> CharModel:
    """A small model with a start state and info, as the poetry lesson saves one."""
    model = init_model(Vocabulary(tuple(chars)), hidden, embed, np.random.default_rng(0))
    rng = np.random.default_rng(1)
    model.start_h = rng.uniform(-0.5, 0.5, hidden).astype(np.float32)
    model.start_c = rng.uniform(-0.5, 0.5, hidden).astype(np.float32)
    model.info = {"name": "small", "layout": "text", "hidden": hidden, "epochs": 1}
    return model


def model_bytes(model: CharModel) -> bytes:
    stream = io.BytesIO()
    _save(model, stream)
    return stream.getvalue()


def text_member(value: object, ensure_ascii: bool = False) -> np.ndarray:
    """A JSON value as the uint8 member save_model writes for the vocabulary and the info."""
    return np.frombuffer(json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8"), np.uint8)


def model_arrays(model: CharModel | None = None) -> dict[str, np.ndarray]:
    """The members save_model writes for ``model`` (a small model by default), as arrays."""
    model = model or small_model()
    arrays = {key: value.astype(np.float16) for key, value in model.params.items()}
    arrays["vocabulary"] = text_member(list(model.vocabulary.chars))
    arrays["info"] = text_member(dict(model.info, format=FILE_FORMAT, version=FILE_VERSION))
    if model.start_h is not None and model.start_c is not None:
        arrays["start_h"] = model.start_h.astype(np.float16)
        arrays["start_c"] = model.start_c.astype(np.float16)
    return arrays


def npz_bytes(members: dict[str, np.ndarray | bytes], compressed: bool = True) -> bytes:
    """An .npz holding ``members``: arrays are written as numpy writes them (pickled if their
    dtype is object, in Fortran order if they are), bytes as they are."""
    out = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with zipfile.ZipFile(out, "w", method) as archive:
        for key, value in members.items():
            if isinstance(value, bytes):
                archive.writestr(f"{key}.npy", value)
                continue
            with archive.open(f"{key}.npy", "w", force_zip64=True) as stream:
                npy.write_array(stream, value, allow_pickle=True)
    return out.getvalue()


def member_bytes(value: np.ndarray) -> bytes:
    stream = io.BytesIO()
    npy.write_array(stream, value, allow_pickle=True)
    return stream.getvalue()


def huge_header_model(units: int = 8192, chars: str = "abcd", embed: int = 8) -> bytes:
    """A model file whose headers and sizes agree on ``units`` units, its weights zeros: the
    8,192-unit file is about 0.5 MB, its weight_hh 512 MiB once decompressed."""
    size, gates = len(chars) + 3, 4 * units
    small = {
        "embedding": np.zeros((size, embed), np.float16),
        "weight_ih": np.zeros((gates, embed), np.float16),
        "bias_ih": np.zeros(gates, np.float16),
        "bias_hh": np.zeros(gates, np.float16),
        "weight_out": np.zeros((size, units), np.float16),
        "bias_out": np.zeros(size, np.float16),
        "vocabulary": text_member(list(chars)),
        "info": text_member({"format": FILE_FORMAT, "version": FILE_VERSION}),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for key, value in small.items():
            with archive.open(f"{key}.npy", "w", force_zip64=True) as stream:
                npy.write_array(stream, value)
        with archive.open("weight_hh.npy", "w", force_zip64=True) as stream:
            header = {"descr": "<f2", "fortran_order": False, "shape": (gates, units)}
            npy.write_array_header_1_0(stream, header)
            zeros = bytes(1 << 22)
            left = gates * units * 2
            while left:
                stream.write(zeros[: min(left, len(zeros))])
                left -= min(left, len(zeros))
    return out.getvalue()


MUTATIONS = ("flip", "cut", "swap", "member flip")


def mutations(base: bytes, count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """``count`` damaged copies of the model file ``base``, each (how it was damaged, bytes),
    drawn with a seeded numpy Generator, in turn: a few bits flipped anywhere; the file cut
    short; two members' contents swapped; a few bytes of one member changed and the archive
    written again (its CRCs right, so the damage reaches the headers, JSON and weights)."""
    rng = np.random.default_rng(seed)
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    names = list(members)
    for case in range(count):
        kind = MUTATIONS[case % len(MUTATIONS)]
        if kind == "flip":
            data = bytearray(base)
            for _ in range(int(rng.integers(1, 4))):
                data[int(rng.integers(len(data)))] ^= 1 << int(rng.integers(8))
            yield kind, bytes(data)
        elif kind == "cut":
            yield kind, base[: int(rng.integers(len(base)))]
        elif kind == "swap":
            a, b = (names[int(k)] for k in rng.choice(len(names), 2, replace=False))
            swapped = dict(members, **{a: members[b], b: members[a]})
            yield kind, _zip(swapped)
        else:
            name = names[int(rng.integers(len(names)))]
            data = bytearray(members[name])
            for _ in range(int(rng.integers(1, 4))):
                # Mostly in the header (its first 128 bytes), where a flip changes the most.
                where = int(rng.integers(min(len(data), 128) if rng.random() < 0.7 else len(data)))
                data[where] = int(rng.integers(256))
            yield kind, _zip(dict(members, **{name: bytes(data)}))


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()
