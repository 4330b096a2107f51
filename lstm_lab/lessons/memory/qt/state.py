"""The Qt adapter around the memory lesson's model (`MemoryModel`): its events as Qt signals,
made by the one generic adapter (`lstm_lab.ui.adapter`)."""

from __future__ import annotations

from lstm_lab.lessons.memory.model import MemoryModel
from lstm_lab.ui.adapter import adapter_class


class MemoryState(adapter_class(MemoryModel, "MemoryStateBase")):
    """The memory lesson's model as Qt signals; see `MemoryModel` for the fields."""
