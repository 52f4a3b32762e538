"""Rotating backups of ``project.db`` inside the project folder (``backups/``).

Taken with SQLite's online backup API (a consistent copy even of a live WAL database), never by
copying the file. Backups live inside the project and so follow its privacy rules: withdrawal
scrubs them.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from coding.errors import N_, KondensError, Message, os_reason
from coding.store import migrate
from coding.store.models import Setting
from coding.store.project import (
    DB_NAME,
    Project,
    ProjectError,
    backup_file,
    connect_readonly,
    copy_database,
    problem,
)

DEFAULT_KEEP = 10
PENDING_SCRUB = "pending_scrub"  # settings key: scrubbing that a crash interrupted (coding.services.scrub)
_NAME = re.compile(r"^project-(\d{8}-\d{6})-(\d+)-([a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    reason: str
    transcripts: int
    codes: int
    segments: int
    problem: Message | None = None  # why the backup cannot be restored; None if it can

    @property
    def valid(self) -> bool:
        return self.problem is None


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
    """Copy the live database into ``backups/`` and drop the oldest valid ones beyond ``keep``.

    The copy is validated before it counts (see :func:`backup_file`); a failed backup raises
    :class:`BackupFailed` and leaves every existing backup in place.
    """
    target = backup_file(project.db_path, backups_dir(project.path), reason)
    rotate(project.path, keep if keep is not None else keep_setting(project))
    return target


def _stamp(p: Path) -> tuple[str, int]:
    m = _NAME.match(p.name)
    return (m.group(1), int(m.group(2))) if m else ("", 0)


def rotate(project_path: Path, keep: int) -> None:
    """Keep the ``keep`` newest backups that can be restored.

    Validity comes first, then age: a backup that cannot be restored (empty, damaged, not a Kondens
    database, left over from a failed write) never counts towards ``keep`` and is removed, so it can
    never push a good one out.
    """
    folder = backups_dir(project_path)
    for partial in folder.glob(".partial-*"):
        partial.unlink(missing_ok=True)  # a backup interrupted by a crash or a full disk
    files = sorted((p for p in folder.glob("project-*.db") if _NAME.match(p.name)), key=_stamp, reverse=True)
    valid = [p for p in files if problem(p, deep=False) is None]
    for p in files:
        if p not in valid:
            p.unlink(missing_ok=True)
    for old in valid[max(1, keep):]:
        old.unlink(missing_ok=True)


def list_backups(project_path: Path) -> list[BackupInfo]:
    """Newest first, with counts read from each backup (opened read-only). Never opens project.db."""
    out = []
    folder = backups_dir(project_path)
    for p in sorted(folder.glob("project-*.db"), key=_stamp, reverse=True):
        m = _NAME.match(p.name)
        if not m:
            continue
        counts = [-1, -1, -1]
        why = problem(p, deep=False)
        if why is None:
            try:
                con = connect_readonly(p)
                try:
                    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                              for t in ("transcripts", "codes", "segments")]
                finally:
                    con.close()
            except sqlite3.DatabaseError as e:
                why = Message(N_("is corrupt ({error})"), error=e)
        out.append(BackupInfo(p, datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(3), counts[0], counts[1],
                              counts[2], why))
    return out


def resolve_backup(project_path: Path, name: str) -> Path:
    p = Path(name)
    if not p.is_absolute() and not p.exists():
        p = backups_dir(project_path) / name
    if not p.is_file():
        raise KondensError(N_("{name}: no such backup in {backups_dir}"),
                           name=name, backups_dir=backups_dir(project_path))
    return p


def check_project_folder(project_path: Path) -> None:
    """A project folder, judged without opening its database (which may be the damaged part)."""
    if not project_path.exists():
        raise ProjectError(N_("{path}: path does not exist"), path=project_path)
    if not project_path.is_dir() or not ((project_path / DB_NAME).exists() or backups_dir(project_path).is_dir()):
        raise ProjectError(N_("{path}: not a Kondens project (no {db_file})"), path=project_path, db_file=DB_NAME)


def restore_backup(project_path: Path, backup: Path) -> Path | None:
    """Replace the project's database by ``backup``; the current state is kept first.

    Works whatever state ``project.db`` is in (corrupt, empty, missing): the backup is checked page
    by page and for the Kondens schema before anything changes, copied next to ``project.db`` and
    renamed over it, so a crash leaves either the old or the new database. A readable current
    database is backed up as ``pre-restore``; a damaged one is moved to ``backups/damaged-*.db``
    (still scrubbed on withdrawal). Returns what the current state was saved as (None if there
    was no database). The caller holds the lock (nobody else may write meanwhile).
    """
    why = problem(backup)
    if why is not None:
        raise KondensError(N_("{name}: cannot restore, the file {why}"), name=backup.name, why=why)
    if migrate.unknown_revisions(backup):
        raise KondensError(N_("{name}: cannot restore, it was made by a newer Kondens; update Kondens"),
                           name=backup.name)
    db = project_path / DB_NAME
    folder = backups_dir(project_path)
    for left in project_path.glob(".restore-*"):  # what an earlier, killed restore left behind
        left.unlink(missing_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    tmp = project_path / f".restore-{stamp}.db"
    try:
        copy_database(backup, tmp)
        if problem(tmp) is not None:
            raise KondensError(N_("{name}: cannot restore, the copy failed its check"), name=backup.name)
        _carry_pending(db, tmp)
    except (sqlite3.Error, OSError) as e:
        tmp.unlink(missing_ok=True)
        raise KondensError(N_("{path}: cannot restore ({reason})"),
                           path=project_path, reason=os_reason(e) if isinstance(e, OSError) else str(e)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    safety: Path | None = None
    try:
        if db.exists():
            if problem(db) is None:
                _checkpoint(db)
                safety = backup_file(db, folder, "pre-restore")
            else:
                folder.mkdir(exist_ok=True)
                safety = folder / f"damaged-{stamp}.db"
                os.replace(db, safety)
        for side in ("-wal", "-shm", "-journal"):
            (project_path / f"{DB_NAME}{side}").unlink(missing_ok=True)
        os.replace(tmp, db)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KondensError(N_("{path}: cannot restore ({reason})"), path=project_path, reason=os_reason(e)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return safety


def _carry_pending(db: Path, restored: Path) -> None:
    """Pending scrubbing of the current database goes with the restored one (it may hold the data)."""
    if not db.exists() or problem(db, deep=False) is not None:
        return
    con = connect_readonly(db)
    try:
        row = con.execute("SELECT value FROM settings WHERE key=?", (PENDING_SCRUB,)).fetchone()
    finally:
        con.close()
    if not row or not row[0]:
        return
    out = sqlite3.connect(restored)
    try:
        old = out.execute("SELECT value FROM settings WHERE key=?", (PENDING_SCRUB,)).fetchone()
        tasks = json.loads(row[0]) + (json.loads(old[0]) if old and old[0] else [])
        out.execute("DELETE FROM settings WHERE key=?", (PENDING_SCRUB,))
        out.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (PENDING_SCRUB, json.dumps(tasks)))
        out.commit()
    finally:
        out.close()


def _checkpoint(db: Path) -> None:
    """Fold the WAL into ``db`` so that removing the WAL file loses nothing."""
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
