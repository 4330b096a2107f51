"""The worksheet's pages as HTML (File → Print worksheet), and the names of its files. No Qt.

Every word on the pages goes through ``translate("Worksheet", …)``, so a worksheet is printed
in the language the app is in; the file names it suggests stay in plain ASCII English.

A worksheet gives the cell's settings, the equations, the step table and the math of chosen
steps worked out line by line. With blanks, every number the student works out is left empty
(predict, then reveal), and a separate answer key has the same pages with the numbers. The
window's dialog (`lstm_lab.lessons.cell.qt.worksheet`) lays the HTML out for the printer and
writes the PDF (`lstm_lab.lessons.cell.qt.worksheet_print`).
"""

from __future__ import annotations

import datetime
import html
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from lstm_lab.core.colours import LIGHT_SERIES
from lstm_lab.core.i18n import QT_TRANSLATE_NOOP, translate
from lstm_lab.core.report import TABLE_COLUMNS, n, step_lines, step_rows
from lstm_lab.engine import GATE_SPECS

#: What an empty box for the student looks like inside the worked steps.
BLANK = "\u2002" * 7
MAX_TABLE_ROWS = 200  # a longer table is cut to its first rows, and the sheet says so
#: The lesson of a worksheet made with no lesson open.
UNTITLED = QT_TRANSLATE_NOOP("Worksheet", "My own cell")
#: What the equations and the cell's table call each gate and state.
NAMES = {
    "f": QT_TRANSLATE_NOOP("Worksheet", "forget gate"),
    "i": QT_TRANSLATE_NOOP("Worksheet", "input gate"),
    "g": QT_TRANSLATE_NOOP("Worksheet", "cell candidate"),
    "o": QT_TRANSLATE_NOOP("Worksheet", "output gate"),
    "c": QT_TRANSLATE_NOOP("Worksheet", "cell state"),
    "h": QT_TRANSLATE_NOOP("Worksheet", "hidden state"),
    "y": QT_TRANSLATE_NOOP("Worksheet", "output"),
}


def lesson_title(options: WorksheetOptions) -> str:
    """The lesson's title as the pages name it (the untitled one's name in the language)."""
    return options.title or translate("Worksheet", UNTITLED)


@dataclass(frozen=True)
class WorksheetOptions:
    """Which steps go in the table (``first``..``last``), which are worked out line by line
    (``worked``), and whether the student's numbers are left blank."""

    first: int = 1
    last: int = 5
    worked: tuple[int, ...] = (1,)
    blanks: bool = True
    title: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)


def default_options(lab: Any, title: str = "") -> WorksheetOptions:
    steps = len(lab.sequence)
    shown = lab.cursor if lab.cursor > 0 else 1
    return WorksheetOptions(first=1, last=min(steps, 12), worked=(min(shown, steps),), title=title)


# ---------------------------------------------------------------------- the pages
#: The quantities' colours on paper: the light theme's.
_SERIES = LIGHT_SERIES
_STYLE = """
body { font-size: 10.5pt; color: #111111; }
h1 { font-size: 20pt; margin-bottom: 0; }
h2 { font-size: 13.5pt; margin-top: 14pt; margin-bottom: 4pt; color: #0057c2; }
p { margin-top: 2pt; margin-bottom: 2pt; }
th { background-color: #e6e8ee; font-weight: bold; }
.meta { color: #4a4f5c; font-size: 10pt; }
.key { color: #c0001a; font-weight: bold; }
.given { color: #4a4f5c; }
.blank { background-color: #ffffff; }
.math { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 10.5pt; }
"""


def worksheet_html(lab: Any, options: WorksheetOptions, *, answers: bool) -> str:
    """The whole worksheet (``answers=False`` with blanks) or its answer key, as HTML for
    QTextDocument."""
    blank = options.blanks and not answers
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    parts.append(_header(options, answers))
    if blank:
        parts.append(
            "<p>"
            + translate(
                "Worksheet",
                "Fill in every empty box: <b>predict</b> each number first, then work it out "
                "with the equations below. Keep four decimals.",
            )
            + "</p>"
        )
    elif options.blanks:
        parts.append(
            "<p>"
            + translate("Worksheet", "Every number of the worksheet, to four decimals.")
            + "</p>"
        )
    parts.append(_equations())
    parts.append(_settings(lab))
    parts.append(_table(lab, options, blank))
    for t in options.worked:
        parts.append(_worked_step(lab, t, blank, options.blanks))
    parts.append("</body></html>")
    return "".join(parts)


def date_text(date: datetime.date) -> str:
    """The date as the pages write it: "3 May 2025" (the month's name in English)."""
    return translate("Worksheet", "{day} {month_name} {year}").format(
        day=date.day, month=date.month, month_name=f"{date:%B}", year=date.year
    )


def _header(options: WorksheetOptions, answers: bool) -> str:
    title = html.escape(lesson_title(options))
    date = html.escape(date_text(options.date))
    if answers and options.blanks:
        key = '<span class="key">' + html.escape(translate("Worksheet", "ANSWER KEY")) + "</span>"
        meta = translate(
            "Worksheet", "{answer_key} · LSTM Lab · one LSTM cell, step by step · {date}"
        ).format(answer_key=key, date=date)
        name_line = ""
    else:
        meta = translate(
            "Worksheet", "LSTM Lab · Worksheet · one LSTM cell, step by step · {date}"
        ).format(date=date)
        name = translate("Worksheet", "Name: {blank}").format(blank="_" * 30)
        group = translate("Worksheet", "Class: {blank}").format(blank="_" * 12)
        name_line = f"<p>{name} &nbsp;&nbsp; {group}</p>"
    return f'<h1>{title}</h1><p class="meta">{meta}</p>{name_line}'


def _equations() -> str:
    rows = []
    for gate, spec in GATE_SPECS.items():
        suffix = spec.suffix
        colour = _SERIES[gate]
        rows.append(
            f'<tr><td><b style="color:{colour}">{_name(gate)}</b>&nbsp;&nbsp;</td>'
            f"<td>{html.escape(spec.symbol)}(t) = {spec.activation}("
            f"w<sub>x{suffix}</sub>·x(t) + w<sub>h{suffix}</sub>·h(t−1) + "
            f"b<sub>{suffix}</sub>)</td></tr>"
        )
    rows += [
        f'<tr><td><b style="color:{_SERIES["c"]}">{_name("c")}</b></td>'
        "<td>C(t) = f(t)·C(t−1) + i(t)·C̃(t)</td></tr>",
        f'<tr><td><b style="color:{_SERIES["h"]}">{_name("h")}</b></td>'
        "<td>h(t) = o(t)·tanh(C(t))</td></tr>",
        f'<tr><td><b style="color:{_SERIES["y"]}">{_name("y")}</b></td>'
        "<td>y(t) = w<sub>out</sub>·h(t) + b<sub>out</sub></td></tr>",
    ]
    squash = translate(
        "Worksheet",
        "σ(z) = 1 / (1 + e<sup>−z</sup>) lies between 0 (shut) and 1 (open); "
        "tanh(z) lies between −1 and 1.",
    )
    heading = translate("Worksheet", "The equations")
    return (
        f"<h2>{heading}</h2>"
        '<table cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
        f"<p>{squash}</p>"
    )


def _name(key: str) -> str:
    """A gate's or a state's name on the page (`NAMES`), ready for HTML."""
    return html.escape(translate("Worksheet", NAMES[key]))


def _settings(lab: Any) -> str:
    params, clamps, initial = lab.params, lab.clamps, lab.initial
    rows = []
    for gate, spec in GATE_SPECS.items():
        w_x, w_h, b = (getattr(params, name) for name in spec.params)
        pinned = (
            translate("Worksheet", "<b>pinned at {value}</b>: its weights do not count").format(
                value=n(clamps[gate])
            )
            if gate in clamps
            else ""
        )
        rows.append(
            f'<tr><td><b style="color:{_SERIES[gate]}">{_name(gate)}</b></td>'
            f'<td align="right">{n(w_x)}</td><td align="right">{n(w_h)}</td>'
            f'<td align="right">{n(b)}</td><td>&nbsp;{pinned}</td></tr>'
        )
    rows.append(
        f'<tr><td><b style="color:{_SERIES["y"]}">{_name("y")}</b></td>'
        f'<td align="right">w<sub>out</sub> = {n(params.w_out)}</td><td></td>'
        f'<td align="right">b<sub>out</sub> = {n(params.b_out)}</td><td></td></tr>'
    )
    sequence = ", ".join(n(float(x)) for x in lab.sequence[:MAX_TABLE_ROWS])
    more = " …" if len(lab.sequence) > MAX_TABLE_ROWS else ""
    target = ""
    if lab.target is not None:
        values = ", ".join(n(float(v)) for v in lab.target[:MAX_TABLE_ROWS])
        target = (
            "<p>" + translate("Worksheet", "Target: {values}").format(values=values + more) + "</p>"
        )
    headings = (
        translate("Worksheet", "gate"),
        translate("Worksheet", "w<sub>x</sub> (input)"),
        translate("Worksheet", "w<sub>h</sub> (recurrent)"),
        translate("Worksheet", "b (bias)"),
        "",
    )
    start = translate(
        "Worksheet", "Start from C(0) = {c0} and h(0) = {h0}. Input x(t): {sequence}"
    ).format(c0=n(initial["c0"]), h0=n(initial["h0"]), sequence=sequence + more)
    heading = translate("Worksheet", "The cell")
    return (
        f"<h2>{heading}</h2>"
        '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse; '
        'border-color: #c4c8d2;">'
        "<thead><tr>"
        + "".join(f"<th>{heading}</th>" for heading in headings)
        + "</tr></thead>"
        + "".join(rows)
        + "</table>"
        f"<p>{start}</p>{target}"
    )


def _table(lab: Any, options: WorksheetOptions, blank: bool) -> str:
    rows = step_rows(lab)
    first, last = max(1, options.first), min(options.last, len(rows))
    last = min(last, first + MAX_TABLE_ROWS - 1)
    with_target = lab.target is not None
    headings = [title for _key, title in TABLE_COLUMNS] + (
        [translate("Worksheet", "target")] if with_target else []
    )
    share = 94 // (len(headings) - 1)  # the step number narrow, the others alike
    # nowrap: a number or a heading never breaks across two lines ("targe/t").
    head = '<th width="6%" nowrap>t</th>' + "".join(
        f'<th width="{share}%" nowrap>{html.escape(h)}</th>' for h in headings[1:]
    )
    trace = lab.trace
    # Room to write in comes from the height of the rows, not their width: a number must fit
    # its column on one line.
    tall = ' style="padding-top: 10px; padding-bottom: 10px;"' if blank else ""
    given = f'<td align="right" bgcolor="#eef0f5" nowrap{tall}>{{}}</td>'
    cell = f'<td align="right" nowrap{tall}>{{}}</td>'
    lines = []
    if first == 1:
        start = ["0", "", "", "", "", ""]
        start += [n(float(trace.c_prev[0])), n(float(trace.h_prev[0])), ""]
        start += [""] if with_target else []
        lines.append("<tr>" + "".join(given.format(text) for text in start) + "</tr>")
    for row in rows[first - 1 : last]:
        cells = [given.format(int(row["t"])), given.format(n(row["x"]))]
        for key, _title in TABLE_COLUMNS[2:]:
            cells.append(cell.format("&nbsp;" if blank else n(row[key])))
        if with_target:
            cells.append(given.format(n(row["target"])))
        lines.append("<tr>" + "".join(cells) + "</tr>")
    note = ""
    if last < len(rows) or first > 1:
        steps = translate("Worksheet", "Steps {first} to {last} of {count}.")
        note = f"<p class='meta'>{steps.format(first=first, last=last, count=len(rows))}</p>"
    what = (
        translate("Worksheet", "Fill in the table")
        if blank
        else translate("Worksheet", "The step table")
    )
    shaded = translate("Worksheet", "Shaded: given.") if blank else ""
    return (
        f"<h2>{what}</h2>"
        f'<table border="1" width="100%" cellspacing="0" cellpadding="4" '
        'style="border-collapse: collapse; border-color: #8a8f9c;">'
        f"<thead><tr>{head}</tr></thead>" + "".join(lines) + "</table>"
        f"<p class='meta'>{note} {shaded}</p>"
    )


def _worked_step(lab: Any, t: int, blank: bool, with_blanks: bool) -> str:
    t = max(1, min(int(t), len(lab.sequence)))
    result = (lambda _value: BLANK) if blank else n
    lines = step_lines(lab, t, result=result)
    out = [
        '<div style="page-break-before: always;">',
        "<h2>" + translate("Worksheet", "Step t = {t}, by hand").format(t=t) + "</h2>",
    ]
    if blank:
        given = translate(
            "Worksheet",
            "The weights, x(t), h(t−1) and C(t−1) are given; work out every empty box, "
            "top to bottom.",
        )
        predict = translate(
            "Worksheet",
            "<b>Predict first:</b> C({t}) ≈ {blank} &nbsp;&nbsp; h({t}) ≈ {blank} "
            "&nbsp;&nbsp; (larger or smaller than C({p}) and h({p})?)",
        ).format(t=t, p=t - 1, blank="_" * 8)
        out.append(f"<p>{given}</p><p>{predict}</p><p></p>")
    body = []
    for text, key in lines[1:]:  # the first line is the title
        escaped = html.escape(text).replace(" ", "&nbsp;")
        escaped = escaped.replace(
            html.escape(BLANK).replace(" ", "&nbsp;"),
            '<span style="text-decoration: underline; background-color: #eef0f5;">'
            + "&nbsp;" * 9
            + "</span>",
        )
        colour = _SERIES.get(key or "", "#111111")
        weight = "bold" if key in _SERIES and not text.startswith(" ") else "normal"
        body.append(
            f'<p class="math" style="color:{colour}; font-weight:{weight}; '
            f'margin-top: 0; margin-bottom: {"6pt" if blank else "2pt"};">'
            f"{escaped or '&nbsp;'}</p>"
        )
    out.append("".join(body))
    out.append("</div>")
    return "".join(out)


def footer_text(options: WorksheetOptions, answers: bool) -> str:
    """The line under every page: the lesson and whether it is the worksheet or its key."""
    if answers and options.blanks:
        return translate("Worksheet", "LSTM Lab · {title} · answer key").format(
            title=lesson_title(options)
        )
    return translate("Worksheet", "LSTM Lab · {title} · worksheet").format(
        title=lesson_title(options)
    )


# ---------------------------------------------------------------------- file names
def key_path(path: str) -> str:
    """Where the answer key of the worksheet at ``path`` goes: "sheet.pdf" →
    "sheet-answers.pdf"."""
    stem, suffix = os.path.splitext(path)
    return f"{stem}-answers{suffix or '.pdf'}"


#: The longest lesson part of a suggested file name, in characters.
SLUG_LENGTH = 48


def slug(text: str) -> str:
    """``text`` as a part of a file name on any system: lower case, accents dropped, every run
    of other characters one hyphen ("Forget — or keep?" → "forget-or-keep")."""
    letters = unicodedata.normalize("NFKD", text).casefold()
    letters = "".join(char for char in letters if not unicodedata.combining(char))
    words = re.sub(r"[\W_]+", "-", letters).strip("-")
    if len(words) > SLUG_LENGTH:  # cut after a whole word where there is one
        cut = words[: SLUG_LENGTH + 1]
        words = cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_LENGTH]
    return words


def suggested_file_name(options: WorksheetOptions) -> str:
    """The file name the Save dialog offers: the lesson and the step worked out by hand,
    "worksheet-a-single-pulse-step-3.pdf" (or the table's steps, "…-steps-1-5.pdf", when
    none or several are). Its answer key goes beside it (`key_path`)."""
    if len(options.worked) == 1:
        steps = f"step-{options.worked[0]}"
    else:
        steps = f"steps-{options.first}-{options.last}"
    parts = ["worksheet", slug(options.title), steps]
    return "-".join(part for part in parts if part) + ".pdf"
