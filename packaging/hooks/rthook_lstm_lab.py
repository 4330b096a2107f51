"""Runs before the frozen app's first import: settle what the bundle can and cannot load."""

import os

# Only PySide6 is bundled; tell pyqtgraph rather than letting it probe for other bindings.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
