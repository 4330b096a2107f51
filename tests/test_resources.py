"""Resources are found through importlib.resources and ship as package data."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest

import lstm_lab.resources as res
from lstm_lab.resources import resource_bytes, resource_names, resource_path, resource_text

ROOT = Path(__file__).resolve().parents[1]
RESOURCE_DIR = Path(res.__file__).resolve().parent


def test_every_resource_loads_as_bytes_and_through_a_path():
    names = resource_names()
    assert names, "lstm_lab/resources holds no data files"
    for name in names:
        data = resource_bytes(name)
        assert data == (RESOURCE_DIR / name).read_bytes()
        with resource_path(name) as path:
            assert path.is_file()
            assert path.read_bytes() == data


def test_text_resources_decode_as_utf8():
    texts = [n for n in resource_names() if n.endswith((".qss", ".md", ".html", ".json", ".svg"))]
    assert texts, "no text resource (stylesheet, lesson text) to check"
    for name in texts:
        assert resource_text(name) == (RESOURCE_DIR / name).read_text(encoding="utf-8")


def test_a_stylesheet_ships():
    assert any(name.endswith(".qss") for name in resource_names())


def test_missing_resource_says_which_one():
    with pytest.raises(FileNotFoundError, match="no-such-icon.svg"):
        resource_bytes("no-such-icon.svg")


@pytest.mark.parametrize("name", ["../__init__.py", "/etc/passwd", "icons/../../x"])
def test_names_stay_inside_the_resources_folder(name):
    with pytest.raises(ValueError):
        resource_bytes(name)


def test_package_data_patterns_cover_every_resource():
    """A file the patterns miss would be absent from an installed wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["lstm_lab.resources"]

    def shipped(name: str) -> bool:
        # setuptools globs: "*" does not cross a "/", so a subfolder needs its own pattern
        return any(p.count("/") == name.count("/") and fnmatch.fnmatch(name, p) for p in patterns)

    # Translation sources: the app reads only the .qm files compiled from them
    # (tools/translations.py), which the patterns ship.
    source_only = ("i18n/*.ts",)
    missed = [
        name
        for name in resource_names()
        if not shipped(name) and not any(fnmatch.fnmatch(name, p) for p in source_only)
    ]
    assert not missed, f"add package-data patterns in pyproject.toml for {missed}"


def test_no_built_in_lesson_says_the_same_thing_twice():
    """A lesson's text is read on a projector: a phrase of six words said twice (a paragraph
    that repeats the one before it) is a slip a teacher sees at once."""
    import re

    from lstm_lab.core.builtin import builtin_lessons

    repeated = {}
    for lesson in builtin_lessons():
        words = re.findall(r"[\w()=+−·…/]+", lesson.text.lower())
        seen: set[tuple[str, ...]] = set()
        for k in range(len(words) - 5):
            phrase = tuple(words[k : k + 6])
            if phrase in seen:
                repeated[lesson.title] = " ".join(phrase)
                break
            seen.add(phrase)
    assert not repeated, repeated
