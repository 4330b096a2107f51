"""What training is asked to do, and how its progress is put in words. No Qt.

`TrainingSettings` is what the student chose in the training panel (and what a lesson file
keeps); the status and overlay wording is shared by the panel, the time series and the tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from lstm_lab.engine.params import ParamSet
from lstm_lab.engine.training import TrainStep

Reason = Literal["converged", "max_epochs", "diverged", "stopped", "paused", "failed"]

DIVERGED_MESSAGE = (
    "Training stopped: the error grew without bound (learning rate too high?). "
    "The last good weights are back."
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
    return "MSE" if step.validation_loss is None else "Mean training MSE"


def overlay_text(step: TrainStep) -> str:
    """The time series' training overlay: epoch, iteration and MSE, one per line."""
    lines = [
        f"Epoch {step.epoch}",
        f"Iteration {step.iteration}",
        f"{loss_name(step)} {format_mse(step.loss)}",
    ]
    if step.validation_loss is not None:
        lines.append(f"Held-out MSE {format_mse(step.validation_loss)}")
    return "\n".join(lines)


def status_text(
    step: TrainStep, reason: Reason | Literal["running"], settings: TrainingSettings
) -> str:
    """One line for the student: epoch, MSE and what training is doing or why it stopped."""
    if reason == "diverged":
        return DIVERGED_MESSAGE
    name = loss_name(step)
    if step.validation_loss is not None:
        name = f"mean MSE of the {settings.task_size} training sequences"
    parts = [f"Epoch {step.epoch}", f"{name} {format_mse(step.loss)}"]
    if step.validation_loss is not None:
        parts.append(f"held-out MSE {format_mse(step.validation_loss)}")
    parts.append(
        {
            "running": "training…",
            "converged": "reached the goal",
            "max_epochs": (
                f"stopped after {step.epoch} epochs without reaching the goal "
                f"(MSE below {settings.tolerance:g})"
            ),
            "stopped": "stopped",
            "paused": "one epoch done",
            "failed": "stopped",
        }[reason]
    )
    return " — ".join(parts)
