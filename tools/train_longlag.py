"""Train the long-lag runs the app ships (not run by the app); reproducible from their seed.

    OPENBLAS_NUM_THREADS=1 python tools/train_longlag.py [--seed 0]

Trains the RNN, the LSTM and the GRU with the lesson's settings
(`lstm_lab.engine.longlag.LESSON`) and writes each run's weights (CELL.npz, float32) and its
settings, held-out accuracy and curves (CELL.json) to ``lstm_lab/resources/longlag/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_lab.engine.longlag import (  # noqa: E402
    CELL_NAMES,
    lesson_settings,
    run_to_end,
    save_result,
    train,
)

TARGET = ROOT / "lstm_lab" / "resources" / "longlag"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    TARGET.mkdir(exist_ok=True)
    for cell in CELL_NAMES:
        result = run_to_end(train(lesson_settings(cell, seed=args.seed)))
        save_result(result, TARGET / f"{cell}.npz", TARGET / f"{cell}.json")
        print(
            f"{cell}: held-out accuracy {result.test_accuracy:.3f}, learnt {result.learnt} "
            f"(at update {result.learnt_at}), {result.seconds:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
