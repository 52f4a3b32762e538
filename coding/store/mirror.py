"""The local copy of a team project: what a client shows, read-only, when the server cannot be reached.

Each client keeps ``<cache slot>/offline.kondens/project.db``, an ordinary Kondens database (same
migrations) holding the server's rows but drafts. It is made in full the first time, then kept current
row by row from every commit of this client and every change arriving from the others (the ids in
:class:`~coding.changes.Changes`), and on open from the change log. It holds only what the server holds:
de-identified text, never the linking key. SQLite's ``secure_delete`` is on, so rows deleted on the
server (a withdrawal) are overwritten here too.

``<cache>/team/projects.json`` maps each team URL (without password) to its project id, so the copy
is found when the server is not there to say it.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from coding.changes import Changes
from coding.store import migrate
from coding.store.models import Base

log = logging.getLogger(__name__)

FOLDER = "offline.kondens"
DB = "project.db"
STATE = "offline.json"  # {"seq": last change-log entry applied, "at": when}
_SKIP = ("drafts",)


def index_file(cache_root: Path) -> Path:
    return cache_root / "team" / "projects.json"


def remember(cache_root: Path, location: str, project_id: str) -> None:
    f = index_file(cache_root)
    try:
        data = json.loads(f.read_text("utf-8")) if f.exists() else {}
    except (OSError, ValueError):
        data = {}
    if data.get(location) != project_id:
        data[location] = project_id
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = f.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), "utf-8")
        tmp.replace(f)


def project_id_for(cache_root: Path, location: str) -> str | None:
    try:
        value = json.loads(index_file(cache_root).read_text("utf-8")).get(location)
    except (OSError, ValueError):
        return None
    return value if isinstance(value, str) else None


def copies(cache_root: Path, project_id: str) -> list[Path]:
    """This project's offline copies (one per cache slot), the most recently brought up to date first."""
    base = cache_root / "team" / project_id
    found = [p / FOLDER for p in base.glob("client-*") if (p / FOLDER / STATE).is_file()]
    return sorted(found, key=lambda p: (p / STATE).stat().st_mtime, reverse=True)


def state_of(folder: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads((folder / STATE).read_text("utf-8"))
        return data
    except (OSError, ValueError):
        return {}


class Mirror:
    """Keeps one client's offline copy in step with the server (``project`` is a ServerProject)."""

    def __init__(self, project: Any, slot_folder: Path) -> None:
        self.project = project
        self.folder = slot_folder / FOLDER
        self._lock = threading.Lock()

    @property
    def db(self) -> Path:
        return self.folder / DB

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.db, timeout=30)
        con.execute("PRAGMA secure_delete=ON")
        con.execute("PRAGMA synchronous=OFF")  # a cache: a damaged copy is made again (see sync)
        con.execute("PRAGMA foreign_keys=OFF")  # a copy: rows arrive in any order
        return con

    def _write_state(self, seq: int) -> None:
        tmp = self.folder / (STATE + ".tmp")
        tmp.write_text(json.dumps({"seq": seq, "at": datetime.now(UTC).isoformat(timespec="seconds")}), "utf-8")
        tmp.replace(self.folder / STATE)

    def sync(self) -> None:
        """On open: bring the copy up to date from the change log, or make it in full."""
        with self._lock:
            seq = state_of(self.folder).get("seq")
            if isinstance(seq, int) and self.db.is_file() and migrate.current_revisions(self.db) == \
                    migrate.head_revisions():
                behind = self.project.changes_since(seq)
                if behind is not None:
                    self._apply(behind)
                    return
            self._full()

    def _full(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        seq = self.project.log_position() or 0  # before the copy: replaying later entries is harmless
        copy_to_sqlite(self.project, self.db)
        self._write_state(seq)

    def apply(self, changes: Changes) -> None:
        """After a commit (this client's or another's): copy the rows it touched."""
        try:
            with self._lock:
                if self.db.is_file():
                    self._apply(changes)
        except Exception:  # the copy is a convenience: never fail a write because of it
            log.exception("offline copy: update failed; it is made again at the next open")
            (self.folder / STATE).unlink(missing_ok=True)

    def _apply(self, changes: Changes) -> None:
        con = self._connect()
        try:
            with self.project.read() as s:
                for name, ids in changes.touched.items():
                    table = Base.metadata.tables.get(name)
                    if table is None or name in _SKIP or not ids:
                        continue
                    cols = [c.name for c in table.columns]
                    id_list = ",".join(str(int(i)) for i in ids)
                    rows = [tuple(r) for r in s.execute(text(
                        f"SELECT {','.join(chr(34) + c + chr(34) for c in cols)} FROM {name} WHERE id IN ({id_list})"))]
                    con.execute(f"DELETE FROM {name} WHERE id IN ({id_list})")
                    if rows:
                        con.executemany(f"INSERT INTO {name}({','.join(chr(34) + c + chr(34) for c in cols)}) "
                                        f"VALUES ({','.join('?' * len(cols))})", rows)
            con.commit()
        finally:
            con.close()
        if changes.seq:
            self._write_state(max(changes.seq, int(state_of(self.folder).get("seq") or 0)))


def copy_to_sqlite(project: Any, db: Path) -> None:
    """Every row of the team project ``project`` (autosaved drafts left out) into a new SQLite database
    ``db``: the offline copy, and what a review copy of a team project is made from."""
    _create_schema(db)
    con = sqlite3.connect(db, timeout=30)
    try:
        con.execute("PRAGMA secure_delete=ON")
        con.execute("PRAGMA foreign_keys=OFF")  # a copy: rows arrive in any order
        with project.read() as s:
            for table in Base.metadata.sorted_tables:
                if table.name in _SKIP:
                    continue
                cols = [c.name for c in table.columns]
                rows = [tuple(r) for r in s.execute(table.select())]
                con.execute(f"DELETE FROM {table.name}")
                if rows:
                    con.executemany(f"INSERT INTO {table.name}({','.join(chr(34) + c + chr(34) for c in cols)}) "
                                    f"VALUES ({','.join('?' * len(cols))})", rows)
        con.commit()
    finally:
        con.close()


def _create_schema(db: Path) -> None:
    """The schema of this Kondens, stamped with its revisions (faster than running every migration; the
    copy is only ever opened read-only by this same Kondens)."""
    from sqlalchemy import create_engine

    from coding.store.project import sqlite_url

    engine = create_engine(sqlite_url(db))
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
            for rev in sorted(migrate.head_revisions()):
                conn.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": rev})
    finally:
        engine.dispose()
