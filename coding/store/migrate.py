"""Alembic migrations, run programmatically (no alembic.ini needed by users)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(db: Path) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    return cfg


def head_revisions() -> frozenset[str]:
    """All heads: feature branches of the schema may each add a revision off the same parent."""
    return frozenset(ScriptDirectory.from_config(_config(Path("x.db"))).get_heads())


def current_revisions(db: Path) -> frozenset[str]:
    engine = create_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            return frozenset(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()


def current_revision(db: Path) -> str | None:
    """The schema revision(s) of ``db`` as one string ("0002", or "0003a+0003b" on several heads)."""
    revs = current_revisions(db)
    return "+".join(sorted(revs)) if revs else None


def needs_upgrade(db: Path) -> bool:
    return current_revisions(db) != head_revisions()


def upgrade_to_head(db: Path, revision: str = "heads") -> None:
    command.upgrade(_config(db), revision)
