"""Lessons that teach memory: a target rule, an example, and a generator of random examples.

Each lesson (a :class:`TrainingTask`) has

- an example input and target that the training panel puts into the fields,
- a ``rule`` that gives the target for any input sequence (vectorised over the last axis), and
- a ``make_inputs`` that draws random input sequences from a ``numpy.random.Generator``.

``task.generate(rng, length, count)`` returns ``(inputs, targets)``, both of shape
``(count, length)``: the training set of "train on the task" and the held-out sequences that show
whether the cell learnt the rule or only memorised one sequence.

A *pulse* is an input value above 0.5; the memory lessons count pulses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = [
    "TASKS",
    "TrainingTask",
    "delay_by_one",
    "echo",
    "forget_after_reset",
    "hold_the_pulse",
    "running_count",
    "task_by_name",
]

PULSE_THRESHOLD = 0.5


def _pulses(inputs: np.ndarray) -> np.ndarray:
    return (np.asarray(inputs, dtype=np.float64) > PULSE_THRESHOLD).astype(np.int64)


def _pulses_before(inputs: np.ndarray) -> np.ndarray:
    """Number of pulses at steps strictly before t, for every t (last axis)."""
    pulses = _pulses(inputs)
    before = np.zeros_like(pulses)
    before[..., 1:] = np.cumsum(pulses, axis=-1)[..., :-1]
    return before


# ----------------------------------------------------------------------------- rules
def hold_rule(inputs: np.ndarray) -> np.ndarray:
    """y(t) = 1 once a pulse has been seen at an earlier step, else 0."""
    return (_pulses_before(inputs) > 0).astype(np.float64)


def echo_rule(inputs: np.ndarray) -> np.ndarray:
    """y(t) = x(t)."""
    return np.array(inputs, dtype=np.float64)


def delay_rule(inputs: np.ndarray) -> np.ndarray:
    """y(t) = x(t-1), and y(1) = 0."""
    inputs = np.asarray(inputs, dtype=np.float64)
    targets = np.zeros_like(inputs)
    targets[..., 1:] = inputs[..., :-1]
    return targets


def count_rule(inputs: np.ndarray) -> np.ndarray:
    """y(t) = (x(1) + ... + x(t)) / T: the running count of pulses, scaled to stay within 0..1."""
    inputs = np.asarray(inputs, dtype=np.float64)
    return np.cumsum(inputs, axis=-1) / inputs.shape[-1]


def reset_rule(inputs: np.ndarray) -> np.ndarray:
    """The memory flips at every pulse, one step later: the first pulse sets it, the next resets.

    y(t) = (number of pulses before t) mod 2.
    """
    return (_pulses_before(inputs) % 2).astype(np.float64)


# ----------------------------------------------------------------------------- random inputs
def _check(length: int, count: int) -> None:
    if length < 1:
        raise ValueError("a sequence needs at least one step")
    if count < 0:
        raise ValueError("the number of sequences cannot be negative")


def _one_pulse(
    rng: np.random.Generator, length: int, count: int, no_pulse_share: float
) -> np.ndarray:
    inputs = np.zeros((count, length))
    # The pulse comes before the last step so that at least one step shows the memory.
    positions = rng.integers(0, max(length - 1, 1), size=count)
    has_pulse = rng.random(count) >= no_pulse_share
    inputs[np.arange(count)[has_pulse], positions[has_pulse]] = 1.0
    return inputs


def hold_inputs(rng: np.random.Generator, length: int, count: int) -> np.ndarray:
    """One pulse at a random step (a fifth of the sequences have none)."""
    _check(length, count)
    return _one_pulse(rng, length, count, no_pulse_share=0.2)


def binary_inputs(rng: np.random.Generator, length: int, count: int) -> np.ndarray:
    """Random 0/1 inputs, each step a fair coin."""
    _check(length, count)
    return (rng.random((count, length)) < 0.5).astype(np.float64)


def sparse_binary_inputs(rng: np.random.Generator, length: int, count: int) -> np.ndarray:
    """Random 0/1 inputs with a pulse at about one step in three."""
    _check(length, count)
    return (rng.random((count, length)) < 1.0 / 3.0).astype(np.float64)


def set_reset_inputs(rng: np.random.Generator, length: int, count: int) -> np.ndarray:
    """Two pulses (set, then reset) at random steps; a quarter of the sequences only set."""
    _check(length, count)
    inputs = _one_pulse(rng, length, count, no_pulse_share=0.0)
    if length < 3:
        return inputs
    first = np.argmax(inputs, axis=1)
    wants_reset = (rng.random(count) >= 0.25) & (first < length - 2)
    for row in np.flatnonzero(wants_reset):
        second = rng.integers(first[row] + 1, length - 1)
        inputs[row, second] = 1.0
    return inputs


# ----------------------------------------------------------------------------- lessons
@dataclass(frozen=True)
class TrainingTask:
    """A lesson: what the target should be for any input, with one example to show."""

    name: str
    title: str
    description: str
    example_input: tuple[float, ...]
    rule: Callable[[np.ndarray], np.ndarray]
    make_inputs: Callable[[np.random.Generator, int, int], np.ndarray]

    @property
    def example_target(self) -> tuple[float, ...]:
        return tuple(float(v) for v in self.rule(np.asarray(self.example_input)))

    def target_for(self, inputs: np.ndarray) -> np.ndarray:
        """The lesson's target for ``inputs`` (shape (T,) or (N, T))."""
        return self.rule(np.asarray(inputs, dtype=np.float64))

    def generate(
        self, rng: np.random.Generator, length: int, count: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """``count`` random sequences of ``length`` steps: ``(inputs, targets)``, each (N, T)."""
        inputs = self.make_inputs(rng, int(length), int(count))
        return inputs, self.rule(inputs)

    __call__ = generate


hold_the_pulse = TrainingTask(
    name="hold",
    title="Hold the pulse",
    description=(
        "A single pulse arrives; from the next step on the output should stay at 1 for as long "
        "as the sequence lasts. To follow this rule on any sequence, the cell has to write the "
        "pulse into its memory and keep it."
    ),
    example_input=(0, 1, 0, 0, 0, 0, 0, 0),
    rule=hold_rule,
    make_inputs=hold_inputs,
)

echo = TrainingTask(
    name="echo",
    title="Echo",
    description="The output repeats the input at the same step: y(t) = x(t). No memory needed.",
    example_input=(1, 0, 1, 1, 0, 1, 0, 0),
    rule=echo_rule,
    make_inputs=binary_inputs,
)

delay_by_one = TrainingTask(
    name="delay",
    title="Delay by one",
    description=(
        "The output repeats the input one step later: y(t) = x(t−1). To follow this rule on any "
        "sequence, the cell has to remember one step and no more."
    ),
    example_input=(1, 0, 1, 1, 0, 1, 0, 0),
    rule=delay_rule,
    make_inputs=binary_inputs,
)

running_count = TrainingTask(
    name="count",
    title="Running count",
    description=(
        "The output counts the pulses so far, divided by the length of the sequence: "
        "y(t) = (x(1) + … + x(t)) / T. To count on any sequence, the cell state has to add up "
        "without forgetting."
    ),
    example_input=(1, 0, 1, 1, 0, 0, 1, 0),
    rule=count_rule,
    make_inputs=sparse_binary_inputs,
)

forget_after_reset = TrainingTask(
    name="reset",
    title="Forget after a reset",
    description=(
        "The first pulse switches the memory on (the output is 1 from the next step), a second "
        "pulse resets it to 0. The forget gate has to learn when to let go."
    ),
    example_input=(0, 1, 0, 0, 1, 0, 0, 0),
    rule=reset_rule,
    make_inputs=set_reset_inputs,
)

TASKS: tuple[TrainingTask, ...] = (
    hold_the_pulse,
    echo,
    delay_by_one,
    running_count,
    forget_after_reset,
)


def task_by_name(name: str) -> TrainingTask:
    for task in TASKS:
        if task.name == name:
            return task
    raise KeyError(f"no lesson called {name!r}")
