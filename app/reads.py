"""User-initiated reads and writes off the UI thread: newest-result-wins reads and checked writes.

Every query runs on the project's executor (on a team project each is a network round trip), so a
panel that shows something the user picked asks with :meth:`LatestRead.read` and gets the result on
the UI thread later; when the user picked something else meanwhile, the older result is dropped.
:func:`run_checked` is ``ctx.run`` with a service's user error (``KondensError``) shown in a message
box, for the places that used to wait with ``run_sync`` only to show that error.

Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from app.context import ProjectContext
from app.executor import Job
from coding.changes import Changes
from coding.errors import KondensError


class LatestRead:
    """The newest read for one purpose: each ``read`` supersedes the ones before, whose results are dropped.

    ``pending`` is true while the newest read has not come back (a panel may show "Loading…" then).
    """

    def __init__(self) -> None:
        self._gen = 0
        self._pending = False

    @property
    def pending(self) -> bool:
        return self._pending

    def cancel(self) -> None:
        """Drop whatever is on its way (the panel now shows something else, or nothing)."""
        self._gen += 1
        self._pending = False

    def read(self, ctx: ProjectContext, label: str, fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> Job:
        """Queue ``fn(project, *args)``; ``on_done(result)`` runs only if no newer read was asked since
        (and the context is still open). Inline (tests) it runs before this returns."""
        self._gen += 1
        gen = self._gen
        self._pending = True

        def done(result: Any) -> None:
            if gen != self._gen or ctx.executor.closed:
                return
            self._pending = False
            on_done(result)

        def failed(error: BaseException) -> None:
            if gen != self._gen:
                return
            self._pending = False
            if on_error is not None:
                on_error(error)
            else:
                ctx.failed.emit(label, error)

        return ctx.read(label, fn, *args, on_done=done, on_error=failed)


def run_checked(ctx: ProjectContext, parent: QWidget | None, label: str, service: Callable[..., Changes],
                *args: Any, on_done: Callable[[Changes], None] | None = None,
                on_refused: Callable[[KondensError], None] | None = None, **kwargs: Any) -> Job:
    """``ctx.run`` whose ``KondensError`` (the service refused: a name taken, an object gone) is shown
    to the user in a warning box titled ``label`` (then ``on_refused(error)``); other errors go to the
    window's ``failed`` handler as for every job."""
    from app.i18n import tr_error

    def refused(error: BaseException) -> None:
        if not isinstance(error, KondensError):
            ctx.failed.emit(label, error)
            return
        if parent is not None:
            QMessageBox.warning(parent, label, tr_error(error))
        if on_refused is not None:
            on_refused(error)

    return ctx.run(label, service, *args, on_done=on_done, on_error=refused, **kwargs)


def finished_value(job: Job) -> Any:
    """A write job's ``result.value`` if it already finished (inline in tests, or a failed submit), else
    None: the callers that return an id for scripts and tests, while the UI follows ``on_done``."""
    if not job.done or job.error is not None:
        return None
    return getattr(job.result, "value", None)
