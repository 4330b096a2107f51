"""The start screen: one card per built-in lesson, "Open a lesson file…" and recent files.

Each card's picture is drawn by the app itself from the lesson: the input sequence as bars, the
cell's hidden state (and the target, when the lesson has one) as lines, computed by the engine
with the lesson's own parameters. No plotting library is loaded here, so the start screen
comes up quickly; the lesson window is built when a lesson is chosen.
"""

from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QActionGroup,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenuBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.kinds import kind_named
from lstm_lab.core.lesson import Lesson
from lstm_lab.shell.lesson_files import recent_entries
from lstm_lab.shell.lesson_window import (
    COMMON_ACTIONS,
    FILE,
    HELP,
    VIEW,
    add_language_menu,
    make_action,
    menu_title,
    show_about,
)
from lstm_lab.shell.settings import saved_look
from lstm_lab.shell.shortcuts_dialog import menu_sections, show_shortcuts
from lstm_lab.ui.messages import plain_tip
from lstm_lab.ui.theme import (
    TEXT_SCALES,
    apply_theme,
    current_theme,
    stepped_scale,
    theme_for,
)

#: The commands of the start screen's menus: those of a lesson window that need no lesson.
MENU_COMMANDS = (
    "open",
    "quit",
    "theme_dark",
    "theme_light",
    "theme_contrast",
    "larger",
    "smaller",
    "shortcuts",
    "about",
)

CARD_SIZE = QSize(300, 176)
CARD_MIN_WIDTH = 240
SIDE_WIDTH = 300
PICTURE_HEIGHT = 58
COLUMNS = 3


class LessonCard(QAbstractButton):
    """A clickable card: the lesson's title, its one line, and a small picture of it."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.setObjectName(f"lessonCard_{lesson.name}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._show_texts()
        self._curves = kind_named(lesson.kind).card_picture(lesson)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(CARD_SIZE.width(), self._height())

    def _height(self) -> int:
        """Room for two lines of title, three of summary and the picture in the card's font:
        the card grows with View → Larger text."""
        line = QFontMetricsF(self.font()).height()
        return max(CARD_SIZE.height(), round(2 * 1.15 * line + 3 * line + PICTURE_HEIGHT + 36))

    def _show_texts(self) -> None:
        """The lesson's title and summary, in the language in effect, for tooltip and reader."""
        title = self.lesson.shown_title
        self.setToolTip(plain_tip(self.tr("Open “{title}”").format(title=title)))
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.lesson.shown_summary)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        elif event.type() == QEvent.Type.LanguageChange:
            self._show_texts()
            self.update()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(CARD_MIN_WIDTH, self._height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        hovered = self.underMouse() or self.hasFocus()
        painter.setPen(QPen(highlight if hovered else palette.color(QPalette.ColorRole.Mid), 2))
        painter.setBrush(base.lighter(125) if hovered else base)
        painter.drawRoundedRect(box, 10, 10)

        inner = box.adjusted(14, 10, -14, -10)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        title = self.lesson.shown_title
        title_rect = painter.boundingRect(inner, flags, title)
        painter.drawText(inner, flags, title)
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        summary = inner.adjusted(0, title_rect.height() + 4, 0, -PICTURE_HEIGHT - 8)
        painter.drawText(summary, flags, self.lesson.shown_summary)
        picture = QRectF(
            inner.left(), inner.bottom() - PICTURE_HEIGHT, inner.width(), PICTURE_HEIGHT
        )
        self._draw_picture(painter, picture)

    def _draw_picture(self, painter: QPainter, area: QRectF) -> None:
        bars, lines = self._curves
        values = [bars] + [series for series, _role, _dashed in lines]
        # nan: no value there (a forecast drawn over part of the picture only)
        low = min(0.0, *(float(np.nanmin(v)) for v in values if np.isfinite(v).any()))
        high = max(1.0, *(float(np.nanmax(v)) for v in values if np.isfinite(v).any()))
        span = high - low or 1.0
        steps = len(bars)
        width = area.width() / max(steps, 1)

        def y_of(value: float) -> float:
            return area.bottom() - (value - low) / span * area.height()

        # The colours of the lesson windows: the theme's own colour for each quantity.
        theme = current_theme()
        bar = QColor(theme.series["x"])
        bar.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar)  # the input, as in the time series
        for k, x in enumerate(bars):
            top, zero = y_of(float(x)), y_of(0.0)
            painter.drawRect(
                QRectF(
                    area.left() + k * width + 1,
                    min(top, zero),
                    max(width - 2, 1.0),
                    abs(zero - top),
                )
            )
        text = self.palette().color(QPalette.ColorRole.Text)
        colours = {role: QColor(colour) for role, colour in theme.series.items()}
        colours.update(target=text, forecast=QColor(theme.series["y"]))
        for series, role, dashed in lines:
            path = QPainterPath()
            drawing = False
            for k, value in enumerate(series):
                if not np.isfinite(value):
                    drawing = False
                    continue
                point = QPointF(area.left() + (k + 0.5) * width, y_of(float(value)))
                path.lineTo(point) if drawing else path.moveTo(point)
                drawing = True
            pen = QPen(colours.get(role, text), 2)
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)

    def enterEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().leaveEvent(event)


class StartScreen(QWidget):
    """``lessonChosen(Lesson)``: a card was clicked; ``fileChosen(str)``: a recent file was
    picked; ``openRequested()``: "Open a lesson file…" was pressed."""

    lessonChosen = Signal(object)
    fileChosen = Signal(str)
    openRequested = Signal()
    #: The student chose a theme or text size here (saved in the settings already).
    lookChanged = Signal()
    #: View → Language: the student chose this language.
    languageChosen = Signal(str)

    def __init__(
        self,
        lessons: tuple[Lesson, ...],
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setWindowTitle("LSTM Lab")  # the app's name, not translated
        self._settings = settings
        title = QLabel("LSTM Lab")
        title.setObjectName("startTitle")  # its size is in the stylesheet
        tagline = QLabel(
            self.tr(
                "Hold one LSTM cell in your hands and watch it remember and forget. "
                "Pick a lesson to begin."
            )
        )
        tagline.setObjectName("startTagline")
        tagline.setWordWrap(True)

        cards = QWidget()
        cards.setObjectName("lessonCards")
        self._grid = QGridLayout(cards)
        self._grid.setSpacing(12)
        self._columns = 0
        self.cards: dict[str, LessonCard] = {}
        for lesson in lessons:
            card = LessonCard(lesson)
            card.clicked.connect(
                lambda _checked=False, chosen=lesson: self.lessonChosen.emit(chosen)
            )
            self.cards[lesson.name] = card
        self._place_cards(COLUMNS)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setObjectName("lessonCardsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(cards)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.open_button = QPushButton(self.tr("Open a lesson file…"))
        self.open_button.setObjectName("openLessonButton")
        self.open_button.setToolTip(self.tr("Open a lesson a teacher or you saved (.lstmlab)"))
        self.open_button.clicked.connect(self.openRequested)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentLessons")
        self.recent_list.setAccessibleName(self.tr("Recent lesson files"))
        self.recent_list.setToolTip(self.tr("Lesson files opened or saved lately: click to open"))
        self.recent_list.itemClicked.connect(self._open_item)
        self.recent_label = QLabel(self.tr("Recent lesson files"))
        side = QVBoxLayout()
        side.addWidget(self.open_button)
        side.addSpacing(8)
        side.addWidget(self.recent_label)
        side.addWidget(self.recent_list, 1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setMaximumWidth(SIDE_WIDTH)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(8)
        layout.addLayout(body, 1)
        layout.setMenuBar(self._build_menus())
        self.refresh_recent()

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> QMenuBar:
        """File, View and Help with a lesson window's own commands (`MENU_COMMANDS`)."""
        bar = QMenuBar(self)
        bar.setObjectName("startMenuBar")
        menus = {title: bar.addMenu(menu_title(title)) for title in (FILE, VIEW, HELP)}
        slots = {
            "open": self.openRequested.emit,
            "quit": self.close,
            "theme_dark": lambda: self.set_look(theme="dark"),
            "theme_light": lambda: self.set_look(theme="light"),
            "theme_contrast": lambda: self.set_look(theme="contrast"),
            "larger": lambda: self.step_text_scale(+1),
            "smaller": lambda: self.step_text_scale(-1),
            "shortcuts": lambda: show_shortcuts(self, menu_sections(bar)),
            "about": lambda: show_about(self),
        }
        self.actions_by_key = {}
        themes = QActionGroup(self)
        for spec in COMMON_ACTIONS:
            if spec.key not in MENU_COMMANDS:
                continue
            action = make_action(spec, self, slots[spec.key])
            if spec.group == "theme":
                themes.addAction(action)
            menu = menus[spec.menu]
            if spec.separator_before and menu.actions():
                menu.addSeparator()
            menu.addAction(action)
            self.addAction(action)  # its shortcut works anywhere on the start screen
            self.actions_by_key[spec.key] = action
        add_language_menu(menus[VIEW], self, self.languageChosen.emit)
        for menu in menus.values():
            menu.setToolTipsVisible(True)
        self._show_look()
        return bar

    def look(self):
        """The theme and text size saved in the settings (the ones every window shows)."""
        return saved_look(self._settings, TEXT_SCALES, log=False)

    def step_text_scale(self, direction: int) -> None:
        """View → Larger text (+1) or Smaller text (-1)."""
        self.set_look(scale=stepped_scale(self.look().scale, direction))

    def set_look(self, theme: str | None = None, scale: float | None = None) -> None:
        """Show and save ``theme`` and ``scale`` (the saved ones where None), as a lesson
        window's View menu does; lesson windows take them over (`lookChanged`)."""
        look = self.look()
        theme = look.theme if theme is None else theme
        scale = look.scale if scale is None else scale
        self._settings.setValue("view/theme", theme)
        self._settings.setValue("view/textScale", scale)
        app = QApplication.instance()
        apply_theme(app, theme_for(theme, look.palette), app.font().pointSizeF() * scale)
        self._show_look()
        self.lookChanged.emit()

    def _show_look(self) -> None:
        look = self.look()
        self.actions_by_key[f"theme_{look.theme}"].setChecked(True)
        self.actions_by_key["larger"].setEnabled(look.scale < TEXT_SCALES[-1])
        self.actions_by_key["smaller"].setEnabled(look.scale > TEXT_SCALES[0])

    def showEvent(self, event) -> None:  # noqa: N802
        self._show_look()  # a lesson window may have changed it meanwhile
        super().showEvent(event)

    def _place_cards(self, columns: int) -> None:
        """Cards fill rows of ``columns``; the number follows the window's width."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for k, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, k // columns, k % columns)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        self._grid.setRowStretch(self._grid.rowCount(), 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        room = self.width() - 2 * 24 - SIDE_WIDTH - 40  # margins, side column, scroll bar
        self._place_cards(max(1, min(COLUMNS, room // (CARD_MIN_WIDTH + self._grid.spacing()))))

    def refresh_recent(self) -> None:
        """List the remembered files: a lesson by its title (the file name below it); a file
        that is gone or no longer a lesson greyed, with the reason as its tooltip."""
        self.recent_list.clear()
        entries = recent_entries(self._settings)
        for entry in entries:
            name = os.path.basename(entry.path) or entry.path
            if entry.problem is None:
                item = QListWidgetItem(f"{entry.title}\n{name}" if entry.title else name)
                item.setToolTip(plain_tip(entry.path))
                item.setData(Qt.ItemDataRole.UserRole, entry.path)
            else:
                item = QListWidgetItem(self.tr("{name} (cannot be opened)").format(name=name))
                item.setToolTip(plain_tip(f"{entry.path}\n{entry.problem}"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed: nothing to click
            self.recent_list.addItem(item)
        if not entries:
            item = QListWidgetItem(self.tr("None yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.fileChosen.emit(path)
