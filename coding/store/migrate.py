"""Alembic migrations, run programmatically (no alembic.ini needed by users).

Alembic gets an open connection (``Config.attributes["connection"]``), never a URL string: a path
with ``%``, ``#`` or ``?`` would be mangled by the config file's interpolation or by URL parsing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, create_engine

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _url(db: Path, readonly: bool) -> URL:
    from coding.store.project import sqlite_url

    return sqlite_url(db, readonly)


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revisions() -> frozenset[str]:
    """All heads: feature branches of the schema may each add a revision off the same parent."""
    return frozenset(_script().get_heads())


def known_revisions() -> frozenset[str]:
    return frozenset(r.revision for r in _script().walk_revisions())


def current_revisions(db: Path) -> frozenset[str]:
    engine = create_engine(_url(db, readonly=True))
    try:
        with engine.connect() as conn:
            return frozenset(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()


def unknown_revisions(db: Path) -> frozenset[str]:
    """Revisions in ``db`` that this Kondens does not know: the project was made by a newer version."""
    return current_revisions(db) - known_revisions()


def current_revision(db: Path) -> str | None:
    """The schema revision(s) of ``db`` as one string ("0002", or "0003a+0003b" on several heads)."""
    revs = current_revisions(db)
    return "+".join(sorted(revs)) if revs else None


def needs_upgrade(db: Path) -> bool:
    return current_revisions(db) != head_revisions()


def upgrade_to_head(db: Path, revision: str = "heads") -> None:
    cfg = _config()
    engine = create_engine(_url(db, readonly=False))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()
