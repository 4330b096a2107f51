"""The Qt adapter around the comparison lesson's model (`CompareModel`): its events as Qt
signals, made by the one generic adapter (`lstm_lab.ui.adapter`)."""

from __future__ import annotations

from lstm_lab.lessons.compare.model import CompareModel
from lstm_lab.ui.adapter import adapter_class


class CompareState(adapter_class(CompareModel, "CompareStateBase")):
    """The comparison model as Qt signals; see `CompareModel` for the fields."""
