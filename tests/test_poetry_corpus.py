"""The shipped texts and models: their hashes, licences, sizes, and the Tang model's form."""

from __future__ import annotations

import hashlib
import importlib.util
import lzma
from pathlib import Path

import pytest

from lstm_lab.engine.charmodel import Sampler, generate, load_model
from lstm_lab.lessons.poetry.textdata import (
    CORPORA,
    MODELS,
    corpus_records,
    half_lines,
    manifest,
    shipped_model,
)
from lstm_lab.resources import resource_bytes, resource_names

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/work/shared/corpora")


def test_the_shipped_texts_match_the_hashes_the_corpus_script_recorded():
    files = manifest()["files"]
    assert set(files) == {corpus.file for corpus in CORPORA.values()}
    for name, entry in files.items():
        packed = resource_bytes(f"poetry/{name}")
        assert hashlib.sha256(packed).hexdigest() == entry["sha256_file"], name
        text = lzma.decompress(packed)
        assert hashlib.sha256(text).hexdigest() == entry["sha256_text"], name
        assert len(text.decode("utf-8")) == entry["characters"]


@pytest.mark.skipif(not (SOURCE / "chinese-poetry").is_dir(), reason="raw corpora not here")
def test_the_corpus_script_rebuilds_the_shipped_files_byte_for_byte(tmp_path):
    spec = importlib.util.spec_from_file_location("build_corpora", ROOT / "tools/build_corpora.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(SOURCE, tmp_path)
    for path in tmp_path.iterdir():
        assert path.read_bytes() == resource_bytes(f"poetry/{path.name}"), path.name


def test_licences_and_sources_ship_beside_the_texts():
    names = set(resource_names())
    for name in ("LICENSE-chinese-poetry.txt", "LICENSE-char-rnn.txt", "SOURCES.md"):
        assert f"poetry/{name}" in names
    sources = resource_bytes("poetry/SOURCES.md").decode("utf-8")
    assert manifest()["source_commit"] in sources
    assert "MIT" in resource_bytes("poetry/LICENSE-chinese-poetry.txt").decode("utf-8")


@pytest.mark.parametrize("name", sorted(MODELS))
def test_each_shipped_model_is_small_and_names_the_text_it_learned(name):
    file, corpus = MODELS[name]
    data = resource_bytes(f"poetry/{file}")
    assert len(data) <= 4_000_000
    model = load_model(data)  # (benchmarks/bench_poetry.py times the load)
    assert model.info["corpus_sha256"] == manifest()["files"][CORPORA[corpus].file]["sha256_text"]
    assert model.start_h is not None and f"poetry/train-{name}.log" in resource_names()


def test_the_tang_model_writes_five_character_lines_of_its_own():
    sampler = Sampler(shipped_model("tang"))
    seen = set()
    for record in corpus_records("tang5"):
        seen.update(half_lines(record)[0])
    lines = []
    for k, ch in enumerate("春月山風雲"):
        for seed in range(4):
            lines += half_lines(ch + generate(sampler, ch, 0.8, 120, seed=seed + 10 * k))[0]
    assert sum(len(line) == 5 for line in lines) >= 0.9 * len(lines)
    assert sum(line in seen for line in lines) <= 0.05 * len(lines)
