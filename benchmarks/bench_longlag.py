"""Long-lag memory: the RNN, the LSTM and the GRU on "France … (N fillers) … speak → French".

    .venv/bin/python benchmarks/bench_longlag.py [--delays 100 200] [--seeds 5] [--lr 0.003]
                                                 [--no-torch] [--no-standard]

Prints figures; asserts nothing. Every run uses one thread (numpy's BLAS and torch). Goals,
at each delay N ≥ 100 with the lesson's settings (`lstm_lab.engine.longlag.LESSON`), the same
units, learning rate, batch size and number of updates for the three cells:

(a) the LSTM and the GRU learn (held-out accuracy ≥ 0.95) in at least 4 of 5 seeds, the tanh
    RNN in at most 1 of 5;
(b) each cell's training takes at most 120 s on one thread;
(c) for comparison, torch's nn.LSTM + nn.Linear trained from the same start on the same
    batches with torch.optim.Adam and the same clipping, timed in the same run.

Then, unless --no-standard: the LSTM and the GRU again with the standard start of their gates
(LSTM forget bias 1, GRU as PyTorch draws it), everything else unchanged. The machine's load
moves every time: run it on a quiet machine.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import replace  # noqa: E402

import numpy as np  # noqa: E402

from lstm_lab.engine.layer import LAYER_KEYS  # noqa: E402
from lstm_lab.engine.longlag import (  # noqa: E402
    CELL_NAMES,
    LEARNT_ACCURACY,
    LongLagResult,
    LongLagSettings,
    held_out_set,
    lesson_settings,
    run_to_end,
    start_weights,
    train,
    training_batches,
)

GOAL_SECONDS = 120.0


def describe(settings: LongLagSettings) -> str:
    return (
        f"delay N = {settings.delay}: {settings.countries} countries, {settings.fillers} "
        f"fillers, {settings.units} units, Adam lr {settings.lr:g}, batch {settings.batch_size}, "
        f"{settings.updates} updates, clip norm {settings.clip_norm:g}, gate start "
        f"{settings.gate_init!r}; chance {1 / settings.countries:.2f}, learnt = held-out "
        f"accuracy ≥ {LEARNT_ACCURACY} on {settings.test_size} sequences"
    )


def row(name: str, results: list[LongLagResult]) -> tuple[int, float]:
    learnt = sum(result.learnt for result in results)
    accuracies = " ".join(f"{result.test_accuracy:.3f}" for result in results)
    at = " ".join("-" if result.learnt_at is None else str(result.learnt_at) for result in results)
    seconds = [result.seconds for result in results]
    print(
        f"  {name:<5} learnt {learnt}/{len(results)}   accuracy {accuracies}\n"
        f"        learnt at update {at}\n"
        f"        seconds {' '.join(f'{s:.1f}' for s in seconds)} (max {max(seconds):.1f})"
    )
    return learnt, max(seconds)


def torch_lstm(settings: LongLagSettings) -> tuple[float, float] | None:
    """(held-out accuracy, seconds of training) of nn.LSTM + nn.Linear on the same run."""
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    task = settings.task
    weights = start_weights(settings)
    lstm = torch.nn.LSTM(task.inputs, settings.units)
    head = torch.nn.Linear(settings.units, task.countries)
    lstm.load_state_dict({f"{key}_l0": torch.from_numpy(weights[key]) for key in LAYER_KEYS})
    head.load_state_dict(
        {
            "weight": torch.from_numpy(weights["weight_out"]),
            "bias": torch.from_numpy(weights["bias_out"]),
        }
    )
    params = [*lstm.parameters(), *head.parameters()]
    optimizer = torch.optim.Adam(params, lr=settings.lr)
    batches = training_batches(settings)
    seconds = 0.0
    for _ in range(settings.updates):
        start = time.perf_counter()
        tokens, answers = next(batches)
        xs = torch.from_numpy(task.one_hot(tokens))
        out, _ = lstm(xs)
        loss = torch.nn.functional.cross_entropy(head(out[-1]), torch.from_numpy(answers))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, settings.clip_norm)
        optimizer.step()
        seconds += time.perf_counter() - start
    tokens, answers = held_out_set(task, settings.seed, settings.test_size)
    with torch.no_grad():
        out, _ = lstm(torch.from_numpy(task.one_hot(tokens)))
        guesses = head(out[-1]).argmax(dim=1).numpy()
    return float(np.mean(guesses == answers)), seconds


def bench_delay(delay: int, seeds: int, overrides: dict, with_torch: bool) -> bool:
    changes = {"delay": delay, **overrides}
    base = lesson_settings("lstm", **changes)
    print(describe(base))
    results: dict[str, list[LongLagResult]] = {}
    for cell in CELL_NAMES:
        results[cell] = [
            run_to_end(train(replace(base, cell=cell, seed=seed))) for seed in range(seeds)
        ]
    summary = {cell: row(cell, results[cell]) for cell in CELL_NAMES}
    if with_torch:
        runs = [torch_lstm(replace(base, seed=seed)) for seed in range(seeds)]
        if runs[0] is None:
            print("  torch: not installed")
        else:
            measured = [run for run in runs if run is not None]
            torch_seconds = [seconds for _, seconds in measured]
            engine_seconds = [result.seconds for result in results["lstm"]]
            ratio = sum(engine_seconds) / sum(torch_seconds)
            print(
                f"  torch nn.LSTM + nn.Linear, same start and batches, 1 thread:\n"
                f"        accuracy {' '.join(f'{acc:.3f}' for acc, _ in measured)}\n"
                f"        seconds {' '.join(f'{s:.1f}' for s in torch_seconds)}\n"
                f"        engine LSTM time / torch time = {ratio:.2f}"
            )
    goals = {
        "LSTM ≥ 4/5": summary["lstm"][0] * 5 >= 4 * seeds,
        "GRU ≥ 4/5": summary["gru"][0] * 5 >= 4 * seeds,
        "RNN ≤ 1/5": summary["rnn"][0] * 5 <= seeds,
        f"every cell ≤ {GOAL_SECONDS:.0f} s": max(s for _, s in summary.values()) <= GOAL_SECONDS,
    }
    scope = "" if delay >= 100 else " (the goals are set for N ≥ 100)"
    print(
        f"  goals{scope}: "
        + ", ".join(f"{k} {'met' if v else 'not met'}" for k, v in goals.items())
    )
    return all(goals.values())


def bench_standard(delay: int, seeds: int, overrides: dict) -> None:
    changes = {"delay": delay, "gate_init": "standard", **overrides}
    base = lesson_settings("lstm", **changes)
    print("The same, with the standard gate start (LSTM forget bias 1, GRU as PyTorch draws it):")
    print(describe(base))
    for cell in ("lstm", "gru"):
        row(cell, [run_to_end(train(replace(base, cell=cell, seed=seed))) for seed in range(seeds)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delays", type=int, nargs="+", default=[100])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--lr", type=float, default=None, help="another learning rate for all")
    parser.add_argument("--updates", type=int, default=None, help="another budget for all")
    parser.add_argument("--no-torch", action="store_true", help="skip the torch comparison")
    parser.add_argument("--no-standard", action="store_true", help="skip the standard start")
    args = parser.parse_args()
    print(f"numpy {np.__version__}, one thread")
    overrides = {key: value for key, value in (("lr", args.lr), ("updates", args.updates)) if value}
    for delay in args.delays:
        bench_delay(delay, args.seeds, overrides, not args.no_torch)
        print()
    if not args.no_standard:
        bench_standard(args.delays[0], args.seeds, overrides)
    return 0


if __name__ == "__main__":
    sys.exit(main())
