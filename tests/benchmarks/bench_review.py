"""Review-loop benchmarks on a 30-interview project with 20,000 segments and 200 comments:
``review_export_s`` (write the .kondensreview copy) and ``review_import_s`` (read the returned
.kondenscomments, run the detector over every comment, store them)."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from coding.services.transcripts import add_transcript_in
from coding.store import Project
from coding.store.models import Code, Segment, ThemeNode
from tests.benchmarks.bench_themes import _transcript
from tests.benchmarks.common import BenchEnv, Result

SENTENCES = ("Dette er godt beskrevet, men jeg savner flere sitater fra de yngste informantene.",
             "Kan denne koden slås sammen med den over? De handler om det samme.",
             "Kondensatet er litt langt; prøv å holde deg nærmere informantenes egne ord.",
             "Her trenger du mer data før du kan si noe sikkert.",
             "Fint gullsitat, det viser godt hva temaet handler om.")


def build(path: Path, interviews: int = 30, segments: int = 20000, seed: int = 5) -> Project:
    rng = random.Random(seed)
    p = Project.create(path)
    labels = [chr(65 + i) for i in range(26) if chr(65 + i) != "I"]
    labels += [f"{a}{b}" for a in "AB" for b in "ABCDEFGH"]
    spans: dict[int, list[tuple[int, int]]] = {}
    with p.transaction("bench transcripts") as tx:
        for lb in labels[:interviews]:
            nt = _transcript(rng, lb, n_turns=300)
            spans[add_transcript_in(tx.session, nt)] = [(ln.start, ln.end) for ln in nt.lines]
    code_ids = []
    with p.transaction("bench themes") as tx:
        s = tx.session
        for a in range(8):
            area = ThemeNode(kind="area", name=f"Tema {a + 1}", position=a, summary="Jeg opplevde at musikken " * 20)
            s.add(area)
            s.flush()
            for b in range(3):
                sub = ThemeNode(kind="subgroup", name=f"Subgruppe {a + 1}.{b + 1}", parent_id=area.id, position=b,
                                summary="Vi fant rytmen sammen og det ga meg ro. " * 10)
                s.add(sub)
                s.flush()
                for c in range(4):
                    code = Code(name=f"kode {a + 1}.{b + 1}.{c + 1}", theme_id=sub.id, position=c)
                    s.add(code)
                    s.flush()
                    code_ids.append(code.id)
    tids = list(spans)
    rows = []
    for k in range(segments):
        tid = tids[k % len(tids)]
        ls = spans[tid]
        i = rng.randrange(len(ls))
        j = min(len(ls) - 1, i + rng.randint(0, 3))
        rows.append({"transcript_id": tid, "code_id": code_ids[k % len(code_ids)], "start": ls[i][0],
                     "end": ls[j][1], "guid": f"S{k}"})
    with p.transaction("bench segments") as tx:
        tx.session.execute(insert(Segment), rows)
    return p


def run(env: BenchEnv) -> list[Result]:
    from coding.supervision import anchors
    from coding.supervision.export import export_review_copy
    from coding.supervision.model import Comment, Suggestion
    from coding.supervision.review_copy import ReviewCopy
    from coding.supervision.threads import commit_import, plan_import
    from transcripts.deid.detector import detect

    with tempfile.TemporaryDirectory(dir=env.root) as tmp:
        root = Path(tmp)
        p = build(root / "student.kondens")
        try:
            t0 = time.perf_counter()
            export_review_copy(p, root / "r.kondensreview", note="Runde 1")
            export_s = time.perf_counter() - t0
            rng = random.Random(9)
            with ReviewCopy.open(root / "r.kondensreview") as rc:
                with rc.project.read() as s:
                    nodes = list(s.scalars(select(ThemeNode.id)))
                    codes = list(s.scalars(select(Code.id)))
                    segs = list(s.scalars(select(Segment.id).limit(2000)))
                    made = []
                    for k in range(200):
                        kind = k % 5
                        if kind == 0:
                            a = anchors.theme_anchor(s, rng.choice(nodes))
                        elif kind == 1:
                            a = anchors.code_anchor(s, rng.choice(codes))
                        elif kind == 2:
                            a = anchors.theme_anchor(s, rng.choice(nodes), True, 0, 20)
                        elif kind == 3:
                            a = anchors.segment_anchor(s, rng.choice(segs))
                        else:
                            a = anchors.lines_anchor(s, 1 + k % 30, 10 + k, 12 + k)
                        sug = Suggestion("rename", name=f"nytt navn {k}") if k % 10 == 1 else None
                        made.append(Comment(rng.choice(SENTENCES), a, "Veileder", suggestion=sug))
                rc.comments = made
                rc.save()
                rc.write_reply(root / "c.kondenscomments")
            t0 = time.perf_counter()
            plan = plan_import(p, root / "c.kondenscomments", lambda t: detect(t))
            commit_import(p, plan)
            import_s = time.perf_counter() - t0
        finally:
            p.close()
    return [Result("review_export_s", round(export_s, 2), 3.0, unit="s"),
            Result("review_import_s", round(import_s, 2), 1.0, unit="s")]
