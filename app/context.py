"""The open project as the UI sees it: the store, one QUndoStack and one ``project_changed`` signal.

Every write from the UI goes through :meth:`ProjectContext.run`, which calls a ``coding`` service,
pushes a thin undo command holding the SQL that reverts it (memory only), and broadcasts the
``Changes``. Panels connect to ``project_changed`` and refresh what the flags say they show.
Main thread only.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coding.changes import Changes
from coding.store import Project


class ServiceCommand(QUndoCommand):
    """Undo/redo of one committed service call. The first redo is skipped: the call already ran."""

    def __init__(self, ctx: ProjectContext, label: str, changes: Changes) -> None:
        super().__init__(label)
        self._ctx = ctx
        self._undo = changes
        self._redo: Changes | None = None
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        assert self._redo is not None
        self._undo = self._ctx.project.revert(self._redo, f"Redo {self.text()}")
        self._done = True
        self._ctx.project_changed.emit(self._undo)

    def undo(self) -> None:
        self._redo = self._ctx.project.revert(self._undo, f"Undo {self.text()}")
        self._done = False
        self._ctx.project_changed.emit(self._redo)


SETTLE_MS = 150


class ProjectContext(QObject):
    project_changed = Signal(object)  # Changes, right after every write (the coding view, the code tree)
    # The merged Changes of a burst of writes, once the user pauses for SETTLE_MS: for overview panels
    # (matrix, overlay, per-informant, quote list) whose recomputation must not slow each coding down.
    settled = Signal(object)
    closed = Signal()

    def __init__(self, project: Project, coder: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.coder = coder
        self.undo_stack = QUndoStack(self)
        self._unsettled: list[Changes] = []
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(self.settle_now)
        self.project_changed.connect(self._queue_settled)

    def _queue_settled(self, changes: Changes) -> None:
        self._unsettled.append(changes)
        self._settle_timer.start()

    def settle_now(self) -> None:
        """Emit ``settled`` for everything changed since the last time (tests call this directly)."""
        self._settle_timer.stop()
        if self._unsettled:
            pending, self._unsettled = self._unsettled, []
            self.settled.emit(Changes.merge(pending))

    @property
    def readonly(self) -> bool:
        return self.project.readonly

    def run(self, label: str, service: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes:
        """Call ``service(project, *args, **kwargs)``, make it undoable and broadcast what changed.

        Exceptions from the service propagate and nothing is pushed (the transaction rolled back).
        """
        changes = service(self.project, *args, **kwargs)
        if changes.touched:
            self.undo_stack.push(ServiceCommand(self, label, changes))
            self.project_changed.emit(changes)
        return changes

    def macro(self, label: str) -> _Macro:
        """``with ctx.macro("Merge codes"): ctx.run(...); ctx.run(...)`` — one Ctrl+Z undoes all."""
        return _Macro(self.undo_stack, label)

    def close(self) -> None:
        self._settle_timer.stop()
        self._unsettled.clear()
        self.undo_stack.clear()  # undo data (may hold redacted text) lives in memory only
        self.closed.emit()
        self.project.close()


def follow(old: ProjectContext | None, new: ProjectContext | None, **slots: Callable[[Changes], Any]) -> None:
    """Move a panel's connections from the old open project to the new one.

    ``follow(self.ctx, ctx, project_changed=self._on_changed, settled=self._on_settled)``; either context
    may be None (no project open). Disconnecting from a context that is already gone is harmless.
    """
    for name, slot in slots.items():
        if old is not None:
            with warnings.catch_warnings():  # PySide warns (not raises) when the slot was never connected
                warnings.simplefilter("ignore", RuntimeWarning)
                try:
                    getattr(old, name).disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        if new is not None:
            getattr(new, name).connect(slot)


class _Macro:
    def __init__(self, stack: QUndoStack, label: str) -> None:
        self._stack, self._label = stack, label

    def __enter__(self) -> None:
        self._stack.beginMacro(self._label)

    def __exit__(self, *exc: object) -> None:
        self._stack.endMacro()
