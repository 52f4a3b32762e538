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


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config(Path("x.db"))).get_current_head()
    assert head is not None
    return head


def current_revision(db: Path) -> str | None:
    engine = create_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def needs_upgrade(db: Path) -> bool:
    return current_revision(db) != head_revision()


def upgrade_to_head(db: Path, revision: str = "head") -> None:
    command.upgrade(_config(db), revision)
