"""Plain-Python events, one per field of a model: views connect to what they show.

A model declares its events as `EventSpec`s: the name, the arguments it carries and the name of
the Qt signal that carries it in the window. One generic Qt adapter
(`lstm_lab.ui.adapter.adapter_class`) makes those signals from the declaration; tests of the
model connect plain callables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EventSpec:
    """One event of a model: its ``name``, the types of the arguments it is emitted with, and
    the ``signal`` the Qt adapter re-emits it as (default ``<name>Changed``)."""

    name: str
    args: tuple[type, ...] = ()
    signal: str = ""

    @property
    def signal_name(self) -> str:
        return self.signal or f"{self.name}Changed"


def event(name: str, *args: type, signal: str = "") -> EventSpec:
    return EventSpec(name, tuple(args), signal)


class Event:
    """A list of callbacks called in order with the emitted arguments."""

    __slots__ = ("name", "_callbacks")

    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., Any]) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)

    def __repr__(self) -> str:
        return f"Event({self.name!r}, {len(self._callbacks)} callbacks)"


class Events:
    """A namespace of named events: ``events.params.connect(...)``."""

    def __init__(self, *specs: str | EventSpec) -> None:
        names = tuple(spec if isinstance(spec, str) else spec.name for spec in specs)
        self._names = names
        for name in names:
            setattr(self, name, Event(name))

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    def __iter__(self):
        return (getattr(self, name) for name in self._names)
