"""Alembic migrations, run programmatically (no alembic.ini needed by users).

Checking whether a database needs migrating does not import Alembic (it costs about 0.3 s at start):
the heads are read from the revision files with :mod:`ast` and the database's revisions with
:mod:`sqlite3`. Alembic is imported only to upgrade, and then gets an open connection
(``Config.attributes["connection"]``), never a URL string: a path with ``%``, ``#`` or ``?`` would be
mangled by the config file's interpolation or by URL parsing.
"""

from __future__ import annotations

import ast
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _revision_ids(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple | list):
        return tuple(str(v) for v in value)
    raise ValueError(f"unexpected revision value {value!r}")


@lru_cache(maxsize=1)
def _graph() -> dict[str, tuple[str, ...]]:
    """revision → its down revisions, read from ``migrations/versions/*.py`` without importing them."""
    out: dict[str, tuple[str, ...]] = {}
    for f in sorted((MIGRATIONS / "versions").glob("*.py")):
        names: dict[str, object] = {}
        for node in ast.parse(f.read_text("utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Name) and t.id in ("revision", "down_revision") and node.value is not None:
                        names[t.id] = ast.literal_eval(node.value)
        if isinstance(names.get("revision"), str):
            out[str(names["revision"])] = _revision_ids(names.get("down_revision"))
    return out


def head_revisions() -> frozenset[str]:
    """All heads: feature branches of the schema may each add a revision off the same parent."""
    graph = _graph()
    parents = {d for downs in graph.values() for d in downs}
    return frozenset(r for r in graph if r not in parents)


def known_revisions() -> frozenset[str]:
    return frozenset(_graph())


def current_revisions(db: Path) -> frozenset[str]:
    # Path.as_uri() percent-encodes "#", "?" and "%", which a hand-built "file:" URI would not.
    con = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        try:
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError:  # no alembic_version table: an unversioned database
            return frozenset()
        return frozenset(str(r[0]) for r in rows)
    finally:
        con.close()


def unknown_revisions(db: Path) -> frozenset[str]:
    """Revisions in ``db`` that this Kondens does not know: the project was made by a newer version."""
    return current_revisions(db) - known_revisions()


def current_revision(db: Path) -> str | None:
    """The schema revision(s) of ``db`` as one string ("0002", or "0003a+0003b" on several heads)."""
    revs = current_revisions(db)
    return "+".join(sorted(revs)) if revs else None


def needs_upgrade(db: Path) -> bool:
    return current_revisions(db) != head_revisions()


def upgrade_connection(conn: Connection, revision: str = "heads") -> None:
    """Run the migrations on an open connection (a team project's PostgreSQL database)."""
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def server_revisions(conn: Connection) -> frozenset[str]:
    """The schema revisions of a PostgreSQL database (empty when it holds no Kondens schema yet)."""
    from sqlalchemy import text

    if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return frozenset()
    return frozenset(str(r[0]) for r in conn.execute(text("SELECT version_num FROM alembic_version")))


def upgrade_to_head(db: Path, revision: str = "heads") -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from coding.store.project import sqlite_url

    cfg = _config()
    engine = create_engine(sqlite_url(db, readonly=False))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()
