"""Agreement benchmark: ``agreement_s``, the full computation of :func:`coding.agreement.compute` (both unit
treatments, per code and pooled, kappa and alpha) for 30 interviews × 10,000 words with two coders ×
10,000 segments each. Target ≤ 1 s. Also ``agreement_turn_s`` (the same at the turn unit) and
``agreement_heatmap_s`` (the transcripts × codes cells). The fixture is built once with bulk inserts.

Coder B repeats about 70 % of coder A's segments (some with another code or a shifted end), the rest at
random, so the figures and the number of disagreements are those of a real double coding.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from sqlalchemy import insert

from coding.agreement import Rater, compute
from coding.services.transcripts import add_transcript_in
from coding.store import Project
from coding.store.models import Code, Segment
from tests.benchmarks.common import BenchEnv, Result, median, timed_ms
from tests.coding_fixtures import make_transcript

INTERVIEWS, SEGMENTS, CODES = 30, 10_000, 40


def build(path: Path, seed: int = 17) -> Project:
    rng = random.Random(seed)
    if path.exists():
        shutil.rmtree(path)
    p = Project.create(path)
    lines: dict[int, list[tuple[int, int]]] = {}
    with p.transaction("bench transcripts") as tx:
        for i in range(INTERVIEWS):
            label = chr(65 + i) if i < 8 else f"A{i}"
            # 125 turns × 10 lines × (7 words + a line number) = 10,000 words
            nt = make_transcript(label, n_turns=125, lines_per_turn=10, words_per_line=7, title=f"Intervju {i + 1}")
            tid = add_transcript_in(tx.session, nt)
            lines[tid] = [(ln.start, ln.end) for ln in nt.lines]
    with p.transaction("bench codes and segments") as tx:
        s = tx.session
        codes = []
        for c in range(CODES):
            row = Code(name=f"Kode {c + 1}", position=c + 1)
            s.add(row)
            s.flush()
            codes.append(row.id)
        tids = list(lines)
        a_rows, b_rows = [], []
        for _ in range(SEGMENTS):
            tid = rng.choice(tids)
            ls = lines[tid]
            first = rng.randrange(len(ls))
            last = min(len(ls) - 1, first + rng.randint(0, 3))
            cid = rng.choice(codes)
            a_rows.append({"transcript_id": tid, "code_id": cid, "start": ls[first][0], "end": ls[last][1],
                           "coder": "A", "coding_pass": 1})
        for r in a_rows:
            x = rng.random()
            if x < 0.55:
                b_rows.append({**r, "coder": "B"})
            elif x < 0.62:
                b_rows.append({**r, "coder": "B", "code_id": rng.choice(codes)})
            elif x < 0.70:
                b_rows.append({**r, "coder": "B", "end": max(r["start"] + 1, r["end"] - 20)})
        while len(b_rows) < SEGMENTS:
            tid = rng.choice(tids)
            ls = lines[tid]
            first = rng.randrange(len(ls))
            b_rows.append({"transcript_id": tid, "code_id": rng.choice(codes), "start": ls[first][0],
                           "end": ls[min(len(ls) - 1, first + rng.randint(0, 2))][1], "coder": "B", "coding_pass": 1})
        s.execute(insert(Segment), a_rows + b_rows)
    return p


def run(env: BenchEnv) -> list[Result]:
    p = build(env.root / "agreement-bench.kondens")
    a, b = Rater(coder="A"), Rater(coder="B")
    try:
        compute(p, a, b)  # warm the page cache and imports
        line = median(timed_ms(lambda: compute(p, a, b), repeat=5)) / 1000
        turn = median(timed_ms(lambda: compute(p, a, b, unit="turn"), repeat=3)) / 1000
        ag = compute(p, a, b)
        heat = median(timed_ms(lambda: ag.heatmap("coded"), repeat=3)) / 1000
        res = ag.result("coded")
        print(f"   {res.n_units} coded lines of {ag.result('all').n_units}, {len(ag.code_ids)} codes, "
              f"kappa {res.overall.figures.kappa:.3f}, {len(ag.disagreements())} disagreements")
    finally:
        p.close()
    return [Result("agreement_s", line, 1.0, unit="s"), Result("agreement_turn_s", turn, 1.0, unit="s"),
            Result("agreement_heatmap_s", heat, unit="s")]
