"""Import work off the UI thread: planning (read + detect) and committing, one file after another.

The worker never touches widgets; it posts results by signal. Each commit is one transaction, so a
cancel between files leaves every file either fully imported or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

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

    def __init__(self, project: Project, kind: str, items: Sequence[Any], options: dict[str, Any]) -> None:
        super().__init__()
        self.project, self.kind, self.items, self.options = project, kind, list(items), options
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
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
                    self.planned.emit(i, plan)
                else:
                    plan, speakers, spans, tagger, *rest = item
                    self.progress.emit(i, total, plan.name)
                    # With a linking key (its mapping shared by the tagger) the key is written ahead of
                    # the commit, so key and database never drift apart (transcripts.importing.keyed).
                    self.committed.emit(i, commit_with_key(self.project, plan, rest[0] if rest else None,
                                                           speakers=speakers, accepted_spans=spans, tagger=tagger))
            except (ImportFailed, KondensError) as e:
                self.failed.emit(i, str(e))
            except Exception as e:  # the GUI never crashes on a file
                name = Path(item).name if self.kind == "plan" else item[0].name
                self.failed.emit(i, self.tr("{0}: could not be imported ({1})").format(name, type(e).__name__))
        self.progress.emit(total, total, "")
        self.done.emit(False)


class ImportRunner(QObject):
    """Runs one job in a QThread; re-emits the job's signals on the main thread."""

    progress = Signal(int, int, str)
    planned = Signal(int, object)
    committed = Signal(int, object)
    failed = Signal(int, str)
    finished = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None

    def running(self) -> bool:
        return self._thread is not None

    def start(self, project: Project, kind: str, items: Sequence[Any], **options: Any) -> None:
        assert self._thread is None, "one job at a time"
        self._thread = QThread()
        self._job = _Job(project, kind, items, options)
        self._job.moveToThread(self._thread)
        self._job.progress.connect(self.progress)
        self._job.planned.connect(self.planned)
        self._job.committed.connect(self.committed)
        self._job.failed.connect(self.failed)
        self._job.done.connect(self._done)
        self._thread.started.connect(self._job.run)
        self._thread.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel_event.set()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    @Slot(bool)
    def _done(self, cancelled: bool) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._thread, self._job = None, None
        self.finished.emit(cancelled)
