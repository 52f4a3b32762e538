"""Team projects under load: 5 coders (processes) × 500 operations against one local PostgreSQL.

Operations, mixed at random (seeded): code (apply a code), uncode (remove one of one's own segments),
memo (set the memo of a transcript all coders share) and merge (a fresh code of one's own, with two
segments, merged into a shared code). Every worker logs what it did; afterwards the database is checked
against the logs: ``team_lost_writes`` (a segment logged as added and not removed that is missing, or a
removed one still there, a memo whose text is not the last committed one) and ``team_duplicate_writes``
(more segments than the logs account for). Each worker also keeps a view of the segments fed only by
Changes (its own and those arriving from the others) and compares it with the database at the end
(``team_view_mismatches``). Writes refused because another coder changed the same row at that moment are
counted (``team_refused``), never lost silently. Latency: p50/p95 of one operation; visibility: the time
from a commit in one client until another client received it (LISTEN/NOTIFY; target p95 ≤ 1 s).
Run alone: ``make bench ARGS="--only team"``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.common import BenchEnv, Result

WORKERS = 5
OPS = int(os.environ.get("KONDENS_TEAM_OPS", "500"))


def _percentile(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def worker(url: str, me: int, ops: int, out: str, start_at: float) -> None:
    from sqlalchemy import select

    from coding.changes import Changes
    from coding.services import coding_ops as cops
    from coding.services.codes import apply_code, create_code, remove_segment
    from coding.store import Project
    from coding.store.models import Code, Segment, Transcript
    from coding.store.server import ConflictError, ServerProject

    os.environ["KONDENS_CACHE_DIR"] = str(Path(out).parent / f"cache-{me}")
    rng = random.Random(1000 + me)
    p = Project.open(url)
    assert isinstance(p, ServerProject)
    p.coder = f"coder {me}"
    from coding import queries

    with p.read() as s:
        tids = list(s.scalars(select(Transcript.id).order_by(Transcript.id)))
        shared = list(s.scalars(select(Code.id).where(Code.name.like("shared %")).order_by(Code.id)))
    lines = {t: [(ln.start, ln.end) for ln in queries.transcript(p, t).lines] for t in tids}
    view: dict[int, int] = {}  # segment id -> code id, fed by Changes only
    arrivals: list[tuple[int, float]] = []

    def refresh(ch: Changes) -> None:
        ids = ch.ids("segments")
        if not ids:
            return
        with p.read() as s:
            now = dict(s.execute(select(Segment.id, Segment.code_id).where(Segment.id.in_(ids))).all())
        for i in ids:
            if i in now:
                view[i] = now[i]
            else:
                view.pop(i, None)

    def remote(ch: Changes) -> None:
        arrivals.append((ch.seq, time.time()))
        refresh(ch)

    with p.read() as s:
        view.update(dict(s.execute(select(Segment.id, Segment.code_id)).all()))
    p.add_remote_hook(remote)
    log: list[dict[str, Any]] = []
    mine: list[int] = []
    while time.time() < start_at:
        time.sleep(0.01)
    for _k in range(ops):
        r = rng.random()
        kind = "code" if r < 0.5 or not mine else "uncode" if r < 0.7 else "memo" if r < 0.9 else "merge"
        t0 = time.perf_counter()
        entry: dict[str, Any] = {"kind": kind}
        try:
            if kind == "code":
                t = rng.choice(tids)
                a, b = rng.choice(lines[t])
                ch = apply_code(p, t, a, b, rng.choice(shared), coder=p.coder)
                mine.append(ch.value)
                entry["added"] = [ch.value]
            elif kind == "uncode":
                sid = mine.pop(rng.randrange(len(mine)))
                ch = remove_segment(p, sid)
                entry["removed"] = [sid]
            elif kind == "memo":
                t = rng.choice(tids)
                txt = f"memo {me}-{_k}"
                ch = cops.set_memo(p, "transcript", t, txt)
                entry.update(transcript=t, text=txt)
            else:
                t = rng.choice(tids)
                own = create_code(p, f"own {me}-{_k}").value
                added = [apply_code(p, t, *rng.choice(lines[t]), own, coder=p.coder).value for _ in range(2)]
                for sid in added:
                    refresh(Changes(touched={"segments": frozenset({sid})}))
                ch = cops.merge_codes(p, own, rng.choice(shared))
                with p.read() as s:  # a merge collapses a segment that duplicates one of the target's
                    kept = set(s.scalars(select(Segment.id).where(Segment.id.in_(added))))
                mine.extend(x for x in added if x in kept)
                entry["added"] = added
                entry["removed"] = [x for x in added if x not in kept]
            entry["ok"] = True
            entry["seq"] = ch.seq
            entry["committed"] = time.time()
            refresh(ch)
        except ConflictError:
            entry["ok"] = False
            if kind == "uncode":
                mine.append(entry.get("removed", [sid])[0])
        entry["ms"] = (time.perf_counter() - t0) * 1000
        log.append(entry)
    Path(out).with_suffix(".done").write_text("ok")
    # wait for everyone, then for the feed to bring the last entry, then compare the view with the database
    folder = Path(out).parent
    while len(list(folder.glob("*.done"))) < WORKERS:
        time.sleep(0.05)
    last = p.log_position() or 0
    deadline = time.time() + 10
    while p._feed is not None and p._feed.last < last and time.time() < deadline:
        time.sleep(0.05)
    with p.read() as s:
        db = dict(s.execute(select(Segment.id, Segment.code_id)).all())
    mismatches = len(set(db.items()) ^ set(view.items()))
    p.close()
    Path(out).write_text(json.dumps({"log": log, "arrivals": arrivals, "mismatches": mismatches,
                                     "mine": mine}))


def run(env: BenchEnv) -> list[Result]:
    try:
        import pgserver
    except ImportError:
        print("   pgserver is not installed: pip install -e '.[test]'")
        return []
    from sqlalchemy import select

    from coding.services.codes import create_code
    from coding.services.transcripts import add_transcript
    from coding.store import Project
    from coding.store.models import Memo, Segment
    from tests.coding_fixtures import make_transcript

    top = Path(tempfile.mkdtemp(prefix="kondens-bench-pg-"))
    os.environ.setdefault("XDG_RUNTIME_DIR", str(top))
    srv = pgserver.get_server(top / "data", cleanup_mode="delete")
    try:
        sock = srv.get_postmaster_info().socket_dir
        import psycopg

        with psycopg.connect(host=str(sock), user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE team_bench")
        url = f"postgresql://postgres@/team_bench?host={sock}"
        os.environ["KONDENS_CACHE_DIR"] = str(top / "cache")
        with Project.create(url) as p:
            for lab in "ABCDE":
                add_transcript(p, make_transcript(lab, n_turns=20, lines_per_turn=4))
            for i in range(8):
                create_code(p, f"shared {i}")
            from coding.services.memos import set_memo

            for t in range(1, 6):  # every memo op then updates a row (two first memos at once would be two rows)
                set_memo(p, "transcript", t, "start")
        logs = top / "logs"
        logs.mkdir()
        start_at = time.time() + 4
        procs = [subprocess.Popen([sys.executable, "-c", "import sys; from tests.benchmarks.bench_team import worker; "
                                   "worker(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], "
                                   "float(sys.argv[5]))", url, str(i), str(OPS), str(logs / f"w{i}.json"),
                                   str(start_at)], cwd=str(Path(__file__).resolve().parents[2]))
                 for i in range(WORKERS)]
        for pr in procs:
            if pr.wait(timeout=900) != 0:
                raise RuntimeError("a team benchmark worker failed")
        results = [json.loads((logs / f"w{i}.json").read_text()) for i in range(WORKERS)]
        with Project.open(url) as p, p.read() as s:
            segs = set(s.scalars(select(Segment.id)))
            memo_rows = list(s.scalars(select(Memo).where(Memo.target_type == "transcript")))
            memos = {m.target_id: m.text for m in memo_rows}
        expected: set[int] = set()
        removed: set[int] = set()
        last_memo: dict[int, tuple[int, str]] = {}
        lat: list[float] = []
        refused = 0
        commit_at: dict[int, tuple[int, float]] = {}
        for i, res in enumerate(results):
            for e in res["log"]:
                lat.append(e["ms"])
                if not e["ok"]:
                    refused += 1
                    continue
                commit_at[e["seq"]] = (i, e["committed"])
                expected.update(e.get("added", ()))
                removed.update(e.get("removed", ()))
                if e["kind"] == "memo" and e["seq"] > last_memo.get(e["transcript"], (0, ""))[0]:
                    last_memo[e["transcript"]] = (e["seq"], e["text"])
        alive = expected - removed
        lost = len(alive - segs) + len(removed & segs)
        lost += sum(1 for t, (_, txt) in last_memo.items() if memos.get(t) != txt)
        duplicated = len(segs - alive) + len(memo_rows) - len(memos)
        visible = [(at - commit_at[seq][1]) * 1000 for i, res in enumerate(results) for seq, at in res["arrivals"]
                   if seq in commit_at and commit_at[seq][0] != i]
        mismatches = sum(r["mismatches"] for r in results)
        ops_total = sum(len(r["log"]) for r in results)
        print(f"   {WORKERS} coders × {OPS} ops = {ops_total}; {len(alive)} segments expected, {len(segs)} in the "
              f"database; {refused} refused with a conflict message; {len(visible)} remote deliveries")
        return [
            Result("team_lost_writes", lost, 0, unit="writes"),
            Result("team_duplicate_writes", duplicated, 0, unit="writes"),
            Result("team_view_mismatches", mismatches, 0, unit="rows"),
            Result("team_refused", refused, unit="ops (conflict)"),
            Result("team_op_p50_ms", _percentile(lat, 0.5), unit="ms"),
            Result("team_op_p95_ms", _percentile(lat, 0.95), unit="ms"),
            Result("team_visible_p50_ms", _percentile(visible, 0.5), unit="ms"),
            Result("team_visible_p95_ms", _percentile(visible, 0.95), 1000, unit="ms"),
        ]
    finally:
        srv.cleanup()
        shutil.rmtree(top, ignore_errors=True)
