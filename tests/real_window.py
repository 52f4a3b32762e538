"""The whole window on a demo copy with the project's executor on its real worker thread (the rest of
the suite runs jobs inline), for the tests that watch the UI thread with :class:`app.guard.ThreadGuard`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget

from app import executor


def pump(app: QApplication, ms: float) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def idle(w: object, app: QApplication) -> None:
    """Every queued job ran and its result reached the widgets (follow-up reads included)."""
    ctx = w.ctx  # type: ignore[attr-defined]
    for _ in range(20):
        ctx.wait_idle(10)
        ctx.settle_now()
        ctx.wait_idle(10)
        app.processEvents()
        pump(app, 5)
        if ctx.executor.pending == 0 and not ctx._unsettled:
            return


def real_window(demo_copy: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The window with the demo open, its first transcript shown, every dock shown and coder "AB" set;
    use as the body of a fixture (``yield from real_window(...)``)."""
    monkeypatch.setattr(executor, "INLINE", False)
    from app.main_window import MainWindow

    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    assert w.open_path(demo_copy)
    end = time.perf_counter() + 30
    while w.coding_view.transcript is None and time.perf_counter() < end:
        pump(qapp, 5)
    assert w.coding_view.transcript is not None
    for dock in w.findChildren(QDockWidget):
        dock.show()
    assert w.ctx is not None and not w.ctx.executor.inline
    w.ctx.coder = "AB"
    idle(w, qapp)
    pump(qapp, 50)
    yield w
    w.close()
    qapp.processEvents()
