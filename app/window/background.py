"""Run one blocking call (opening a project, which may rebuild its search index) off the UI thread.

The caller waits in a local event loop, so the window keeps painting and a busy dialog shows after
a short delay; the result (or the exception) comes back to the caller on the main thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class _Call(QThread):
    def __init__(self, fn: Callable[[], Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:  # worker thread: no widgets here
        try:
            self.result = self.fn()
        except BaseException as e:  # handed back to the main thread
            self.error = e


def run_in_background(parent: QWidget | None, label: str, fn: Callable[[], T]) -> T:
    call = _Call(fn, parent)
    loop = QEventLoop()
    call.finished.connect(loop.quit)
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)  # opening is all or nothing; it cannot stop halfway
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(400)
    call.start()
    if not call.isFinished():
        loop.exec()
    call.wait()
    busy.close()
    busy.deleteLater()
    call.deleteLater()
    if call.error is not None:
        raise call.error
    return call.result  # type: ignore[no-any-return]
