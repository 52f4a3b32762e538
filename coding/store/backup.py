"""Rotating backups of ``project.db`` inside the project folder (``backups/``).

Taken with SQLite's online backup API (a consistent copy even of a live WAL database), never by
copying the file. Backups live inside the project and so follow its privacy rules: withdrawal
scrubs them.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from coding.errors import KondensError
from coding.store.models import Setting
from coding.store.project import DB_NAME, Project, ProjectError, backup_file, check_database

DEFAULT_KEEP = 10
_NAME = re.compile(r"^project-(\d{8}-\d{6})-\d+-([a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    reason: str
    transcripts: int
    codes: int
    segments: int


def backups_dir(project_path: Path) -> Path:
    return project_path / "backups"


def keep_setting(project: Project) -> int:
    with project.read() as s:
        v = s.scalar(select(Setting.value).where(Setting.key == "backups_keep"))
    try:
        return max(1, int(v)) if v else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def take_backup(project: Project, reason: str = "open", keep: int | None = None) -> Path:
    """Copy the live database into ``backups/`` and drop the oldest beyond ``keep``."""
    target = backup_file(project.db_path, backups_dir(project.path), reason)
    rotate(project.path, keep if keep is not None else keep_setting(project))
    return target


def rotate(project_path: Path, keep: int) -> None:
    files = sorted(p for p in backups_dir(project_path).glob("project-*.db") if _NAME.match(p.name))
    for old in files[: max(0, len(files) - keep)]:
        old.unlink(missing_ok=True)


def list_backups(project_path: Path) -> list[BackupInfo]:
    """Newest first, with counts read from each backup (opened read-only)."""
    out = []
    for p in sorted(backups_dir(project_path).glob("project-*.db"), reverse=True):
        m = _NAME.match(p.name)
        if not m:
            continue
        counts = [-1, -1, -1]
        try:
            con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
            try:
                counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                          for t in ("transcripts", "codes", "segments")]
            finally:
                con.close()
        except sqlite3.DatabaseError:
            pass  # listed with -1 counts: unreadable backups are shown, not hidden
        out.append(BackupInfo(p, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2), *counts))
    return out


def resolve_backup(project_path: Path, name: str) -> Path:
    p = Path(name)
    if not p.is_absolute() and not p.exists():
        p = backups_dir(project_path) / name
    if not p.is_file():
        raise KondensError(f"{name}: no such backup in {backups_dir(project_path)}")
    return p


def restore_backup(project_path: Path, backup: Path) -> Path:
    """Replace the project's database by ``backup``; the current state is backed up first.

    The project must not be open elsewhere (the caller holds the lock). Returns the safety backup.
    """
    try:
        check_database(backup)
    except ProjectError as e:
        raise KondensError(f"{backup}: cannot restore, the backup is damaged ({e})") from None
    db = project_path / DB_NAME
    safety = backup_file(db, backups_dir(project_path), "pre-restore")
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(db)
    try:
        src.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
        src.close()
    return safety
