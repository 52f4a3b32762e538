"""A Kondens project: one folder ``NAME.kondens/`` holding ``project.db`` and what else it keeps.

Open/create, schema migration with a backup first, and transactions that capture undo data.
One ``Project`` object per open project; sessions are short-lived, one per operation.
Thread-safety: the engine may be used from several threads (each gets its own pooled connection);
writes should still be serialised by the caller (the UI uses one writer thread).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from coding.changes import Changes
from coding.errors import N_, KondensError, Message, os_reason
from coding.store import lock, migrate, undo
from coding.store.models import UNDOABLE_TABLES, Base

DB_NAME = "project.db"
SUFFIX = ".kondens"


class ProjectError(KondensError):
    """A user-facing problem with a project path (not a bug). The message is one line."""


@dataclass
class Transaction:
    """Handed to a service inside :meth:`Project.transaction`; ``changes`` is filled on commit."""

    session: Session
    label: str
    value: Any = None
    changes: Changes = field(default_factory=Changes)


CommitHook = Callable[["Project", Changes], None]


class Project:
    is_server = False  # a team project on PostgreSQL (:mod:`coding.store.server`) says True
    offline_of = ""  # the offline copy of a team project whose server could not be reached: its URL
    offline_since = ""  # when that copy was last brought up to date (ISO time, UTC)
    UNDO_LOG = "temp.undo_log"

    def __init__(self, path: Path, engine: Engine, readonly: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.readonly = readonly
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(kondens_write=True), expire_on_commit=False)
        self._hooks: list[CommitHook] = []
        self._held: list[Changes] | None = None  # commits whose hooks wait for the end of a batch
        self._close_hooks: list[Callable[[], None]] = []
        self._closed = False

    # ---- opening -------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(SUFFIX)

    @property
    def location(self) -> str:
        """What the user typed to open it: the folder here, a ``postgresql://`` URL (no password) on a server."""
        return str(self.path)

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Project:
        if is_server_location(path):
            from coding.store.server import ServerProject

            return ServerProject.create_on_server(str(path))
        p = Path(path)
        _check_name(p)
        if p.exists() and (not p.is_dir() or any(p.iterdir())):
            raise ProjectError(N_("{path}: already exists and is not an empty folder"), path=p)
        if not p.parent.exists():
            raise ProjectError(N_("{folder}: folder does not exist"), folder=p.parent)
        if not os.access(p.parent, os.W_OK):
            raise ProjectError(N_("{folder}: folder is not writable"), folder=p.parent)
        try:
            p.mkdir(exist_ok=True)
        except OSError as e:
            raise ProjectError(N_("{path}: cannot create the project folder ({reason})"),
                               path=p, reason=os_reason(e)) from None
        try:
            migrate.upgrade_to_head(p / DB_NAME)
            lock.acquire(p)
        except Exception:
            shutil.rmtree(p, ignore_errors=True)
            raise
        return cls._connect(p, readonly=False)

    @classmethod
    def open(cls, path: str | os.PathLike[str], readonly: bool = False) -> Project:
        if is_server_location(path):
            from coding.store.server import ServerProject

            return ServerProject.open_on_server(str(path), readonly=readonly)
        p = Path(path)
        if not p.exists():
            raise ProjectError(N_("{path}: path does not exist"), path=p)
        if p.is_dir() and not (p / DB_NAME).exists() and (p / "backups").is_dir():
            raise ProjectError(N_("{path}: {db_file} is missing; restore a backup with `kondens restore`"),
                               path=p, db_file=DB_NAME)
        if not p.is_dir() or not (p / DB_NAME).is_file():
            raise ProjectError(N_("{path}: not a Kondens project (no {db_file})"), path=p, db_file=DB_NAME)
        check_database(p / DB_NAME)
        check_schema(p / DB_NAME)
        if not readonly and not os.access(p, os.W_OK):
            raise ProjectError(N_("{path}: folder is not writable"), path=p)
        if readonly:
            return cls._connect(p, readonly=True)
        lock.acquire(p)
        try:
            for left in p.glob(".restore-*"):  # a copy (and its journal) that a killed restore left behind
                left.unlink(missing_ok=True)
            if migrate.needs_upgrade(p / DB_NAME):
                backup_file(p / DB_NAME, p / "backups", "pre-migration")
                migrate.upgrade_to_head(p / DB_NAME)
            return cls._connect(p, readonly=False)
        except BaseException:
            lock.release(p)
            raise

    @classmethod
    def _connect(cls, p: Path, readonly: bool) -> Project:
        db = p / DB_NAME
        engine = create_engine(sqlite_url(db, readonly), connect_args={"check_same_thread": False, "timeout": 30})
        tables = [Base.metadata.tables[n] for n in UNDOABLE_TABLES]

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy manage BEGIN itself so every write is one explicit transaction.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if not readonly:
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            undo.install(dbapi_conn, tables)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # Writers take the write lock up front so two writers never deadlock on upgrade.
            writing = conn.get_execution_options().get("kondens_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

        return cls(p, engine, readonly)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for hook in self._close_hooks:
            hook()
        self.engine.dispose()
        if not self.readonly:
            lock.release(self.path)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- sessions --------------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session. Callers turn rows into DTOs before it closes."""
        with self._sessions() as s:
            yield s
            s.rollback()

    @contextmanager
    def transaction(self, label: str) -> Iterator[Transaction]:
        """One user action = one SQLite transaction. Undo statements are collected before commit."""
        if self.readonly:
            raise ProjectError(N_("{path}: project is open read-only"), path=self.path)
        with self._write_sessions() as s:
            tx = Transaction(session=s, label=label)
            try:
                s.execute(text(f"DELETE FROM {self.UNDO_LOG}"))
                yield tx
                s.flush()
                tx.changes = self._before_commit(s, self._collect(s, label).with_value(tx.value))
                s.commit()
            except BaseException as e:
                s.rollback()
                self._translate_error(e, label)
                raise
        self._run_hooks(tx.changes)

    def claim_first(self, s: Session, key: str, label: str, exists_sql: str, params: dict[str, object]) -> None:
        """Before a write creates the *first* row of its kind for an item (e.g. the memo of a code): make
        sure no other writer has just created it. SQLite has one writer at a time, so nothing to do here;
        a team project (:mod:`coding.store.server`) takes a lock and looks past its snapshot."""

    def _before_commit(self, s: Session, changes: Changes) -> Changes:
        """Last step inside a write transaction (a server project writes its change log here)."""
        return changes

    def _translate_error(self, e: BaseException, label: str) -> None:
        """Raise a user-facing error for a failed write that is the user's situation, not a bug."""

    def _collect(self, s: Session, label: str) -> Changes:
        rows = s.execute(text(f"SELECT tbl, rid, stmt FROM {self.UNDO_LOG} ORDER BY seq")).all()
        s.execute(text(f"DELETE FROM {self.UNDO_LOG}"))
        touched: dict[str, set[int]] = {}
        for tbl, rid, _ in rows:
            touched.setdefault(tbl, set()).add(rid)
        return Changes(
            label=label,
            touched={k: frozenset(v) for k, v in touched.items()},
            undo_sql=tuple(stmt for _, _, stmt in reversed(rows)),
        )

    def revert(self, changes: Changes, label: str | None = None) -> Changes:
        """Apply ``changes.undo_sql`` in one transaction; the result's ``undo_sql`` redoes it."""
        with self.transaction(label or f"Undo {changes.label}") as tx:
            conn = tx.session.connection()
            self._before_revert(tx.session, changes)
            for stmt in changes.undo_sql:
                conn.exec_driver_sql(stmt)
        return tx.changes

    def _before_revert(self, s: Session, changes: Changes) -> None:
        s.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    def schema_revision(self) -> str | None:
        """The schema revision(s) as one string ("0003_supervision", or "a+b" on several heads)."""
        return migrate.current_revision(self.db_path)

    # ---- other writers (team projects) ----------------------------------------------------------
    def log_position(self) -> int | None:
        """The newest entry of the server's change log; None for a project that has none (SQLite)."""
        return None

    def changes_since(self, seq: int) -> Changes | None:
        """Everything the change log holds after ``seq``, merged; None without a change log."""
        return None

    def add_remote_hook(self, hook: Callable[[Changes], None]) -> None:
        """Call ``hook(changes)`` (on a background thread) for every change another client commits.
        A project on one computer has no other writers, so the hook never runs."""

    # ---- hooks -------------------------------------------------------------------------------------
    def add_commit_hook(self, hook: CommitHook) -> None:
        """Run ``hook(project, changes)`` after every committed transaction (e.g. the search index)."""
        self._hooks.append(hook)

    def add_close_hook(self, hook: Callable[[], None]) -> None:
        """Run ``hook()`` when the project is closed, before its database connections go."""
        self._close_hooks.append(hook)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run commit hooks once, with the merged changes, when the outermost batch ends.

        For batch imports: the search index is updated once instead of after every file. A crash in
        between leaves the index behind the database, which its fingerprint check repairs on open.
        """
        outer = self._held is None
        if outer:
            self._held = []
        try:
            yield
        finally:
            if outer:
                held, self._held = self._held or [], None
                if held:
                    self._run_hooks(Changes.merge(held))

    def _run_hooks(self, changes: Changes) -> None:
        if not changes.touched:
            return
        if self._held is not None:
            self._held.append(changes)
            return
        for hook in list(self._hooks):
            hook(self, changes)


SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_location(location: object) -> bool:
    """True for a ``postgresql://`` URL: a team project on a server instead of a ``.kondens`` folder."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


def secure_delete(s: Session) -> None:
    """Ask SQLite to overwrite deleted content. PostgreSQL has no such switch: a server's own VACUUM and
    its administrators' backup policy decide when deleted rows are gone (see README, team projects)."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete=ON")


SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_NAME_BYTES = 240  # most file systems allow 255 bytes per name; keep room for temp suffixes


def sqlite_uri(db: Path, readonly: bool = True) -> str:
    """A ``file:`` URI for :func:`sqlite3.connect` (``uri=True``) with every special character escaped.

    Paths are never pasted into URIs as they are: ``#``, ``?`` and ``%`` would cut or change them.
    """
    uri = Path(os.path.abspath(db)).as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://"):]  # a Windows UNC path: SQLite wants an empty authority
    return uri + ("?mode=ro" if readonly else "")


def sqlite_url(db: Path, readonly: bool = False) -> URL:
    """The SQLAlchemy URL of ``db``, built from parts (never by pasting the path into a string)."""
    if readonly:
        return URL.create("sqlite", database=sqlite_uri(db, readonly=True), query={"uri": "true"})
    return URL.create("sqlite", database=os.path.abspath(db))


def connect_readonly(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(db), uri=True)


def copy_database(src_path: Path, dst_path: Path) -> None:
    """Copy ``src_path`` into a new self-contained file (no -wal beside it) with SQLite's backup API."""
    src = connect_readonly(src_path)
    try:
        dst = sqlite3.connect(dst_path)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _check_name(p: Path) -> None:
    for part in (p.name, *(x for x in p.parts[-3:-1])):
        if len(os.fsencode(part)) > MAX_NAME_BYTES:
            raise ProjectError(N_("{part}…: name is too long ({n} bytes; at most {limit})"),
                               part=part[:40], n=len(os.fsencode(part)), limit=MAX_NAME_BYTES)


def problem(db: Path, deep: bool = True) -> Message | None:
    """Why ``db`` is not a usable Kondens database, or None. Opens it read-only and changes nothing.

    ``deep`` runs SQLite's quick_check over every page; without it only the header, the schema and
    the tables Kondens needs are read (cheap enough for every backup on every open).
    """
    try:
        with open(db, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        return Message(N_("cannot be read ({reason})"), reason=os_reason(e))
    if not head:
        return Message(N_("is empty (0 bytes)"))
    if head != SQLITE_MAGIC:
        return Message(N_("is corrupt (not an SQLite database)"))
    try:
        con = connect_readonly(db)
        try:
            if deep:
                ok = con.execute("PRAGMA quick_check").fetchone()
                if not ok or ok[0] != "ok":
                    return Message(N_("is corrupt (integrity check failed)"))
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "transcripts", "settings"} <= names:
                return Message(N_("is not a Kondens database"))
            con.execute("SELECT count(*) FROM transcripts").fetchone()
            revs = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return Message(N_("is corrupt ({error})"), error=e)
    if not revs:
        return Message(N_("is not a Kondens database (no schema version)"))
    return None


def check_database(db: Path) -> None:
    """Raise ProjectError if ``db`` is not a readable Kondens database. Opens it read-only."""
    why = problem(db)
    if why is not None:
        if (db.parent / "backups").is_dir():
            raise ProjectError(N_("{db}: project.db {why}; restore a backup with `kondens restore`"), db=db, why=why)
        raise ProjectError(N_("{db}: project.db {why}"), db=db, why=why)


def check_schema(db: Path) -> None:
    """Refuse a database whose schema this Kondens does not know (made by a newer version)."""
    unknown = migrate.unknown_revisions(db)
    if unknown:
        raise ProjectError(N_("{folder}: made by a newer Kondens (schema {choices}); update Kondens to open it"),
                           folder=db.parent, choices='+'.join(sorted(unknown)))


class BackupFailed(ProjectError):
    """A backup could not be written (disk full, read-only folder); nothing half-written is left."""


def backup_file(db: Path, folder: Path, tag: str) -> Path:
    """Copy a database with SQLite's online backup API into ``folder`` (never a raw file copy).

    The copy is written under a temporary name, checked page by page, and only then given its
    ``project-*.db`` name, so a failed or partial backup never counts as one.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"project-{stamp}-{tag}.db"
    tmp = folder / f".partial-{stamp}-{tag}.db"
    try:
        folder.mkdir(exist_ok=True)
        copy_database(db, tmp)
        why = problem(tmp)
        if why is not None:
            raise BackupFailed(N_("{name}: the backup {why}"), name=target.name, why=why)
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as e:
        _discard(tmp)
        reason = os_reason(e) if isinstance(e, OSError) else str(e)
        raise BackupFailed(N_("{folder}: could not write a backup ({reason})"), folder=folder, reason=reason) from None
    except BaseException:
        _discard(tmp)
        raise
    return target


def _discard(p: Path) -> None:
    try:
        p.unlink(missing_ok=True)
    except OSError:
        pass
