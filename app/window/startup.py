"""Starting the desktop app: the QApplication, the window (welcome page first when no project is
given), the collector's tuning and the lock heartbeat; ``KONDENS_QUIT_AFTER_SHOW`` for the benchmarks."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _peak_rss_kb() -> int:
    """This process's peak resident memory (Linux ``VmHWM``; it starts afresh at exec, unlike
    ``getrusage``, which inherits the launching process's peak); 0 where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def tune_gc() -> None:
    """Move everything alive after start (modules, Qt wrappers, the window) out of the collector's
    view, so no full pass walks it again while a transcript opens, and collect young objects less often.
    ``kondens gui`` turned collection off while importing; it is switched back on here. No full pass
    first: with collection off everything is still in the youngest generation, so a pass would walk all
    of it (60–180 ms at start) to find a few hundred garbage objects, which are frozen along instead."""
    import gc

    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    gc.enable()


def run_gui(project_path: str | None = None) -> int:
    """Create the application if needed, show the window (with ``project_path`` open) and run it.

    Without a project the window shows its welcome page first and takes in the transcript list, the
    coding view and the plug-ins (and with them the store, SQLAlchemy and the search index) right after
    its first paint; with a project everything is set up before the project opens."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kondens")
    from app.i18n import install_translator

    install_translator(app)  # type: ignore[arg-type]
    from app.main_window import MainWindow

    defer = not project_path
    w = MainWindow(defer=defer)
    quit_after_show = bool(os.environ.get("KONDENS_QUIT_AFTER_SHOW"))

    def heartbeat() -> None:
        from coding.store import lock

        lock.start_heartbeat()  # other computers on a shared drive see that this session is alive

    def done() -> None:
        # Benchmarks: print once the first paint has been processed (with a project: once its opening
        # finished on the executor, backup and search index, so the peak memory includes them), then leave.
        if w.ctx is not None:
            w.ctx.wait_idle()
        print("KONDENS_READY" if defer else "KONDENS_SHOWN", _peak_rss_kb(), flush=True)
        w.close()
        app.quit()

    if defer:
        def painted() -> None:
            if quit_after_show:
                print("KONDENS_SHOWN", _peak_rss_kb(), flush=True)
            w.finish_setup()
            heartbeat()
            tune_gc()  # before a project opens: a frozen project could not be collected once closed
            if quit_after_show:
                QTimer.singleShot(0, done)  # the window with every plug-in, idle

        _after_first_paint(w.welcome, painted)
    else:
        heartbeat()
        tune_gc()
        w.open_path(str(project_path))
        if quit_after_show:
            QTimer.singleShot(0, done)
    w.show()
    return int(app.exec())


def _after_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Call ``fn()`` from the event loop once ``widget`` has been painted for the first time."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, fn)  # after this paint has been flushed to the screen
            return False

    watch = Watch(widget)
    widget.installEventFilter(watch)
