"""Files the app loads (stylesheets, icons, lesson texts), found through importlib.resources.

The same lookup works in a source checkout, an installed wheel and the frozen bundle: every file
kept beside this module is package data of ``lstm_lab.resources`` (pyproject's package-data) and
is collected into the bundle by ``packaging/lstm-lab.spec``.

A page the student reads may be kept in other languages beside the English one, named with the
language before the suffix: ``start_here.html`` in Simplified Chinese is
``start_here.zh_CN.html`` (`localized_name`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def _resource(name: str) -> Traversable:
    """The resource ``name`` (a file name, or a relative path with ``/``), checked to exist."""
    item = resources.files(__name__)
    for part in name.split("/"):
        if part in ("", ".", ".."):
            raise ValueError(f'resource name "{name}" must be a relative path inside resources')
        item = item.joinpath(part)
    if not item.is_file():
        raise FileNotFoundError(f'LSTM Lab resource "{name}" is missing from this installation')
    return item


def resource_bytes(name: str) -> bytes:
    """The contents of resource ``name`` as bytes (icons, images)."""
    return _resource(name).read_bytes()


def resource_text(name: str) -> str:
    """The contents of resource ``name`` as UTF-8 text (stylesheets, lesson texts)."""
    return _resource(name).read_text(encoding="utf-8")


def localized_name(name: str, languages: Iterable[str]) -> str:
    """The name of resource ``name`` in the first of ``languages`` it is kept in
    ("start_here.html", ["zh_TW", "zh_CN"] → "start_here.zh_TW.html" if there is one), else
    ``name`` (the English)."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    for language in languages:
        candidate = f"{stem}.{language}{dot}{suffix}"
        try:
            _resource(candidate)
        except FileNotFoundError:
            continue
        return candidate
    return name


def localized_resource_text(name: str, languages: Iterable[str]) -> str:
    """The text of resource ``name`` in the first of ``languages`` it is kept in, else the
    English (`localized_name`)."""
    return resource_text(localized_name(name, languages))


@contextmanager
def resource_path(name: str) -> Iterator[Path]:
    """A real file path for resource ``name``, valid inside the ``with`` block.

    For APIs that want a file name (QIcon, QTranslator.load); a zipped installation gets a
    temporary copy that is removed afterwards.
    """
    with resources.as_file(_resource(name)) as path:
        yield Path(path)


def resource_names() -> list[str]:
    """Names of the data files kept beside this module (Python sources left out), sorted."""
    names: list[str] = []

    def walk(item: Traversable, prefix: str) -> None:
        for child in item.iterdir():
            if child.name == "__pycache__" or child.name.endswith((".py", ".pyc")):
                continue
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            else:
                names.append(prefix + child.name)

    walk(resources.files(__name__), "")
    return sorted(names)
