"""What training is asked to do, and how its progress is put in words. No Qt.

`TrainingSettings` is what the student chose in the training panel (and what a lesson file
keeps); the status and overlay wording is shared by the panel, the time series and the tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.engine.params import ParamSet
from lstm_lab.engine.training import TrainStep

Reason = Literal["converged", "max_epochs", "diverged", "stopped", "paused", "failed"]

#: Shown translated: ``translate("Training", DIVERGED_MESSAGE)``.
DIVERGED_MESSAGE = QT_TRANSLATE_NOOP(
    "Training",
    "Training stopped: the error grew without bound (learning rate too high?). "
    "The last good weights are back.",
)


#: The training settings' limits, as (lowest, highest): one constant each, for the training
#: panel's boxes and the lesson file's check alike. The learning rate must also be above 0.
LEARNING_RATE_RANGE = (0.0001, 100.0)
MAX_EPOCHS_RANGE = (1, 1_000_000)
TOLERANCE_RANGE = (0.0, 10.0)
CLIP_NORM_RANGE = (0.0, 1000.0)


#: The training speeds offered, in epochs a second; None: as fast as the computer goes (the
#: views then follow about 30 times a second). At a set speed the views follow every epoch,
#: so a class can watch the weights move. A display choice of this computer, kept in the
#: app's settings, not in a lesson file: it does not change what training computes.
TRAINING_SPEEDS: tuple[int | None, ...] = (None, 100, 30, 10, 3)


def weight_changes(before: ParamSet, after: ParamSet) -> dict[str, float]:
    """What a training run changed: after − before of every parameter, one subtraction each
    (exact to the last bit of the two weights)."""
    old, new = before.to_dict(), after.to_dict()
    return {name: float(new[name]) - float(old[name]) for name in new}


@dataclass(frozen=True)
class TrainingSettings:
    """``many_sequences`` False: train on the one sequence in the lab; True (with a lesson's
    task in the lab): train on ``task_size`` random sequences that follow its rule."""

    optimizer: str = "adam"
    learning_rate: float = 0.05
    max_epochs: int = 2000
    tolerance: float = 1e-4
    clip_norm: float = 0.0
    many_sequences: bool = False
    task_size: int = 32
    batch_size: int = 8

    def replace(self, **changes) -> TrainingSettings:
        return replace(self, **changes)


def format_mse(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    if value == 0 or 1e-6 <= abs(value) < 1e4:
        return f"{value:.6f}"
    return f"{value:.3g}"


def loss_name(step: TrainStep) -> str:
    """What the loss of a step is: the MSE on the sequence on screen (the same number "This
    step" shows), or, training on many sequences, the mean MSE over them."""
    return "MSE" if step.validation_loss is None else translate("Training", "Mean training MSE")


def overlay_text(step: TrainStep) -> str:
    """The time series' training overlay: epoch, iteration and MSE, one per line."""
    lines = [
        translate("Training", "Epoch {epoch}").format(epoch=step.epoch),
        translate("Training", "Iteration {iteration}").format(iteration=step.iteration),
        f"{loss_name(step)} {format_mse(step.loss)}",
    ]
    if step.validation_loss is not None:
        lines.append(
            translate("Training", "Held-out MSE {mse}").format(mse=format_mse(step.validation_loss))
        )
    return "\n".join(lines)


def status_text(
    step: TrainStep, reason: Reason | Literal["running"], settings: TrainingSettings
) -> str:
    """One line for the student: epoch, MSE and what training is doing or why it stopped."""
    if reason == "diverged":
        return translate("Training", DIVERGED_MESSAGE)
    name = loss_name(step)
    if step.validation_loss is not None:
        name = translate("Training", "mean MSE of the {count} training sequences").format(
            count=settings.task_size
        )
    parts = [
        translate("Training", "Epoch {epoch}").format(epoch=step.epoch),
        f"{name} {format_mse(step.loss)}",
    ]
    if step.validation_loss is not None:
        parts.append(
            translate("Training", "held-out MSE {mse}").format(mse=format_mse(step.validation_loss))
        )
    if reason == "running":
        said = translate("Training", "training…")
    elif reason == "converged":
        said = translate("Training", "reached the goal")
    elif reason == "max_epochs":
        said = translate(
            "Training",
            "stopped after {epochs} epochs without reaching the goal (MSE below {goal})",
        ).format(epochs=step.epoch, goal=f"{settings.tolerance:g}")
    elif reason == "paused":
        said = translate("Training", "one epoch done")
    else:
        said = translate("Training", "stopped")
    parts.append(said)
    return " — ".join(parts)
