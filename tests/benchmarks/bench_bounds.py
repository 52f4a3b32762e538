"""Pathological but accepted input (issue 19 item 12): import time and peak memory just under the
readers' bounds (``transcripts.readers.base``): the most text a file may hold, and the longest line.
Targets: ≤ 60 s and ≤ 1 GB for anything a reader accepts."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from tests.benchmarks.common import REPO, BenchEnv, Result

_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from coding.store import Project
    from transcripts.importing.batch import import_files
    p = Project.create(Path(sys.argv[1]) / "b.kondens")
    t0 = time.perf_counter()
    r = import_files(p, [sys.argv[2]])[0]
    took = time.perf_counter() - t0
    hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
    print("RESULT", r.ok, f"{took:.2f}", hwm // 1024, r.error or "", flush=True)
""")


def _measure(root: Path, name: str, text: str) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(dir=root) as tmp:
        f = Path(tmp) / name
        f.write_text(text, encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", _CHILD, tmp, str(f)], cwd=REPO, capture_output=True, text=True)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise RuntimeError(f"bounds benchmark {name} failed: {out.stderr[-500:]}")
    _, ok, took, mb, *err = line.split(" ", 4)
    if ok != "True":
        raise RuntimeError(f"bounds benchmark {name} was refused: {' '.join(err)}")
    return float(took), float(mb)


def run(env: BenchEnv) -> list[Result]:
    from transcripts.readers.base import MAX_LINE_CHARS, MAX_TEXT_CHARS

    env.root.mkdir(parents=True, exist_ok=True)
    para = "A: " + "Dette var en fin dag med musikk og venner, sa hun. " * 40 + "\n\nI: Og så?\n\n"
    most = para * int(0.97 * MAX_TEXT_CHARS // len(para))
    sentence = "Dette var en fin dag med musikk og venner. "
    longest = "A: " + sentence * int(0.97 * MAX_LINE_CHARS // len(sentence))
    t1, m1 = _measure(env.root, "most_text.txt", most)
    t2, m2 = _measure(env.root, "longest_line.txt", longest)
    return [
        Result("import_most_text_s", t1, 60, "lower", "s"),
        Result("import_most_text_peak_mb", m1, 1024, "lower", "MB"),
        Result("import_longest_line_s", t2, 60, "lower", "s"),
        Result("import_longest_line_peak_mb", m2, 1024, "lower", "MB"),
    ]
