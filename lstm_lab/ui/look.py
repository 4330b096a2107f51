"""What a view does to follow the look the student chose: the two interfaces a lesson window's
views implement, one or both, to be told of a new theme or a new text size; what a view
with a plot of several lines says about them (`ShowsSeries`); and a view that may have nothing
to show yet (`MayBeEmpty`).

`LessonWindow.register_view` takes a widget that follows at least one of them and keeps it in
the lists of those it follows; a widget that follows neither is a mistake and is refused.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from lstm_lab.ui.lines import Series
from lstm_lab.ui.theme import Theme


@runtime_checkable
class FollowsTheme(Protocol):
    def apply_theme(self, theme: Theme) -> None:
        """Recolour for ``theme`` (dark, light or high contrast; standard or colour-blind-safe
        colours)."""


@runtime_checkable
class FollowsTextSize(Protocol):
    def set_text_scale(self, scale: float) -> None:
        """Grow or shrink the view's own text (and what is drawn around it) by ``scale``."""


@runtime_checkable
class ShowsSeries(Protocol):
    def plot_series(self) -> dict[str, tuple[Series, ...]]:
        """Each plot the view draws (by a name of its own) and the series that share it, in
        the order of its legend: what `tests/test_colours_access.py` checks for colours that
        stay apart and lines that differ by dash and marker."""


@runtime_checkable
class MayBeEmpty(Protocol):
    """A view with nothing to show until something happens (a loss curve before any
    training). Empty, it keeps only the words that say what will appear and gives its room to
    the views beside it; its ``emptyChanged(bool)`` signal tells the lesson window, which lays
    its views out again (`LessonWindow.register_view`)."""

    def is_empty(self) -> bool:
        """Whether the view has nothing to show yet."""
