"""Team projects: one project in a PostgreSQL database, several Kondens clients writing at once.

The same ORM models and the same Alembic migrations as a ``.kondens`` folder; only the engine differs.

* **Where**: a ``postgresql://host/dbname`` URL (or ``postgresql:///?service=NAME``). Passwords never go
  into the URL nor the project: libpq reads them from a service file (``PGSERVICEFILE``), the password
  file (``PGPASSFILE`` / ``~/.pgpass``) or ``PGPASSWORD``. A URL with a password is refused.
* **Undo**: the same inverse statements as on SQLite (:mod:`coding.store.undo`), written by ordinary
  row triggers into a TEMP table of the writing session. The triggers do nothing for a session without
  that table (``psql``, ``pg_dump``, other tools), and the TEMP table lives and dies with the session, so
  undo data (which may hold redacted text) never lands in a server table.
* **Several writers**: every write runs in REPEATABLE READ, so two coders changing the *same* row at once
  cannot both win silently: the second one is refused with a message; rows added at once (two segments)
  both survive. Every commit adds one row to ``change_log`` (ids only, never text) and a ``NOTIFY``;
  each client's :class:`_Feed` thread listens (and polls the log as a fallback) and hands other clients'
  changes to the search index and to the views as ordinary :class:`~coding.changes.Changes`.
* **Local cache**: the search index of a team project lives in the user's cache folder, keyed by the
  project id (``<cache>/Kondens/team/<project id>/client-N``), and catches up from the change log.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coding.changes import Changes
from coding.errors import N_, Message
from coding.store import migrate
from coding.store.models import UNDOABLE_TABLES, Base, Setting
from coding.store.project import Project, ProjectError

log = logging.getLogger(__name__)

CHANNEL = "kondens_changes"
LOG_LOCK = 0x6B6F6E64  # "kond": the advisory lock that orders change-log entries as their commits
LISTEN_TIMEOUT = 0.2  # seconds between checks of the stop flag while waiting for NOTIFY
POLL_EVERY = 1.0  # poll the change log this often even when no NOTIFY came (the fallback)
POLL_OFFLINE = 0.25  # without a LISTEN connection: poll this often (changes still arrive within 1 s)
PROJECT_ID = "project_id"


# ---- locations ----------------------------------------------------------------------------------------
def server_url(location: str) -> URL:
    """The SQLAlchemy URL (psycopg 3) of a ``postgresql://`` location; refuses passwords in it."""
    try:
        url = make_url(location)
    except Exception:
        raise ProjectError(N_('{location}: not a PostgreSQL URL (postgresql://host/dbname)'),
                           location=location) from None
    if url.password:
        raise ProjectError(N_('{url}: do not put the password in the URL; keep it in ~/.pgpass (or PGPASSFILE), a '
                              'libpq service file (PGSERVICEFILE) or PGPASSWORD'), url=display_url(url))
    if not url.database and "service" not in url.query:
        raise ProjectError(N_('{location}: the URL names no database (postgresql://host/dbname)'), location=location)
    return url.set(drivername="postgresql+psycopg")


def display_url(url: URL) -> str:
    """The URL as the user sees it: ``postgresql://`` and never a password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True).replace(":***@", "@")


def cache_root() -> Path:
    env = os.environ.get("KONDENS_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_path

    return user_cache_path("Kondens", appauthor=False)


class _Slot:
    """One client's cache folder under ``<cache>/team/<project id>/``: the first one no other open
    client holds (two windows on one computer must not share a search index)."""

    def __init__(self, project_id: str) -> None:
        base = cache_root() / "team" / project_id
        base.mkdir(parents=True, exist_ok=True)
        self._file: IO[bytes] | None = None
        for n in range(64):
            folder = base / f"client-{n}"
            folder.mkdir(exist_ok=True)
            f = open(folder / "slot.lock", "a+b")  # noqa: SIM115 (held open while the project is)
            if _try_lock(f):
                self.folder, self._file = folder, f
                return
            f.close()
        raise ProjectError(N_('{base}: too many Kondens windows have this team project open'), base=base)

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None


def _try_lock(f: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


# ---- undo triggers -----------------------------------------------------------------------------------
def _trigger_sql(name: str, cols: list[str]) -> list[str]:
    set_expr = " || ',' || ".join(f"'\"{c}\"=' || quote_nullable(OLD.\"{c}\")" for c in cols)
    values = " || ',' || ".join(f"quote_nullable(OLD.\"{c}\")" for c in cols)
    col_list = ",".join(f'"{c}"' for c in cols)
    log_row = "INSERT INTO pg_temp.undo_log(tbl, rid, stmt) VALUES"
    return [
        f"""CREATE OR REPLACE FUNCTION kondens_undo_{name}() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF to_regclass('pg_temp.undo_log') IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    {log_row} ('{name}', NEW.id, 'DELETE FROM {name} WHERE id=' || NEW.id);
  ELSIF TG_OP = 'UPDATE' THEN
    {log_row} ('{name}', OLD.id, 'UPDATE {name} SET ' || {set_expr} || ' WHERE id=' || OLD.id);
  ELSE
    {log_row} ('{name}', OLD.id, 'INSERT INTO {name}(id,{col_list}) VALUES(' || OLD.id || ',' || {values} || ')');
  END IF;
  RETURN NULL;
END $f$""",
        f"CREATE OR REPLACE TRIGGER kondens_undo AFTER INSERT OR UPDATE OR DELETE ON {name} "
        f"FOR EACH ROW EXECUTE FUNCTION kondens_undo_{name}()",
    ]


_FOREIGN_KEYS = ("SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c JOIN pg_namespace n ON "
                 "n.oid = c.connamespace WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()")


def install_triggers(conn: Any) -> None:
    """(Re)create the undo triggers from the models of this Kondens (after every migration), and make
    foreign keys deferrable: an undo re-inserts rows in the reverse order of their deletion, so a child may
    come back a statement before its parent (SQLite's ``defer_foreign_keys`` does the same)."""
    for table_name, constraint in conn.execute(text(_FOREIGN_KEYS)).all():
        conn.execute(text(f'ALTER TABLE {table_name} ALTER CONSTRAINT "{constraint}" DEFERRABLE INITIALLY IMMEDIATE'))
    for name in UNDOABLE_TABLES:
        table = Base.metadata.tables[name]
        for stmt in _trigger_sql(name, [c.name for c in table.columns if c.name != "id"]):
            conn.execute(text(stmt))


UNDO_LOG_DDL = ("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq bigserial PRIMARY KEY, tbl text, rid bigint, "
                "stmt text) ON COMMIT DELETE ROWS")


# ---- the project -------------------------------------------------------------------------------------
class ServerProject(Project):
    """A project in a PostgreSQL database. ``path`` is this client's cache folder (search index)."""

    is_server = True
    UNDO_LOG = "pg_temp.undo_log"

    def __init__(self, url: URL, engine: Engine, slot: _Slot, project_id: str, readonly: bool = False) -> None:
        super().__init__(slot.folder, engine, readonly)
        self.url = url
        self.project_id = project_id
        self.client_id = uuid.uuid4().hex
        self.coder = ""  # the coder name this client works under (set by the front end)
        self._slot = slot
        self._remote_hooks: list[Callable[[Changes], None]] = []
        self._write_sessions.configure(bind=engine.execution_options(kondens_write=True,
                                                                     isolation_level="REPEATABLE READ"))
        self._feed: _Feed | None = None
        self.role = ""  # "owner", "coder" or "reviewer" (coding.store.roles), read at open

    def _read_role(self) -> None:
        from coding.store.roles import role_of

        with self.engine.connect() as conn:
            self.role = role_of(conn)

    @property
    def name(self) -> str:
        return self.url.database or str(self.url.query.get("service", "team project"))

    @property
    def location(self) -> str:
        return display_url(self.url)

    @property
    def db_path(self) -> Path:
        raise ProjectError(N_('{location}: a team project has no project.db file (it lives on the server)'),
                           location=self.location)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            revs = migrate.server_revisions(conn)
        return "+".join(sorted(revs)) if revs else None

    # ---- opening -----------------------------------------------------------------------------------
    @classmethod
    def create_on_server(cls, location: str) -> ServerProject:
        url = server_url(location)
        engine = _engine(url, readonly=False)
        try:
            with engine.begin() as conn:
                if migrate.server_revisions(conn) or _has_tables(conn):
                    raise ProjectError(N_('{url}: the database is not empty; create a new one (createdb) for each '
                                          'team project'), url=display_url(url))
                migrate.upgrade_connection(conn)
                install_triggers(conn)
                conn.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                             {"k": PROJECT_ID, "v": uuid.uuid4().hex})
        finally:
            engine.dispose()
        return cls.open_on_server(location)

    @classmethod
    def open_on_server(cls, location: str, readonly: bool = False) -> ServerProject:
        url = server_url(location)
        engine = _engine(url, readonly=False)
        try:
            with engine.begin() as conn:
                revs = migrate.server_revisions(conn)
                if not revs:
                    raise ProjectError(N_('{url}: not a Kondens team project (create one with `kondens new URL` or '
                                          '`kondens publish PROJECT.kondens URL`)'), url=display_url(url))
                unknown = revs - migrate.known_revisions()
                if unknown:
                    raise ProjectError(N_('{url}: made by a newer Kondens (schema {schemas}); update Kondens to '
                                          'open it'),
                                       url=display_url(url), schemas="+".join(sorted(unknown)))
                if revs != migrate.head_revisions():
                    if readonly:
                        raise ProjectError(N_('{url}: the schema is older than this Kondens; open it once for '
                                              'writing to upgrade it'), url=display_url(url))
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOG_LOCK + 1})
                    if migrate.server_revisions(conn) != migrate.head_revisions():
                        migrate.upgrade_connection(conn)
                    install_triggers(conn)
                pid = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": PROJECT_ID}).scalar()
        except OperationalError as e:
            engine.dispose()
            offline = _offline_copy(url)
            if offline is not None:
                log.warning("team project %s unreachable (%s): opening the offline copy", display_url(url),
                            _first_line(e))
                return offline  # type: ignore[return-value]
            raise ProjectError(N_('{url}: cannot reach the server ({reason})'),
                               url=display_url(url), reason=_first_line(e)) from None
        except BaseException:
            engine.dispose()
            raise
        engine.dispose()
        if not pid:
            raise ProjectError(N_('{url}: the project has no id (settings.project_id)'), url=display_url(url))
        slot = _Slot(str(pid))
        try:
            project = cls(url, _engine(url, readonly), slot, str(pid), readonly)
            project._read_role()
            project._start_mirror()
            project._start_feed()
        except BaseException:
            slot.release()
            raise
        return project

    def close(self) -> None:
        if self._closed:
            return
        if self._feed is not None:
            self._feed.stop()
        try:
            super().close()
        finally:
            self._slot.release()

    # ---- writing ---------------------------------------------------------------------------------------
    def _before_commit(self, s: Session, changes: Changes) -> Changes:
        if not changes.touched:
            return changes
        # Commits take this lock last and hold it to the end, so change-log order is commit order and a
        # reader that saw entry N has seen everything before it.
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOG_LOCK})
        touched = {t: sorted(ids) for t, ids in changes.touched.items()}
        seq = s.execute(text("INSERT INTO change_log(client, coder, label, touched) VALUES (:c, :o, :l, :t) "
                             "RETURNING seq"),
                        {"c": self.client_id, "o": self.coder, "l": changes.label[:200],
                         "t": json.dumps(touched)}).scalar_one()
        s.execute(text("SELECT pg_notify(:ch, :p)"), {"ch": CHANNEL, "p": str(seq)})
        return replace(changes, seq=int(seq))

    def claim_first(self, s: Session, key: str, label: str, exists_sql: str, params: dict[str, object]) -> None:
        """Two coders creating the first memo of one item at the same moment would both insert (REPEATABLE
        READ cannot see the other's uncommitted row). The second waits for the first on a transaction
        lock keyed by the item, then looks at what is committed now (outside its snapshot): if the row
        exists, its write is refused with a clear message and the first coder's row is kept."""
        s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if conn.execute(text(exists_sql), params).first() is not None:
                raise ConflictError(N_("“{label}” was not saved: another coder has just written it. Their text is "
                                       "kept and your view now shows it; add yours to it if it still applies."),
                                    label=label)

    def _translate_error(self, e: BaseException, label: str) -> None:
        orig = getattr(e, "orig", None)
        state = getattr(orig, "sqlstate", None) or ""
        if isinstance(e, StaleDataError) or state in ("40001", "40P01"):
            raise ConflictError(N_('“{label}” was not saved: another coder changed the same item at the same '
                                   'moment. Their change is kept and your view now shows it; try again if it still '
                                   'applies.'),
                                label=label) from None
        if state == "42501":
            role = self.role or "no role"
            raise ProjectError(N_("“{label}” was not saved: your role on this team project ({role}) does not allow "
                                  "it; the project's owner can change roles (kondens role)"),
                               label=label, role=role) from None
        if isinstance(e, IntegrityError) and state == "23503":
            raise ConflictError(N_('“{label}” was not saved: it refers to something another coder has just removed '
                                   'or merged. Your view now shows their change.'), label=label) from None
        if isinstance(e, OperationalError | DBAPIError) and getattr(e, "connection_invalidated", False):
            raise ProjectError(N_('“{label}” was not saved: the server ({location}) cannot be reached ({reason})'),
                               label=label, location=self.location, reason=_first_line(e)) from None

    def _before_revert(self, s: Session, changes: Changes) -> None:
        """Undo only your own work: refuse when another client changed the same rows since."""
        s.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        if not changes.seq:
            return
        rows = s.execute(text("SELECT coder, label, touched FROM change_log WHERE seq > :seq AND client <> :me "
                              "ORDER BY seq"), {"seq": changes.seq, "me": self.client_id}).all()
        for coder, other_label, touched in rows:
            theirs = json.loads(touched)
            for table, ids in changes.touched.items():
                if ids & set(theirs.get(table, ())):
                    who = coder or Message(N_("another coder"))
                    raise ConflictError(N_('Cannot undo “{label}”: {who} has since changed the same items '
                                           '(“{other_label}”). Their work is kept.'),
                                        label=changes.label, who=who, other_label=other_label)

    # ---- other writers ---------------------------------------------------------------------------------
    def log_position(self) -> int | None:
        with self.read() as s:
            return int(s.execute(text("SELECT coalesce(max(seq), 0) FROM change_log")).scalar_one())

    def changes_since(self, seq: int) -> Changes | None:
        with self.read() as s:
            rows = s.execute(text("SELECT seq, touched FROM change_log WHERE seq > :s ORDER BY seq"),
                             {"s": seq}).all()
        return Changes.merge([_changes(int(q), "", "catch up", t) for q, t in rows], "catch up")

    def add_remote_hook(self, hook: Callable[[Changes], None]) -> None:
        self._remote_hooks.append(hook)

    def _start_mirror(self) -> None:
        from coding.store.mirror import Mirror, remember

        remember(cache_root(), self.location, self.project_id)
        if os.environ.get("KONDENS_OFFLINE_COPY", "1") == "0":
            return
        mirror = Mirror(self, self._slot.folder)
        mirror.sync()
        self.add_commit_hook(lambda _p, ch: mirror.apply(ch))

    def _start_feed(self) -> None:
        self._feed = _Feed(self, self.log_position() or 0)
        self._feed.start()

    def _remote(self, batch: list[Changes]) -> None:
        """Other clients' commits, oldest first: each goes to the views at once, then the search index and
        the offline copy catch up with all of them in one go."""
        for changes in batch:
            for remote in list(self._remote_hooks):  # the views first: they only queue a refresh
                remote(changes)
        merged = Changes.merge(batch)
        for hook in list(self._hooks):
            try:
                hook(self, merged)
            except Exception:
                log.exception("a commit hook failed on changes from other clients")


def _offline_copy(url: URL) -> Project | None:
    """The newest offline copy of the team project at ``url``, opened read-only, or None."""
    from coding.store.mirror import copies, project_id_for, state_of

    location = display_url(url)
    pid = project_id_for(cache_root(), location)
    if pid is None:
        return None
    for folder in copies(cache_root(), pid):
        try:
            p = Project.open(folder, readonly=True)
        except ProjectError:
            continue
        p.offline_of = location
        p.offline_since = str(state_of(folder).get("at", ""))
        return p
    return None


class ConflictError(ProjectError):
    """Another client changed the same rows: this write (or undo) was not applied. One line, shown as is."""


def _changes(seq: int, origin: str, label: str, touched: str) -> Changes:
    data = json.loads(touched)
    return Changes(label=label, touched={t: frozenset(int(i) for i in ids) for t, ids in data.items()},
                   seq=seq, origin=origin)


class _Feed(threading.Thread):
    """Brings other clients' commits to this one: LISTEN/NOTIFY, with polling of the log as fallback."""

    def __init__(self, project: ServerProject, last: int) -> None:
        super().__init__(name="kondens-team-feed", daemon=True)
        self.project = project
        self.last = last
        self._stop_flag = threading.Event()
        self.listening = False

    def stop(self) -> None:
        self._stop_flag.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout=2)

    def run(self) -> None:
        listener: Any = None
        next_poll = 0.0
        while not self._stop_flag.is_set():
            if listener is None:
                listener = self._listen()
            woke = False
            if listener is not None:
                try:
                    woke = any(True for _ in listener.notifies(timeout=LISTEN_TIMEOUT, stop_after=1))
                except Exception:
                    log.info("team project: lost the LISTEN connection; polling the change log")
                    _close_quietly(listener)
                    listener, self.listening = None, False
            else:
                self._stop_flag.wait(POLL_OFFLINE)
                woke = True
            if woke or time.monotonic() >= next_poll:
                self.poll()
                next_poll = time.monotonic() + POLL_EVERY
        _close_quietly(listener)

    def _listen(self) -> Any:
        try:
            raw = self.project.engine.raw_connection()
            raw.detach()  # this connection stays with the feed, never back in the pool
            conn: Any = raw.driver_connection
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
            self.listening = True
            return conn
        except Exception as e:
            log.info("team project: LISTEN unavailable (%s); polling the change log", type(e).__name__)
            return None

    def poll(self) -> None:
        """Hand every entry after ``last`` made by another client to the project."""
        try:
            with self.project.read() as s:
                rows = s.execute(text("SELECT seq, client, coder, label, touched FROM change_log WHERE seq > :s "
                                      "ORDER BY seq"), {"s": self.last}).all()
        except Exception as e:
            log.info("team project: cannot read the change log (%s)", type(e).__name__)
            return
        batch = [_changes(int(seq), coder or client[:8], label, touched)
                 for seq, client, coder, label, touched in rows if client != self.project.client_id]
        if batch:
            self.project._remote(batch)
        if rows:
            self.last = int(rows[-1][0])  # after delivery: ``last`` says what the views have seen


def _close_quietly(conn: Any) -> None:
    if conn is not None:
        try:
            conn.close()
        except Exception:
            pass


def _first_line(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def _has_tables(conn: Any) -> bool:
    return bool(conn.execute(text("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                  "current_schema()")).scalar())


def _engine(url: URL, readonly: bool) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5,
                                                                  "application_name": "kondens"})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(UNDO_LOG_DDL)
            if readonly:
                cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_conn.commit()

    return engine


# ---- publishing a local project -------------------------------------------------------------------------
def publish(source: Project, location: str, progress: Callable[[str, int], None] | None = None) -> str:
    """Copy every row of the local project ``source`` into a new team project at ``location``.

    Drafts (autosaved text being typed) stay on this computer. Returns the project id on the server
    (the local one: the linking key, if any, keeps working for this project on this computer).
    """
    if source.is_server:
        raise ProjectError(N_('{location}: already a team project'), location=source.location)
    url = server_url(location)
    engine = _engine(url, readonly=False)
    try:
        with engine.begin() as conn:
            if migrate.server_revisions(conn) or _has_tables(conn):
                raise ProjectError(N_('{url}: the database is not empty; publish into a new one'), url=display_url(url))
            migrate.upgrade_connection(conn)
            install_triggers(conn)
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOG_LOCK})
            with source.read() as s:
                for table in Base.metadata.sorted_tables:
                    if table.name == "drafts":
                        continue
                    rows = [dict(r._mapping) for r in s.execute(table.select().order_by(table.c.id))]
                    if rows:
                        conn.execute(table.insert(), rows)
                        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                          f"(SELECT max(id) FROM {table.name}))"))
                    if progress is not None:
                        progress(table.name, len(rows))
                pid = s.scalar(Setting.__table__.select().with_only_columns(Setting.value)
                               .where(Setting.key == PROJECT_ID))
            if not pid:
                pid = uuid.uuid4().hex
                conn.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"), {"k": PROJECT_ID, "v": pid})
    except OperationalError as e:
        raise ProjectError(N_('{url}: cannot reach the server ({reason})'),
                           url=display_url(url), reason=_first_line(e)) from None
    finally:
        engine.dispose()
    return str(pid)
