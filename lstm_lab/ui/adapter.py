"""The one Qt adapter around every lesson model: the model's events as Qt signals.

A model (plain Python, see `lstm_lab.core.events`) lists its events in ``EVENTS``; the class
`adapter_class` makes for it has one Qt signal per event, with the event's argument types, and
re-emits each event on it, so a widget connects to a signal and Qt queues or drops the call with
the widget. Reading and writing go straight to the model: its methods are bound on the adapter
once (a slider move calls them without a detour), its properties are properties of the adapter,
and any other public attribute is reached through it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class ModelAdapter(QObject):
    """The base of every adapter; ``MODEL`` is the model's class."""

    MODEL: type = object

    def __init__(self, parent: QObject | None = None, *, model: Any = None) -> None:
        super().__init__(parent)
        self.model = model if model is not None else self.MODEL()
        for spec in self.MODEL.EVENTS:
            getattr(self.model.events, spec.name).connect(getattr(self, spec.signal_name).emit)
        for name in self._methods:
            setattr(self, name, getattr(self.model, name))

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the QObject itself does not have: the model's other fields.
        if name.startswith("_") or name == "model":
            raise AttributeError(name)
        return getattr(self.model, name)


def _forward(name: str) -> property:
    return property(lambda self: getattr(self.model, name), doc=f"The model's {name}.")


def adapter_class(model_type: type, name: str) -> type[ModelAdapter]:
    """A `ModelAdapter` subclass for ``model_type``: a signal per entry of its ``EVENTS``."""
    namespace: dict[str, Any] = {"MODEL": model_type, "__module__": __name__}
    for spec in model_type.EVENTS:
        namespace[spec.signal_name] = Signal(*spec.args)
    namespace["_methods"] = tuple(
        attr
        for attr in dir(model_type)
        if not attr.startswith("_")
        and callable(getattr(model_type, attr))
        and not isinstance(getattr(model_type, attr), type)
    )
    for attr, value in vars(model_type).items():
        if isinstance(value, property):
            namespace[attr] = _forward(attr)
    return type(ModelAdapter)(name, (ModelAdapter,), namespace)
