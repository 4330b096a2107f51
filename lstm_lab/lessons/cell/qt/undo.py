"""Edit → Undo and Redo: every change of parameters, sequence, target, pinned gates and initial
states is one step on a QUndoStack, whatever made it (a slider, a box, a preset, Reset all).

The history watches the lab state: after each change it compares the model with the last
snapshot and pushes a command that holds the fields that changed, before and after. Undo and
redo put those fields back exactly (`lstm_lab.core.history.restore`). A slider drag is one step:
while a slider is held, changes of the same parameters merge into the step the drag began. A
training run is one step too ("Undo training (40 epochs)"), so a student can flip between the
weights before and after it. A change made under a name (`LabModel.named_change`, e.g. the
training panel's Restore) is undone under that name. Loading a lesson clears the history.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from lstm_lab.core.history import changed_fields, changed_params, describe, restore, snapshot

#: Steps kept; the oldest go first.
UNDO_LIMIT = 50
#: Numbers the kept steps may hold in sequences and targets together (a long paste holds
#: 10,000 before and 10,000 after): beyond it the oldest steps go, so memory stays flat.
VALUE_BUDGET = 100_000
_DRAG_ID = 1


class _Change(QUndoCommand):
    def __init__(self, history: UndoHistory, before, after, fields, text: str, drag) -> None:
        super().__init__(text)
        self._history = history
        self.before, self.after, self.fields = before, after, fields
        self.drag = drag
        self._done = True  # pushed after the change happened: the first redo does nothing

    def weight(self) -> int:
        """How many sequence and target numbers this step keeps."""
        total = 0
        for snap in (self.before, self.after):
            if "sequence" in self.fields:
                total += len(snap.sequence)
            if "target" in self.fields and snap.target is not None:
                total += len(snap.target)
        return total

    def id(self) -> int:
        return _DRAG_ID if self.drag is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, _Change) or other.drag is not self.drag:
            return False
        if other.fields != self.fields or self.fields != ("params",):
            return False
        if changed_params(self.before, self.after) != changed_params(other.before, other.after):
            return False
        self.after = other.after
        if not changed_fields(self.before, self.after):
            self.setObsolete(True)  # dragged back to where it began
        self.setText(describe(self.before, self.after, self.fields))
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._history.apply(self.after, self.fields)

    def undo(self) -> None:
        self._history.apply(self.before, self.fields)


class UndoHistory(QObject):
    """The undo steps of one lab state; ``undo_action`` and ``redo_action`` (if given) follow
    what the stack can undo and say what ("Undo b_f = 0.750")."""

    def __init__(self, state, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._last = snapshot(state.model)
        self._paused = 0
        self._drag = None
        self._training_before = None
        self._actions: tuple[QAction, QAction] | None = None
        self._commands: list[_Change] = []  # the stack's steps, oldest first
        for signal in (
            state.paramsChanged,
            state.sequenceChanged,
            state.targetChanged,
            state.clampsChanged,
            state.initialChanged,
            state.taskChanged,
        ):
            signal.connect(self._on_change)
        state.trainingChanged.connect(self._on_training)
        for signal in (
            self.stack.indexChanged,
            self.stack.undoTextChanged,
            self.stack.redoTextChanged,
        ):
            signal.connect(self._show)

    # ------------------------------------------------------------------ commands
    def undo(self) -> None:
        if not self._state.training:
            self.stack.undo()

    def redo(self) -> None:
        if not self._state.training:
            self.stack.redo()

    def clear(self) -> None:
        """Forget every step (a lesson was loaded): what is on screen is the new start."""
        self.stack.clear()
        self._commands = []
        self._last = snapshot(self._state.model)
        self._show()

    @contextmanager
    def paused(self):
        """Changes made inside are not recorded (the caller clears or records them)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1
            self._last = snapshot(self._state.model)

    def begin_drag(self) -> None:
        """A slider is held: its changes merge into one step until `end_drag`."""
        self._drag = object()

    def end_drag(self) -> None:
        self._drag = None

    def attach(self, undo_action: QAction, redo_action: QAction) -> None:
        self._actions = (undo_action, redo_action)
        self._show()

    # ------------------------------------------------------------------ internals
    def apply(self, snap, fields) -> None:
        with self.paused():
            restore(self._state.model, snap, fields)

    def _on_change(self, *_args) -> None:
        if self._paused or self._state.training:
            return
        now = snapshot(self._state.model)
        fields = changed_fields(self._last, now)
        if not fields:
            return
        before, self._last = self._last, now
        text = self._state.change_name or describe(before, now, fields)
        self._push(before, now, fields, text, self._drag)

    def _push(self, before, after, fields, text: str, drag) -> None:
        self.stack.push(_Change(self, before, after, fields, text, drag))
        self._commands = [self.stack.command(k) for k in range(self.stack.count())]
        if sum(c.weight() for c in self._commands) > VALUE_BUDGET:
            self._trim()

    def _trim(self) -> None:
        """Drop the oldest steps until the rest hold at most VALUE_BUDGET numbers. Right after
        a push there is nothing to redo, so the kept steps are pushed again as they are."""
        kept: list[_Change] = []
        total = 0
        for command in reversed(self._commands):
            total += command.weight()
            if kept and total > VALUE_BUDGET:
                break
            kept.append(command)
        entries = [(c.before, c.after, c.fields, c.text()) for c in reversed(kept)]
        self.stack.clear()
        self._commands = []
        for before, after, fields, text in entries:
            command = _Change(self, before, after, fields, text, None)
            self.stack.push(command)
            self._commands.append(command)

    def _on_training(self, running: bool) -> None:
        if running:
            self._training_before = self._last
        else:
            before, self._training_before = self._training_before, None
            now = snapshot(self._state.model)
            if before is not None:
                fields = changed_fields(before, now)
                if fields:
                    text = self._state.change_name or self.tr("training")
                    self._push(before, now, fields, text, None)
            self._last = now
        self._show()

    def _show(self, *_args) -> None:
        if self._actions is None:
            return
        undo_action, redo_action = self._actions
        free = not self._state.training
        for action, can, text, word, named in (
            (
                undo_action,
                self.stack.canUndo(),
                self.stack.undoText(),
                self.tr("Undo"),
                self.tr("Undo {change}"),
            ),
            (
                redo_action,
                self.stack.canRedo(),
                self.stack.redoText(),
                self.tr("Redo"),
                self.tr("Redo {change}"),
            ),
        ):
            action.setEnabled(free and can)
            action.setText(named.format(change=text) if can and text else word)
