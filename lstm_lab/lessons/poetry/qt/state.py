"""The Qt adapter around the poetry lesson's model (`PoetryModel`): its events as Qt signals,
made by the one generic adapter (`lstm_lab.ui.adapter`)."""

from __future__ import annotations

from lstm_lab.lessons.poetry.model import PoetryModel
from lstm_lab.ui.adapter import adapter_class


class PoetryState(adapter_class(PoetryModel, "PoetryStateBase")):
    """The poetry model as Qt signals; see `PoetryModel` for the fields."""
