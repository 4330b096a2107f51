"""Help → Keyboard shortcuts: every key of a window, a table a menu (and one for presenter
mode), in as many columns as the screen needs to show them all, scrolling where even those do
not fit; Esc or Close closes it.

A section is a title and its rows, each row the keys and what they do. `menu_sections` reads
them from a menu bar, so the list always says what the menus say; the View menu's Go to keys
(Alt+1 … Alt+9) take one row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.ui import screen_fit

#: (title, [(keys, what they do)]).
Section = tuple[str, list[tuple[str, str]]]
#: The room for the sections when there is no screen to ask (offscreen): a projector's.
DEFAULT_ROOM = QSize(1024, 768)
#: Height kept for the title bar's neighbours: the note, the Close button and the margins.
CHROME = 200


def keys_of(action: QAction) -> str:
    """The keys of ``action`` as the menus write them ("Ctrl+O, Ctrl+=")."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def plain_name(text: str) -> str:
    """A menu entry's words without its mnemonic marks and without the "…" that says it opens
    a dialog ("Open lesson…" → "Open lesson"); an ellipsis inside the words stays
    ("Part 2: France … speak")."""
    words = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return words[:-1].rstrip() if words.endswith("…") else words


def _menu_rows(menu: QMenu) -> list[tuple[str, str]]:
    """The rows of ``menu`` and its submenus; the Go to keys of the views as one row."""
    rows: list[tuple[str, str]] = []
    views = 0
    for action in menu.actions():
        if action.menu() is not None:
            rows += _menu_rows(action.menu())
            continue
        if action.isSeparator() or not action.shortcuts():
            continue
        if action.objectName().startswith("action_raise_"):
            views += 1
            continue
        rows.append((keys_of(action), plain_name(action.text())))
    if views:
        keys = "Alt+1" if views == 1 else f"Alt+1 … Alt+{views}"
        rows.append((keys, QCoreApplication.translate("LessonWindow", "Go to a view (View menu)")))
    return rows


def menu_sections(bar: QMenuBar) -> list[Section]:
    """A section for each menu of ``bar`` that has keys, in the bar's order."""
    sections = []
    for entry in bar.actions():
        menu = entry.menu()
        if menu is None:
            continue
        rows = _menu_rows(menu)
        if rows:
            sections.append((plain_name(menu.title()), rows))
    return sections


def action_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """A row for each of ``actions`` that has keys: its keys and its words."""
    return [
        (keys_of(action), plain_name(action.text())) for action in actions if action.shortcuts()
    ]


class ShortcutsDialog(QDialog):
    """The list of ``sections`` and, under it, ``note`` (rich text written by the app)."""

    def __init__(self, parent: QWidget | None, sections: list[Section], note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("LessonWindow", "Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sections = sections
        self.tables = [self._table(title, rows) for title, rows in sections]
        self.body = QWidget()
        self.body.setObjectName("shortcutsBody")
        columns = QHBoxLayout(self.body)
        columns.setSpacing(24)
        room = screen_fit.room_inside(self) or DEFAULT_ROOM
        for group in self._columns(room):
            column = QVBoxLayout()
            column.setSpacing(4)
            for index in group:
                title = QLabel(f"<b>{self.sections[index][0]}</b>")
                title.setTextFormat(Qt.TextFormat.RichText)
                column.addWidget(title)
                column.addWidget(self.tables[index])
                column.addSpacing(10)
            column.addStretch(1)
            columns.addLayout(column)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("shortcutsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        self.note = QLabel(note)
        self.note.setObjectName("shortcutsNote")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        body = self.body.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = body.width() + bar + 2 * layout.contentsMargins().left()
        note_height = self.note.heightForWidth(width) if note else 0
        height = body.height() + note_height + buttons.sizeHint().height() + 60
        screen_fit.fit_dialog(self, (width, height))

    def _table(self, title: str, rows: list[tuple[str, str]]) -> QTableWidget:
        """A two-column table of ``rows`` as high and wide as its words: the dialog scrolls,
        never a table."""
        table = QTableWidget(len(rows), 2)
        table.setObjectName(f"shortcuts_{title}")
        table.setAccessibleName(
            QCoreApplication.translate("LessonWindow", "{menu}: keys").format(menu=title)
        )
        table.horizontalHeader().hide()
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setFrameShape(QFrame.Shape.NoFrame)
        table.setStyleSheet("QTableWidget { background: transparent; }")  # the dialog's own
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, (keys, what) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            table.setItem(row, 0, key_item)
            table.setItem(row, 1, QTableWidgetItem(what))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        gap = 2 * table.fontMetrics().averageCharWidth()  # between the keys and the words
        table.setColumnWidth(0, table.columnWidth(0) + gap)
        width = sum(table.columnWidth(c) for c in range(2))
        height = sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedSize(width + 2 * table.frameWidth(), height + 2 * table.frameWidth())
        return table

    def _columns(self, room: QSize) -> list[list[int]]:
        """The sections' indices in columns, in order: the fewest columns whose tallest fits
        the screen's height (less the note and the buttons), no more than its width holds."""
        heights = [self._section_height(table) for table in self.tables]
        widths = [table.width() for table in self.tables]
        count = len(self.tables)
        best: list[list[int]] = [list(range(count))]
        for columns in range(1, count + 1):
            groups = _split(heights, columns)
            wide = sum(max(widths[i] for i in group) for group in groups) + 24 * len(groups)
            if wide > room.width() - 40 and columns > 1:
                break
            best = groups
            if max(sum(heights[i] for i in group) for group in groups) <= room.height() - CHROME:
                break
        return best

    def _section_height(self, table: QTableWidget) -> int:
        return table.height() + self.fontMetrics().lineSpacing() + 18

    def entries(self) -> list[tuple[str, str, str]]:
        """(section, keys, what they do) for every row, as shown."""
        return [(title, keys, what) for title, rows in self.sections for keys, what in rows]


def _split(heights: list[int], columns: int) -> list[list[int]]:
    """Consecutive groups of ``heights``' indices, at most ``columns`` of them, the tallest as
    low as a greedy fill to an even share makes it."""
    share = sum(heights) / columns
    groups: list[list[int]] = [[]]
    filled = 0
    for index, height in enumerate(heights):
        if groups[-1] and filled + height / 2 > share and len(groups) < columns:
            groups.append([])
            filled = 0
        groups[-1].append(index)
        filled += height
    return groups


def show_shortcuts(parent: QWidget, sections: list[Section], note: str = "") -> ShortcutsDialog:
    """Help → Keyboard shortcuts for ``parent``: the dialog, opened."""
    dialog = ShortcutsDialog(parent, sections, note)
    dialog.open()
    return dialog
