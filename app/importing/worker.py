"""Import work off the UI thread: planning (read + detect) and committing, one file after another.

Both run as one job on the project's executor (:mod:`app.executor`), the same worker thread as every
other write, so an import never races a coding or an undo. The job never touches widgets; it posts
results by signal. Each commit is one transaction, so a cancel between files leaves every file either
fully imported or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.context import ProjectContext
from app.executor import Job
from app.i18n import tr_error
from coding.errors import KondensError
from coding.store import Project
from transcripts.importing import ImportFailed, plan_import
from transcripts.importing.keyed import commit_with_key


class _Job(QObject):
    progress = Signal(int, int, str)  # done, total, file name
    planned = Signal(int, object)  # index, ImportPlan
    committed = Signal(int, object)  # index, Changes
    failed = Signal(int, str)  # index, one-line reason
    done = Signal(bool)  # cancelled?

    def __init__(self, kind: str, items: Sequence[Any], options: dict[str, Any]) -> None:
        super().__init__()
        self.kind, self.items, self.options = kind, list(items), options
        self.cancel_event = threading.Event()

    def run(self, project: Project) -> None:
        """The executor's job: runs on the project's worker thread."""
        self.project = project
        total = len(self.items)
        for i, item in enumerate(self.items):
            if self.cancel_event.is_set():
                self.done.emit(True)
                return
            try:
                if self.kind == "plan":
                    self.progress.emit(i, total, Path(item).name)
                    plan = plan_import(self.project, item, known_names=self.options.get("known", ()),
                                       taken=self.options.setdefault("taken", set()))
                    replace = self.options.get("replace")
                    if replace is not None:  # Replace transcript…: the speakers get the transcript's pseudonyms
                        from transcripts.importing.reimport import prepare_reimport

                        prepare_reimport(self.project, replace, plan)
                    self.planned.emit(i, plan)
                else:
                    plan, speakers, spans, tagger, *rest = item
                    self.progress.emit(i, total, plan.name)
                    # With a linking key (its mapping shared by the tagger) the key is written ahead of
                    # the commit, so key and database never drift apart (transcripts.importing.keyed).
                    self.committed.emit(i, commit_with_key(self.project, plan, rest[0] if rest else None,
                                                           speakers=speakers, accepted_spans=spans, tagger=tagger))
            except (ImportFailed, KondensError) as e:
                self.failed.emit(i, tr_error(e))
            except Exception as e:  # the GUI never crashes on a file
                name = Path(item).name if self.kind == "plan" else item[0].name
                self.failed.emit(i, self.tr("{0}: could not be imported ({1})").format(name, type(e).__name__))
        self.progress.emit(total, total, "")
        self.done.emit(False)


class ImportRunner(QObject):
    """Queues one import job on the project's executor; re-emits the job's signals on the main thread."""

    progress = Signal(int, int, str)
    planned = Signal(int, object)
    committed = Signal(int, object)
    failed = Signal(int, str)
    finished = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor_job: Job | None = None
        self._ctx: ProjectContext | None = None
        self._job: _Job | None = None

    def running(self) -> bool:
        return self._job is not None

    def start(self, ctx: ProjectContext, kind: str, items: Sequence[Any], **options: Any) -> None:
        assert self._job is None, "one job at a time"
        self._ctx = ctx
        self._job = job = _Job(kind, items, options)
        job.progress.connect(self.progress)
        job.planned.connect(self.planned)
        job.committed.connect(self.committed)
        job.failed.connect(self.failed)
        job.done.connect(self._done)
        # A plan only reads; a commit writes (and shows the busy cursor like any other write).
        self._executor_job = ctx.executor.submit(
            "Import" if kind == "commit" else "Read files", job.run, write=kind == "commit",
            prepare=lambda j: j.failure(lambda _e: self._done(True) if self._job is job else None))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel_event.set()

    def wait(self) -> None:
        """Block until the job ran and its signals were delivered (closing the dialog, tests)."""
        if self._ctx is not None and self._executor_job is not None:
            self._ctx.executor.wait_for(self._executor_job)
        QCoreApplication.sendPostedEvents(self, 0)  # the job's queued signals arrive at this object

    def _done(self, cancelled: bool) -> None:
        self._job, self._executor_job, self._ctx = None, None, None
        self.finished.emit(cancelled)
