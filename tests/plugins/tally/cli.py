"""`lstm-lab tally 1 0 1`: prints how many values are above one half."""

from __future__ import annotations

from tally.model import tally


def main(argv: list[str]) -> int:
    print(tally([float(v) for v in argv]))
    return 0
