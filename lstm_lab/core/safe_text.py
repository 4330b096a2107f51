"""Lesson text is data, not a document: Markdown from a lesson file, made safe to show.

A lesson file may come from anyone. Its text is shown as Markdown (emphasis, lists, headings,
code, formulas in plain characters), but nothing in it may make the app read a file or reach a
network: `safe_markdown` turns every image into its description (``![a plot](/etc/x.png)`` reads
"a plot") and every raw HTML tag or autolink into the characters it is made of (``<img src=…>``
is shown, never read). Links stay as text with their words; the views never follow them.
Nothing here imports Qt.
"""

from __future__ import annotations

import re

#: An inline image: ``![description](address "title")`` or ``![description][reference]``.
_IMAGE = re.compile(
    r"!\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"  # ![description]
    r"\s*(?:\((?:[^()\\]|\\.|\([^()]*\))*\)|\[[^\]]*\])?"  # (address) or [reference]
)


def safe_markdown(text: str) -> str:
    """``text`` with images replaced by their descriptions and every ``<`` escaped, so the
    Markdown shown holds no image, no raw HTML and no autolink."""
    for _ in range(8):  # images inside image descriptions come out one level at a time
        shorter = _IMAGE.sub(lambda match: match.group(1), text)
        if shorter == text:
            break
        text = shorter
    text = text.replace("![", "!\u200b[")  # whatever is left can no longer start an image
    return text.replace("<", "\\<")
