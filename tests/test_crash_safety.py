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


# ---- kill points of issue 19: merge, redact, withdraw, restore, export --------------------------------

def _kill_mid(cmd: list[str], lines_before_kill: int, run: int) -> list[str]:
    """Like _kill_after, then a run-dependent pause so the kill lands at varying points of the next step."""
    import time

    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen = []
    try:
        while len(seen) < lines_before_kill:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line.strip())
        time.sleep((run % 7) * 0.011)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert seen and seen[0] == "ready", (seen, proc.stderr.read() if proc.stderr else "")
    return seen[1:]


def _db_ok(proj: Path) -> None:
    con = sqlite3.connect(proj / "project.db")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def _words(i: int) -> str:
    """A made-up surname per index (letters only, so it is one whole word)."""
    return "Zor" + chr(97 + i // 26 % 26) + chr(97 + i % 26) + "vik"


def _planted(n: int, label: str = "A", words: tuple[str, ...] = ()) -> NewTranscript:
    base = _transcript(n)
    text = base.text + "".join(f" Jeg kjenner {w}." for w in words)
    extra, pos = [], len(base.text) + 1
    for w in words:
        s = f"Jeg kjenner {w}."
        extra.append(NewLine(0, pos, pos + len(s)))
        pos += len(s) + 1
    return NewTranscript(title=f"Intervju {label}", text=text, turns=(NewTurn(label, "informant", 0, len(text)),),
                         lines=base.lines + tuple(extra), informant_label=label, word_count=len(text.split()))


def _leaks(proj: Path, words: list[str]) -> list[str]:
    from coding.services.privacy_scan import scan_folder

    return sorted({f"{h.file}: {h.name}" for h in scan_folder(proj, words)})


MERGE_LOOP = textwrap.dedent("""
    import sys
    from coding.services.codes import apply_code, create_code
    from coding.services.coding_ops import merge_codes
    from coding.store import Project
    p = Project.open(sys.argv[1])
    tid = int(sys.argv[2])
    print("ready", flush=True)
    i = 0
    while True:
        a = create_code(p, f"a{i}").value
        b = create_code(p, f"b{i}").value
        apply_code(p, tid, i % 70, i % 70 + 4, a)
        apply_code(p, tid, i % 70 + 1, i % 70 + 6, b)
        merge_codes(p, a, b)
        print(i, flush=True)
        i += 1
""")


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_during_merge(tmp_path: Path, run: int) -> None:
    proj = tmp_path / f"merge{run}.kondens"
    with Project.create(proj) as p:
        tid = add_transcript(p, _transcript()).value
    done = [int(x) for x in _kill_mid([sys.executable, "-c", MERGE_LOOP, str(proj), str(tid)], 3 + run % 5, run)]
    _db_ok(proj)
    with Project.open(proj) as p:
        assert queries.integrity_ok(p)
        names = {c.name for c in queries.codes(p)}
        for i in done:  # every finished merge is whole: a gone, b holds both segments
            assert f"a{i}" not in names and f"b{i}" in names
        code_ids = {c.id for c in queries.codes(p)}
        assert all(s.code_id in code_ids for s in queries.segments(p))


REDACT_LOOP = textwrap.dedent("""
    import sys
    from coding.services.redaction import redact_text
    from transcripts.workspace import open_project
    p = open_project(sys.argv[1])
    print("ready", flush=True)
    for w in sys.argv[2:]:
        redact_text(p, w, "person")
        print(w, flush=True)
""")


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_during_redact(tmp_path: Path, run: int) -> None:
    from coding.services.scrub import pending_tasks
    from transcripts.workspace import open_project

    words = [_words(i) for i in range(12)]
    proj = tmp_path / f"redact{run}.kondens"
    with Project.create(proj) as p:
        add_transcript(p, _planted(30, "A", tuple(words)))
    open_project(proj).close()  # a backup that holds every word
    done = _kill_mid([sys.executable, "-c", REDACT_LOOP, str(proj), *words], 1 + run % 4, run)
    _db_ok(proj)
    with open_project(proj) as p:  # resumes the scrubbing the kill interrupted
        assert pending_tasks(p) == []
        assert queries.integrity_ok(p)
    assert _leaks(proj, done) == []


WITHDRAW_LOOP = textwrap.dedent("""
    import sys
    from coding.services.withdraw import withdraw_informant
    from transcripts.workspace import open_project
    p = open_project(sys.argv[1])
    print("ready", flush=True)
    for label in sys.argv[2:]:
        withdraw_informant(p, label)
        print(label, flush=True)
""")


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_during_withdraw(tmp_path: Path, run: int) -> None:
    from coding.services.scrub import pending_tasks
    from transcripts.workspace import open_project

    labels = [chr(66 + i) for i in range(8)]  # B … I
    word = {lab: _words(40 + i) for i, lab in enumerate(labels)}
    proj = tmp_path / f"withdraw{run}.kondens"
    with Project.create(proj) as p:
        add_transcript(p, _planted(20, "A"))
        for lab in labels:
            add_transcript(p, _planted(20, lab, (word[lab],)))
    open_project(proj).close()
    done = _kill_mid([sys.executable, "-c", WITHDRAW_LOOP, str(proj), *labels], 1 + run % 4, run)
    _db_ok(proj)
    with open_project(proj) as p:
        assert pending_tasks(p) == []
        assert queries.integrity_ok(p)
        left = {i.label for i in queries.informants(p)}
    assert not left & set(done) and "A" in left
    assert _leaks(proj, [word[lab] for lab in done]) == []


RESTORE_LOOP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coding.store import lock
    from coding.store.backup import restore_backup
    proj = Path(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while True:
        b = Path(sys.argv[2 + i % 2])
        lock.acquire(proj)
        restore_backup(proj, b)
        lock.release(proj)
        print(b.name, flush=True)
        i += 1
""")


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_during_restore(tmp_path: Path, run: int) -> None:
    from coding.store.backup import list_backups, take_backup

    proj = tmp_path / f"restore{run}.kondens"
    with Project.create(proj) as p:
        add_transcript(p, _transcript())
        one = take_backup(p, "open", keep=50)
        add_transcript(p, _transcript())
        two = take_backup(p, "open", keep=50)
    saved = tmp_path / "saved"
    saved.mkdir()
    one, two = Path(one.rename(saved / one.name)), Path(two.rename(saved / two.name))
    _kill_mid([sys.executable, "-c", RESTORE_LOOP, str(proj), str(one), str(two)], 1 + run % 4, run)
    _db_ok(proj)
    with Project.open(proj) as p:
        assert queries.integrity_ok(p)
        assert queries.project_info(p).transcripts in (1, 2)
    assert not list(proj.glob(".restore-*"))
    assert all(b.valid for b in list_backups(proj))


EXPORT_LOOP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from exports.refi.writer import export_qdpx
    from exports.report import write_report
    from transcripts.workspace import open_project
    p = open_project(sys.argv[1], readonly=True)
    out = Path(sys.argv[2])
    print("ready", flush=True)
    i = 0
    while True:
        if i % 2:
            export_qdpx(p, out / "prosjekt.qdpx")
        else:
            write_report(p, out / "rapport.docx")
        print(i, flush=True)
        i += 1
""")


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_during_export(tmp_path: Path, run: int) -> None:
    import zipfile

    from coding.services import codes

    proj = tmp_path / f"export{run}.kondens"
    with Project.create(proj) as p:
        tid = add_transcript(p, _transcript(200)).value
        code = codes.create_code(p, "musikk").value
        for i in range(0, 150, 3):
            codes.apply_code(p, tid, i, i + 2, code)
    out = tmp_path / "out"
    out.mkdir()
    before = (proj / "project.db").read_bytes()
    _kill_mid([sys.executable, "-c", EXPORT_LOOP, str(proj), str(out)], 1 + run % 4, run)
    for name in ("prosjekt.qdpx", "rapport.docx"):  # a finished file or none, never a torn one
        f = out / name
        if f.exists():
            with zipfile.ZipFile(f) as z:
                assert z.testzip() is None
    assert all(f.name.startswith(".kondens-export-") for f in out.iterdir() if f.name not in
               ("prosjekt.qdpx", "rapport.docx"))
    assert (proj / "project.db").read_bytes() == before  # exporting changed nothing
    with Project.open(proj) as p:
        assert queries.integrity_ok(p)
