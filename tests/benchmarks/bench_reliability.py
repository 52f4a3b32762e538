"""Reliability figures: peak memory of the GUI with the 100-interview benchmark project open,
and how long opening that project takes (lock, rotating backup, search-index check)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import REPO, BenchEnv, Result


def _peak_rss_mb(project: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KONDENS_QUIT_AFTER_SHOW="1",
               KONDENS_CONFIG_DIR=str(REPO / "bench" / "rss-config"))
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "gui", str(project)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    # The GUI reports its own peak (VmHWM): getrusage of a child would include this benchmark
    # process's own peak, inherited through fork.
    peak_kb = [int(line.split()[1]) for line in proc.stdout if line.startswith("KONDENS_SHOWN")]
    status = proc.wait()
    if not peak_kb or not peak_kb[0] or status != 0:
        raise RuntimeError(f"the GUI did not show the benchmark project (status {status})")
    return peak_kb[0] / 1024


def run(env: BenchEnv) -> list[Result]:
    from transcripts.workspace import open_project

    source = env.benchmark_project()
    with tempfile.TemporaryDirectory(dir=env.root) as tmp:
        project = Path(tmp) / source.name
        shutil.copytree(source, project)
        t0 = time.perf_counter()
        open_project(project).close()
        open_s = time.perf_counter() - t0
        rss = _peak_rss_mb(project)
    return [
        Result("peak_rss_mb", rss, 400, "lower", "MB"),
        Result("open_benchmark_project_s", open_s, None, "lower", "s"),
    ]
