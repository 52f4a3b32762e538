"""Making removed text physically gone from the files of a project (withdrawal, redaction).

SQLite keeps deleted rows in free pages and old page images in the WAL until they are reused, so a
DELETE or UPDATE alone leaves the removed text readable in ``project.db`` and ``project.db-wal``.
:func:`scrub_database` turns ``secure_delete`` on, rebuilds the file with VACUUM (its temp store is
in memory) and truncates the WAL with a checkpoint, after which no free page or old frame remains.

Backups in ``backups/`` are whole copies of the project from before a migration. What a withdrawn
informant owns is scrubbed out of each backup in place (same deletions, then VACUUM); a backup that
cannot be scrubbed is deleted. A backup that contains a redacted string is deleted, because
redacting inside an older schema with shifted offsets is not something we can do safely.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from coding.services.privacy_scan import word_pattern
from coding.store import Project


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


def scrub_backups_of_transcript(project_path: Path, transcript_guid: str) -> list[str]:
    """Remove one transcript (and what is anchored in it) from every backup that holds it."""
    report: list[str] = []
    for b in backups(project_path):
        try:
            if _scrub_transcript(b, transcript_guid):
                report.append(f"scrubbed {b.name}")
        except sqlite3.Error:
            b.unlink(missing_ok=True)
            report.append(f"deleted {b.name} (could not be scrubbed)")
    return report


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
