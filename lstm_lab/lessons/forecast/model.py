"""The forecasting lesson's model: what the student chose in the three steps, and what follows.

Plain Python, no Qt. It holds the options (see `forecast_lesson`), the data they give (step 1),
the weights of LSTM(H) + Dense(1) (step 2), the loss history and the forecasts (step 3), the
example window the views highlight and the unit whose gates are shown. Each field has its own
event; the Qt adapter (`lstm_lab.lessons.forecast.qt.state.ForecastState`) turns them into signals.

Training is pulled from `training_steps()` one mini-batch at a time by whoever drives it (the
window's timer, a test, a benchmark). The model records each epoch as it comes but announces
the new weights and history only on `publish()`, so the caller decides how often views
repaint.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import numpy as np

from lstm_lab.core.events import Events, event
from lstm_lab.core.export_code import export_lesson
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.core.lesson import Lesson, LessonError
from lstm_lab.engine.forecast import (
    Baselines,
    BatchResult,
    EpochResult,
    ForecastData,
    LessonReport,
    baselines,
    evaluate,
    init_model,
    mse,
    parameter_count,
    predict,
    prepare_data,
    train_batches,
    unit_activity,
)
from lstm_lab.lessons.forecast.options import (
    DATA_OPTIONS,
    KIND,
    MODEL_OPTIONS,
    check_options,
    default_options,
    parameter_table,
    series_of,
)

EVENTS = (
    event("options"),  # any option changed
    event("data"),  # the series, its split and windows changed (step 1)
    event("weights"),  # the weights changed: reset, a new model, or a training run ended
    event("progress", signal="progressed"),  # training moved the weights on (see `publish`)
    event("history"),  # the loss history grew or was cleared
    event("example", int),  # (index,) the highlighted window changed
    event("unit", int),  # (unit,) the unit whose gates are shown changed
    event("training", bool),  # (running,) a training run started or ended
    event("status", str),  # (text,) the status line changed
    event("views"),  # the hidden views changed
    event("lesson"),  # a lesson was loaded
)
EVENT_NAMES = tuple(spec.name for spec in EVENTS)

DEFAULT_TITLE = QT_TRANSLATE_NOOP("ForecastModel", "Forecast a sine wave")

#: The lesson computes in float64, so that a script written out with plain NumPy (or PyTorch
#: in float64) repeats its training to rounding, not only to float32's seven digits.
DTYPE = np.float64
#: Seeds of the three random streams, each drawn from default_rng([seed, stream]): the signal's
#: noise, the initial weights, the order of the windows in each epoch.
SIGNAL_STREAM, WEIGHTS_STREAM, BATCHES_STREAM = 0, 1, 2


def _finite(value: float | None) -> float | None:
    """A figure for JSON: None for a value that is missing or not finite."""
    return value if value is not None and math.isfinite(value) else None


class ForecastModel:
    """Options, data, weights, history and forecasts of one forecasting lesson."""

    EVENTS = EVENTS  # the events a Qt adapter re-emits (lstm_lab.ui.adapter)

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        self.events = Events(*EVENTS)
        self._options = check_options(options or default_options())
        self._lesson: Lesson | None = None
        self._baselines: Baselines | None = None
        self._baselines_data: ForecastData | None = None
        self._hidden_views: frozenset[str] = frozenset()
        self._data = self._prepare(self._options)
        self._example = self.default_example()
        self._unit = 0
        self._training = False
        self._status = ""
        self._new_weights()

    # ----------------------------------------------------------------- read-only views
    @property
    def options(self) -> dict[str, Any]:
        return dict(self._options)

    def option(self, name: str) -> Any:
        return self._options[name]

    @property
    def data(self) -> ForecastData:
        return self._data

    @property
    def weights(self) -> dict[str, np.ndarray]:
        return self._weights

    @property
    def hidden(self) -> int:
        return int(self._options["hidden"])

    @property
    def window(self) -> int:
        return int(self._options["window"])

    @property
    def epochs_done(self) -> int:
        return self._epochs_done

    @property
    def trained(self) -> bool:
        return self._epochs_done > 0

    @property
    def training(self) -> bool:
        return self._training

    @property
    def status(self) -> str:
        return self._status

    @property
    def lesson(self) -> Lesson | None:
        return self._lesson

    @property
    def hidden_views(self) -> frozenset[str]:
        return self._hidden_views

    @property
    def example(self) -> int:
        """Index of the highlighted window: it reads series[k : k+W] and predicts series[k+W]."""
        return self._example

    @property
    def example_count(self) -> int:
        return int(self._data.series.shape[0] - self.window)

    def default_example(self) -> int:
        """The window that predicts the first value of the test span."""
        return int(self._data.split - self.window)

    @property
    def unit(self) -> int:
        return self._unit

    def variance(self) -> float:
        """std² of the training part: z-scored MSEs times this are in the signal's units."""
        return float(self._data.normaliser.std**2)

    def history(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(epochs, training MSE, test MSE), both MSEs in the signal's units (as published)."""
        count = self._published_epochs
        scale = self.variance()
        return (
            np.arange(1, count + 1, dtype=np.float64),
            np.array(self._train_losses[:count]) * scale,
            np.array(self._test_losses[:count]) * scale,
        )

    def parameter_table(self):
        return parameter_table(self.hidden)

    def pytorch_code(self) -> str:
        """The lesson as it is now, exported as a PyTorch script: exactly what File → Export
        as code… writes for it."""
        return export_lesson(self.lesson_of(), "pytorch").script

    # ----------------------------------------------------------------- forecasts
    def report(self) -> LessonReport | None:
        """The LSTM's one-step and rolling forecasts of the test span and the baselines'
        (None untrained)."""
        if not self.trained:
            return None
        if self._report is None:
            self._report = evaluate(self._weights, self._data, self.baselines())
        return self._report

    def baselines(self) -> Baselines:
        """The forecasts that need no training: last value and AR(W), one-step and rolling,
        fitted on the training windows of the data in effect."""
        if self._baselines is None or self._baselines_data is not self._data:
            self._baselines = baselines(self._data)
            self._baselines_data = self._data
        return self._baselines

    def forecast_mses(self) -> dict[str, float | None]:
        """The test MSE of every forecast, keyed as `FORECAST_KEYS`, in the signal's units:
        the baselines' at once, the LSTM's (one_step, rolling) None until it is trained."""
        report = self.report()
        if report is not None:
            return dict(report.mses)
        base, targets = self.baselines(), self._data.test_values
        return {
            "one_step": None,
            "rolling": None,
            "last_value": mse(base.last_value, targets),
            "ar_one_step": mse(base.ar_one_step, targets),
            "ar_rolling": mse(base.ar_rolling, targets),
        }

    def baseline(self) -> np.ndarray:
        return self._data.series[self._data.split - 1 : -1].copy()

    def example_window(self) -> tuple[int, int, int]:
        """(first, last + 1, target) indices into the series of the highlighted window."""
        start = self._example
        return start, start + self.window, start + self.window

    def example_values(self) -> tuple[np.ndarray, float]:
        """The highlighted window z-scored (W,) and its target, z-scored."""
        start, stop, target = self.example_window()
        scaled = self._data.scaled
        return scaled[start:stop].copy(), float(scaled[target])

    def activity(self) -> dict[str, np.ndarray]:
        """h, C and the gates of every unit over the highlighted window, each (W, H), and
        'prediction': the model's forecast of its target in the signal's units."""
        if self._activity is None:
            window, _ = self.example_values()
            activity = unit_activity(self._weights, window)
            z = float(predict(self._weights, window[None, :])[0])
            activity["prediction"] = np.array(self._data.normaliser.invert(z))
            self._activity = activity
        return self._activity

    # ----------------------------------------------------------------- changes
    def set_option(self, name: str, value: Any) -> None:
        """Change one option; LessonError (nothing changes) when the value cannot be used."""
        self.set_options({**self._options, name: value}, keep_series=True)

    def set_options(self, options: Mapping[str, Any], *, keep_series: bool = False) -> None:
        """Put all options at once (missing ones take their defaults); LessonError names a
        value that cannot be used, and then nothing changes."""
        options = dict(options)
        if keep_series and options.get("signal") != "csv":
            options.pop("series", None)
            options.pop("series_name", None)
        checked = check_options(options)
        if checked == self._options:
            return
        changed = {key for key in set(checked) | set(self._options)}
        changed = {key for key in changed if checked.get(key) != self._options.get(key)}
        data = self._prepare(checked) if changed & DATA_OPTIONS else None
        fresh_model = bool(changed & (DATA_OPTIONS | MODEL_OPTIONS))
        # Every field first, then the events: a view called back sees the whole new state.
        self._options = checked
        if data is not None:
            self._data = data
            self._example = self.default_example()
        unit_moved = self._unit >= self.hidden
        if unit_moved:
            self._unit = 0
        if fresh_model:
            self._new_weights()
        if data is not None:
            self.events.data.emit()
            self.events.example.emit(self._example)
        if unit_moved:
            self.events.unit.emit(0)
        if fresh_model:
            self.events.weights.emit()
            self.events.history.emit()
            self._set_status(translate("ForecastModel", "Ready: press Train."))
        self.events.options.emit()

    def load_series(self, values: Any, name: str = "") -> None:
        """A teacher's series replaces the signal; LessonError (nothing changes) if it cannot
        be used with the window and test span chosen."""
        series = [float(v) for v in np.asarray(values, dtype=np.float64).ravel()]
        options = {**self._options, "signal": "csv", "series": series, "series_name": name}
        try:
            self.set_options(options)
        except LessonError as error:
            raise LessonError(str(error).replace('"options" ', "")) from None

    def set_example(self, index: int) -> None:
        index = max(0, min(int(index), self.example_count - 1))
        if index != self._example:
            self._example = index
            self._activity = None
            self.events.example.emit(index)

    def set_unit(self, unit: int) -> None:
        unit = max(0, min(int(unit), self.hidden - 1))
        if unit != self._unit:
            self._unit = unit
            self.events.unit.emit(unit)

    def reset_weights(self) -> None:
        """A new untrained model (drawn from the seed), and no history."""
        self._new_weights()
        self.events.weights.emit()
        self.events.history.emit()
        self._set_status(translate("ForecastModel", "Ready: press Train."))

    def set_hidden_views(self, hidden: frozenset[str]) -> None:
        if hidden != self._hidden_views:
            self._hidden_views = frozenset(hidden)
            self.events.views.emit()

    def set_lesson_info(self, lesson: Lesson | None) -> None:
        self._lesson = lesson

    def apply_lesson(self, lesson: Lesson) -> None:
        """Put a forecast lesson's options and views into the model (a fresh model)."""
        if lesson.kind != KIND:
            raise LessonError(
                translate(
                    "ForecastModel", "this window shows forecasting lessons, not {kind}"
                ).format(kind=repr(lesson.kind))
            )
        self.set_options(lesson.options)
        self.reset_weights()
        self.set_hidden_views(lesson.hidden_views)
        self._lesson = lesson
        self.events.lesson.emit()

    def lesson_of(self) -> Lesson:
        """The lesson that reproduces what the model holds (texts from the lesson in effect)."""
        base = self._lesson or Lesson(title=translate("ForecastModel", DEFAULT_TITLE), kind=KIND)
        return base.replace(kind=KIND, options=self.options, hidden_views=self._hidden_views)

    # ----------------------------------------------------------------- training
    def training_steps(self) -> Iterator[BatchResult]:
        """One run of ``epochs`` epochs from the current weights, a mini-batch per step.

        Each epoch's weights and losses are recorded as it ends; `publish` announces them.
        """
        options = self._options
        clip = float(options["clip_norm"])
        steps = train_batches(
            self._data,
            self._weights,
            self._rng,
            int(options["epochs"]),
            learning_rate=float(options["learning_rate"]),
            batch_size=int(options["batch_size"]),
            clip_norm=clip if clip > 0 else None,
        )
        for step in steps:
            result = step.epoch_result
            if result is not None:
                self._weights = result.weights
                self._epochs_done += 1
                self._train_losses.append(result.train_loss)
                self._test_losses.append(result.test_loss)
                self._report = None
                self._activity = None
            yield step

    def train_to_end(self, on_epoch: Callable[[EpochResult], None] | None = None) -> str:
        """One press of Train run to its end without a window: 'finished', or 'diverged' when
        a loss stopped being finite. ``on_epoch`` is called with each epoch's result."""
        for step in self.training_steps():
            if step.epoch_result is not None and on_epoch is not None:
                on_epoch(step.epoch_result)
        self.publish()
        _, train_mse, test_mse = self.history()
        finite = train_mse.size == 0 or math.isfinite(train_mse[-1] + test_mse[-1])
        return "finished" if finite else "diverged"

    def metrics(self) -> dict[str, Any]:
        """The lesson's figures as `lstm-lab sine --json` prints them: the settings, every
        epoch's losses (MSE of z-scored values) and the test MSEs (in the signal's units) of
        the LSTM's forecasts and the baselines'. A number that is not finite is None."""
        options, data = self._options, self._data
        mses = self.forecast_mses()
        settings = {key: value for key, value in options.items() if key != "series"}
        if options["signal"] == "csv":
            source = options.get("series_name") or "csv"
        else:
            source = options["signal"]
        losses = zip(self._train_losses, self._test_losses, strict=True)
        epochs = [
            {"epoch": k + 1, "train_loss": _finite(train), "test_loss": _finite(test)}
            for k, (train, test) in enumerate(losses)
        ]
        return {
            "source": source,
            "settings": settings,
            "parameters": parameter_count(self.hidden),
            "train_windows": int(data.train_ys.shape[0]),
            "test_values": int(data.test_ys.shape[0]),
            "epochs": epochs,
            "test_mse": {key: _finite(mses[key]) for key in ("one_step", "rolling", "last_value")},
            "ar_baseline": {
                "lags": self.window,
                "fitted_on": "training windows, z-scored, least squares with an intercept",
                "test_mse": {
                    "one_step": _finite(mses["ar_one_step"]),
                    "rolling": _finite(mses["ar_rolling"]),
                },
            },
        }

    def set_training(self, running: bool) -> None:
        if running != self._training:
            self._training = running
            self.events.training.emit(running)

    def publish(self) -> bool:
        """Announce the epochs recorded since the last call: the history grew and the weights
        moved on ("progress": each view may follow at its own pace; "history" and "weights"
        follow when the run ends). True if there were any."""
        if self._published_epochs == self._epochs_done:
            return False
        self._published_epochs = self._epochs_done
        self.events.progress.emit()
        return True

    def end_training(self, reason: str, problem: str = "") -> None:
        """A run ended: 'finished', 'stopped', 'diverged' or 'failed' (``problem`` says why).
        Every view of the weights then shows the last ones."""
        self.publish()
        self.events.history.emit()
        self.events.weights.emit()
        self.set_training(False)
        self._set_status(self.status_text(reason, problem))

    def status_text(self, reason: str = "running", problem: str = "") -> str:
        if reason == "failed":
            return translate("ForecastModel", "Training stopped: {problem}").format(problem=problem)
        if not self.trained:
            return translate("ForecastModel", "Ready: press Train.")
        _, train_mse, test_mse = self.history()
        last = translate(
            "ForecastModel", "epoch {epoch}: training MSE {train}, test MSE {test}"
        ).format(
            epoch=self._published_epochs, train=f"{train_mse[-1]:.3g}", test=f"{test_mse[-1]:.3g}"
        )
        if reason == "diverged" or not math.isfinite(train_mse[-1]):
            return translate(
                "ForecastModel",
                "The loss grew without bound at {last}. Lower the learning rate, then Reset.",
            ).format(last=last)
        sentence = {
            "running": translate("ForecastModel", "Training — {last}"),
            "stopped": translate("ForecastModel", "Stopped — {last}"),
            "finished": translate("ForecastModel", "Done — {last}"),
        }[reason]
        return sentence.format(last=last)

    def set_status_running(self) -> None:
        self._set_status(self.status_text("running"))

    # ----------------------------------------------------------------- internals
    @staticmethod
    def _prepare(options: Mapping[str, Any]) -> ForecastData:
        try:
            return prepare_data(series_of(options), options["window"], options["test_size"])
        except ValueError as error:  # check_options rules these out; kept for safety
            raise LessonError(str(error)) from None

    def _new_weights(self) -> None:
        seed = int(self._options["seed"])
        weights_rng = np.random.default_rng([seed, WEIGHTS_STREAM])
        self._weights = init_model(self.hidden, weights_rng, dtype=DTYPE)
        self._rng = np.random.default_rng([seed, BATCHES_STREAM])
        self._epochs_done = 0
        self._published_epochs = 0
        self._train_losses: list[float] = []
        self._test_losses: list[float] = []
        self._report: LessonReport | None = None
        self._activity: dict[str, np.ndarray] | None = None

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.events.status.emit(text)
