"""Speed of the LSTM layer and the forecasting lesson, and PyTorch's on the same step.

    .venv/bin/python benchmarks/bench_layer.py [--quick]

Prints figures; asserts nothing. Goals:

(a) one training step (forward + backward + clipping + Adam) of LSTM(32) + Dense(1) on 64
    windows of 20 values, float32: the engine no slower than torch at one thread;
(b) the default lesson (sine, LSTM(32), window 20) reaches a one-step test MSE below 1e-3
    within 5 s of training, and its rolling forecast of the 50 test values beats the
    last-value baseline;
(c) a rolling forecast of 200 values in at most 5 ms.

The shell may set OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE), which slow numpy's matrix
products; the figures are printed as the shell has them, then again from a subprocess
without both. The machine's load moves every figure: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import numpy as np

from lstm_lab.engine.forecast import (
    LessonSettings,
    evaluate,
    init_model,
    lesson_data,
    loss_and_grads,
    rolling_forecast,
    train,
)
from lstm_lab.engine.layer import Workspace
from lstm_lab.engine.optim import Adam, clip_grad_norm

HIDDEN, WINDOW, BATCH = 32, 20, 64
BLAS_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def median_seconds(work: Callable[[], object], budget: float, min_repeats: int = 5) -> float:
    """Median wall time of `work`, repeated until about `budget` seconds have been spent."""
    for _ in range(3):
        work()  # warm-up: caches, lazy imports, allocator
    times: list[float] = []
    spent = 0.0
    while len(times) < min_repeats or spent < budget:
        start = time.perf_counter()
        work()
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        spent += elapsed
    return statistics.median(times)


def engine_step(rng: np.random.Generator) -> Callable[[], None]:
    weights = init_model(HIDDEN, rng)
    inputs = rng.normal(size=(WINDOW, BATCH, 1)).astype(np.float32)
    targets = rng.normal(size=BATCH).astype(np.float32)
    optimizer = Adam(weights, lr=1e-3)
    workspace = Workspace()

    def step() -> None:
        _, grads = loss_and_grads(weights, inputs, targets, workspace)
        clip_grad_norm(grads, 1.0)
        optimizer.step(grads)

    return step


def torch_step(rng: np.random.Generator) -> Callable[[], None] | None:
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    torch.manual_seed(int(rng.integers(2**31)))
    lstm = torch.nn.LSTM(1, HIDDEN)
    head = torch.nn.Linear(HIDDEN, 1)
    params = [*lstm.parameters(), *head.parameters()]
    optimizer = torch.optim.Adam(params, lr=1e-3)
    inputs = torch.from_numpy(rng.normal(size=(WINDOW, BATCH, 1)).astype(np.float32))
    targets = torch.from_numpy(rng.normal(size=BATCH).astype(np.float32))

    def step() -> None:
        optimizer.zero_grad()
        hidden, _ = lstm(inputs)
        loss = ((head(hidden[-1])[:, 0] - targets) ** 2).mean()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()

    return step


def bench_step(budget: float) -> None:
    rng = np.random.default_rng(0)
    engine = median_seconds(engine_step(rng), budget)
    print(f"(a) training step, LSTM({HIDDEN}) + Dense(1), T = {WINDOW}, B = {BATCH}, float32")
    print(f"    engine: {engine * 1e6:7.0f} µs = {1 / engine:6.0f} steps/s")
    reference = torch_step(rng)
    if reference is None:
        print("    torch: not installed")
        return
    theirs = median_seconds(reference, budget)
    print(f"    torch (1 thread): {theirs * 1e6:7.0f} µs = {1 / theirs:6.0f} steps/s")
    verdict = "met" if engine <= theirs else "not met"
    print(f"    engine time / torch time = {engine / theirs:.2f} (goal ≤ 1: {verdict})")


def bench_lesson() -> np.ndarray:
    """Trains the default lesson; returns its weights for the rolling-forecast figure."""
    settings = LessonSettings()
    rng = np.random.default_rng(settings.seed)
    data = lesson_data(settings, rng)
    weights = init_model(settings.hidden, rng)
    variance = data.normaliser.std**2  # test_loss is in z-scored units
    reached = None
    start = time.perf_counter()
    for result in train(
        data,
        weights,
        rng,
        settings.epochs,
        learning_rate=settings.learning_rate,
        batch_size=settings.batch_size,
        clip_norm=settings.clip_norm,
    ):
        if reached is None and result.test_loss * variance < 1e-3:
            reached = (result.epoch, time.perf_counter() - start)
    total = time.perf_counter() - start
    mses = evaluate(result.weights, data).mses
    print(
        f"(b) default lesson: {settings.signal}, {settings.length} values, LSTM("
        f"{settings.hidden}), window {settings.window}, {settings.epochs} epochs, "
        f"lr {settings.learning_rate:g}"
    )
    if reached is None:
        print("    one-step test MSE < 1e-3: not reached (goal: within 5 s)")
    else:
        verdict = "met" if reached[1] <= 5.0 else "not met"
        print(
            f"    one-step test MSE < 1e-3 after epoch {reached[0]}, {reached[1]:.3f} s of "
            f"training (goal ≤ 5 s: {verdict})"
        )
    print(f"    all {settings.epochs} epochs: {total:.3f} s")
    print(
        f"    test MSE over the last {settings.test_size} values: one-step "
        f"{mses['one_step']:.3g}, rolling {mses['rolling']:.3g}, last value "
        f"{mses['last_value']:.3g} (rolling beats last value: "
        f"{'yes' if mses['rolling'] < mses['last_value'] else 'no'})"
    )
    return result.weights


def bench_rolling(weights: dict[str, np.ndarray], budget: float) -> None:
    history = np.sin(2 * np.pi * 0.02 * np.arange(WINDOW))
    seconds = median_seconds(lambda: rolling_forecast(weights, history, 200), budget)
    verdict = "met" if seconds <= 5e-3 else "not met"
    print(f"(c) rolling forecast of 200 values: {seconds * 1e3:.2f} ms (goal ≤ 5 ms: {verdict})")


def run(budget: float) -> None:
    bench_step(budget)
    weights = bench_lesson()
    bench_rolling(weights, budget)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter timing budgets")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    budget = 0.5 if args.quick else 2.0
    if args.child:
        run(budget)
        return 0
    shown = ", ".join(f"{name}={os.environ.get(name, '(unset)')}" for name in BLAS_VARIABLES)
    print(f"numpy {np.__version__}; {shown}")
    run(budget)
    if any(name in os.environ for name in BLAS_VARIABLES):
        print(f"\nAgain without {' and '.join(BLAS_VARIABLES)}:")
        sys.stdout.flush()
        env = {key: value for key, value in os.environ.items() if key not in BLAS_VARIABLES}
        command = [sys.executable, __file__, "--child"] + (["--quick"] if args.quick else [])
        subprocess.run(command, env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
