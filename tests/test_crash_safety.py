"""Crash safety: SIGKILL a process in the middle of work, reopen, and find a consistent project.

One run of each scenario is part of ``make test``; ``make stress`` repeats them (KONDENS_STRESS_RUNS).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coding import queries
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project

RUNS = int(os.environ.get("KONDENS_STRESS_RUNS", "1"))

CODING_BURST = textwrap.dedent("""
    import sys
    from coding.services import codes
    from coding.store import Project
    p = Project.open(sys.argv[1])
    tid = int(sys.argv[2])
    code = codes.create_code(p, "burst").value
    print("ready", flush=True)
    i = 0
    while True:
        ch = codes.apply_code(p, tid, i % 400, i % 400 + 5, code)
        print(ch.value, flush=True)   # printed only after the commit returned
        i += 1
""")


def _transcript(n_lines: int = 80) -> NewTranscript:
    sentences = [f"Dette er setning nummer {i} om musikk." for i in range(n_lines)]
    text = " ".join(sentences)
    lines, pos = [], 0
    for s in sentences:
        lines.append(NewLine(0, pos, pos + len(s)))
        pos += len(s) + 1
    return NewTranscript(title="T", text=text, turns=(NewTurn("A", "informant", 0, len(text)),), lines=tuple(lines),
                         informant_label="A", word_count=len(text.split()))


def _kill_after(cmd: list[str], lines_before_kill: int) -> list[str]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen = []
    try:
        while len(seen) < lines_before_kill:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line.strip())
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return seen


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_during_coding_burst(tmp_path: Path, run: int) -> None:
    proj = tmp_path / f"crash{run}.kondens"
    with Project.create(proj) as p:
        tid = add_transcript(p, _transcript()).value
    seen = _kill_after([sys.executable, "-c", CODING_BURST, str(proj), str(tid)], 60 + run * 7)
    assert seen[0] == "ready"
    committed = {int(x) for x in seen[1:]}
    assert len(committed) >= 50
    con = sqlite3.connect(proj / "project.db")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with Project.open(proj) as p:  # the dead process's lock is taken over
        assert queries.integrity_ok(p)
        stored = {s.id for s in queries.segments(p)}
        assert committed <= stored
        for s in queries.segments(p):
            assert s.end > s.start and s.transcript_id == tid



IMPORT_BATCH = textwrap.dedent("""
    import sys
    from transcripts.importing.batch import import_files
    from transcripts.workspace import open_project
    p = open_project(sys.argv[1])
    files = sys.argv[2:]
    print("ready", flush=True)
    for f in files:
        for r in import_files(p, [f], yes=True):
            print(r.transcript_id if r.ok else "failed", flush=True)
""")


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_during_batch_import(tmp_path: Path, run: int, corpus: Path) -> None:
    from coding.store.models import Line, Transcript, Turn
    from transcripts.search import index_for
    from transcripts.workspace import open_project

    proj = tmp_path / f"imp{run}.kondens"
    Project.create(proj).close()
    files = [str(f) for f in sorted(corpus.glob("intervju_*"))]
    seen = _kill_after([sys.executable, "-c", IMPORT_BATCH, str(proj), *files], 2 + run % 4)
    committed = {int(x) for x in seen[1:] if x.isdigit()}
    con = sqlite3.connect(proj / "project.db")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    with open_project(proj) as p:
        with p.read() as s:
            stored = {t.id: t for t in s.query(Transcript)}
            assert committed <= set(stored)
            assert len(stored) <= len(committed) + 1  # at most the file being committed at the kill
            for t in stored.values():  # every stored transcript is whole: turns and lines cover its text
                turns = s.query(Turn).filter(Turn.transcript_id == t.id).count()
                lines = s.query(Line).filter(Line.transcript_id == t.id).order_by(Line.number).all()
                assert turns > 0 and lines and lines[-1].number == len(lines)
                assert all(0 <= ln.start < ln.end <= len(t.text) for ln in lines)
        index = index_for(p)
        assert index.is_current()
        hits = index.search("og", limit=None)
        assert bool(hits.hits) == bool(stored)
        assert {h.transcript_id for h in hits.hits if h.transcript_id} <= set(stored)
