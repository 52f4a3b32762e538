"""One serial worker thread per open project: every write, its commit hooks and the panels' reads.

The shape of Anki's ``CollectionOp``/taskman: :meth:`ProjectExecutor.submit` queues a job and returns
at once; the job's function runs on the project's worker thread with the :class:`~coding.store.Project`
as its only argument, jobs run one after another in the order they were submitted, and the result (or
the exception) comes back on the UI thread, where the job's callbacks run.

Threading rules: job functions run on the worker and never touch widgets; callbacks run on the UI
thread and never touch the database. In unit tests the executor runs inline (``INLINE = True``, set in
``tests/conftest.py``): a job runs inside ``submit`` and its callbacks before ``submit`` returns, so a
test reads the result without waiting (Picard's ``FakeThreadPool``).
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from coding.store import Project

log = logging.getLogger(__name__)

INLINE = False  # tests set this: jobs run inside submit() on the calling thread
GIL_SWITCH_S = 0.001  # see ProjectExecutor.submit

JobFn = Callable[[Project], Any]


class Job:
    """One queued unit of work and, once it ran, its result or error. Callbacks run on the UI thread.

    ``success(fn)`` and ``failure(fn)`` may be chained after ``submit`` returned: a job that already
    finished calls them at once. A failed job with no failure callback goes to the executor's
    ``failed`` signal (the window shows it); inline, it is raised from ``submit`` instead.
    """

    def __init__(self, label: str, fn: JobFn, write: bool) -> None:
        self.label, self.fn, self.write = label, fn, write
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._ok: list[Callable[[Any], None]] = []
        self._err: list[Callable[[BaseException], None]] = []
        self._finally: list[Callable[[Job], None]] = []

    def success(self, fn: Callable[[Any], None]) -> Job:
        if self.done:
            if self.error is None:
                fn(self.result)
        else:
            self._ok.append(fn)
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Job:
        if self.done:
            if self.error is not None:
                fn(self.error)
        else:
            self._err.append(fn)
        return self

    def always(self, fn: Callable[[Job], None]) -> Job:
        """``fn(job)`` once the job is back, whether it succeeded or failed (before its other callbacks)."""
        if self.done:
            fn(self)
        else:
            self._finally.append(fn)
        return self

    @property
    def value(self) -> Any:
        """``result.value`` of a finished write job (the service's result, e.g. a new id).

        Only for code that knows the job finished (inline in tests, or in a callback); UI code chains
        ``success`` instead.
        """
        if not self.done:
            raise RuntimeError(f"{self.label}: the job has not finished; use .success(...)")
        return getattr(self.result, "value", None)

    @property
    def has_failure_handler(self) -> bool:
        return bool(self._err)

    def _complete(self) -> None:
        for fin in self._finally:
            fin(self)
        if self.error is None:
            for fn in self._ok:
                fn(self.result)
        else:
            for efn in self._err:
                efn(self.error)
        self._ok.clear()
        self._err.clear()


class ProjectExecutor(QObject):
    """The project's one worker thread. Create, submit and wait on the UI thread only."""

    _finished = Signal(object)  # Job, emitted on the worker; delivered queued on the UI thread
    busy_changed = Signal(bool)  # a write job is waiting or running (drives the busy cursor)
    failed = Signal(str, object)  # label, exception: a job failed and nobody handled it

    def __init__(self, project: Project, inline: bool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.inline = INLINE if inline is None else inline
        self._queue: queue.Queue[Job | list[Job] | None] = queue.Queue()
        self._group: list[Job] | None = None  # jobs submitted inside together(), queued as one task
        self._pending = 0  # submitted and not yet delivered
        self._pending_writes = 0
        self._thread: threading.Thread | None = None
        self._worker_ident: int | None = None
        self._shut = False
        self._gate = threading.Event()  # cleared by hold(): queued jobs wait (in order) until release()
        self._gate.set()
        # Set by the worker after it posted a finished job: a waiting UI thread (wait_for, wait_idle)
        # wakes at once instead of sleeping in steps of a few milliseconds until the next look.
        self._posted = threading.Event()
        self._finished.connect(self._deliver_any)

    # ---- holding back --------------------------------------------------------------------------------
    def hold(self) -> None:
        """Let queued jobs wait until :meth:`release`: the window shows a project's first transcript without
        sharing the interpreter with the worker (the GIL). Jobs keep their order; waiting for a job
        (``wait_for``, ``wait_idle``, ``shutdown``) releases first, so nothing can wait on a held queue."""
        if not self.inline:
            self._gate.clear()

    def release(self) -> None:
        self._gate.set()

    # ---- submitting ------------------------------------------------------------------------------
    def submit(self, label: str, fn: JobFn, *, write: bool = True,
               prepare: Callable[[Job], None] | None = None) -> Job:
        """Queue ``fn(project)``; it runs after every job submitted before it.

        ``write`` jobs count for the busy cursor. ``prepare(job)`` attaches callbacks before the job
        can run (inline, it runs inside this call).
        """
        if self._shut:
            raise RuntimeError(f"{label}: the project is closed")
        job = Job(label, fn, write)
        if prepare is not None:
            prepare(job)
        self._pending += 1
        if write:
            self._pending_writes += 1
            if self._pending_writes == 1:
                self.busy_changed.emit(True)
        if self.inline:
            self._execute(job)
            self._deliver(job, raise_unhandled=True)
            return job
        if self._thread is None:
            # While the worker runs Python, the UI thread waits for the GIL up to the switch interval at
            # every callback (each paint, each slot): 5 ms by default, which adds up to visible stalls.
            # 1 ms keeps the UI thread's waits short; the worker loses little.
            if sys.getswitchinterval() > GIL_SWITCH_S:
                sys.setswitchinterval(GIL_SWITCH_S)
            self._thread = threading.Thread(target=self._loop, name=f"kondens-project-{self.project.name}",
                                            daemon=True)
            self._thread.start()
        if self._group is not None:
            self._group.append(job)
        else:
            self._queue.put(job)
        return job

    @contextmanager
    def together(self) -> Iterator[None]:
        """Jobs submitted inside the block go to the worker as one task when it ends: they still run one
        after another in order and their callbacks run one by one, but the worker is woken once and the UI
        thread once for all their results (each hand-over between the threads waits for the other to be
        scheduled, which on a busy machine costs more than a small read). For the reads the panels queue
        when the project has settled. Nested blocks join the outer one; inline, jobs run at once as usual."""
        if self.inline or self._group is not None:
            yield
            return
        self._group = []
        try:
            yield
        finally:
            self._flush_group()
            self._group = None

    def _flush_group(self) -> None:
        """Queue what an open ``together`` block collected so far (it goes on collecting): waiting for
        a job must never wait for a block to end."""
        group = self._group
        if group:
            self._group = []
            self._queue.put(group if len(group) > 1 else group[0])

    @property
    def closed(self) -> bool:
        """True once ``shutdown`` ran: nothing more can be queued."""
        return self._shut

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        return self._pending

    def on_worker(self) -> bool:
        """True on the executor's own thread (for assertions in job code)."""
        return self.inline or threading.get_ident() == self._worker_ident

    # ---- the worker ------------------------------------------------------------------------------
    def _loop(self) -> None:
        self._worker_ident = threading.get_ident()
        while True:
            job = self._queue.get()
            if job is None:
                return
            self._gate.wait()
            for one in job if isinstance(job, list) else (job,):
                self._execute(one)
            try:
                self._finished.emit(job)
            except RuntimeError:  # the executor's QObject is gone (the app quit without closing): stop
                return
            self._posted.set()

    def _execute(self, job: Job) -> None:
        try:
            job.result = job.fn(self.project)
        except BaseException as e:  # handed to the UI thread
            job.error = e

    # ---- the UI side -----------------------------------------------------------------------------
    def _deliver_any(self, job: Job | list[Job]) -> None:
        if not isinstance(job, list):
            self._deliver(job)
            return
        for k, one in enumerate(job):
            try:
                self._deliver(one)
            except BaseException:
                for rest in job[k + 1:]:  # a callback raised: the others are still delivered, then it goes on
                    self._deliver(rest)
                raise

    def _deliver(self, job: Job, raise_unhandled: bool = False) -> None:
        job.done = True
        self._pending -= 1
        unhandled = job.error is not None and not job.has_failure_handler
        try:
            job._complete()
        finally:
            if job.write:
                self._pending_writes -= 1
                if self._pending_writes == 0:
                    self.busy_changed.emit(False)
        if unhandled:
            assert job.error is not None
            if raise_unhandled:
                raise job.error
            if not isinstance(job.error, Exception) or not _is_user_error(job.error):
                log.error("job %r failed", job.label, exc_info=job.error)
            self.failed.emit(job.label, job.error)

    def wait_for(self, job: Job) -> None:
        """Deliver results until ``job`` has been delivered (its callbacks ran). UI thread."""
        self.release()
        self._flush_group()
        while not job.done:
            self._posted.clear()
            QCoreApplication.sendPostedEvents(self, 0)
            if not job.done:
                self._posted.wait(0.05)

    def wait_idle(self, timeout: float | None = None, progress: Callable[[int], None] | None = None) -> bool:
        """Run the UI side until every submitted job has been delivered; False on timeout.

        ``progress(pending)`` is called while waiting (the close dialog shows it). Only the executor's
        own results are delivered here, so no other UI event runs in between.
        """
        self.release()
        self._flush_group()
        end = None if timeout is None else time.monotonic() + timeout
        while self._pending > 0:
            if end is not None and time.monotonic() > end:
                return False
            # Deliver what the worker has posted, then sleep until it posts the next result (cleared
            # before delivering: a result posted meanwhile is not slept through).
            self._posted.clear()
            QCoreApplication.sendPostedEvents(self, 0)
            if self._pending == 0:
                break
            if progress is not None:
                progress(self._pending)
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
            self._posted.wait(0.05)
        return True

    def shutdown(self) -> None:
        """Finish every queued job (their callbacks run), then stop the worker. Idempotent."""
        if self._shut:
            return
        self.wait_idle()
        self._shut = True
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None


def _is_user_error(e: Exception) -> bool:
    from coding.errors import KondensError

    return isinstance(e, KondensError | ValueError)
