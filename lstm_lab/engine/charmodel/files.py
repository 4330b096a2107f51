"""A character model's file: a compressed .npz of float16 weights, the vocabulary and what is
known of its training (`save_model`, `model_bytes`), read back with every damage said in words
(`load_model`).

A model file may come from anyone, so `load_model` looks at the whole archive before it
decompresses or allocates anything: the zip's list of members, then each member's .npy header
(its dtype, shape and order, read from the first bytes of the member) and its size as the zip
states it. Only the members `save_model` writes, in the dtypes it writes, with shapes that fit
together and within `MAX_WEIGHTS`, are read; the zip itself stops a member at the size it
states, and its CRC check catches damaged data.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import reprlib
import struct
import tokenize
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any, BinaryIO

import numpy as np
from numpy.lib import format as npy

from lstm_lab.engine.charmodel.model import (
    MAX_LAYERS,
    PARAM_KEYS,
    UPPER_LAYER_KEYS,
    CharModel,
    ModelError,
    layer_keys,
)
from lstm_lab.engine.charmodel.vocabulary import LINE_END, Vocabulary, char_problem
from lstm_lab.engine.messages import Phrase

#: The model file's format name and version.
FILE_FORMAT = "lstm-lab-charmodel"
FILE_VERSION = 1
#: Most characters a model file or a generation may hold.
MAX_VOCABULARY = 20_000
#: Most weights a model file may hold. The poetry lesson trains at most 128 units on at most
#: 3,000 characters (about 0.9 million weights); a model trained elsewhere with 1,024 units,
#: a 1,024-wide embedding and a 20,000-character vocabulary has about 49 million. 64 million
#: weights are 128 MB in the file's float16 and 256 MB in float32.
MAX_WEIGHTS = 64_000_000
#: Optional members: the state a record begins in (every layer's, one after another).
START_KEYS = ("start_h", "start_c")
#: The members of the layers above the first: "weight_ih_l1" … "bias_hh_l7".
_UPPER_LAYER = re.compile(r"(weight_ih|weight_hh|bias_ih|bias_hh)_l([1-9])")
#: Largest vocabulary and info members (bytes): a character is at most 10 bytes of JSON
#: (an escape, its quotes, a comma and a space).
MAX_VOCABULARY_BYTES = 16 * MAX_VOCABULARY + 64
MAX_INFO_BYTES = 65_536
#: Deepest nesting of lists and objects in the info.
MAX_INFO_DEPTH = 16
#: Longest text value of the info keys LSTM Lab shows.
MAX_INFO_TEXT = 200
#: Largest size of a number in the info.
MAX_INFO_NUMBER = 1e15
#: Info keys that hold text (`TEXT_INFO`) or a number (`NUMBER_INFO`) when present.
TEXT_INFO = ("name", "corpus", "corpus_file", "corpus_sha256", "layout")
NUMBER_INFO = (
    "hidden",
    "layers",
    "embedding",
    "batch",
    "steps",
    "learning_rate",
    "decay",
    "clip_norm",
    "seed",
    "epochs",
    "training_steps",
    "held_out_loss",
    "training_seconds",
    "held_out_loss_per_char",
    "held_out_records",
    "held_out_duplicates",
    "bigram_loss",
    "bigram_loss_per_char",
    "bigram_k",
    "bigram_samples",
    "bigram_temperature",
    "bigram_five_share",
    "bigram_four_or_eight_share",
    "bigram_word_share",
)
LAYOUTS = ("poem", "text")

#: Each member: its dtypes (as save_model writes them, in either byte order) and its rank.
_WEIGHT = (np.dtype("<f2"), np.dtype(">f2"))
_BYTES = (np.dtype("u1"),)
_MEMBERS: dict[str, tuple[tuple[np.dtype, ...], int]] = {
    "embedding": (_WEIGHT, 2),
    "weight_ih": (_WEIGHT, 2),
    "weight_hh": (_WEIGHT, 2),
    "bias_ih": (_WEIGHT, 1),
    "bias_hh": (_WEIGHT, 1),
    "weight_out": (_WEIGHT, 2),
    "bias_out": (_WEIGHT, 1),
    "vocabulary": (_BYTES, 1),
    "info": (_BYTES, 1),
    "start_h": (_WEIGHT, 1),
    "start_c": (_WEIGHT, 1),
}
_REQUIRED = (*PARAM_KEYS, "vocabulary", "info")


def _spec(key: str) -> tuple[tuple[np.dtype, ...], int] | None:
    """A member's dtypes and rank (None: not a member of a model file)."""
    if key in _MEMBERS:
        return _MEMBERS[key]
    found = _UPPER_LAYER.fullmatch(key)
    if found and int(found[2]) < MAX_LAYERS:
        return (_WEIGHT, 2 if found[1].startswith("weight") else 1)
    return None


#: The .npy format versions save_model may write (numpy writes 1.0, or 2.0 for a header
#: beyond 65,535 bytes).
_NPY_VERSIONS = ((1, 0), (2, 0))
_NPY_HEADER_BYTES = 10_000
#: A zip archive with more central directory entries than this is not a model file (a model
#: has 11, 39 with eight layers; the signature may occur by chance in compressed data a few times).
_MAX_ZIP_ENTRIES = 64
_CENTRAL_DIRECTORY_ENTRY = b"PK\x01\x02"

#: What reading a damaged archive can raise: the zip module's errors (a bad directory or CRC,
#: an unsupported method, an encrypted member, offsets out of range), zlib's (bad deflate
#: data), the end of the data, and numpy's header errors (ValueError; the tokenizer's own
#: error when numpy retries a header that is not a Python literal; TypeError when a header's
#: keys cannot be compared).
_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    struct.error,
    OverflowError,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    SyntaxError,
    tokenize.TokenError,
)

_SHOWN = reprlib.Repr()
_SHOWN.maxstring = 40
_SHOWN.maxother = 40


def save_model(model: CharModel, stream: BinaryIO) -> None:
    """Write the model into a binary ``stream`` as a compressed .npz: float16 weights, the
    vocabulary, its info. A file is saved through a stream (`model_bytes`) by the writer
    of every saved file, `lstm_lab.core.files.write_bytes_replacing`, which keeps links and
    permissions and never leaves half a file."""
    if isinstance(stream, (str, os.PathLike)):
        raise TypeError(
            "save_model writes into a binary stream, not to a path; save a file "
            "with model_bytes and lstm_lab.core.files.write_bytes_replacing"
        )
    info = dict(model.info, format=FILE_FORMAT, version=FILE_VERSION)
    keys = (*PARAM_KEYS, *layer_keys(model.layers))
    arrays = {key: model.params[key].astype(np.float16) for key in keys}
    arrays["vocabulary"] = np.frombuffer(
        json.dumps(list(model.vocabulary.chars), ensure_ascii=False).encode("utf-8"), np.uint8
    )
    arrays["info"] = np.frombuffer(json.dumps(info, ensure_ascii=False).encode("utf-8"), np.uint8)
    if model.start_h is not None and model.start_c is not None:
        arrays["start_h"] = model.start_h.astype(np.float16)
        arrays["start_c"] = model.start_c.astype(np.float16)
    np.savez_compressed(stream, **arrays)


def model_bytes(model: CharModel) -> bytes:
    """The whole model file `save_model` writes, as bytes."""
    stream = io.BytesIO()
    save_model(model, stream)
    return stream.getvalue()


def load_model(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview, dtype: Any = np.float32
) -> CharModel:
    """Read a model written by `save_model` (the file's bytes, or its path: read whole);
    whatever the bytes, either a model or a one-line ModelError that says what is wrong.
    Values from the file appear in the message shortened and escaped (reprlib)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
    else:
        try:
            with open(source, "rb") as stream:
                raw = stream.read()
        except OSError as error:
            raise ModelError(
                "the model file cannot be read ({problem})", problem=error.strerror or str(error)
            ) from None
    try:
        return _read(raw, np.dtype(dtype))
    except ModelError:
        raise
    except RecursionError:
        raise ModelError("it is damaged (nested too deeply)") from None
    except _DAMAGE as error:
        raise ModelError("it is damaged ({problem})", problem=_one_line(error)) from None


@dataclass(frozen=True)
class _Member:
    """A member of the archive as its headers describe it, nothing of its data read yet."""

    key: str
    entry: zipfile.ZipInfo
    shape: tuple[int, ...]
    dtype: np.dtype
    offset: int  # where the data begins, after the .npy header

    @property
    def count(self) -> int:
        return math.prod(self.shape)


def _read(raw: bytes, dtype: np.dtype) -> CharModel:
    # A zip's list of members is read whole by zipfile, one object per entry: bound it by
    # the entry signatures the bytes can hold before zipfile reads it.
    entries = raw.count(_CENTRAL_DIRECTORY_ENTRY)
    if entries > _MAX_ZIP_ENTRIES:
        raise ModelError(
            "it is not an LSTM Lab text model (a zip archive of {count} files)",
            count=f"{entries:,}",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, struct.error) as error:
        raise ModelError(
            "it is not an LSTM Lab text model ({problem})", problem=_one_line(error)
        ) from None
    with archive:
        members = _members(archive)
        vocabulary = _vocabulary(_bytes_of(archive, members["vocabulary"], MAX_VOCABULARY_BYTES))
        info = _info(_bytes_of(archive, members["info"], MAX_INFO_BYTES))
        hidden, layers = _check_shapes(members, len(vocabulary))
        weights = sum(m.count for key, m in members.items() if key not in ("vocabulary", "info"))
        if weights > MAX_WEIGHTS:
            size = (
                Phrase("{layers} layers of {units} units", layers=layers, units=f"{hidden:,}")
                if layers > 1
                else Phrase("{units} units", units=f"{hidden:,}")
            )
            raise ModelError(
                "it has {size} and {count} weights; LSTM Lab opens models of at most {most} "
                "weights",
                size=size,
                count=_amount(weights),
                most=_amount(MAX_WEIGHTS),
            )
        keys = (*PARAM_KEYS, *layer_keys(layers))
        params = {key: _weights(archive, members[key], dtype) for key in keys}
        start = [
            _weights(archive, members[key], dtype) if key in members else None for key in START_KEYS
        ]
    return CharModel(vocabulary, params, info, start[0], start[1], len(raw))


def _members(archive: zipfile.ZipFile) -> dict[str, _Member]:
    """The archive's members by key, each checked from its headers alone."""
    keys: dict[str, zipfile.ZipInfo] = {}
    for entry in archive.infolist():
        key = entry.filename.removesuffix(".npy")
        if _spec(key) is None or not entry.filename.endswith(".npy"):
            raise ModelError(
                "it is not an LSTM Lab text model (it holds {name})",
                name=_SHOWN.repr(entry.filename),
            )
        if key in keys:
            raise ModelError("it is damaged (it holds {key} twice)", key=repr(key))
        keys[key] = entry
    missing = [key for key in _REQUIRED if key not in keys]
    if missing:
        raise ModelError("it is not an LSTM Lab text model (no {key})", key=repr(missing[0]))
    if ("start_h" in keys) != ("start_c" in keys):
        raise ModelError("its start state is damaged (start_h and start_c come together)")
    return {key: _header(archive, key, entry) for key, entry in keys.items()}


def _header(archive: zipfile.ZipFile, key: str, entry: zipfile.ZipInfo) -> _Member:
    """``key``'s dtype, shape and order from its .npy header, checked against what
    save_model writes and against the size the zip states for it."""
    if entry.flag_bits & 0x1:
        raise ModelError("its {key} is encrypted", key=key)
    if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ModelError("its {key} is compressed in a way LSTM Lab does not read", key=key)
    with archive.open(entry) as stream:
        version = npy.read_magic(stream)
        if version not in _NPY_VERSIONS:
            major, minor = version
            raise ModelError(
                "its {key} is in .npy format {version}, which LSTM Lab does not read",
                key=key,
                version=f"{major}.{minor}",
            )
        read_header = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
        shape, fortran_order, found = read_header(stream, max_header_size=_NPY_HEADER_BYTES)
        offset = stream.tell()
    dtypes, rank = _spec(key)
    if found not in dtypes:
        expected = "float16" if dtypes is _WEIGHT else "uint8"
        raise ModelError(
            "its {key} holds {found} values; LSTM Lab reads {expected}",
            key=key,
            found=_SHOWN.repr(str(found)),
            expected=expected,
        )
    if len(shape) != rank and rank == 2:
        raise ModelError(
            "its {key} has shape {shape}; it should be a matrix (rows, columns)",
            key=key,
            shape=_SHOWN.repr(shape),
        )
    if len(shape) != rank:
        raise ModelError(
            "its {key} has shape {shape}; it should be a vector", key=key, shape=_SHOWN.repr(shape)
        )
    if min(shape) < 1:
        raise ModelError(
            "its {key} has shape {shape}, which holds nothing", key=key, shape=_SHOWN.repr(shape)
        )
    if fortran_order and rank > 1:
        raise ModelError("its {key} is stored column by column (Fortran order)", key=key)
    member = _Member(key, entry, tuple(shape), found, offset)
    if entry.file_size != offset + member.count * found.itemsize:
        raise ModelError(
            "its {key} is damaged ({size} bytes for a {shape} array)",
            key=key,
            size=f"{entry.file_size:,}",
            shape=_SHOWN.repr(shape),
        )
    return member


def _bytes_of(archive: zipfile.ZipFile, member: _Member, limit: int) -> bytes:
    if member.count > limit:
        raise ModelError(
            "its {key} is {size} bytes; LSTM Lab reads at most {most}",
            key=member.key,
            size=f"{member.count:,}",
            most=f"{limit:,}",
        )
    return _data(archive, member)


def _data(archive: zipfile.ZipFile, member: _Member) -> bytes:
    """The member's data: exactly the bytes its header announces (the zip checks the CRC
    when the member's end is reached)."""
    size = member.count * member.dtype.itemsize
    with archive.open(member.entry) as stream:
        stream.seek(member.offset)
        data = stream.read(size)
        if len(data) != size or stream.read(1):
            raise ModelError("its {key} is damaged (cut short)", key=member.key)
    return data


def _weights(archive: zipfile.ZipFile, member: _Member, dtype: np.dtype) -> np.ndarray:
    stored = np.frombuffer(_data(archive, member), dtype=member.dtype).reshape(member.shape)
    if not np.isfinite(stored).all():
        raise ModelError("its {key} holds values that are not finite numbers", key=member.key)
    return stored.astype(dtype)


def _json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ModelError("its {key} is damaged (not UTF-8 JSON)", key=what) from None


def _vocabulary(data: bytes) -> Vocabulary:
    chars = _json(data, "vocabulary")
    if not isinstance(chars, list):
        raise ModelError("its vocabulary is damaged (not a list of characters)")
    if len(chars) > MAX_VOCABULARY:
        raise ModelError(
            "its vocabulary has {count} characters; LSTM Lab opens at most {most}",
            count=f"{len(chars):,}",
            most=f"{MAX_VOCABULARY:,}",
        )
    seen: set[str] = set()
    for ch in chars:
        if not isinstance(ch, str) or len(ch) != 1:
            raise ModelError(
                "its vocabulary holds {value}, which is not one character", value=_SHOWN.repr(ch)
            )
        problem = char_problem(ch)
        if problem:
            raise ModelError("its vocabulary holds {problem}", problem=problem)
        if ch in seen:
            raise ModelError(
                "its vocabulary holds {char} ({code}) twice", char=repr(ch), code=f"U+{ord(ch):04X}"
            )
        seen.add(ch)
    return Vocabulary(tuple(chars))


def _info(data: bytes) -> dict[str, Any]:
    info = _json(data, "info")
    if not isinstance(info, dict):
        raise ModelError("its info is damaged (not a JSON object)")
    if _depth(info) > MAX_INFO_DEPTH:
        raise ModelError("its info is nested more than {most} deep", most=MAX_INFO_DEPTH)
    if info.get("format") != FILE_FORMAT:
        raise ModelError("it is not an LSTM Lab text model")
    version = info.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ModelError("its info is damaged (version {version})", version=_SHOWN.repr(version))
    if version > FILE_VERSION:
        raise ModelError("it was saved by a newer LSTM Lab; update LSTM Lab to open it")
    for key in TEXT_INFO:
        value = info.get(key, "")
        if not isinstance(value, str) or len(value) > MAX_INFO_TEXT:
            raise ModelError(
                "its info's {key} is not text of at most {most} characters",
                key=key,
                most=MAX_INFO_TEXT,
            )
        for ch in value:
            problem = Phrase("a line end") if ch == LINE_END else char_problem(ch)
            if problem:
                raise ModelError("its info's {key} holds {problem}", key=key, problem=problem)
    if info.get("layout", "text") not in LAYOUTS:
        raise ModelError(
            "its info's layout is {layout}, not poem or text", layout=_SHOWN.repr(info["layout"])
        )
    for key in NUMBER_INFO:
        value = info.get(key, 0)
        # NaN and infinities fail the comparison; a huge integer would be shown whole.
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not (-MAX_INFO_NUMBER <= value <= MAX_INFO_NUMBER)
        ):
            raise ModelError(
                "its info's {key} is {value}, not a number of at most {most}",
                key=key,
                value=_SHOWN.repr(value),
                most=f"{MAX_INFO_NUMBER:.0e}",
            )
    return info


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (a JSON value), without recursion."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, depth)
            if depth <= MAX_INFO_DEPTH:
                children = item.values() if isinstance(item, dict) else item
                todo.extend((child, depth + 1) for child in children)
    return deepest


def _check_shapes(members: dict[str, _Member], size: int) -> tuple[int, int]:
    """(the units of each layer, the layers): every array's shape fits the others and the
    vocabulary's ``size``, and each layer above the first has all its arrays."""
    embed = members["embedding"].shape[1]
    hidden = members["weight_hh"].shape[1]
    found = {int(m[2]) for key in members if (m := _UPPER_LAYER.fullmatch(key))}
    layers = 1 + len(found)
    for k in range(1, layers):
        for key in UPPER_LAYER_KEYS:
            if f"{key}_l{k}" not in members:
                raise ModelError(
                    "its layer {layer} is incomplete (no {key})", layer=k + 1, key=f"{key}_l{k}"
                )
    expected = {
        "embedding": (size, embed),
        "weight_ih": (4 * hidden, embed),
        "weight_hh": (4 * hidden, hidden),
        "bias_ih": (4 * hidden,),
        "bias_hh": (4 * hidden,),
        "weight_out": (size, hidden),
        "bias_out": (size,),
        "start_h": (layers * hidden,),
        "start_c": (layers * hidden,),
    }
    for k in range(1, layers):
        expected |= {
            f"weight_ih_l{k}": (4 * hidden, hidden),
            f"weight_hh_l{k}": (4 * hidden, hidden),
            f"bias_ih_l{k}": (4 * hidden,),
            f"bias_hh_l{k}": (4 * hidden,),
        }
    for key, shape in expected.items():
        if key in members and members[key].shape != shape:
            raise ModelError(
                "its {key} has shape {shape}, expected {expected}",
                key=key,
                shape=_SHOWN.repr(members[key].shape),
                expected=shape,
            )
    return hidden, layers


def _amount(count: int) -> str:
    if count >= 10_000_000:
        return Phrase("{count} million", count=f"{count / 1e6:,.0f}")
    return f"{count:,}"


def _one_line(error: BaseException) -> str:
    """An exception's words on one line, escaped and shortened (they may repeat a member's
    name)."""
    words = repr(" ".join(str(error).split()) or type(error).__name__)[1:-1]
    return words if len(words) <= 160 else words[:159] + "…"
