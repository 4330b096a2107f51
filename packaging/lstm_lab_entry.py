"""Entry point of the frozen app: the same `main` as the `lstm-lab` console script."""

import sys

from lstm_lab.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
