"""Write the Traditional Chinese (zh_TW) texts from the Simplified Chinese (zh_CN) ones.

The zh_CN texts are the translation; their zh_TW forms are made from them with OpenCC's s2twp
conversion (Taiwan's characters and phrases), followed by the few corrections of
`CORRECTIONS`, and written beside them:

- every built-in lesson file (``lstm_lab/resources/lessons/*.lstmlab``): its
  ``translations["zh_TW"]`` from its ``translations["zh_CN"]``, the rest of the file as it was;
- every page kept in Simplified Chinese (``lstm_lab/resources/*.zh_CN.html``): the page of
  the same name in ``zh_TW``.

Usage (needs the ``opencc`` package: ``pip install -e ".[tools]"``)::

    python tools/traditional_chinese.py           # write the zh_TW texts
    python tools/traditional_chinese.py --check   # exit 1 when one is not what zh_CN gives
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "lstm_lab" / "resources"
LESSONS = RESOURCES / "lessons"
SOURCE, TARGET = "zh_CN", "zh_TW"
#: After s2twp: phrases it reads in another sense than these texts mean (循环, recurrent,
#: becomes a program's loop, 迴圈; 参数, a model's parameters, a function's argument, 引數),
#: and quotation marks as Taiwan writes them (「」, 『』).
CORRECTIONS = {"迴圈": "循環", "引數": "參數", "“": "「", "”": "」", "‘": "『", "’": "』"}


def converter() -> Callable[[str], str]:
    """Simplified → Traditional (Taiwan) text, with `CORRECTIONS`."""
    try:
        import opencc
    except ImportError:
        sys.exit('traditional_chinese: the "opencc" package is needed: pip install -e ".[tools]"')
    s2twp = opencc.OpenCC("s2twp")

    def convert(text: str) -> str:
        converted = s2twp.convert(text)
        for wrong, right in CORRECTIONS.items():
            converted = converted.replace(wrong, right)
        return converted

    return convert


def lesson_file(path: Path, convert: Callable[[str], str]) -> str:
    """The lesson file at ``path`` with its zh_TW texts made from its zh_CN ones (the file as
    it is when it has no zh_CN texts)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    translations = data.get("translations", {})
    if SOURCE not in translations:
        return path.read_text(encoding="utf-8")
    made = {key: convert(text) for key, text in translations[SOURCE].items()}
    data["translations"] = {**translations, TARGET: made}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def outputs(convert: Callable[[str], str]) -> dict[Path, str]:
    """Every file this tool writes, with what it should hold."""
    files = {path: lesson_file(path, convert) for path in sorted(LESSONS.glob("*.lstmlab"))}
    for page in sorted(RESOURCES.glob(f"*.{SOURCE}.html")):
        target = page.with_name(page.name.replace(f".{SOURCE}.", f".{TARGET}."))
        files[target] = convert(page.read_text(encoding="utf-8"))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when a file is out of date"
    )
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs(converter()).items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    verb = "out of date" if args.check else "written"
    for path in stale:
        print(f"{path.relative_to(RESOURCES.parent.parent)}: {verb}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
