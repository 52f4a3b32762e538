"""team projects: the change log other clients read (PostgreSQL only)

On SQLite a project has one writer, so this revision changes nothing there. On PostgreSQL it adds
``change_log``: one row per committed transaction, with the ids it touched (never any text), read by
every other client to refresh its views and its local search index.

Revision ID: 0004_team
Revises: 0003_supervision
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_team"
down_revision = "0003_supervision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "change_log",
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("client", sa.String(), nullable=False),  # a random id per open project window
        sa.Column("coder", sa.String(), nullable=False),  # the coder name the client works under
        sa.Column("label", sa.String(), nullable=False),  # the action ("Code segment", "Undo …")
        sa.Column("touched", sa.Text(), nullable=False),  # JSON {table: [ids]}
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_table("change_log")
