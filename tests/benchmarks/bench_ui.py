"""UI figures: startup, opening a big coded transcript, applying/removing a coding (commit + margin update).

Fixture: one 15,000-word synthetic transcript with 2,000 segments over 60 codes, built through the
services and cached under ``bench/ui-15k.kondens``.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.benchmarks.common import REPO, BenchEnv, Result, median, p95


def _fixture(env: BenchEnv) -> tuple[str, int]:
    from coding.services.transcripts import add_transcript
    from coding.store import Project
    from tests.test_ui_support import add_codes, code_randomly, synthetic

    path = env.root / "ui-15k.kondens"
    done = path / ".complete"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        p = Project.create(path)
        nt = synthetic(15000, seed=99, title="Langt intervju")
        tid = int(add_transcript(p, nt).value)
        ids = add_codes(p, [f"kode {i:02d}" for i in range(60)])
        code_randomly(p, tid, nt, ids, 2000, seed=5)
        p.close()
        done.write_text(str(tid))
    return str(path), int(done.read_text())


def _startup_ms(runs: int = 5) -> tuple[float, float]:
    """``kondens gui`` to its first window (painted, welcome page) and to the window with every plug-in
    installed and idle (medians), as a user starts it a second time: an untimed first run lets Python
    cache its bytecode (a shell that sets PYTHONDONTWRITEBYTECODE would otherwise compile every module on
    every start, about 0.3 s that no installed copy pays)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KONDENS_QUIT_AFTER_SHOW="1",
               KONDENS_CONFIG_DIR=str(REPO / "bench" / "ui-config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    shown, ready = [], []
    for k in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "gui"], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if k and "KONDENS_SHOWN" in line:  # run 0 is the warm-up
                shown.append((time.perf_counter() - t0) * 1000)
            if "KONDENS_READY" in line:
                if k:
                    ready.append((time.perf_counter() - t0) * 1000)
                break
        proc.wait(timeout=60)
    return median(shown), median(ready)


def _cli_version_ms(runs: int = 7) -> float:
    """``kondens --version`` as a user runs it: a fresh interpreter through the installed entry point."""
    exe = Path(sys.executable).with_name("kondens")
    cmd = [str(exe), "--version"] if exe.exists() else [sys.executable, "-m", "app.cli.main", "--version"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - t0) * 1000)
    return median(times)


def run(env: BenchEnv) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KONDENS_CONFIG_DIR", str(env.root / "ui-config"))
    from PySide6.QtWidgets import QApplication

    src, tid = _fixture(env)
    path = env.root / "ui-15k-work.kondens"  # measured writes must not change the cached fixture
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(src, path)
    t0 = time.perf_counter()
    startup, startup_ready = _startup_ms()
    print(f"   startup runs took {time.perf_counter() - t0:.1f} s", flush=True)
    app = QApplication.instance() or QApplication([])
    # The windows measured here start with no recent projects: the welcome page would count them on a
    # background thread while this copies the work project afresh.
    inproc = env.root / "ui-config-inproc"
    shutil.rmtree(inproc, ignore_errors=True)
    os.environ["KONDENS_CONFIG_DIR"] = str(inproc)
    full = _measure(app, path, tid, bare=False)
    shutil.rmtree(path, ignore_errors=True)
    shutil.rmtree(inproc, ignore_errors=True)
    shutil.copytree(src, path)
    bare = _measure(app, path, tid, bare=True)
    cli_ms = _cli_version_ms()
    return [
        Result("cli_version_ms", cli_ms, 150, unit="ms (kondens --version, fresh process)"),
        Result("startup_ms", startup, 800, unit="ms (kondens gui, fresh process, bytecode cached, to the first window "
                                                "painted: menus and welcome page; the store is not imported yet)"),
        Result("startup_ready_ms", startup_ready, None, unit="ms (the same start until the coding view and every "
                                                             "plug-in are installed and the window is idle)"),
        Result("open_transcript_ms", full[0], 60,
               unit="ms (15,000 words, 2,000 segments: request → read on the executor → applied → painted)"),
        Result("apply_code_ms_p95", full[1], 50,
               unit="ms (whole app: every plug-in, the index hook, and the settle every panel does)"),
        Result("remove_code_ms_p95", full[2], 30, unit="ms (whole app)"),
        Result("open_transcript_view_ms", bare[0], 150, unit="ms (coding view alone, request → painted)"),
        Result("apply_code_view_ms_p95", bare[1], 30, unit="ms (coding view alone, no plug-ins/extensions)"),
        Result("remove_code_view_ms_p95", bare[2], 30, unit="ms (coding view alone)"),
    ]


def _measure(app: object, path: object, tid: int, bare: bool) -> tuple[float, float, float]:
    from app.main_window import MainWindow
    from app.window.startup import tune_gc
    from coding.services.codes import apply_code, remove_segment
    from coding.store import Project

    if bare:
        os.environ["KONDENS_NO_PLUGINS"] = "1"
    try:
        w = MainWindow()
        tune_gc()  # as run_gui does: the collector tuned once the window is built
    finally:
        os.environ.pop("KONDENS_NO_PLUGINS", None)
    w.resize(1400, 900)
    w.show()
    app.processEvents()  # type: ignore[attr-defined]
    if bare:
        w.set_project(Project.open(path))  # type: ignore[arg-type]
    else:
        assert w.open_path(path)  # type: ignore[arg-type]
    app.processEvents()  # type: ignore[attr-defined]
    v = w.coding_view
    assert w.ctx is not None
    w.ctx.wait_idle()  # the first transcript is read on the executor
    app.processEvents()  # type: ignore[attr-defined]
    assert v.transcript is not None and len(v.editor.table.segments) == 2000

    def paint() -> None:
        v.editor.viewport().repaint()
        v.gutter.repaint()
        v.margin.repaint()

    def reopen() -> None:
        """Request → painted: the read on the executor's worker (the UI thread only waits for it, as it
        would sit in its event loop), its result applied on the UI thread, and the first paint."""
        v.close_transcript()
        ctx.wait_idle()  # what closing set off (the panels following transcript_opened) is not timed
        app.processEvents()  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        c0 = time.thread_time()
        job = v.open_transcript(tid)
        assert job is not None
        ctx.executor.wait_for(job)
        assert v.transcript is not None and v.transcript.id == tid
        paint()
        opens.append((time.perf_counter() - t0) * 1000)
        ui_cpu.append((time.thread_time() - c0) * 1000)

    assert w.ctx is not None
    ctx = w.ctx
    opens: list[float] = []
    ui_cpu: list[float] = []  # the UI thread's own CPU time in the same span (excludes the worker's read)
    for _ in range(7):
        reopen()
    print(f"   open: request→painted {[round(x) for x in opens]} ms; UI thread CPU {[round(x) for x in ui_cpu]} ms",
          flush=True)
    rnd = random.Random(3)
    lines = v.transcript.lines
    code_ids = list(v.codes)
    applied: list[int] = []

    apply_ms: list[float] = []
    remove_ms: list[float] = []
    for _ in range(60):
        # As a keyboard coder does: move to a line (not timed), code it; the stripe is on screen.
        i = rnd.randrange(len(lines))
        v.go_to_line(i)
        app.processEvents()  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        ch = ctx.run("bench", apply_code, tid, lines[i].start, lines[i].end, rnd.choice(code_ids), coder="B")
        ctx.executor.wait_for(ch)  # the write runs on the executor: the view is current once it is back
        paint()
        if not bare:
            ctx.settle_now()  # the panels' settle work is part of applying a code (it used to be left out)
            app.processEvents()  # type: ignore[attr-defined]
        apply_ms.append((time.perf_counter() - t0) * 1000)
        applied.append(int(ch.value))
    for sid in reversed(applied):
        seg = v.editor.table.segments[sid]
        v.select_range(seg.start, seg.start)
        app.processEvents()  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        ctx.executor.wait_for(ctx.run("bench", remove_segment, sid))
        paint()
        remove_ms.append((time.perf_counter() - t0) * 1000)
    w.close()
    for t in threading.enumerate():  # the welcome page, back after the close, counts the recent projects
        if t.name == "welcome-counts":
            t.join(30)
    return median(opens), p95(apply_ms), p95(remove_ms)
