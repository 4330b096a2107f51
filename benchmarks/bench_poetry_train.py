"""Training speed of the poetry export's ``--train`` mode (PyTorch, CPU, one thread) against the
app's own trainer (`lstm_lab.engine.charmodel.train`, as ``tools/train_charmodel.py`` runs it)
at the size of the shipped models.

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE .venv/bin/python \\
        benchmarks/bench_poetry_train.py [--steps 60] [--units 128]

Both train the Tang text with the shipped model's vocabulary (3,003 symbols), embedding 128,
batch 32, 64 characters a step, Adam and clipping at 5: the PyTorch script in a subprocess
(``--threads 1 --cpu``; it times its own steps), the engine here with one BLAS thread. Prints
steps/s of each; asserts nothing. The machine's load moves every figure.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"  # before numpy loads: the engine at one thread, as torch is

import argparse  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lstm_lab.core.builtin import lesson_by_name  # noqa: E402
from lstm_lab.core.export_code import export_lesson, write_export  # noqa: E402
from lstm_lab.engine.charmodel import (  # noqa: E402
    TrainSettings,
    encode_records,
    init_model,
    train,
)
from lstm_lab.lessons.poetry.measures import split_of  # noqa: E402
from lstm_lab.lessons.poetry.textdata import shipped_model  # noqa: E402

EMBED, BATCH, SEQ_LEN = 128, 32, 64


def torch_steps_per_second(units: int, steps: int, layers: int = 1) -> tuple[float, str]:
    """The exported script's own figure ("trained N steps in S s (R steps/s after the
    first)"), and its held-out loss line."""
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "tang.py"
        write_export(export_lesson(lesson_by_name("poetry-tang"), "pytorch"), script)
        args = [sys.executable, str(script), "--train", "--cpu", "--threads", "1"]
        args += ["--units", str(units), "--layers", str(layers), "--embedding", str(EMBED)]
        args += ["--batch", str(BATCH), "--seq-len", str(SEQ_LEN), "--max-steps", str(steps)]
        args += ["--out", str(Path(folder) / "out.npz")]
        done = subprocess.run(args, capture_output=True, text=True, check=True)
    found = re.search(r"trained (\d+) steps in ([\d.]+) s \(([\d.]+) steps/s", done.stdout)
    if found is None:
        raise SystemExit(f"the script printed no timing:\n{done.stdout}\n{done.stderr}")
    held = re.search(r"held-out loss .*", done.stdout)
    return float(found[3]), held[0] if held else ""


def engine_steps_per_second(units: int, steps: int) -> float:
    """The app's trainer on the same records (the training part of the held-out split)."""
    shipped = shipped_model("tang")
    split = split_of("tang5")
    encoded = encode_records(shipped.vocabulary, split.train)
    model = init_model(shipped.vocabulary, units, EMBED, np.random.default_rng(0))
    run = train(model, encoded, TrainSettings(BATCH, SEQ_LEN, 2e-3, 5.0, 0))
    done = 0
    for report in run:  # warm up: the first epoch's stream and the first step (as the script)
        if report is not None:
            break
    start = time.perf_counter()
    done = 0
    for report in run:
        if report is not None:
            done += 1
            if done == steps:
                break
    return steps / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--units", type=int, default=128)
    args = parser.parse_args()
    blas = {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    print(
        f"Tang text, vocabulary 3,003, embedding {EMBED}, {args.units} units, batch {BATCH} × "
        f"{SEQ_LEN} characters, {args.steps} steps, one thread; {os.cpu_count()} cores; "
        f"BLAS settings from the shell: {blas}"
    )
    torch_rate, held = torch_steps_per_second(args.units, args.steps)
    print(f"export --train (PyTorch, CPU):  {torch_rate:6.2f} steps/s   ({held})")
    engine_rate = engine_steps_per_second(args.units, args.steps)
    print(f"app's trainer (NumPy engine):   {engine_rate:6.2f} steps/s")
    print(f"PyTorch / engine: {torch_rate / engine_rate:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
