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
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.services.privacy_scan import word_pattern
from coding.store import Project
from coding.store.backup import PENDING_SCRUB
from coding.store.models import Setting


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
    """VACUUM with secure_delete and truncate the WAL. Must run outside any transaction."""
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


def backups(project_path: Path) -> list[Path]:
    folder = project_path / "backups"
    return sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []


def scrub_backups_of_informant(project_path: Path, informant_guid: str) -> list[str]:
    """Remove an informant from every backup that holds them. Returns what was done, one line each."""
    report: list[str] = []
    for b in backups(project_path):
        try:
            if _scrub_informant(b, informant_guid):
                report.append(f"scrubbed {b.name}")
        except sqlite3.Error:
            b.unlink(missing_ok=True)
            report.append(f"deleted {b.name} (could not be scrubbed)")
    return report


def _scrub_informant(db: Path, guid: str) -> bool:
    con = sqlite3.connect(db, isolation_level=None)
    try:
        row = con.execute("SELECT id FROM informants WHERE guid=?", (guid,)).fetchone()
        if row is None:
            return False
        inf = row[0]
        con.execute("PRAGMA secure_delete=ON")
        con.execute("BEGIN")
        tids = "SELECT id FROM transcripts WHERE informant_id=:i"
        segs = f"SELECT id FROM segments WHERE transcript_id IN ({tids})"
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
        con.execute("COMMIT")
        con.execute("VACUUM")
        return True
    finally:
        con.close()


def delete_backups_containing(project_path: Path, surface: str) -> list[str]:
    """Delete every backup whose bytes contain ``surface`` as a whole word (see module doc)."""
    pat = word_pattern(surface)
    report: list[str] = []
    for b in backups(project_path):
        data = b.read_bytes()
        if pat.search(data.decode("utf-8", errors="ignore")):
            b.unlink()
            report.append(f"deleted {b.name} (contained the redacted text)")
    return report
