"""Lesson text is data, not a document: Markdown from a lesson file, made safe to show.

A lesson file may come from anyone. Its text is shown as Markdown (emphasis, lists, headings,
code, formulas in plain characters), but nothing in it may make the app read a file or reach a
network: `safe_markdown` turns every image into its description (``![a plot](/etc/x.png)`` reads
"a plot") and every raw HTML tag or autolink into the characters it is made of (``<img src=…>``
is shown, never read). Links stay as text with their words; the views never follow them.
The one picture kept is one the lesson file carries itself (`lstm_lab.core.images`):
``![a plot](lesson-image:NAME)`` for a NAME among the lesson's pictures.
Nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lstm_lab.core.images import SCHEME

#: An inline image: ``![description](address "title")`` or ``![description][reference]``.
_IMAGE = re.compile(
    r"!\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"  # ![description]
    r"\s*(?:\((?:[^()\\]|\\.|\([^()]*\))*\)|\[[^\]]*\])?"  # (address) or [reference]
)


#: The address of a picture the lesson carries: ``lesson-image:NAME``.
_CARRIED = re.compile(r"\(\s*lesson-image:([A-Za-z0-9_-]{1,40})\s*\)")
#: Marks a kept picture while the rest of the text is made safe (noncharacters: a lesson's
#: own copies of them are dropped first).
_OPEN, _CLOSE = "\ufdd0", "\ufdd1"


def safe_markdown(text: str, images: Collection[str] = ()) -> str:
    """``text`` with images replaced by their descriptions and every ``<`` escaped, so the
    Markdown shown holds no image, no raw HTML and no autolink; except pictures the lesson
    carries, named in ``images``, which stay as ``![description](lesson-image:NAME)``."""
    text = text.replace(_OPEN, "").replace(_CLOSE, "")
    kept: list[str] = []

    def replace(match: re.Match[str]) -> str:
        description = match.group(1)
        address = match.group(0)[len(description) + 3 :].strip()  # after "![description]"
        carried = _CARRIED.fullmatch(address)
        if carried and carried.group(1) in images:
            words = re.sub(r"[\[\]()<>!\\*_`]", "", description)[:200]
            kept.append(f"![{words}]({SCHEME}:{carried.group(1)})")
            return f"{_OPEN}{len(kept) - 1}{_CLOSE}"
        return description

    for _ in range(8):  # images inside image descriptions come out one level at a time
        shorter = _IMAGE.sub(replace, text)
        if shorter == text:
            break
        text = shorter
    text = text.replace("![", "!\u200b[")  # whatever is left can no longer start an image
    text = text.replace("<", "\\<")
    if kept:
        text = re.sub(f"{_OPEN}(\\d+){_CLOSE}", lambda match: kept[int(match.group(1))], text)
    return text
