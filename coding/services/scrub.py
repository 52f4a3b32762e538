"""Making removed text physically gone from the files of a project (withdrawal, redaction).

SQLite keeps deleted rows in free pages and old page images in the WAL until they are reused, so a
DELETE or UPDATE alone leaves the removed text readable in ``project.db`` and ``project.db-wal``.
:func:`scrub_database` turns ``secure_delete`` on, rebuilds the file with VACUUM (its temp store is
in memory) and truncates the WAL with a checkpoint, after which no free page or old frame remains.

Backups in ``backups/`` are whole copies of the project from before a migration. What a withdrawn
informant owns is scrubbed out of each backup in place (same deletions, then VACUUM); a backup that
cannot be scrubbed is deleted. A backup that contains a redacted string is deleted, because
redacting inside an older schema with shifted offsets is not something we can do safely.

Crash safety: the scrubbing after a withdrawal or redaction is recorded as a pending task (the
``pending_scrub`` setting) in the same transaction as the deletion, and cleared only when every
file is done. A crash in between leaves the task, and the next open finishes it
(:func:`coding.services.resume.resume_pending`) before any backup is taken. A pending task never
holds the removed text: a withdrawal names the informant's GUID; a redaction only its time, and its
resumption deletes every backup taken before that time (it can no longer say which held the text).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.services.privacy_scan import contains
from coding.store import Project
from coding.store.backup import PENDING_SCRUB
from coding.store.models import Setting

log = logging.getLogger(__name__)

# In-vivo codes (named from the informant's own words, METHOD.md) go with a withdrawn informant: a code
# whose name stands verbatim in one of its segments in the informant's transcripts and nowhere in any
# other transcript. SQL shared by the live database (withdraw) and the backups (scrub in place).
_INVIVO_CANDIDATES = (
    'SELECT DISTINCT c.id, c.name, substr(t.text, s.start + 1, s."end" - s.start) FROM segments s '
    "JOIN codes c ON c.id = s.code_id JOIN transcripts t ON t.id = s.transcript_id WHERE t.informant_id = :i")
# Portable SQL (SQLite and PostgreSQL): no "IS NOT :i", no instr(); replace() is case-sensitive in both.
_ELSEWHERE = ("SELECT 1 FROM transcripts WHERE (informant_id IS NULL OR informant_id <> :i) "
              "AND replace(text, :w, '') <> text LIMIT 1")
_OUTSIDE = ('SELECT count(*) FROM segments s JOIN transcripts t ON t.id = s.transcript_id '
            "WHERE s.code_id = :c AND (t.informant_id IS NULL OR t.informant_id <> :i)")
INVIVO_RENAMED = "(in vivo-kode fra et trukket intervju {0})"


def invivo_codes(run: Any, informant_id: int) -> list[int]:
    """Ids of the informant's in-vivo codes; ``run(sql, params)`` returns rows (call before deleting)."""
    out: list[int] = []
    for cid, name, seg_text in run(_INVIVO_CANDIDATES, {"i": informant_id}):
        core = str(name).rstrip("…").strip()
        if len(core) >= 3 and core in str(seg_text or "") and not list(run(_ELSEWHERE, {"i": informant_id, "w": core})):
            if cid not in out:
                out.append(int(cid))
    return out


def drop_invivo_codes(run: Any, informant_id: int, code_ids: list[int]) -> None:
    """After the informant's segments are gone: delete those codes, or rename one still used elsewhere."""
    for cid in code_ids:
        used = next(iter(run(_OUTSIDE, {"c": cid, "i": informant_id})))[0]
        if used:
            run("UPDATE codes SET name = :n WHERE id = :c", {"n": INVIVO_RENAMED.format(cid), "c": cid})
        else:
            run("UPDATE codes SET parent_id = (SELECT parent_id FROM codes WHERE id = :c) WHERE parent_id = :c",
                {"c": cid})
            run("DELETE FROM memos WHERE target_type = 'code' AND target_id = :c", {"c": cid})
            run("DELETE FROM codes WHERE id = :c", {"c": cid})


def record_pending(s: Session, kind: str, **fields: str) -> str:
    """Inside the deleting transaction: note that files still need scrubbing. Returns the task id."""
    row = s.scalar(select(Setting).where(Setting.key == PENDING_SCRUB))
    tasks: list[dict[str, Any]] = json.loads(row.value) if row is not None and row.value else []
    task = {"id": uuid.uuid4().hex, "kind": kind, "at": time.time(), **fields}
    tasks.append(task)
    if row is None:
        s.add(Setting(key=PENDING_SCRUB, value=json.dumps(tasks)))
    else:
        row.value = json.dumps(tasks)
    s.flush()
    return str(task["id"])


def pending_tasks(project: Project) -> list[dict[str, Any]]:
    with project.read() as s:
        v = s.scalar(select(Setting.value).where(Setting.key == PENDING_SCRUB))
    try:
        tasks = json.loads(v) if v else []
    except ValueError:
        return []
    return [t for t in tasks if isinstance(t, dict) and "id" in t]


def finish_pending(project: Project, task_id: str) -> None:
    """Every file is scrubbed for ``task_id``: drop it from the pending list (its own transaction)."""
    with project.transaction("Scrubbing done") as tx:
        row = tx.session.scalar(select(Setting).where(Setting.key == PENDING_SCRUB))
        if row is None:
            return
        try:
            tasks = [t for t in json.loads(row.value or "[]") if t.get("id") != task_id]
        except ValueError:
            tasks = []
        if tasks:
            row.value = json.dumps(tasks)
        else:
            tx.session.delete(row)


def delete_backups_before(project_path: Path, when: float) -> list[str]:
    """Delete every backup written before ``when`` (a redaction's resumption, see module doc)."""
    report: list[str] = []
    for b in backups(project_path):
        try:
            if b.stat().st_mtime <= when:
                b.unlink()
                report.append(f"deleted {b.name} (older than the redaction)")
        except FileNotFoundError:
            pass
    return report


def scrub_database(project: Project) -> None:
    """VACUUM with secure_delete and truncate the WAL. Must run outside any transaction.

    A team project on PostgreSQL: ``VACUUM FULL`` rewrites the tables that hold text into new files, so
    the removed rows leave the table files at once (the server's WAL and its backups follow their own
    retention, which the administrator sets). A role that may not vacuum leaves it to autovacuum."""
    if project.is_server:
        _vacuum_server(project)
        return
    raw = project.engine.raw_connection()
    try:
        con = raw.driver_connection
        assert con is not None
        con.execute("PRAGMA secure_delete=ON")
        con.execute("VACUUM")
        for _ in range(50):
            busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                break
            time.sleep(0.05)
    finally:
        raw.close()


_TEXT_TABLES = ("transcripts", "turns", "lines", "informants", "memos", "quotes", "codes", "theme_nodes",
                "snapshots", "drafts", "review_comments", "settings")


def _vacuum_server(project: Project) -> None:
    raw = project.engine.raw_connection()
    try:
        con: Any = raw.driver_connection
        con.rollback()
        con.autocommit = True
        try:
            # Action labels may name what was just removed ("Rename code to …"): the log keeps ids only.
            con.execute("UPDATE change_log SET label = '' WHERE label <> ''")
            con.execute("VACUUM FULL " + ", ".join((*_TEXT_TABLES, "change_log")))
        except Exception as e:  # not the tables' owner: autovacuum frees the space later
            log.warning("VACUUM FULL on the team database failed (%s); the server's autovacuum will", type(e).__name__)
        finally:
            con.autocommit = False
    finally:
        raw.close()


def backups(project_path: Path) -> list[Path]:
    folder = project_path / "backups"
    return sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []


def _scrub_each(project_path: Path, scrub: Callable[[Path, str], bool], guid: str) -> list[str]:
    """Run ``scrub`` on every backup; one that cannot be scrubbed is deleted. Returns what was done."""
    report: list[str] = []
    for b in backups(project_path):
        try:
            if scrub(b, guid):
                report.append(f"scrubbed {b.name}")
        except sqlite3.Error:
            b.unlink(missing_ok=True)
            report.append(f"deleted {b.name} (could not be scrubbed)")
    return report


def scrub_backups_of_informant(project_path: Path, informant_guid: str) -> list[str]:
    """Remove an informant from every backup that holds them. Returns what was done, one line each."""
    return _scrub_each(project_path, _scrub_informant, informant_guid)


def _scrub_informant(db: Path, guid: str) -> bool:
    con = sqlite3.connect(db, isolation_level=None)
    try:
        row = con.execute("SELECT id FROM informants WHERE guid=?", (guid,)).fetchone()
        if row is None:
            return False
        inf = row[0]
        con.execute("PRAGMA secure_delete=ON")
        tids = "SELECT id FROM transcripts WHERE informant_id=:i"
        segs = f"SELECT id FROM segments WHERE transcript_id IN ({tids})"
        con.execute("BEGIN")

        def run(sql: str, params: dict[str, Any]) -> list[Any]:
            return con.execute(sql, params).fetchall()

        invivo = invivo_codes(run, inf)
        if con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='drafts'").fetchone():
            # Autosaved drafts of the memos that go, and of the informant's and transcripts' notes.
            memos = (f"SELECT id FROM memos WHERE (target_type='segment' AND target_id IN ({segs})) "
                     f"OR (target_type='transcript' AND target_id IN ({tids})) "
                     "OR (target_type='informant' AND target_id=:i)")
            con.execute(f"DELETE FROM drafts WHERE key IN (SELECT 'memo:' || id FROM ({memos})) "
                        f"OR key IN (SELECT 'transcript:' || id FROM ({tids})) OR key = 'informant:' || :i",
                        {"i": inf})
        for stmt in (
            f"DELETE FROM memos WHERE target_type='segment' AND target_id IN ({segs})",
            f"DELETE FROM quotes WHERE segment_id IN ({segs})",
            f"DELETE FROM segments WHERE transcript_id IN ({tids})",
            f"DELETE FROM memos WHERE target_type='transcript' AND target_id IN ({tids})",
            "DELETE FROM memos WHERE target_type='informant' AND target_id=:i",
            f"DELETE FROM lines WHERE transcript_id IN ({tids})",
            f"DELETE FROM turns WHERE transcript_id IN ({tids})",
            "DELETE FROM transcripts WHERE informant_id=:i",
            "DELETE FROM informants WHERE id=:i",
        ):
            con.execute(stmt, {"i": inf})
        drop_invivo_codes(run, inf, invivo)
        con.execute("COMMIT")
        con.execute("VACUUM")
        return True
    finally:
        con.close()


def delete_backups_containing(project_path: Path, surface: str) -> list[str]:
    """Delete every backup that holds ``surface`` as a whole word (see module doc).

    Judged by its raw bytes (free pages) and by its rows read through SQLite (a value split over
    overflow pages is invisible in the raw bytes), in UTF-8 and UTF-16.
    """
    report: list[str] = []
    for b in backups(project_path):
        if contains(b, surface):
            b.unlink()
            report.append(f"deleted {b.name} (contained the redacted text)")
    return report


def scrub_backups_of_transcript(project_path: Path, transcript_guid: str) -> list[str]:
    """Remove one transcript (and what is anchored in it) from every backup that holds it."""
    return _scrub_each(project_path, _scrub_transcript, transcript_guid)


def _scrub_transcript(db: Path, guid: str) -> bool:
    con = sqlite3.connect(db, isolation_level=None)
    try:
        row = con.execute("SELECT id FROM transcripts WHERE guid=?", (guid,)).fetchone()
        if row is None:
            return False
        con.execute("PRAGMA secure_delete=ON")
        con.execute("BEGIN")
        segs = "SELECT id FROM segments WHERE transcript_id=:t"
        for stmt in (
            f"DELETE FROM memos WHERE target_type='segment' AND target_id IN ({segs})",
            f"DELETE FROM quotes WHERE segment_id IN ({segs})",
            "DELETE FROM segments WHERE transcript_id=:t",
            "DELETE FROM memos WHERE target_type='transcript' AND target_id=:t",
            "DELETE FROM lines WHERE transcript_id=:t",
            "DELETE FROM turns WHERE transcript_id=:t",
            "DELETE FROM transcripts WHERE id=:t",
        ):
            con.execute(stmt, {"t": row[0]})
        con.execute("COMMIT")
        con.execute("VACUUM")
        return True
    finally:
        con.close()
