"""Keep the translations of LSTM Lab up to date: ``.ts`` sources and the ``.qm`` files that ship.

The strings are in one ``.ts`` file per area, so that the shared code and each lesson kind
translate on their own: ``lstm_lab/resources/i18n/<area>_<language>.ts``, compiled beside it to
``<area>_<language>.qm``. The app loads every ``.qm`` of the language in effect.

    python tools/translations.py update [AREA ...]   # pyside6-lupdate: new strings into the .ts
    python tools/translations.py release             # pyside6-lrelease: every .ts into its .qm

``update`` keeps every translation already made (lupdate merges); a string that is gone from
the code is marked obsolete and dropped (``-no-obsolete``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lstm_lab"
I18N = PACKAGE / "resources" / "i18n"
LANGUAGES = ("zh_CN",)
#: area → the package paths whose strings it holds (folders are read recursively).
AREAS: dict[str, tuple[str, ...]] = {
    "app": ("__init__.py", "__main__.py", "app.py", "selftest.py", "core", "engine", "shell", "ui"),
    "cell": ("lessons/cell", "lessons/__init__.py"),
    "compare": ("lessons/compare",),
    "memory": ("lessons/memory",),
    "forecast": ("lessons/forecast",),
    "poetry": ("lessons/poetry",),
}


def sources(area: str) -> list[Path]:
    """The Python files of one area, sorted."""
    files: list[Path] = []
    for part in AREAS[area]:
        path = PACKAGE / part
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [path for path in files if "__pycache__" not in path.parts]


def tool(name: str) -> str:
    """The path of a PySide6 tool beside this Python (or on PATH)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install PySide6-Essentials")
    return found


def ts_file(area: str, language: str) -> Path:
    return I18N / f"{area}_{language}.ts"


def update(areas: list[str]) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for area in areas:
        for language in LANGUAGES:
            files = [str(path) for path in sources(area)]
            subprocess.run(
                [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                 "-target-language", language, *files, "-ts", str(ts_file(area, language))],
                check=True,
            )


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="bring new strings into the .ts files")
    up.add_argument("areas", nargs="*", metavar="AREA", help="one of: " + ", ".join(AREAS))
    commands.add_parser("release", help="compile every .ts into its .qm")
    args = parser.parse_args(argv)
    if args.command == "update":
        unknown = sorted(set(args.areas) - set(AREAS))
        if unknown:
            parser.error(f"unknown area {', '.join(unknown)}; the areas are {', '.join(AREAS)}")
        update(args.areas or list(AREAS))
    else:
        release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
