"""Figures at project scale: 200 interviews × 10,000 words (.docx through the real import, de-identification
and all) with 20,000 segments over 60 codes in 10 theme areas, every overview dock visible.

- ``ui_stall_ms_max`` / ``ui_stall_ms_p99``: a 10 ms QTimer on the UI thread records how late it fires
  while a scripted coding session runs 300 operations through the coding view's real key actions (J next
  uncoded line, 1–5 apply a recent code, Ctrl+Z every 25th), with a 250 ms pause after every 10 operations
  so the settle work (matrix, informant profiles, overlay, …) runs as it does for a person.
- ``apply_code_ms_p95_200``: pressing 1 (apply the most recent code) until the coding's job is back, the
  view is painted and every visible panel has taken the settled change in: the executor is drained of
  the write and of every read the panels queued (``settle_now`` forces the settle instead of waiting
  150 ms for it), and nothing in the window is left to paint. The optimistic stripe is painted right
  after the key in one pass over the window, as the event loop paints (not one ``repaint()`` per
  widget, each of which paints and flushes the window on its own), and the view's and panels' updates
  in the event processing that ends the wait.
- ``open_project_s``: ``MainWindow.open_path`` (lock, pending scrubs, the last transcript shown) to its first
  paint; the backup copy, the search-index check, the transcript list and the visible panels' reads follow
  on the executor after that paint and are not in this figure (``peak_rss_mb`` waits for them).
- ``open_transcript_ms_200``: re-opening one coded transcript of the big project: the request, the read on
  the executor, the result applied on the UI thread and painted (median of 7).
- ``search_after_coding_ms``: a search for a common word right after a coding has been committed (the
  put-off index update of that coding is applied first, inside the timing), limit 100, with
  per-informant counts.
- ``peak_rss_mb``: peak resident memory of ``kondens gui PROJECT`` up to its first paint (own process).

The built project is cached under ``bench/`` (``scale-200x10000.kondens``); runs work on a copy.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.common import REPO, BenchEnv, Result, median, p95

INTERVIEWS = 200
WORDS = 10000
SEGMENTS = 20000
OPS = 300


def fixture(env: BenchEnv) -> Path:
    """The imported project plus 20,000 segments (one bulk transaction; the index catches up on open)."""
    out = env.root / f"scale-{INTERVIEWS}x{WORDS}.kondens"
    done = env.root / f"scale-{INTERVIEWS}x{WORDS}.complete"
    if done.exists():
        return out
    from sqlalchemy import insert, select

    from coding.store import Project
    from coding.store.models import Code, Line, Segment, ThemeNode
    from transcripts.workspace import open_project

    base = env.benchmark_project(INTERVIEWS, WORDS, "docx")  # the real import, cached
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(base, out)
    rng = random.Random(11)
    with Project.open(out) as p:
        with p.read() as s:
            lines = s.execute(select(Line.transcript_id, Line.start, Line.end).order_by(Line.id)).all()
        with p.transaction("bench codes") as tx:
            code_ids = []
            for a in range(10):
                node = ThemeNode(kind="area", name=f"Tema {a + 1}", position=a)
                tx.session.add(node)
                tx.session.flush()
                for c in range(6):
                    code = Code(name=f"kode {a + 1}.{c + 1}", theme_id=node.id, position=c)
                    tx.session.add(code)
                    tx.session.flush()
                    code_ids.append(code.id)
        rows = []
        for k in range(SEGMENTS):
            tid, start, end = lines[rng.randrange(len(lines))]
            rows.append({"transcript_id": tid, "code_id": rng.choice(code_ids), "start": start, "end": end,
                         "guid": f"S{k}", "coder": "bench"})
        with p.transaction("bench segments") as tx:
            tx.session.execute(insert(Segment), rows)
    with open_project(out, backup=False) as p:  # bring the search index in step once (not timed)
        from transcripts.search import index_for

        index_for(p).search("musikk", limit=1)
    done.write_text("ok")
    return out


def _peak_rss_mb(path: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KONDENS_QUIT_AFTER_SHOW="1",
               KONDENS_CONFIG_DIR=str(REPO / "bench" / "scale-config"))
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "gui", str(path)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)
    for line in proc.stdout.splitlines():
        if line.startswith("KONDENS_SHOWN"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"gui did not show: {proc.stderr[-500:]}")


def run(env: BenchEnv) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KONDENS_CONFIG_DIR", str(env.root / "scale-config"))
    t0 = time.perf_counter()
    src = fixture(env)
    print(f"   fixture ready after {time.perf_counter() - t0:.0f} s", flush=True)
    work = env.root / "scale-work.kondens"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(src, work)
    from transcripts.search import index_for
    from transcripts.workspace import open_project

    with open_project(work, backup=False) as p:  # an index of an older format is rebuilt here, untimed
        index_for(p).search("musikk", limit=1)
    try:
        rss = _peak_rss_mb(work)
        figures = _session(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    stalls, apply_ms, open_s, reopen_ms, search_ms = figures
    return [
        Result("ui_stall_ms_max", max(stalls), 100, unit=f"ms (10 ms watchdog lateness, {OPS} key actions, "
                                                             "settles, all docks visible)"),
        Result("ui_stall_ms_p99", p95(stalls) if len(stalls) < 100 else sorted(stalls)[int(0.99 * (len(stalls) - 1))],
               50, unit="ms"),
        Result("apply_code_ms_p95_200", p95(apply_ms), 50, unit="ms (key 1 → view painted + visible panels settled)"),
        Result("open_project_s", open_s, 0.5, unit="s (GUI, in process: open_path to first paint, last transcript shown; backup/index/list follow)"),
        Result("open_transcript_ms_200", reopen_ms, 60, unit="ms (200-interview project, request → painted)"),
        Result("search_after_coding_ms", search_ms, 100, unit="ms (median of 5, \"musikk\", limit 100)"),
        Result("peak_rss_mb_200", rss, 300, unit="MB (kondens gui on the 200-interview project: first paint, then backup and index done)"),
    ]


def _session(path: Path) -> tuple[list[float], list[float], float, float, float]:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QDockWidget

    from app.main_window import MainWindow
    from app.window.startup import tune_gc

    app = QApplication.instance() or QApplication([])
    w = MainWindow()
    tune_gc()  # as run_gui does: the collector tuned once the window is built
    w.resize(1600, 1000)
    w.show()
    app.processEvents()
    t0 = time.perf_counter()
    assert w.open_path(path)
    v = w.coding_view
    app.processEvents()
    while v.transcript is None and time.perf_counter() - t0 < 60:  # the list and first transcript come by job
        app.processEvents()
        time.sleep(0.001)
    v.editor.viewport().repaint()
    open_s = time.perf_counter() - t0
    assert v.transcript is not None
    for dock in w.findChildren(QDockWidget):
        dock.show()
    app.processEvents()
    ctx = w.ctx
    assert ctx is not None
    ctx.coder = "bench"  # otherwise the first coding asks for the coder's name in a modal dialog
    ctx.settle_now()
    app.processEvents()

    def paint() -> None:
        v.editor.viewport().repaint()
        v.gutter.repaint()
        v.margin.repaint()

    def paint_view() -> None:
        """The coding view painted now, in one pass over the window as the event loop paints: each
        ``repaint()`` paints and flushes the whole window's dirty region on its own (three passes)."""
        v.editor.viewport().update()
        v.gutter.update()
        v.margin.update()
        flush()

    def flush() -> None:
        """Paint whatever is waiting to be painted, anywhere in the window (the view and every panel)."""
        QCoreApplication.sendPostedEvents(w, QEvent.Type.UpdateRequest)

    def current() -> None:
        """Until the coding's job and every read it set off are back and applied: the write, the view's
        update, the settle (forced now instead of after 150 ms) and the visible panels' recomputations."""
        while True:
            ctx.wait_idle()
            ctx.settle_now()
            ctx.wait_idle()
            app.processEvents()
            if ctx.executor.pending == 0 and not ctx._unsettled:
                return

    tid = v.transcript.id
    reopen: list[float] = []
    for _ in range(7):
        v.close_transcript()
        ctx.wait_idle()  # what closing set off (the panels following transcript_opened) is not timed
        app.processEvents()
        t1 = time.perf_counter()
        job = v.open_transcript(tid)  # read on the executor; the UI thread waits as its event loop would
        assert job is not None
        ctx.executor.wait_for(job)
        assert v.transcript is not None and v.transcript.id == tid
        paint()
        reopen.append((time.perf_counter() - t1) * 1000)

    actions = v.actions
    recent = actions.recent_actions

    # The watchdog: how late each 10 ms tick arrives is how long the UI thread was busy.
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]
    stalls: list[float] = []

    def tick() -> None:
        now = clock.nsecsElapsed()
        stalls.append(max(0.0, (now - last[0]) / 1e6 - 10.0))
        last[0] = now

    dog = QTimer()
    dog.setInterval(10)
    dog.timeout.connect(tick)

    def pump(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    rnd = random.Random(5)
    last[0] = clock.nsecsElapsed()
    dog.start()
    for op in range(OPS):
        if op % 25 == 24:
            ctx.undo_stack.undo()
        elif op % 2 == 0:
            actions.next_uncoded.trigger()
        else:
            recent[rnd.randrange(min(5, len(recent)))].trigger()
        pump(40)  # a fast coder: about 25 key presses a second
        if op % 10 == 9:
            pump(250)  # a pause: the settle timer (150 ms) fires and the panels recompute
    dog.stop()

    apply_ms: list[float] = []
    lines = v.transcript.lines
    for _ in range(40):
        v.go_to_line(rnd.randrange(len(lines)))
        app.processEvents()
        t1 = time.perf_counter()
        recent[0].trigger()
        paint_view()  # the optimistic stripe
        current()  # ends with processEvents: the view and the panels paint their updates there
        flush()  # anything still waiting to be painted
        apply_ms.append((time.perf_counter() - t1) * 1000)
    from transcripts.search import index_for

    search_ms: list[float] = []
    for _ in range(5):
        v.go_to_line(rnd.randrange(len(lines)))
        recent[0].trigger()
        ctx.wait_idle()  # the coding is committed; its index update is put off (applied by this search)
        app.processEvents()
        t1 = time.perf_counter()
        index_for(ctx.project).search("musikk", limit=100)
        search_ms.append((time.perf_counter() - t1) * 1000)
    w.close()
    app.processEvents()
    return stalls, apply_ms, open_s, median(reopen), median(search_ms)
