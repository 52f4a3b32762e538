"""Runs an export off the UI thread; the result or error comes back by signal on the UI thread.

Worker code never touches widgets. Exports are single writes (python-docx, zip) without natural
checkpoints, so the progress dialog is a busy indicator; the target file only appears on success.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class ExportJob(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as e:  # reported to the user, never swallowed
            self.signals.failed.emit(str(e) or type(e).__name__)
        else:
            self.signals.finished.emit(result)


def start(fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None],
          pool: QThreadPool | None = None) -> ExportJob:
    job = ExportJob(fn)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
