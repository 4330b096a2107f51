"""The Qt adapter around the model of one cell (`lstm_lab.core.cell_model.LabModel`): its
per-field events as Qt signals for the widgets, made by the one generic adapter."""

from __future__ import annotations

from PySide6.QtCore import QObject

from lstm_lab.core.cell_model import DEFAULT_SEQUENCE_TEXT, LabModel
from lstm_lab.engine import LSTM, ScalarCell
from lstm_lab.ui.adapter import adapter_class

__all__ = ["DEFAULT_SEQUENCE_TEXT", "LabState"]


class LabState(adapter_class(LabModel, "LabStateBase")):
    """The lab model as Qt signals; see `LabModel` for the fields and their meaning."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        model: LabModel | None = None,
        cell: ScalarCell = LSTM,
    ) -> None:
        super().__init__(parent, model=model if model is not None else LabModel(cell))
