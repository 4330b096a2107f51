"""What a view does to follow the look the student chose: the two interfaces a lesson window's
views implement, one or both, to be told of a new theme or a new text size.

`LessonWindow.register_view` takes a widget that follows at least one of them and keeps it in
the lists of those it follows; a widget that follows neither is a mistake and is refused.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from lstm_lab.ui.theme import Theme


@runtime_checkable
class FollowsTheme(Protocol):
    def apply_theme(self, theme: Theme) -> None:
        """Recolour for ``theme`` (dark or light)."""


@runtime_checkable
class FollowsTextSize(Protocol):
    def set_text_scale(self, scale: float) -> None:
        """Grow or shrink the view's own text (and what is drawn around it) by ``scale``."""
