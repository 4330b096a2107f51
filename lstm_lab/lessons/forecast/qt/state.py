"""The Qt adapter around the forecasting lesson's model (`ForecastModel`): its events as Qt
signals, made by the one generic adapter (`lstm_lab.ui.adapter`)."""

from __future__ import annotations

from lstm_lab.lessons.forecast.model import ForecastModel
from lstm_lab.ui.adapter import adapter_class


class ForecastState(adapter_class(ForecastModel, "ForecastStateBase")):
    """The forecast model as Qt signals; see `ForecastModel` for the fields."""
