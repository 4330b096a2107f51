"""Train a model the poetry lesson ships (not run by the app); reproducible from its seed.

    OPENBLAS_NUM_THREADS=1 python tools/train_charmodel.py tang [--epochs 12]
    OPENBLAS_NUM_THREADS=1 python tools/train_charmodel.py shakespeare [--epochs 6]
    OPENBLAS_NUM_THREADS=1 python tools/train_charmodel.py tang --measure

Reads the shipped text (checking its hash against ``corpora.json``), holds out 2% of the
records and drops from them those that repeat a training record exactly or nearly
(``lstm_lab.lessons.poetry.heldout``), trains with the engine
(``lstm_lab.engine.charmodel.train``) and after every epoch writes the model with the lowest
held-out loss so far to ``lstm_lab/resources/poetry/`` and a line to ``train-NAME.log`` there:
the settings, the corpus hash, the losses and a sample. At the end the best model is measured
(``lstm_lab.lessons.poetry.measures``: its held-out loss per symbol and per character, and a
bigram model of the same training records) and the figures go into its info.

``--measure`` trains nothing: it measures the shipped model as it is, writes the figures into
its info (its weights, vocabulary and start state stay as they are) and adds them to the log.
"""

from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_lab.core.files import write_bytes_replacing  # noqa: E402
from lstm_lab.engine.charmodel import (  # noqa: E402
    TrainSettings,
    build_vocabulary,
    encode_records,
    generate,
    init_model,
    load_model,
    mean_loss,
    model_bytes,
    train,
)
from lstm_lab.engine.optim import Adam  # noqa: E402
from lstm_lab.lessons.poetry.heldout import held_out_split  # noqa: E402
from lstm_lab.lessons.poetry.measures import Measures, info_figures, measure  # noqa: E402
from lstm_lab.lessons.poetry.textdata import (  # noqa: E402
    CORPORA,
    MODELS,
    corpus_records,
    corpus_text,
    manifest,
    text_hash,
)

OUT = ROOT / "lstm_lab" / "resources" / "poetry"
PROMPTS = {"tang": "春", "shakespeare": "ROMEO:\n"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", choices=sorted(MODELS))
    parser.add_argument("--epochs", type=float, default=12)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--embed", type=int, default=128)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--steps", type=int, default=64)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--decay", type=float, default=0.85, help="learning rate × this a epoch")
    parser.add_argument("--clip", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--measure", action="store_true", help="measure the saved model again; train nothing"
    )
    args = parser.parse_args(argv)

    file, corpus_name = MODELS[args.model]
    corpus = CORPORA[corpus_name]
    text = corpus_text(corpus_name)
    digest = text_hash(text)
    expected = manifest()["files"][corpus.file]["sha256_text"]
    if digest != expected:
        print(f"train_charmodel: {corpus.file} does not match corpora.json", file=sys.stderr)
        return 1
    if args.measure:
        return remeasure(args.model, args.out, args.seed)
    records = corpus_records(corpus_name)
    rng = np.random.default_rng(args.seed)
    split = held_out_split(records, rng, corpus.layout)
    valid, train_records = split.held_out, split.train
    vocabulary = build_vocabulary(records, corpus.vocabulary)
    model = init_model(vocabulary, args.hidden, args.embed, rng)
    settings = TrainSettings(args.batch, args.steps, args.lr, args.clip, args.seed)
    encoded = encode_records(vocabulary, train_records)
    encoded_valid = encode_records(vocabulary, valid)
    symbols = sum(len(r) for r in encoded)
    log_path = args.out / f"train-{args.model}.log"
    log = open(log_path, "w", encoding="utf-8")  # noqa: SIM115

    def say(line: str) -> None:
        print(line, flush=True)
        log.write(line + "\n")
        log.flush()

    say(
        f"model {args.model}: corpus {corpus.file} sha256 {digest}; {len(train_records):,} "
        f"records ({symbols:,} symbols) for training, {len(valid)} held out ({split.drawn} "
        f"drawn, {len(split.exact)} exact and {len(split.near)} near duplicates of training "
        f"records dropped); vocabulary "
        f"{len(vocabulary):,} (3 markers); hidden {args.hidden}, embedding {args.embed}; "
        f"{model.parameter_count():,} parameters"
    )
    say(
        f"settings: batch {args.batch}, steps {args.steps}, Adam lr {args.lr} × {args.decay} "
        f"a epoch, clip {args.clip}, seed {args.seed}, epochs {args.epochs}; numpy "
        f"{np.__version__}, Python {platform.python_version()}"
    )
    optimizer = Adam(model.params, lr=args.lr)
    steps = train(model, encoded, settings, optimizer)
    best = math.inf
    start = time.perf_counter()
    running = None
    epoch_done = 0
    for report in steps:
        if report is None:  # the generator prepared an epoch
            continue
        running = report.loss if running is None else 0.98 * running + 0.02 * report.loss
        if report.step % 100 == 0:
            say(
                f"step {report.step:6d}  epoch {report.epoch:6.2f}  loss {running:.4f}  "
                f"grad norm {report.grad_norm:7.3f}  {time.perf_counter() - start:7.1f} s"
            )
        if report.epoch >= epoch_done + 1 - 1e-9:
            epoch_done += 1
            held_loss = mean_loss(model, encoded_valid, limit=len(encoded_valid))
            sample = generate(model, PROMPTS[args.model], 0.8, 120, seed=epoch_done)
            say(
                f"epoch {epoch_done}: training loss {running:.4f}, held-out loss {held_loss:.4f} "
                f"({time.perf_counter() - start:.0f} s); sample at T = 0.8: "
                f"{PROMPTS[args.model]}{sample!r}"
            )
            if held_loss < best:
                best = held_loss
                model.info = {
                    "name": args.model,
                    "corpus": corpus_name,
                    "corpus_file": corpus.file,
                    "corpus_sha256": digest,
                    "hidden": args.hidden,
                    "embedding": args.embed,
                    "batch": args.batch,
                    "steps": args.steps,
                    "learning_rate": args.lr,
                    "decay": args.decay,
                    "clip_norm": args.clip,
                    "seed": args.seed,
                    "epochs": epoch_done,
                    "training_steps": report.step,
                    "held_out_loss": round(held_loss, 4),
                    "training_seconds": round(time.perf_counter() - start),
                    "layout": corpus.layout,
                }
                write_bytes_replacing(args.out / file, model_bytes(model), what="a text model")
                say(f"  saved {file} ({(args.out / file).stat().st_size / 1e6:.2f} MB)")
            optimizer.lr *= args.decay
            if epoch_done >= args.epochs:
                break
    say(f"done: best held-out loss {best:.4f}")
    log.close()
    return remeasure(args.model, args.out, args.seed)


def remeasure(name: str, folder: Path, seed: int) -> int:
    """Measure the saved model ``name`` (`measure`), write the figures into its info and add
    them to its log; every array of the file stays as it was."""
    file, corpus_name = MODELS[name]
    path = folder / file
    model = load_model(path, dtype=np.float16)  # the file's own float16: saved back exactly
    start = time.perf_counter()
    measures = measure(model, corpus_name, seed)
    figures = info_figures(measures)
    model.info.update(figures)
    write_bytes_replacing(path, model_bytes(model), what="a text model")
    with open(folder / f"train-{name}.log", "a", encoding="utf-8") as log:
        for line in describe(measures, figures, time.perf_counter() - start):
            print(line, flush=True)
            log.write(line + "\n")
    return 0


def describe(measures: Measures, figures: dict, seconds: float) -> list[str]:
    """The measured figures in words, for the log."""
    split = measures.split
    unit = "Chinese character" if measures.poems else "character"
    lines = [
        f"measured as saved ({seconds:.0f} s): {split.drawn} records drawn for the held-out set; "
        f"{len(split.exact)} exact and {len(split.near)} near duplicates of training records "
        f"(more than half of their lines each equal to a line of one training record or one "
        f"character from it) dropped; {len(split.held_out)} kept",
        f"  model: {measures.model.per_symbol:.4f} nats per symbol ({measures.model.symbols:,} "
        f"symbols), {measures.model.per_character:.4f} nats per {unit} "
        f"({measures.model.characters:,} characters)",
        f"  bigram (k = {measures.bigram_k:g}, counted in the {len(split.train):,} training "
        f"records): {measures.bigram.per_symbol:.4f} nats per symbol, "
        f"{measures.bigram.per_character:.4f} nats per {unit}",
    ]
    form = measures.bigram_form
    if form is not None:
        lines.append(
            f"  bigram's {form.texts} samples at T = {figures['bigram_temperature']}: "
            f"{form.five} of {form.half_lines} half-lines of five characters "
            f"({form.five_share:.1%}); {form.poems} ended; half-lines per poem {form.shapes}"
        )
    if measures.bigram_words is not None:
        real, total = measures.bigram_words
        lines.append(
            f"  bigram's samples at T = {figures['bigram_temperature']}: {real} of {total} "
            f"words are words of the text ({real / max(1, total):.1%})"
        )
    lines.append(f"  info: {figures}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
