"""The worksheet's pages on paper: its HTML (`lstm_lab.lessons.cell.worksheet_html`) as one
QTextDocument laid out for the printer and painted page by page through QPainter, a footer on
each, into a QPrinter (in PDF format for a file). The dialog's preview (Qt's
QPrintPreviewWidget) runs the same painting.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from lstm_lab.lessons.cell.qt.exports import ExportError, write_replacing
from lstm_lab.lessons.cell.worksheet_html import WorksheetOptions, footer_text, worksheet_html


def page_layout() -> QPageLayout:
    """A4 upright, with margins a school printer keeps clear of."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(16, 14, 16, 12),
        QPageLayout.Unit.Millimeter,
    )


def new_printer() -> QPrinter:
    """A high-resolution printer with the worksheet's page (`page_layout`)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def page_font(points: float) -> QFont:
    """The worksheet's font: DejaVu Sans, and the shipped Chinese UI font for the characters
    it lacks (a Chinese worksheet on a machine with no Chinese font of its own)."""
    from lstm_lab.ui.fonts import ui_family

    font = QFont("DejaVu Sans")
    chinese = ui_family()
    if chinese is not None:
        font.setFamilies(["DejaVu Sans", chinese])
    font.setPointSizeF(points)
    return font


def paint_pages(document_html: str, printer: QPrinter, footer: str) -> int:
    """Lay the document out for ``printer`` and paint every page with ``footer`` and its
    number under it. Returns the number of pages."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    font = page_font(10.5)
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
        raise ExportError(
            QCoreApplication.translate("WorksheetPrint", "the pages could not be started")
        )
    try:
        small = page_font(8.5)
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
                text_rect,
                flags | Qt.AlignmentFlag.AlignRight,
                QCoreApplication.translate("WorksheetPrint", "page {page} of {pages}").format(
                    page=index + 1, pages=pages
                ),
            )
    finally:
        painter.end()
    return pages


def paint_worksheet(
    lab: Any, options: WorksheetOptions, printer: QPrinter, *, answers: bool
) -> int:
    """The worksheet (or its answer key) painted into ``printer``; returns its number of pages."""
    return paint_pages(
        worksheet_html(lab, options, answers=answers), printer, footer_text(options, answers)
    )


def write_pdf(path: str, lab: Any, options: WorksheetOptions, *, answers: bool) -> int:
    """The worksheet (or its answer key) as a PDF at ``path``; returns its number of pages.
    Raises ExportError when it cannot be written (a file already there is kept)."""
    pages = 0

    def write(temporary: str) -> None:
        nonlocal pages
        printer = new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(temporary)
        printer.setDocName(
            options.title or QCoreApplication.translate("WorksheetPrint", "LSTM Lab worksheet")
        )
        printer.setCreator("LSTM Lab")
        pages = paint_worksheet(lab, options, printer, answers=answers)
        if os.path.getsize(temporary) == 0:
            raise ExportError(
                QCoreApplication.translate("WorksheetPrint", "the PDF came out empty")
            )

    write_replacing(path, write)
    return pages
