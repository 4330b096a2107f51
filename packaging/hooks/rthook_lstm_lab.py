"""Runs before the frozen app's first import: settle what the bundle can and cannot load."""

import os
import sys

# Only PySide6 is bundled; tell pyqtgraph rather than letting it probe for other bindings.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

# Qt wants a UTF-8 locale and complains on stderr when started with none (a bare environment).
if sys.platform.startswith("linux") and not any(
    os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")
):
    os.environ["LC_CTYPE"] = "C.UTF-8"
