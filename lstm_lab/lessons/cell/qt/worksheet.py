"""File → Print worksheet: a PDF for the class, with the cell's settings, the equations, the step
table and the math of chosen steps worked out line by line.

With blanks, every number the student works out is left empty (predict, then reveal) and a
separate answer key has the same pages with the numbers. The pages are one QTextDocument laid
out for the printer and painted page by page through QPainter (a footer on each), into a
QPrinter in PDF format; the dialog previews them with Qt's QPrintPreviewWidget, which runs
the same painting.
"""

from __future__ import annotations

import datetime
import html
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.report import TABLE_COLUMNS, n, step_lines, step_rows
from lstm_lab.engine import GATE_SPECS
from lstm_lab.lessons.cell.qt.exports import ExportError, complain, write_replacing
from lstm_lab.ui.theme import LIGHT

#: What an empty box for the student looks like inside the worked steps.
BLANK = "\u2002" * 7
MAX_TABLE_ROWS = 200  # a longer table is cut to its first rows, and the sheet says so


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


# ---------------------------------------------------------------------- the pages as HTML
_SERIES = LIGHT.series
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
    parts.append(_header(lab, options, answers, page_title="Worksheet"))
    if blank:
        parts.append(
            "<p>Fill in every empty box: <b>predict</b> each number first, then work it out "
            "with the equations below. Keep four decimals.</p>"
        )
    elif options.blanks:
        parts.append("<p>Every number of the worksheet, to four decimals.</p>")
    parts.append(_equations())
    parts.append(_settings(lab))
    parts.append(_table(lab, options, blank))
    for t in options.worked:
        parts.append(_worked_step(lab, t, blank, options.blanks))
    parts.append("</body></html>")
    return "".join(parts)


def _header(lab: Any, options: WorksheetOptions, answers: bool, page_title: str) -> str:
    kind = "" if answers and options.blanks else f"{page_title} · "
    title = html.escape(options.title or "My own cell")
    date = f"{options.date.day} {options.date:%B %Y}"
    key = '<span class="key">ANSWER KEY</span> · ' if answers and options.blanks else ""
    name_line = (
        ""
        if answers and options.blanks
        else "<p>Name: ______________________________ &nbsp;&nbsp; Class: ____________</p>"
    )
    return (
        f"<h1>{title}</h1>"
        f'<p class="meta">{key}LSTM Lab · {kind}one LSTM cell, step by step · {date}</p>'
        f"{name_line}"
    )


def _equations() -> str:
    rows = []
    for gate, spec in GATE_SPECS.items():
        suffix = spec.suffix
        colour = _SERIES[gate]
        rows.append(
            f'<tr><td><b style="color:{colour}">{spec.name}</b>&nbsp;&nbsp;</td>'
            f"<td>{html.escape(spec.symbol)}(t) = {spec.activation}("
            f"w<sub>x{suffix}</sub>·x(t) + w<sub>h{suffix}</sub>·h(t−1) + "
            f"b<sub>{suffix}</sub>)</td></tr>"
        )
    rows += [
        f'<tr><td><b style="color:{_SERIES["c"]}">cell state</b></td>'
        "<td>C(t) = f(t)·C(t−1) + i(t)·C̃(t)</td></tr>",
        f'<tr><td><b style="color:{_SERIES["h"]}">hidden state</b></td>'
        "<td>h(t) = o(t)·tanh(C(t))</td></tr>",
        f'<tr><td><b style="color:{_SERIES["y"]}">output</b></td>'
        "<td>y(t) = w<sub>out</sub>·h(t) + b<sub>out</sub></td></tr>",
    ]
    return (
        "<h2>The equations</h2>"
        '<table cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
        "<p>σ(z) = 1 / (1 + e<sup>−z</sup>) lies between 0 (shut) and 1 (open); "
        "tanh(z) lies between −1 and 1.</p>"
    )


def _settings(lab: Any) -> str:
    params, clamps, initial = lab.params, lab.clamps, lab.initial
    rows = []
    for gate, spec in GATE_SPECS.items():
        w_x, w_h, b = (getattr(params, name) for name in spec.params)
        pinned = (
            f"<b>pinned at {n(clamps[gate])}</b>: its weights do not count"
            if gate in clamps
            else ""
        )
        rows.append(
            f'<tr><td><b style="color:{_SERIES[gate]}">{spec.name}</b></td>'
            f'<td align="right">{n(w_x)}</td><td align="right">{n(w_h)}</td>'
            f'<td align="right">{n(b)}</td><td>&nbsp;{pinned}</td></tr>'
        )
    rows.append(
        f'<tr><td><b style="color:{_SERIES["y"]}">output</b></td>'
        f'<td align="right">w<sub>out</sub> = {n(params.w_out)}</td><td></td>'
        f'<td align="right">b<sub>out</sub> = {n(params.b_out)}</td><td></td></tr>'
    )
    sequence = ", ".join(n(float(x)) for x in lab.sequence[:MAX_TABLE_ROWS])
    more = " …" if len(lab.sequence) > MAX_TABLE_ROWS else ""
    target = ""
    if lab.target is not None:
        values = ", ".join(n(float(v)) for v in lab.target[:MAX_TABLE_ROWS])
        target = f"<p>Target: {values}{more}</p>"
    return (
        "<h2>The cell</h2>"
        '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse: collapse; '
        'border-color: #c4c8d2;">'
        "<thead><tr><th>gate</th><th>w<sub>x</sub> (input)</th><th>w<sub>h</sub> "
        "(recurrent)</th><th>b (bias)</th><th></th></tr></thead>" + "".join(rows) + "</table>"
        f"<p>Start from C(0) = {n(initial['c0'])} and h(0) = {n(initial['h0'])}. "
        f"Input x(t): {sequence}{more}</p>{target}"
    )


def _table(lab: Any, options: WorksheetOptions, blank: bool) -> str:
    rows = step_rows(lab)
    first, last = max(1, options.first), min(options.last, len(rows))
    last = min(last, first + MAX_TABLE_ROWS - 1)
    with_target = lab.target is not None
    headings = [title for _key, title in TABLE_COLUMNS] + (["target"] if with_target else [])
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
        note = f"<p class='meta'>Steps {first} to {last} of {len(rows)}.</p>"
    what = "Fill in the table" if blank else "The step table"
    shaded = "Shaded: given." if blank else ""
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
        f"<h2>Step t = {t}, by hand</h2>",
    ]
    if blank:
        out.append(
            "<p>The weights, x(t), h(t−1) and C(t−1) are given; work out every empty box, "
            "top to bottom.</p>"
        )
    if blank:
        p = t - 1
        out.append(
            f"<p><b>Predict first:</b> C({t}) ≈ ________ &nbsp;&nbsp; h({t}) ≈ ________ "
            f"&nbsp;&nbsp; (larger or smaller than C({p}) and h({p})?)</p><p></p>"
        )
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


# ---------------------------------------------------------------------- pages
def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(16, 14, 16, 12),
        QPageLayout.Unit.Millimeter,
    )


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def paint_pages(document_html: str, printer: QPrinter, footer: str) -> int:
    """Lay the document out for ``printer`` and paint every page with ``footer`` and its
    number under it. Returns the number of pages."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setHtml(document_html)
    resolution = printer.resolution()
    page = printer.pageLayout().paintRectPixels(resolution)
    footer_height = resolution * 0.3  # about 7.5 mm
    body = QRectF(0, 0, page.width(), page.height() - footer_height)
    document.setPageSize(body.size())
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("the pages could not be started")
    try:
        small = QFont("DejaVu Sans")
        small.setPointSizeF(8.5)
        for index in range(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.translate(0, -index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(QFont(small, printer))
            painter.setPen(Qt.GlobalColor.darkGray)
            line_y = body.height() + footer_height * 0.25
            painter.drawLine(0, int(line_y), int(body.width()), int(line_y))
            text_rect = QRectF(0, line_y, body.width(), footer_height * 0.75)
            flags = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_rect, flags | Qt.AlignmentFlag.AlignLeft, footer)
            painter.drawText(
                text_rect, flags | Qt.AlignmentFlag.AlignRight, f"page {index + 1} of {pages}"
            )
    finally:
        painter.end()
    return pages


def write_pdf(path: str, lab: Any, options: WorksheetOptions, *, answers: bool) -> int:
    """The worksheet (or its answer key) as a PDF at ``path``; returns its number of pages.
    Raises ExportError when it cannot be written (a file already there is kept)."""
    pages = 0

    def write(temporary: str) -> None:
        nonlocal pages
        printer = new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(temporary)
        printer.setDocName(options.title or "LSTM Lab worksheet")
        printer.setCreator("LSTM Lab")
        pages = paint_pages(
            worksheet_html(lab, options, answers=answers), printer, _footer(options, answers)
        )
        if os.path.getsize(temporary) == 0:
            raise ExportError("the PDF came out empty")

    write_replacing(path, write)
    return pages


def _footer(options: WorksheetOptions, answers: bool) -> str:
    what = "answer key" if answers and options.blanks else "worksheet"
    return f"LSTM Lab · {options.title or 'My own cell'} · {what}"


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


# ---------------------------------------------------------------------- the dialog
class WorksheetDialog(QDialog):
    """Choose the steps and the blanks, look at the pages, save the PDF (and its key)."""

    def __init__(self, lab: Any, title: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worksheetDialog")
        self.setWindowTitle("Print worksheet")
        self._lab = lab
        self._title = title
        self._folder = folder
        self.saved: list[str] = []
        steps = len(lab.sequence)
        defaults = default_options(lab, title)

        self.first = self._spin("worksheetFirst", 1, steps, defaults.first)
        self.last = self._spin("worksheetLast", 1, steps, defaults.last)
        self.worked = self._spin("worksheetWorked", 0, steps, defaults.worked[0])
        self.worked.setSpecialValueText("none")
        self.every = QCheckBox("and every step of the table, one page each")
        self.every.setObjectName("worksheetEvery")
        self.blanks = QCheckBox("Leave the student's numbers blank (predict, then reveal)")
        self.blanks.setObjectName("worksheetBlanks")
        self.blanks.setChecked(True)
        self.key = QCheckBox("Also save the answer key, with every number, as …-answers.pdf")
        self.key.setObjectName("worksheetKey")
        self.key.setChecked(True)

        steps_row = QHBoxLayout()
        steps_row.addWidget(QLabel("from"))
        steps_row.addWidget(self.first)
        steps_row.addWidget(QLabel("to"))
        steps_row.addWidget(self.last)
        steps_row.addStretch(1)
        worked_row = QHBoxLayout()
        worked_row.addWidget(self.worked)
        worked_row.addWidget(self.every)
        worked_row.addStretch(1)
        form = QFormLayout()
        form.addRow("Step table:", steps_row)
        form.addRow("Work out by hand: step", worked_row)
        form.addRow("", self.blanks)
        form.addRow("", self.key)

        self.show_sheet = QRadioButton("Worksheet")
        self.show_sheet.setObjectName("previewSheet")
        self.show_sheet.setChecked(True)
        self.show_key = QRadioButton("Answer key")
        self.show_key.setObjectName("previewKey")
        which = QButtonGroup(self)
        which.addButton(self.show_sheet)
        which.addButton(self.show_key)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("worksheetPages")
        preview_row = QHBoxLayout()
        preview_row.addWidget(QLabel("Preview:"))
        preview_row.addWidget(self.show_sheet)
        preview_row.addWidget(self.show_key)
        preview_row.addStretch(1)
        preview_row.addWidget(self.pages_label)

        self._printer = new_printer()
        self.preview = QPrintPreviewWidget(self._printer, self)
        self.preview.setObjectName("worksheetPreview")
        self.preview.setMinimumSize(560, 460)
        self.preview.paintRequested.connect(self._paint_preview)
        self.preview.fitToWidth()

        buttons = QDialogButtonBox()
        self.save_button = QPushButton("Save PDF…")
        self.save_button.setObjectName("worksheetSave")
        self.save_button.setDefault(True)
        self.print_button = QPushButton("Print…")
        self.print_button.setObjectName("worksheetPrint")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_dialog)
        self.print_button.clicked.connect(self.print_dialog)
        self.status = QLabel()
        self.status.setObjectName("worksheetStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(preview_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        for widget in (self.first, self.last, self.worked):
            widget.valueChanged.connect(self._changed)
        for box in (self.every, self.blanks, self.show_sheet):
            box.toggled.connect(self._changed)
        self.resize(760, 860)
        self._changed()

    @staticmethod
    def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def options(self) -> WorksheetOptions:
        first, last = sorted((self.first.value(), self.last.value()))
        if self.every.isChecked():
            worked = tuple(range(first, last + 1))
        else:
            worked = (self.worked.value(),) if self.worked.value() else ()
        return WorksheetOptions(
            first=first,
            last=last,
            worked=worked,
            blanks=self.blanks.isChecked(),
            title=self._title,
        )

    def page_count(self) -> int:
        return self.preview.pageCount()

    def _changed(self, *_args) -> None:
        blanks = self.blanks.isChecked()
        self.key.setEnabled(blanks)
        self.show_key.setEnabled(blanks)
        if not blanks and self.show_key.isChecked():
            self.show_sheet.setChecked(True)
        self.worked.setEnabled(not self.every.isChecked())
        self.preview.updatePreview()
        self.pages_label.setText(f"{self.preview.pageCount()} pages")

    def _paint_preview(self, printer: QPrinter) -> None:
        options = self.options()
        answers = self.show_key.isChecked()
        paint_pages(
            worksheet_html(self._lab, options, answers=answers), printer, _footer(options, answers)
        )

    # ------------------------------------------------------------------ output
    def save_dialog(self) -> bool:
        suggestion = os.path.join(self._folder, suggested_file_name(self.options()))
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the worksheet", suggestion, "PDF document (*.pdf)"
        )
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".pdf"
        return self.save(path)

    def save(self, path: str) -> bool:
        """The worksheet at ``path`` and, with blanks and the key asked for, its answer key."""
        options = self.options()
        written = []
        try:
            write_pdf(path, self._lab, options, answers=False)
            written.append(path)
            if options.blanks and self.key.isChecked():
                write_pdf(key_path(path), self._lab, options, answers=True)
                written.append(key_path(path))
        except ExportError as error:
            complain(self, "Worksheet not saved", f"{error}. Nothing was lost: try another folder.")
            return False
        finally:
            self.saved = written
            if written:
                names = " and ".join(os.path.basename(p) for p in written)
                self.status.setText(f"Saved {names} in {os.path.dirname(path) or '.'}.")
        return True

    def print_dialog(self) -> bool:
        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        options = self.options()
        try:
            paint_pages(
                worksheet_html(self._lab, options, answers=False), printer, _footer(options, False)
            )
        except ExportError as error:
            complain(self, "Not printed", str(error))
            return False
        return True
