"""What a picture says to a screen reader: a view's accessible name and description kept to the
values it draws, and each new set of values announced.

A view drawn with a painter (a cell diagram, the poetry lesson's bars, a plot) has nothing a
screen reader can read. `Speech` gives it words: the view's ``words()`` returns a short name
("LSTM cell, step 3 of 12") and a description with every value as the view writes it. They
become the widget's accessible name and description (Qt tells assistive technology they
changed: NameChanged, DescriptionChanged), which a screen reader reads out for the view that
has the keyboard; a view on screen without the keyboard announces them instead, politely
(`QAccessibleAnnouncementEvent`, read by Orca 46 and later, NVDA and VoiceOver).

A step, a slider dragged or a model in training may change the values many times a second.
`Speech.changed()` is called from the one place a view's state changes, every time; the words
are renewed at once when the last renewal is PAUSE_MS old, and otherwise once when that pause
ends, with the newest values: a screen reader hears at most two sets of values a second, and
always the last set (the end of training, where a slider came to rest).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

#: The least time between two renewals of one view's words, in milliseconds.
PAUSE_MS = 500


class Speech(QObject):
    """The accessible name and description of ``widget``, renewed from ``words()`` (name,
    description) when `changed` is called, at most once every PAUSE_MS; each renewal that
    changes them is announced while the widget is visible and does not have the keyboard."""

    def __init__(self, widget: QWidget, words: Callable[[], tuple[str, str]]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._words = words
        self._waiting = False  # a change came during the pause
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._pause_over)
        #: How many times the words changed, and how many of those were announced (the
        #: benchmark prints them).
        self.renewals = 0
        self.announcements = 0

    @property
    def widget(self) -> QWidget:
        """The view that speaks."""
        return self._widget

    def pausing(self) -> bool:
        """Whether the words were renewed less than PAUSE_MS ago (a change now waits)."""
        return self._pause.isActive()

    def changed(self) -> None:
        """The view's values changed: say them now, or when the pause since the last renewal
        is over."""
        if self._pause.isActive():
            self._waiting = True
            return
        if self._renew():
            self._pause.start()

    def flush(self) -> None:
        """Renew the words now, pause or not (a view shown again, a test that reads them)."""
        self._pause.stop()
        self._waiting = False
        self._renew()

    def _pause_over(self) -> None:
        if self._waiting:
            self._waiting = False
            if self._renew():
                self._pause.start()

    def _renew(self) -> bool:
        """Set the words; announce them if they changed and the widget is on screen. Whether
        they changed."""
        name, description = self._words()
        widget = self._widget
        if name == widget.accessibleName() and description == widget.accessibleDescription():
            return False
        widget.setAccessibleName(name)  # Qt sends NameChanged ...
        widget.setAccessibleDescription(description)  # ... and DescriptionChanged
        self.renewals += 1
        # A screen reader reads the new name and description of the view that has the
        # keyboard itself (Orca, NVDA): an announcement as well would say them twice.
        if widget.isVisible() and not widget.hasFocus():
            announce(widget, f"{name}. {description}" if description else name)
            self.announcements += 1
        return True


def announce(widget: QWidget, text: str) -> None:
    """Ask a screen reader to read ``text`` politely (after what it is saying) on behalf of
    ``widget``. Qt sends nothing when no assistive technology listens."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
