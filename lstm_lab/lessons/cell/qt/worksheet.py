"""File → Print worksheet: choose the steps of the table, the steps worked out by hand and the
blanks, look at the pages, save the PDF (and its answer key) or print it.

The pages are `lstm_lab.lessons.cell.worksheet_html`'s HTML, painted by `worksheet_print`.
"""

from __future__ import annotations

import os
from typing import Any

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

from lstm_lab.lessons.cell.qt.exports import ExportError, complain
from lstm_lab.lessons.cell.qt.worksheet_print import new_printer, paint_worksheet, write_pdf
from lstm_lab.lessons.cell.worksheet_html import (
    WorksheetOptions,
    default_options,
    key_path,
    suggested_file_name,
)
from lstm_lab.ui.screen_fit import fit_dialog


class WorksheetDialog(QDialog):
    """Choose the steps and the blanks, look at the pages, save the PDF (and its key)."""

    def __init__(self, lab: Any, title: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worksheetDialog")
        self.setWindowTitle(self.tr("Print worksheet"))
        self._lab = lab
        self._title = title
        self._folder = folder
        self.saved: list[str] = []
        steps = len(lab.sequence)
        defaults = default_options(lab, title)

        self.first = self._spin("worksheetFirst", 1, steps, defaults.first)
        self.first.setAccessibleName(self.tr("Step table from step"))
        self.last = self._spin("worksheetLast", 1, steps, defaults.last)
        self.last.setAccessibleName(self.tr("Step table to step"))
        self.worked = self._spin("worksheetWorked", 0, steps, defaults.worked[0])
        self.worked.setAccessibleName(self.tr("Work out by hand: step"))
        self.worked.setSpecialValueText(self.tr("none"))
        self.every = QCheckBox(self.tr("and every step of the table, one page each"))
        self.every.setObjectName("worksheetEvery")
        self.blanks = QCheckBox(self.tr("Leave the student's numbers blank (predict, then reveal)"))
        self.blanks.setObjectName("worksheetBlanks")
        self.blanks.setChecked(True)
        self.key = QCheckBox(
            self.tr("Also save the answer key, with every number, as …-answers.pdf")
        )
        self.key.setObjectName("worksheetKey")
        self.key.setChecked(True)

        steps_row = QHBoxLayout()
        steps_row.addWidget(QLabel(self.tr("from")))
        steps_row.addWidget(self.first)
        steps_row.addWidget(QLabel(self.tr("to")))
        steps_row.addWidget(self.last)
        steps_row.addStretch(1)
        worked_row = QHBoxLayout()
        worked_row.addWidget(self.worked)
        worked_row.addWidget(self.every)
        worked_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Step table:"), steps_row)
        form.addRow(self.tr("Work out by hand: step"), worked_row)
        form.addRow("", self.blanks)
        form.addRow("", self.key)

        self.show_sheet = QRadioButton(self.tr("Worksheet"))
        self.show_sheet.setObjectName("previewSheet")
        self.show_sheet.setChecked(True)
        self.show_key = QRadioButton(self.tr("Answer key"))
        self.show_key.setObjectName("previewKey")
        which = QButtonGroup(self)
        which.addButton(self.show_sheet)
        which.addButton(self.show_key)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("worksheetPages")
        preview_row = QHBoxLayout()
        preview_row.addWidget(QLabel(self.tr("Preview:")))
        preview_row.addWidget(self.show_sheet)
        preview_row.addWidget(self.show_key)
        preview_row.addStretch(1)
        preview_row.addWidget(self.pages_label)

        self._printer = new_printer()
        self.preview = QPrintPreviewWidget(self._printer, self)
        self.preview.setObjectName("worksheetPreview")
        self.preview.setMinimumSize(360, 240)  # the pages shrink to a projector's screen
        self.preview.paintRequested.connect(self._paint_preview)
        self.preview.fitToWidth()

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setObjectName("worksheetSave")
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print…"))
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
        fit_dialog(self, (760, 860))  # its buttons on a 1024×768 screen too
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
        self.pages_label.setText(self.tr("{count} pages").format(count=self.preview.pageCount()))

    def _paint_preview(self, printer: QPrinter) -> None:
        paint_worksheet(self._lab, self.options(), printer, answers=self.show_key.isChecked())

    # ------------------------------------------------------------------ output
    def save_dialog(self) -> bool:
        suggestion = os.path.join(self._folder, suggested_file_name(self.options()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the worksheet"), suggestion, self.tr("PDF document (*.pdf)")
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
            complain(
                self,
                self.tr("Worksheet not saved"),
                self.tr("{error}. Nothing was lost: try another folder.").format(error=error),
            )
            return False
        finally:
            self.saved = written
            if written:
                names = [os.path.basename(p) for p in written]
                folder = os.path.dirname(path) or "."
                if len(names) == 1:
                    said = self.tr("Saved {name} in {folder}.").format(name=names[0], folder=folder)
                else:
                    said = self.tr("Saved {sheet} and {key} in {folder}.").format(
                        sheet=names[0], key=names[1], folder=folder
                    )
                self.status.setText(said)
        return True

    def print_dialog(self) -> bool:
        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            paint_worksheet(self._lab, self.options(), printer, answers=False)
        except ExportError as error:
            complain(self, self.tr("Not printed"), str(error))
            return False
        return True
