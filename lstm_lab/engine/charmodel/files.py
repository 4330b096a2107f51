"""A character model's file: a compressed .npz of float16 weights, the vocabulary and what is
known of its training (`save_model`, `model_bytes`), read back with every damage said in words
(`load_model`)."""

from __future__ import annotations

import io
import json
import os
import zipfile
from typing import Any, BinaryIO

import numpy as np

from lstm_lab.engine.charmodel.model import PARAM_KEYS, CharModel, ModelError
from lstm_lab.engine.charmodel.vocabulary import Vocabulary

#: The model file's format name and version.
FILE_FORMAT = "lstm-lab-charmodel"
FILE_VERSION = 1
#: Most characters a model file or a generation may hold.
MAX_VOCABULARY = 20_000


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
    arrays = {key: model.params[key].astype(np.float16) for key in PARAM_KEYS}
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


def load_model(source: str | os.PathLike[str] | bytes, dtype: Any = np.float32) -> CharModel:
    """Read a model written by `save_model`; ModelError says what is wrong with a bad file."""
    try:
        stream = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
    except OSError as error:
        raise ModelError(f"the model file cannot be read ({error.strerror or error})") from None
    try:
        with stream, np.load(stream, allow_pickle=False) as data:
            missing = [key for key in (*PARAM_KEYS, "vocabulary", "info") if key not in data]
            if missing:
                raise ModelError(f"it is not an LSTM Lab text model (no {missing[0]!r})")
            info = json.loads(bytes(data["info"]).decode("utf-8"))
            chars = json.loads(bytes(data["vocabulary"]).decode("utf-8"))
            params = {key: np.asarray(data[key], dtype=dtype) for key in PARAM_KEYS}
            start = [
                np.asarray(data[key], dtype=dtype) if key in data else None
                for key in ("start_h", "start_c")
            ]
    except ModelError:
        raise
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
        raise ModelError(f"it is not an LSTM Lab text model ({error})") from None
    if not isinstance(info, dict) or info.get("format") != FILE_FORMAT:
        raise ModelError("it is not an LSTM Lab text model")
    if int(info.get("version", 0)) > FILE_VERSION:
        raise ModelError("it was saved by a newer LSTM Lab; update LSTM Lab to open it")
    if not isinstance(chars, list) or not all(isinstance(ch, str) and len(ch) == 1 for ch in chars):
        raise ModelError("its vocabulary is damaged")
    if len(chars) > MAX_VOCABULARY or len(set(chars)) != len(chars):
        raise ModelError("its vocabulary is damaged")
    vocabulary = Vocabulary(tuple(chars))
    _check_shapes(params, len(vocabulary))
    if not all(np.isfinite(value).all() for value in params.values()):
        raise ModelError("its weights hold values that are not numbers")
    hidden = params["weight_hh"].shape[1]
    if any(a is not None and (a.shape != (hidden,) or not np.isfinite(a).all()) for a in start):
        raise ModelError("its start state is damaged")
    return CharModel(vocabulary, params, info, start[0], start[1])


def _check_shapes(params: dict[str, np.ndarray], size: int) -> None:
    embed = params["embedding"].shape[1] if params["embedding"].ndim == 2 else -1
    hidden = params["weight_hh"].shape[1] if params["weight_hh"].ndim == 2 else -1
    expected = {
        "embedding": (size, embed),
        "weight_ih": (4 * hidden, embed),
        "weight_hh": (4 * hidden, hidden),
        "bias_ih": (4 * hidden,),
        "bias_hh": (4 * hidden,),
        "weight_out": (size, hidden),
        "bias_out": (size,),
    }
    for key, shape in expected.items():
        if params[key].shape != shape or min(shape) < 1:
            raise ModelError(f"its {key} has shape {params[key].shape}, expected {shape}")
