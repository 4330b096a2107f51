"""Keep the translations of LSTM Lab up to date: ``.ts`` sources and the ``.qm`` files that ship.

The strings are in one ``.ts`` file per area, so that the shared code and each lesson kind
translate on their own: ``lstm_lab/resources/i18n/<area>_<language>.ts``, compiled beside it to
``<area>_<language>.qm``. The app loads every ``.qm`` of the language in effect.

    python tools/translations.py update [AREA ...]   # pyside6-lupdate: new strings into the .ts
    python tools/translations.py release             # zh_TW from zh_CN, then every .ts → .qm

``update`` keeps every translation already made (lupdate merges); a string that is gone from
the code is marked obsolete and dropped (``-no-obsolete``). Translators edit the zh_CN files
only: ``release`` first writes each ``<area>_zh_TW.ts`` from ``<area>_zh_CN.ts`` with OpenCC's
``s2twp`` (Simplified to Traditional Chinese as written in Taiwan, with its words: 文件 → 檔案),
then compiles every ``.ts``. OpenCC is a development tool (``pip install -e .[tools]``), never
needed by the app: the generated zh_TW files are committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lstm_lab"
I18N = PACKAGE / "resources" / "i18n"
#: The languages translators write; TRADITIONAL is made from SIMPLIFIED.
LANGUAGES = ("zh_CN",)
SIMPLIFIED, TRADITIONAL = "zh_CN", "zh_TW"
#: OpenCC's configuration: Simplified Chinese → Traditional as written in Taiwan, with phrases.
OPENCC_CONFIG = "s2twp"
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


def traditional_ts(simplified: Path, convert) -> str:
    """The text of the zh_TW ``.ts`` made from the zh_CN one at ``simplified``: every
    translation put through ``convert`` (OpenCC), sources and structure unchanged."""
    tree = ET.parse(simplified)
    root = tree.getroot()
    root.set("language", TRADITIONAL)
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = convert(translation.text)
        for form in translation.iter("numerusform"):
            if form.text:
                form.text = convert(form.text)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def make_traditional() -> list[Path]:
    """Write every ``<area>_zh_TW.ts`` from its ``<area>_zh_CN.ts`` (OpenCC ``s2twp``)."""
    try:
        import opencc
    except ImportError:
        raise SystemExit(
            "OpenCC is needed to write the Traditional Chinese translations: "
            "pip install -e .[tools] (or pip install opencc)"
        ) from None
    converter = opencc.OpenCC(OPENCC_CONFIG)
    written = []
    for simplified in sorted(I18N.glob(f"*_{SIMPLIFIED}.ts")):
        target = simplified.with_name(simplified.name.replace(SIMPLIFIED, TRADITIONAL))
        target.write_text(traditional_ts(simplified, converter.convert), encoding="utf-8")
        written.append(target)
    return written


def compile_ts(ts: Path, qm: Path) -> None:
    """``ts`` compiled by pyside6-lrelease into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release() -> None:
    make_traditional()
    for ts in sorted(I18N.glob("*.ts")):
        compile_ts(ts, ts.with_suffix(".qm"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="bring new strings into the .ts files")
    up.add_argument("areas", nargs="*", metavar="AREA", help="one of: " + ", ".join(AREAS))
    commands.add_parser("release", help="write zh_TW from zh_CN, compile every .ts into its .qm")
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
