"""Kinds of lesson: the registry every lesson kind joins, and the contract it fills in.

A lesson kind is one folder under ``lstm_lab/lessons/`` whose ``kind.py`` calls
`register_kind` with a `LessonKind`: the window that shows its lessons (imported only when such a
lesson opens), the names of its views, the check of the ``options`` its files carry, the curves of
its start-screen card, its command-line subcommand, its self-test check and its limits. The
built-in kinds are named in ``lstm_lab/lessons/__init__.py``, one line each; `kinds()` imports
them the first time any kind is asked for. `load_kind` adds a kind from any other package (a
teacher's own, or a test's).

This module imports no lesson and no Qt: a kind's window, subcommand and self-test check are
"module:attribute" names, resolved by `resolve` when they are used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP

#: A card's picture: bars (the input) and lines, each (values, colour role, dashed).
CardPicture = tuple[np.ndarray, list[tuple[np.ndarray, str, bool]]]

#: The package whose ``__init__`` registers the built-in kinds.
BUILT_IN_PACKAGE = "lstm_lab.lessons"


@dataclass(frozen=True)
class Command:
    """A subcommand of ``lstm-lab``: ``lstm-lab NAME ARGS…`` calls ``main(ARGS)``. ``help`` is
    marked ``QT_TRANSLATE_NOOP("Command", …)``: ``lstm-lab --help`` shows it translated."""

    name: str
    main: str  # "module:function", the function takes the argument list and returns the status
    help: str


def _plain_options(options: Any) -> dict[str, Any]:
    return dict(options)


def _no_locks(options: Any) -> frozenset[str]:
    return frozenset()


@dataclass(frozen=True)
class LessonKind:
    """What a lesson kind registers.

    ``window``: "module:Class" of its window (a `lstm_lab.shell.lesson_window.LessonWindow`).
    ``check_options``: checks a file's ``options`` and returns them as the kind keeps them
    (raises `LessonError` naming the first problem); ``options_to_json`` turns them back.
    ``lockable``: the names a lesson of these options may lock or fix (its sliders).
    ``card_picture``: the curves of a lesson's card on the start screen.
    ``command``: its subcommand, if it has one; ``more_commands``: any further ones.
    ``self_test``: "module:function" taking the
    self-test's context, run offscreen by ``lstm-lab --self-test``.
    ``limits``: the kind's limits by name (one constant each, used by its window and its
    command line alike).
    ``uses_cell``: ``--sequence`` and ``--step`` apply to its lessons.
    ``lessons_package``: a package whose ``*.lstmlab`` files are built-in lessons of this kind
    (the built-in kinds keep theirs in ``lstm_lab/resources/lessons/``).
    ``export_code``: "module:function" writing a lesson as a runnable script (see
    `lstm_lab.core.export_code`), or None when the kind's lessons cannot be exported.
    """

    name: str
    window: str
    view_keys: tuple[str, ...]
    check_options: Callable[[Mapping[str, Any]], Any]
    card_picture: Callable[[Any], CardPicture]
    options_to_json: Callable[[Any], dict[str, Any]] = _plain_options
    lockable: Callable[[Any], frozenset[str]] = _no_locks
    command: Command | None = None
    more_commands: tuple[Command, ...] = ()
    self_test: str | None = None
    limits: Mapping[str, int | float] = field(default_factory=dict)
    uses_cell: bool = False
    lessons_package: str | None = None
    export_code: str | None = None


_KINDS: dict[str, LessonKind] = {}
_built_in_loaded = False


def register_kind(kind: LessonKind) -> LessonKind:
    """Add ``kind`` (a kind registered again under its name replaces the old entry)."""
    _KINDS[kind.name] = kind
    return kind


def unregister_kind(name: str) -> None:
    _KINDS.pop(name, None)


def kinds() -> Mapping[str, LessonKind]:
    """Every registered kind by name, the built-in ones first."""
    global _built_in_loaded
    if not _built_in_loaded:
        _built_in_loaded = True
        importlib.import_module(BUILT_IN_PACKAGE)
    return _KINDS


def kind_named(name: str) -> LessonKind:
    """The kind called ``name``; KeyError when there is none."""
    return kinds()[name]


def load_kind(package: str) -> LessonKind:
    """Register the kind in ``package`` (a folder with a ``kind.py`` that calls
    `register_kind`) and return it."""
    kinds()
    module = importlib.import_module(f"{package}.kind")
    kind = getattr(module, "KIND", None)
    if not isinstance(kind, LessonKind):
        raise TypeError(f"{package}.kind has no KIND = register_kind(LessonKind(...))")
    register_kind(kind)
    return kind


def resolve(reference: str) -> Any:
    """The object a "module:attribute" reference names."""
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


#: The subcommands that belong to no one kind.
GENERAL_COMMANDS = (
    Command(
        "export-code",
        "lstm_lab.core.export_code:main",
        QT_TRANSLATE_NOOP("Command", "write a lesson as a runnable NumPy or PyTorch script"),
    ),
)


def commands() -> dict[str, Command]:
    """The subcommands of every kind, then those of no one kind, by name."""
    found: dict[str, Command] = {}
    for kind in kinds().values():
        for command in (kind.command, *kind.more_commands):
            if command is not None:
                found[command.name] = command
    for command in GENERAL_COMMANDS:
        found[command.name] = command
    return found
