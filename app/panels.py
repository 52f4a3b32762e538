"""Overview panels that stay current lazily: reads on the project's executor, only while visible.

A :class:`LazyRefresh` belongs to one panel widget. On ``settled`` it asks ``concerns(changes)`` whether
the change touches what the panel shows; if so, a visible panel calls ``prepare()`` on the UI thread
(it reads the panel's filters and returns the job function) and queues that function as a read job on
the executor and ``apply(result)`` runs on the UI thread when it is back; a hidden panel only
marks itself stale and computes when it is shown. Results of superseded requests are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from app.context import ProjectContext, follow
from coding.changes import Changes
from coding.store import Project


class LazyRefresh(QObject):
    def __init__(self, widget: QWidget, label: str, prepare: Callable[[], Callable[[Project], Any]], apply: Callable[[Any], None],
                 concerns: Callable[[Changes], bool]) -> None:
        super().__init__(widget)
        self.widget, self.label = widget, label
        self._prepare, self._apply, self._concerns = prepare, apply, concerns
        self.ctx: ProjectContext | None = None
        self.stale = True
        self.computed = 0  # how many results were applied (tests, benchmarks)
        self._generation = 0
        widget.installEventFilter(self)

    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, settled=self._on_settled)
        self.ctx = ctx
        self._generation += 1
        self.stale = True
        self.request()

    def _on_settled(self, changes: Changes) -> None:
        if self._concerns(changes):
            self.stale = True
            self.request()

    def request(self, force: bool = False) -> None:
        """Recompute now if the panel is visible (or ``force``), else when it is next shown."""
        if self.ctx is None:
            return
        if not force and not self.widget.isVisible():
            return  # stays stale; eventFilter computes on Show
        self.stale = False
        self._generation += 1
        gen, ctx = self._generation, self.ctx

        def done(result: Any) -> None:
            if gen == self._generation and ctx is self.ctx:  # a newer request or another project wins
                self.computed += 1
                self._apply(result)

        ctx.read(self.label, self._prepare(), on_done=done)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.request()
        return False
