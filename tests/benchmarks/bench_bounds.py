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
    print("RESULT", r.ok, f"{took:.2f}", hwm // 1024, r.lines, r.words, r.error or "", flush=True)
""")


def _measure(root: Path, name: str, text: str) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(dir=root) as tmp:
        f = Path(tmp) / name
        f.write_text(text, encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", _CHILD, tmp, str(f)], cwd=REPO, capture_output=True, text=True)
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise RuntimeError(f"bounds benchmark {name} failed: {out.stderr[-500:]}")
    _, ok, took, mb, lines, words, *err = line.split(" ", 6)
    if ok != "True":
        raise RuntimeError(f"bounds benchmark {name} was refused: {' '.join(err)}")
    print(f"   {name}: {len(text):,} characters, {words} words, {lines} lines", flush=True)
    return float(took), float(mb)


def run(env: BenchEnv) -> list[Result]:
    from transcripts.readers.base import MAX_LINE_CHARS, MAX_TEXT_CHARS

    env.root.mkdir(parents=True, exist_ok=True)
    def sentences(n_chars: int) -> str:  # varied sentences, so no cache or repetition helps
        out, size, i = [], 0, 0
        while size < n_chars:
            s = f"Dag {i} var det musikk med {i % 97} venner i byen, sa hun. "
            out.append(s)
            size += len(s)
            i += 1
        return "".join(out)

    body = sentences(int(0.95 * MAX_TEXT_CHARS))
    step = 2000  # paragraphs of about 2,000 characters, turns alternating
    most = "".join(("A: " if k % 2 else "I: ") + body[k * step:(k + 1) * step] + "\n\n"
                   for k in range(len(body) // step + 1))
    longest = "A: " + sentences(int(0.97 * MAX_LINE_CHARS))
    t1, m1 = _measure(env.root, "most_text.txt", most)
    t2, m2 = _measure(env.root, "longest_line.txt", longest)
    return [
        Result("import_most_text_s", t1, 60, "lower", "s"),
        Result("import_most_text_peak_mb", m1, 1024, "lower", "MB"),
        Result("import_longest_line_s", t2, 60, "lower", "s"),
        Result("import_longest_line_peak_mb", m2, 1024, "lower", "MB"),
    ]
