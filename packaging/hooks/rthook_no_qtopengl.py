"""A stand-in for PySide6.QtOpenGL, which the bundle leaves out (8.5 MB, 0.1 s to import).

pyqtgraph imports PySide6.QtOpenGL when it loads but uses it only to draw with OpenGL, which
LSTM Lab never turns on. The finder sits at the end of sys.meta_path, so a bundle that does
contain the real module still gets it; the stand-in raises a clear error if anything touches it.
"""

import importlib.abc
import importlib.util
import sys

_NAME = "PySide6.QtOpenGL"


class _MissingOpenGL(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        if fullname != _NAME:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        def __getattr__(name):  # noqa: N807 (module-level attribute hook)
            if name.startswith("__"):
                raise AttributeError(name)
            raise AttributeError(
                f"{_NAME}.{name} is not part of the LSTM Lab bundle: OpenGL drawing is left out"
            )

        module.__getattr__ = __getattr__


sys.meta_path.append(_MissingOpenGL())
