"""Alembic environment: SQLite in batch mode, foreign keys off while tables are rebuilt.

:mod:`coding.store.migrate` hands over an open connection in ``config.attributes``.
"""

from alembic import context

from coding.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
