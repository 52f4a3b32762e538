"""The open project as the UI sees it: the store, its executor, one QUndoStack and ``project_changed``.

Every write from the UI goes through :meth:`ProjectContext.run`, which queues a ``coding`` service on
the project's one worker thread (:mod:`app.executor`), pushes a thin undo command whose revert SQL the
job fills in (memory only), and broadcasts the ``Changes`` on the UI thread when the job is back.
Undo and redo queue their reverts on the same worker, so every write runs there, in order. Panels
connect to ``project_changed`` and refresh what the flags say they show. The context itself lives on
the UI thread.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from app.executor import Job, ProjectExecutor
from app.settings import undo_limit
from coding import queries
from coding.changes import Changes
from coding.dto import SegmentDTO
from coding.store import Project

log = logging.getLogger(__name__)


class _CommandState:
    """What a command and its jobs share. Plain Python: the jobs fill it on the worker thread, and it
    outlives the QUndoCommand (which the stack may delete)."""

    def __init__(self, changes: Changes | None) -> None:
        self.undo: Changes | None = changes  # reverts the last redo (None until the service ran)
        self.redo: Changes | None = None  # re-applies after an undo
        self.dropped = False  # the service failed or changed nothing: the command is to leave the stack


class ServiceCommand(QUndoCommand):
    """Undo/redo of one service call. The first redo is skipped: the call runs (or ran) as its own job.

    ``undo()``/``redo()`` run on the UI thread (the stack calls them) and only queue the revert on the
    project's executor; the Changes they need are read there, after every earlier job has run.
    """

    def __init__(self, ctx: ProjectContext, label: str, changes: Changes | None = None) -> None:
        super().__init__(label)
        self._ctx = ctx
        self._state = _CommandState(changes)
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self._done = True
        st, label = self._state, f"Redo {self.text()}"

        def op(project: Project) -> Changes:
            if st.redo is None:
                return Changes()
            st.undo = project.revert(st.redo, label)
            return st.undo

        self._ctx._submit_write(label, op)

    def undo(self) -> None:
        self._done = False
        st, label = self._state, f"Undo {self.text()}"

        def op(project: Project) -> Changes:
            if st.undo is None or not st.undo.touched:
                return Changes()
            st.redo = project.revert(st.undo, label)
            return st.redo

        self._ctx._submit_write(label, op, on_error=lambda e: self._refused(label, e))

    def _refused(self, label: str, error: BaseException) -> None:
        """The undo was refused (a team project: another coder has since changed the same rows) or failed:
        nothing was undone, so the command goes back to done and the stack's index with it."""
        self._ctx.failed.emit(label, error)
        self._done = True
        stack = self._ctx.undo_stack

        def restore() -> None:
            for i in range(stack.count()):
                if stack.command(i) is self:
                    if stack.index() == i:  # only when nothing after it was undone meanwhile
                        stack.setIndex(i + 1)  # its redo() returns at once: it is done
                    return

        QTimer.singleShot(0, restore)  # never inside the stack's own undo() call


TOUCHED_SEGMENTS = "touched segments"  # companion: the SegmentDTOs of the segments a write touched


def touched_segments(project: Project, changes: Changes) -> list[SegmentDTO]:
    """Executor side of a write: the segments it touched that still exist (deleted ones are missing)."""
    ids = changes.ids("segments")
    return queries.segments_by_id(project, ids) if ids else []


SETTLE_MS = 150
BUSY_CURSOR_MS = 100
FREEZE_AFTER_MS = 1500


class ProjectContext(QObject):
    """The open project as the UI sees it.

    Writes: ``ctx.run(label, service, *args, on_done=fn, on_error=fn, **kwargs)`` queues
    ``service(project, *args, **kwargs)`` on the project's executor and returns a :class:`Job` at once;
    the undo command is pushed at once too (so macros and Ctrl+Z order as the user acted). When the job
    is back on the UI thread, ``project_changed(changes)`` fires, then ``on_done(changes)``.
    Reads for panels: ``ctx.read(label, fn, *args, on_done=fn)`` runs ``fn(project, *args)`` on the
    same executor, after every write queued before it.
    """

    project_changed = Signal(object)  # Changes, right after every write (the coding view, the code tree)
    # The merged Changes of a burst of writes, once the user pauses for SETTLE_MS: for overview panels
    # (matrix, overlay, per-informant, quote list) whose recomputation must not slow each coding down.
    settled = Signal(object)
    failed = Signal(str, object)  # label, exception of a job nobody handled (the window shows it)
    closed = Signal()
    # A team project: another client's commit (its Changes, ``origin`` = their coder name). Emitted from
    # the project's feed thread and delivered on the UI thread, where it becomes ``project_changed``.
    remote_changed = Signal(object)

    def __init__(self, project: Project, coder: str = "", parent: QObject | None = None,
                 inline: bool | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.coder = coder
        self.executor = ProjectExecutor(project, inline=inline, parent=self)
        self.executor.failed.connect(self.failed)
        self.executor.busy_changed.connect(self._on_busy)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(undo_limit())
        self._macro_depth = 0
        self._unsettled: list[Changes] = []
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(self.settle_now)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_CURSOR_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._cursor_overridden = False
        self._companions: dict[str, Callable[[Project, Changes], Any]] = {}
        self._delivered: dict[str, Any] = {}  # the companions' results while project_changed is emitted
        self.project_changed.connect(self._queue_settled)
        # Every write brings the segments it touched (as they are now) along for the panels.
        self.add_companion(TOUCHED_SEGMENTS, touched_segments)
        # What opening built (the panels' first reads, their kept counts) is moved out of the collector's
        # view once the executor is idle: a full collection pass (100–150 ms at 200 interviews) would
        # otherwise walk it again in the middle of coding, holding the GIL. Closing gives it back.
        self._frozen = False
        self._freeze_timer = QTimer(self, singleShot=True, interval=FREEZE_AFTER_MS)
        self._freeze_timer.timeout.connect(self._freeze_when_idle)
        if not self.executor.inline:
            self._freeze_timer.start()
        # KONDENS_THREAD_GUARD=1: log every use of the session or the index from the UI thread.
        from app import guard

        self.guard = guard.from_environment(project) if not self.executor.inline else None
        if self.guard is not None:
            self.guard.start()
        if project.is_server:
            project.coder = coder  # type: ignore[attr-defined]  # named in the change log
            self.remote_changed.connect(self._on_remote, Qt.ConnectionType.QueuedConnection)
            project.add_remote_hook(self.remote_changed.emit)

    def _on_remote(self, changes: Changes) -> None:
        """Another coder's change: the views refresh exactly as after a local edit (never undoable here)."""
        if not self.project._closed:
            self.project_changed.emit(changes)

    def _queue_settled(self, changes: Changes) -> None:
        self._unsettled.append(changes)
        self._settle_timer.start()

    def settle_now(self) -> None:
        """Emit ``settled`` for everything changed since the last time (tests call this directly)."""
        self._settle_timer.stop()
        if self._unsettled:
            pending, self._unsettled = self._unsettled, []
            with self.executor.together():  # the panels' reads go to the worker as one task
                self.settled.emit(Changes.merge(pending))

    def _freeze_when_idle(self) -> None:
        if self.executor.closed:
            return
        if self.executor.pending > 0:
            self._freeze_timer.start()  # still reading: try again in a moment
            return
        import gc

        gc.freeze()
        self._frozen = True

    @property
    def readonly(self) -> bool:
        return self.project.readonly

    # ---- reads that travel with every write ----------------------------------------------------------
    def add_companion(self, name: str, fn: Callable[[Project, Changes], Any]) -> None:
        """Run ``fn(project, changes)`` on the executor right after every write that touched something
        (undo and redo included), in the same job, and hand its result to the ``project_changed``
        handlers through :meth:`companion`. The coding view reads the segments a coding touched this
        way: the UI thread gets them with the Changes instead of querying the session itself."""
        self._companions[name] = fn

    def remove_companion(self, name: str) -> None:
        self._companions.pop(name, None)

    def companion(self, name: str) -> Any:
        """Inside a ``project_changed`` handler: the result of the companion ``name`` for this write
        (``None`` outside a handler, for a write that changed nothing, or if the companion failed)."""
        return self._delivered.get(name)

    def _with_companions(self, op: Callable[[Project], Changes], box: dict[str, Any]) -> Callable[[Project], Changes]:
        companions = self._companions

        def wrapped(project: Project) -> Changes:
            ch = op(project)
            if ch.touched and companions:
                extra: dict[str, Any] = {}
                for name, fn in list(companions.items()):
                    try:
                        extra[name] = fn(project, ch)
                    except Exception:  # a failed read must not fail the write that already committed
                        log.exception("companion read %r failed", name)
                box.update(extra)  # read on the UI thread only after the job is delivered
            return ch

        return wrapped

    # ---- jobs ------------------------------------------------------------------------------------
    def run(self, label: str, service: Callable[..., Changes], *args: Any,
            on_done: Callable[[Changes], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Job:
        """Queue ``service(project, *args, **kwargs)``, make it undoable and broadcast what changed.

        Returns the :class:`Job` at once; ``on_done(changes)`` runs on the UI thread after
        ``project_changed``. A failed service pushes nothing (its transaction rolled back) and goes to
        ``on_error``, else to the ``failed`` signal (inline, in tests: it is raised from ``run``).
        """
        cmd = ServiceCommand(self, label)
        st = cmd._state
        self.undo_stack.push(cmd)  # skips its first redo

        def op(project: Project) -> Changes:
            ch = service(project, *args, **kwargs)
            st.undo = ch
            return ch

        def settle(job: Job) -> None:
            if job.error is not None or not job.result.touched:
                self._drop(cmd, st)

        return self._submit_write(label, op, on_done, on_error, before=settle)

    def run_sync(self, label: str, service: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes:
        """``run`` and wait for the job: returns its Changes or raises its exception, like a plain call.

        For confirmations in modal dialogs that must know the outcome before they close (preferences,
        identifier lists, withdraw, replace transcript). The service still runs on the executor, after
        every job queued before it; the UI thread only waits (and delivers those jobs' results).
        Coding actions use ``run`` with ``on_done`` instead.
        """
        errors: list[BaseException] = []
        job = self.run(label, service, *args, on_error=errors.append, **kwargs)
        self.executor.wait_for(job)
        if errors:
            raise errors[0]
        return job.result  # type: ignore[no-any-return]

    def read_sync(self, label: str, fn: Callable[..., Any], *args: Any) -> Any:
        """A read on the executor, waited for (see ``run_sync``)."""
        errors: list[BaseException] = []
        job = self.read(label, fn, *args, on_error=errors.append)
        self.executor.wait_for(job)
        if errors:
            raise errors[0]
        return job.result

    def read(self, label: str, fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Job:
        """Queue the read ``fn(project, *args)``; ``on_done(result)`` runs on the UI thread."""
        def wire(job: Job) -> None:  # before the job can run (inline, it runs inside submit)
            if on_error is not None:
                job.failure(on_error)
            if on_done is not None:
                job.success(on_done)

        return self.executor.submit(label, lambda p: fn(p, *args), write=False, prepare=wire)

    def record(self, label: str, service: Callable[..., Changes], *args: Any,
               on_done: Callable[[Changes], None] | None = None) -> Job:
        """A write kept off the undo stack (a record of what the user did, such as reading a transcript
        to the end), queued on the executor like every write and broadcast as ``project_changed``."""
        return self._submit_write(label, lambda project: service(project, *args), on_done)

    def _submit_write(self, label: str, op: Callable[[Project], Changes],
                      on_done: Callable[[Changes], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      before: Callable[[Job], None] | None = None) -> Job:
        def finish(j: Job) -> None:
            if before is not None:
                before(j)
            if j.error is None and j.result.touched:
                outer, self._delivered = self._delivered, box  # a handler may run a job of its own (inline)
                try:
                    with self.executor.together():  # the reads the handlers queue: one task
                        self.project_changed.emit(j.result)
                finally:
                    self._delivered = outer

        box: dict[str, Any] = {}  # the companions' results, filled on the worker
        # Callbacks are registered before the job is queued: inline, it completes inside submit.
        return self.executor.submit(label, self._with_companions(op, box), write=True,
                                    prepare=lambda j: _wire(j, finish, on_done, on_error))

    def _drop(self, cmd: ServiceCommand, st: _CommandState) -> None:
        """Take a command whose service failed or changed nothing off the stack (and any such commands
        under it); one that has others queued above it stays, obsolete, until those are gone."""
        st.undo = None
        st.dropped = True
        cmd.setObsolete(True)
        stack = self.undo_stack
        while self._macro_depth == 0 and stack.count() > 0 and stack.index() == stack.count():
            top = getattr(stack.command(stack.count() - 1), "_state", None)
            if top is None or not top.dropped:
                break
            stack.undo()  # an obsolete command is deleted, not undone

    @contextmanager
    def batch(self) -> Iterator[None]:
        """``with ctx.batch(): ctx.run(...) ...``: the commit hooks (search index) run once, with the
        merged changes, after the last job queued inside the block."""
        held: list[Any] = []

        def begin(project: Project) -> None:
            cm = project.batch()
            cm.__enter__()
            held.append(cm)

        def end(project: Project) -> None:
            if held:
                held.pop().__exit__(None, None, None)

        self.executor.submit("Begin batch", begin, write=False)
        try:
            yield
        finally:
            self.executor.submit("End batch", end, write=False)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every queued job ran and its callbacks were called (tests, closing)."""
        return self.executor.wait_idle(timeout)

    @property
    def busy(self) -> bool:
        return self.executor.pending > 0

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
            return
        self._busy_timer.stop()
        if self._cursor_overridden:
            self._cursor_overridden = False
            QGuiApplication.restoreOverrideCursor()

    def _show_busy(self) -> None:
        if not self._cursor_overridden and self.executor.pending > 0:
            self._cursor_overridden = True
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def macro(self, label: str) -> _Macro:
        """``with ctx.macro("Merge codes"): ctx.run(...); ctx.run(...)`` — one Ctrl+Z undoes all."""
        return _Macro(self, label)

    def close(self) -> None:
        """Finish every queued job (nothing the user did is lost), then close the project."""
        self.executor.shutdown()
        self._freeze_timer.stop()
        if self._frozen:  # the project's objects may be collected again once it is closed
            import gc

            gc.unfreeze()
            self._frozen = False
        self._on_busy(False)
        self._settle_timer.stop()
        self._unsettled.clear()
        self.undo_stack.clear()  # undo data (may hold redacted text) lives in memory only
        self.closed.emit()
        self.project.close()


def _wire(job: Job, finish: Callable[[Job], None], on_done: Callable[[Any], None] | None,
          on_error: Callable[[BaseException], None] | None) -> None:
    job._finally.append(finish)
    if on_error is not None:
        job.failure(on_error)
    if on_done is not None:
        job.success(on_done)


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
    def __init__(self, ctx: ProjectContext, label: str) -> None:
        self._ctx, self._label = ctx, label

    def __enter__(self) -> None:
        self._ctx._macro_depth += 1
        self._ctx.undo_stack.beginMacro(self._label)

    def __exit__(self, *exc: object) -> None:
        self._ctx.undo_stack.endMacro()
        self._ctx._macro_depth -= 1
