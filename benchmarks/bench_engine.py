"""Speed of the numpy engine, and of PyTorch on the same work where torch is installed.

    .venv/bin/python benchmarks/bench_engine.py [--quick]

Prints medians; asserts nothing. Goals: forward + gradients of one scalar sequence at least 3×
faster than torch at T = 50 and no more than 1.5× slower at T = 500; the 200 × 200 loss grid
at least 2× faster than torch. Each torch figure is the faster of float32 and float64, at
torch's default thread count and at one thread (the numpy engine uses one core); the ratio
compares against the faster torch figure. The machine's load moves every figure: run it on a
quiet machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np

from lstm_lab.engine import LSTMParams, lstm_mse, mse_and_grads, run_lstm

LENGTHS = (5, 50, 500)
GRID = 200
GRID_STEPS = 50


def median_seconds(work: Callable[[], object], budget: float, max_repeats: int = 200) -> float:
    """Median wall time of `work`, repeated until about `budget` seconds have been spent."""
    work()  # warm-up: caches, lazy imports, allocator
    times: list[float] = []
    spent = 0.0
    while len(times) < 5 or (spent < budget and len(times) < max_repeats):
        start = time.perf_counter()
        work()
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        spent += elapsed
    return statistics.median(times)


def show(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:8.1f} µs"
    return f"{seconds * 1e3:8.2f} ms"


def sequence_data(
    steps: int, rng: np.random.Generator
) -> tuple[LSTMParams, np.ndarray, np.ndarray]:
    params = LSTMParams.from_vector(rng.uniform(-1, 1, size=14))
    return params, rng.normal(size=steps), rng.normal(size=steps)


def grid_params() -> LSTMParams:
    w_hf, b_f = np.meshgrid(np.linspace(-2, 2, GRID), np.linspace(-1, 1, GRID), indexing="ij")
    return LSTMParams(w_hf=w_hf.ravel(), b_f=b_f.ravel())


# ---------------------------------------------------------------- torch, where installed


def torch_sequence_work(torch, params, xs, targets, dtype) -> Callable[[], object]:
    """nn.LSTM(1, 1) + nn.Linear(1, 1): forward, MSE and backward for all parameters."""
    lstm = torch.nn.LSTM(1, 1).to(dtype)
    linear = torch.nn.Linear(1, 1).to(dtype)
    with torch.no_grad():
        rows = (("w_xi", "w_hi", "b_i"), ("w_xf", "w_hf", "b_f"), ("w_xc", "w_hc", "b_c"),
                ("w_xo", "w_ho", "b_o"))  # fmt: skip
        for row, (w_x, w_h, b) in enumerate(rows):
            lstm.weight_ih_l0[row, 0] = getattr(params, w_x)
            lstm.weight_hh_l0[row, 0] = getattr(params, w_h)
            lstm.bias_ih_l0[row] = getattr(params, b)
        lstm.bias_hh_l0.zero_()
        linear.weight[0, 0] = params.w_out
        linear.bias[0] = params.b_out
    inputs = torch.tensor(xs, dtype=dtype).reshape(-1, 1, 1)
    wanted = torch.tensor(targets, dtype=dtype).reshape(-1, 1, 1)

    def work():
        lstm.zero_grad(set_to_none=True)
        linear.zero_grad(set_to_none=True)
        hidden, _ = lstm(inputs)
        loss = ((linear(hidden) - wanted) ** 2).mean()
        loss.backward()
        return loss

    return work


def torch_grid_work(torch, params: LSTMParams, xs, targets, dtype) -> Callable[[], object]:
    """The scalar cell's equations on tensors of shape (40000,), one cell per grid point."""
    values = {
        name: torch.tensor(np.broadcast_to(getattr(params, name), (GRID * GRID,)), dtype=dtype)
        for name in params.names()
    }
    x_list = [float(x) for x in xs]
    t_list = [float(d) for d in targets]
    p = values

    def work():
        with torch.no_grad():
            h = torch.zeros(GRID * GRID, dtype=dtype)
            c = torch.zeros(GRID * GRID, dtype=dtype)
            total = torch.zeros(GRID * GRID, dtype=dtype)
            for x, d in zip(x_list, t_list, strict=True):
                f = torch.sigmoid(p["w_xf"] * x + p["w_hf"] * h + p["b_f"])
                i = torch.sigmoid(p["w_xi"] * x + p["w_hi"] * h + p["b_i"])
                g = torch.tanh(p["w_xc"] * x + p["w_hc"] * h + p["b_c"])
                o = torch.sigmoid(p["w_xo"] * x + p["w_ho"] * h + p["b_o"])
                c = f * c + i * g
                h = o * torch.tanh(c)
                total += (p["w_out"] * h + p["b_out"] - d) ** 2
            return total / len(x_list)

    return work


def torch_best(torch, make_work, budget: float, max_repeats: int) -> tuple[float, float]:
    """Fastest of float32 and float64 at torch's default thread count, then at one thread."""
    default_threads = torch.get_num_threads()
    figures = []
    for threads in (default_threads, 1):
        torch.set_num_threads(threads)
        figures.append(
            min(
                median_seconds(make_work(dtype), budget, max_repeats)
                for dtype in (torch.float32, torch.float64)
            )
        )
    torch.set_num_threads(default_threads)
    return figures[0], figures[1]


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="shorter timing budget")
    args = options.parse_args(argv)
    budget = 0.25 if args.quick else 1.0
    rng = np.random.default_rng(20240601)
    try:
        import torch
    except ImportError:
        torch = None

    print(f"python {sys.version.split()[0]}, numpy {np.__version__}", end="")
    if torch is not None:
        threads = torch.get_num_threads()
        print(f", torch {torch.__version__} CPU (default torch.get_num_threads() = {threads})")
    else:
        print(", torch not installed (no reference figures)")
    if hasattr(os, "getloadavg"):
        print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(
        "numpy engine: float64 unless marked float32; each torch figure is the faster of\n"
        "float32 and float64; ratio = faster torch column / numpy (above 1: numpy is faster)\n"
    )

    header = f"{'work':<52}{'numpy':>11}{'torch dflt':>12}{'torch 1 thr':>12}{'ratio':>8}"
    print(header)
    print("-" * len(header))

    def row(label: str, ours: float, theirs: tuple[float, float] | None) -> None:
        line = f"{label:<52}{show(ours):>11}"
        if theirs is not None:
            line += f"{show(theirs[0]):>12}{show(theirs[1]):>12}{min(theirs) / ours:>7.2f}×"
        print(line, flush=True)

    for steps in LENGTHS:
        params, xs, _ = sequence_data(steps, rng)
        forward = median_seconds(lambda p=params, x=xs: run_lstm(p, x), budget / 2)
        row(f"run_lstm (trace), one sequence, T = {steps}", forward, None)
    for steps in LENGTHS:
        params, xs, targets = sequence_data(steps, rng)
        ours = median_seconds(lambda p=params, x=xs, d=targets: mse_and_grads(p, x, d), budget)
        theirs = None
        if torch is not None:
            theirs = torch_best(
                torch,
                lambda dtype, p=params, x=xs, d=targets: torch_sequence_work(torch, p, x, d, dtype),
                budget,
                200,
            )
        row(f"mse_and_grads (forward + BPTT), T = {steps}", ours, theirs)

    params = grid_params()
    xs = rng.integers(0, 2, size=GRID_STEPS).astype(float)
    targets = np.roll(xs, 3)
    theirs = None
    if torch is not None:
        theirs = torch_best(
            torch,
            lambda dtype: torch_grid_work(torch, params, xs, targets, dtype),
            3 * budget,
            20,
        )
    cores = os.cpu_count() or 1
    variants = [(np.float64, 1), (np.float32, 1)] + ([(np.float32, cores)] if cores > 1 else [])
    for dtype, workers in variants:
        ours = median_seconds(
            lambda d=dtype, w=workers: lstm_mse(params, xs, targets, dtype=d, workers=w),
            3 * budget,
            max_repeats=20,
        )
        label = f"grid {GRID}×{GRID} w_hf×b_f, MSE, T = {GRID_STEPS}, {np.dtype(dtype).name}"
        row(label + (f", {workers} thr" if workers > 1 else ""), ours, theirs)
    print(
        "\nGoals: ratio ≥ 3 at T = 50, ≥ 0.67 at T = 500 (no more than 1.5× slower), "
        "≥ 2 on the grid."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
