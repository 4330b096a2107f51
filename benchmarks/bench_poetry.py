"""Speed and quality of the character model, and PyTorch's speed on the same model.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python benchmarks/bench_poetry.py [--quick]

Prints figures; asserts nothing. Goals (issue 12):

(a) one training step (vocabulary 3,003, embedding 128, LSTM 128, sequence 64, batch 32,
    float32; forward, backward, clipping, Adam): engine time ≤ torch's at one thread;
(b) sampling ≥ 10,000 characters/s in the engine (torch, one character at a time, printed);
(c) the shipped Tang model loads in ≤ 0.3 s;
(d) the shipped Tang model at T = 0.8 from one-character prompts: ≥ 90% of the lines have
    exactly five characters before their punctuation, ≤ 5% appear verbatim in the corpus;
(e) the lesson window (offscreen): open (model loaded, first paint) ≤ 0.5 s; writing with
    the bars and the heatmap following ≥ 30 characters/s with event-loop gaps ≤ 50 ms; the
    longest tick of training in the window.

The shell may set OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, which slow numpy's matrix
products (see bench_layer.py); the machine's load moves every figure.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import numpy as np

from lstm_lab.engine.charmodel import (
    Sampler,
    Vocabulary,
    generate,
    init_model,
    loss_and_grads,
)
from lstm_lab.engine.layer import Workspace
from lstm_lab.engine.optim import Adam, clip_grad_norm

VOCABULARY, EMBED, HIDDEN, STEPS, BATCH = 3003, 128, 128, 64, 32
BLAS_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def median_seconds(work: Callable[[], object], budget: float, min_repeats: int = 5) -> float:
    for _ in range(2):
        work()
    times: list[float] = []
    spent = 0.0
    while len(times) < min_repeats or spent < budget:
        start = time.perf_counter()
        work()
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        spent += elapsed
    return statistics.median(times)


def engine_step(budget: float) -> float:
    rng = np.random.default_rng(0)
    vocabulary = Vocabulary(tuple(chr(0x4E00 + k) for k in range(VOCABULARY - 3)))
    model = init_model(vocabulary, HIDDEN, EMBED, rng)
    optimizer = Adam(model.params, lr=2e-3)
    workspace = Workspace()
    inputs = rng.integers(0, VOCABULARY, (STEPS, BATCH))
    targets = rng.integers(0, VOCABULARY, (STEPS, BATCH))

    def step() -> None:
        result = loss_and_grads(model, inputs, targets, None, None, workspace)
        clip_grad_norm(result.grads, 5.0)
        optimizer.step(result.grads)

    return median_seconds(step, budget)


def torch_step(budget: float) -> tuple[float, float] | None:
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)

    class Model(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embedding = torch.nn.Embedding(VOCABULARY, EMBED)
            self.lstm = torch.nn.LSTM(EMBED, HIDDEN)
            self.head = torch.nn.Linear(HIDDEN, VOCABULARY)

        def forward(self, x, state=None):
            out, state = self.lstm(self.embedding(x), state)
            return self.head(out), state

    model = Model()
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    inputs = torch.randint(0, VOCABULARY, (STEPS, BATCH))
    targets = torch.randint(0, VOCABULARY, (STEPS, BATCH))

    def step() -> None:
        optimizer.zero_grad()
        logits, _ = model(inputs)
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, VOCABULARY), targets.ravel())
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        optimizer.step()

    step_time = median_seconds(step, budget)

    def sample(count: int = 2000) -> None:
        with torch.no_grad():
            token = torch.zeros((1, 1), dtype=torch.long)
            state = None
            for _ in range(count):
                logits, state = model(token, state)
                p = torch.softmax(logits[0, 0] / 0.8, dim=0)
                token = torch.multinomial(p, 1).view(1, 1)

    sample_time = median_seconds(sample, budget, min_repeats=2) / 2000
    return step_time, sample_time


def engine_sampling(budget: float) -> float:
    rng = np.random.default_rng(1)
    vocabulary = Vocabulary(tuple(chr(0x4E00 + k) for k in range(VOCABULARY - 3)))
    sampler = Sampler(init_model(vocabulary, HIDDEN, EMBED, rng))
    return (
        median_seconds(
            lambda: generate(sampler, "春", 0.8, 2000, seed=1, stop_at_end=False), budget, 2
        )
        / 2000
    )


def quality(poems_per_prompt: int, prompts: int) -> None:
    from lstm_lab.lessons.poetry.textdata import corpus_records, half_lines, shipped_model

    start = time.perf_counter()
    shipped_model.cache_clear()
    model = shipped_model("tang")
    load = time.perf_counter() - start
    print(
        f"(c) shipped Tang model: loaded in {load * 1000:.0f} ms (goal ≤ 300 ms); "
        f"{model.info.get('epochs')} epochs, held-out loss {model.info.get('held_out_loss')}"
    )
    records = corpus_records("tang5")
    seen = set()
    for record in records:
        seen.update(half_lines(record)[0])
    firsts = collections.Counter(record[0] for record in records)
    chosen = [ch for ch, _ in firsts.most_common(prompts)]
    sampler = Sampler(model)
    lines = five = verbatim = ended = 0
    shapes = collections.Counter()
    examples = []
    for ch in chosen:
        for seed in range(poems_per_prompt):
            text = ch + generate(sampler, ch, 0.8, 120, seed=seed)
            done, rest = half_lines(text)
            finished = len(text) < 121
            ended += finished
            lines += len(done)
            five += sum(len(line) == 5 for line in done)
            verbatim += sum(line in seen for line in done)
            shapes[len(done)] += 1
            if seed == 0 and len(examples) < 4:
                examples.append(text)
    poems = len(chosen) * poems_per_prompt
    print(
        f"(d) {poems} poems at T = 0.8 from the {len(chosen)} commonest first characters "
        f"({poems_per_prompt} seeds each): {lines} lines"
    )
    print(f"    lines of exactly 5 characters: {five / lines:.1%} (goal ≥ 90%)")
    print(f"    lines found verbatim in the corpus: {verbatim / lines:.1%} (goal ≤ 5%)")
    print(
        f"    poems that ended with the end marker: {ended / poems:.1%}; lines per poem: "
        + ", ".join(f"{k}: {v}" for k, v in sorted(shapes.items()))
    )
    for text in examples:
        print(f"    e.g. {text}")


def window(seconds: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from gaps import GapRecorder  # benchmarks/gaps.py
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from lstm_lab.core.builtin import lesson_by_name
    from lstm_lab.lessons.poetry.textdata import shipped_model

    shipped_model.cache_clear()
    folder = tempfile.mkdtemp()
    settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    from lstm_lab.app import create_window

    win = create_window(settings, "poetry")
    win.open_lesson(lesson_by_name("poetry-tang"))
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    win.grab()
    opened = time.perf_counter() - start
    print(
        f"(e) lesson window opened (model loaded, first paint) in {opened * 1000:.0f} ms "
        "(goal ≤ 500 ms)"
    )

    recorder = GapRecorder(interval_ms=5)
    gaps = recorder.gaps  # the same list, refilled by every measurement

    def measure(run, until) -> float:
        recorder.start()
        begin = time.perf_counter()
        run()
        while until() and time.perf_counter() - begin < seconds:
            app.processEvents()
        recorder.stop()
        return time.perf_counter() - begin

    controls, prompt_row = win.controls_panel, win.prompt_row
    for speed in (60, 200):
        controls.speed_slider.setValue(speed)
        controls.length_spin.setValue(200)
        prompt_row.prompt_edit.setText("春")
        written = [0]

        def keep_writing(written=written) -> bool:
            if not win.is_busy():  # a poem ended: the next one, with the next seed
                written[0] += len(win.state.session.steps)
                controls.seed_spin.setValue(controls.seed_spin.value() + 1)
                win.write()
            return True

        elapsed = measure(win.write, keep_writing)
        written[0] += len(win.state.session.steps)
        win.stop_writing()
        print(
            f"    writing at speed {speed}: {written[0] / elapsed:.1f} characters/s with the "
            f"text, bars and heatmap following; longest event-loop gap {max(gaps):.0f} ms "
            f"(goal ≥ 30/s, ≤ 50 ms); longest tick {win.writer.longest_tick * 1000:.0f} ms"
        )
    corpus = win.train_panel.corpus_combo
    corpus.setCurrentIndex(corpus.findData("tang5"))
    elapsed = measure(win.start_training, lambda: True)
    steps = win.state.train_steps
    longest = win.trainer.longest_tick
    win.trainer.stop_now()
    print(
        f"    training in the window (Tang, 128 units, batch 8 × 32): {steps / elapsed:.1f} "
        f"steps/s, longest tick {longest * 1000:.0f} ms, longest event-loop gap "
        f"{max(gaps):.0f} ms (goal ≤ 50 ms)"
    )
    win.files.forget_changes()
    win.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--step-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    budget = 1.0 if args.quick else 4.0
    if args.step_only:
        ours, theirs = engine_step(budget), torch_step(budget)
        print(
            f"    engine {ours * 1000:.1f} ms = {1 / ours:.1f} steps/s; torch (1 thread) "
            + ("-" if theirs is None else f"{theirs[0] * 1000:.1f} ms = {1 / theirs[0]:.1f}")
            + " steps/s"
        )
        return
    blas = {
        k: os.environ.get(k)
        for k in ("OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
    }
    print(f"numpy {np.__version__}; {blas}")
    ours = engine_step(budget)
    theirs = torch_step(budget)
    print(
        f"(a) training step (V {VOCABULARY}, E {EMBED}, H {HIDDEN}, T {STEPS}, B {BATCH}, float32):"
    )
    print(f"    engine:            {ours * 1000:6.1f} ms = {1 / ours:5.1f} steps/s")
    if theirs is not None:
        print(f"    torch (1 thread):  {theirs[0] * 1000:6.1f} ms = {1 / theirs[0]:5.1f} steps/s")
    if any(os.environ.get(key) for key in BLAS_VARIABLES):
        env = {k: v for k, v in os.environ.items() if k not in BLAS_VARIABLES}
        print(f"    again in a subprocess without {', '.join(BLAS_VARIABLES)}:", flush=True)
        command = [sys.executable, __file__, "--step-only"] + (["--quick"] if args.quick else [])
        subprocess.run(command, env=env, check=False)
    per_char = engine_sampling(budget)
    print(f"(b) sampling at T = 0.8: engine {1 / per_char:,.0f} characters/s (goal ≥ 10,000)")
    if theirs is not None:
        print(f"    torch (1 thread):   {1 / theirs[1]:,.0f} characters/s")
    quality(5 if args.quick else 10, 20)
    window(3.0 if args.quick else 6.0)


if __name__ == "__main__":
    main()
