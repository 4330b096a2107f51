"""Files the app loads (stylesheets, icons, lesson texts), found through importlib.resources.

The same lookup works in a source checkout, an installed wheel and the frozen bundle.
"""

from __future__ import annotations

from importlib import resources


def resource_bytes(name: str) -> bytes:
    return resources.files(__name__).joinpath(name).read_bytes()


def resource_text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
