"""A stand-in for PySide6.QtOpenGL, which the bundle leaves out (8.5 MB, 0.1 s to import).

pyqtgraph imports PySide6.QtOpenGL when it loads but uses it only to draw with OpenGL, which
LSTM Lab never turns on. The finder sits at the end of sys.meta_path, so a bundle that does
contain the real module still gets it; the stand-in raises a clear error if anything touches it.
(Plain classes rather than importlib.abc, which would import importlib.resources at start-up.)
"""

import sys
from importlib.machinery import ModuleSpec

_NAME = "PySide6.QtOpenGL"


def _missing(name):
    if name.startswith("__"):
        raise AttributeError(name)
    raise AttributeError(
        f"{_NAME}.{name} is not part of the LSTM Lab bundle: OpenGL drawing is left out"
    )


class _MissingOpenGL:
    def find_spec(self, fullname, path=None, target=None):
        return ModuleSpec(fullname, self) if fullname == _NAME else None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__getattr__ = _missing


sys.meta_path.append(_MissingOpenGL())
