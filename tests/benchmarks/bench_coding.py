"""Coding workbench figures: ``merge_codes_ms`` (a code with 5,000 segments merged into another).

The fixture is built through the services on synthetic, de-identified text: 5 transcripts of about
15,000 words, code A with 5,000 one-line segments, code B with 1,000, of which 500 share A's ranges
(so the merge also collapses duplicates). Each run starts from a fresh copy of the fixture.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from coding import queries
from coding.services import coding_ops as ops
from coding.services.codes import apply_code, create_code
from coding.services.transcripts import add_transcript
from coding.store import Project
from tests.benchmarks.common import BenchEnv, Result, median, timed_ms
from tests.coding_fixtures import make_transcript

N_SEGMENTS = 5000


def _fixture(env: BenchEnv) -> tuple[Path, int, int]:
    root = env.root / "coding-merge"
    done = root / ".complete"
    if not done.exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        p = Project.create(root / "merge.kondens")
        tids = [add_transcript(p, make_transcript(lab, n_turns=250, lines_per_turn=6, words_per_line=10)).value
                for lab in "ABCDE"]
        a = create_code(p, "A").value
        b = create_code(p, "B").value
        lines = [(t, ln.start, ln.end) for t in tids for ln in queries.transcript(p, t).lines]
        for k in range(N_SEGMENTS):
            t, s, e = lines[k % len(lines)]
            apply_code(p, t, s, e if k < len(lines) else e - 1, a)
        for k in range(0, 2 * 1000, 2):
            t, s, e = lines[k % len(lines)]
            apply_code(p, t, s, e if k % 4 == 0 else e - 2, b)
        ops.set_memo(p, "code", a, "A-notat")
        p.close()
        done.write_text("ok")
    return root / "merge.kondens", 1, 2


def run(env: BenchEnv) -> list[Result]:
    src, a, b = _fixture(env)
    times = []
    for i in range(5):
        work = env.root / f"coding-merge-run{i}"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(src, work)
        p = Project.open(work)
        queries.codes(p)  # warm the connection so we time the merge, not the connect
        ms = timed_ms(lambda p=p: ops.merge_codes(p, a, b))[0]
        segs = len(queries.segments(p, code_ids=[b]))
        assert segs == N_SEGMENTS + 500, segs  # 5,000 moved, 500 of B's kept, 500 duplicates collapsed
        times.append(ms)
        p.close()
        shutil.rmtree(work, ignore_errors=True)
    return [Result("merge_codes_ms", median(times), target=300, unit="ms")]
