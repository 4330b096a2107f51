"""The lesson kinds, one folder each. A kind named here is registered at start; adding a kind
is its folder (``kind.py``, ``model.py``, ``cli.py``, ``qt/``) and one line below."""

import importlib

BUILT_IN = (
    "cell",
    "compare",
    "forecast",
    "poetry",
    "memory",
)

for _name in BUILT_IN:
    importlib.import_module(f"{__name__}.{_name}.kind")
