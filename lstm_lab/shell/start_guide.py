"""Help → Start here: a short guide to the single-cell window, from a resource file in the
language in effect (``start_here.zh_CN.html`` …, English where there is none). It opens by
itself the first time a lesson window is shown by a normal start of the app, but never over
a teacher's exercise (`lstm_lab.app.LabApp.offer_start_guide`); opened from the menu over one,
it says first that the exercise may hide or fix what the guide speaks of."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lstm_lab.core.i18n import language_fallbacks
from lstm_lab.resources import localized_resource_text
from lstm_lab.ui.screen_fit import fit_dialog

GUIDE = "start_here.html"
#: Set once the guide has been shown, so it opens by itself only once.
SHOWN_KEY = "help/startGuideShown"


class StartGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startGuideDialog")
        self.setWindowTitle(self.tr("Start here — LSTM Lab"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("startGuideText")
        self.browser.setAccessibleName(self.tr("Start here: the guide"))
        self.browser.setOpenLinks(False)  # nothing is fetched, nothing leaves the app
        self.browser.setHtml(guide_html())
        self.exercise_note = QLabel(
            self.tr(
                "This lesson is an exercise your teacher prepared: some views or sliders this "
                "guide speaks of may be hidden or fixed on purpose. The lesson's own text says "
                "what to do."
            )
        )
        self.exercise_note.setObjectName("startGuideExerciseNote")
        self.exercise_note.setTextFormat(Qt.TextFormat.PlainText)
        self.exercise_note.setWordWrap(True)
        self.exercise_note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.exercise_note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_dialog(self, (620, 680))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.browser.setHtml(guide_html())
        super().changeEvent(event)

    def set_exercise(self, exercise: bool) -> None:
        """Over an exercise the guide first says that the exercise may hide or fix things."""
        self.exercise_note.setVisible(exercise)


def guide_html() -> str:
    """The guide in the language in effect (English where it has no translation)."""
    return localized_resource_text(GUIDE, language_fallbacks())


def guide_was_shown(settings) -> bool:
    value = settings.value(SHOWN_KEY, False)
    return value is True or str(value).lower() in ("true", "1", "yes")
