"""index lines by offset, for mapping a character position to its line

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lines") as batch_op:
        batch_op.create_index("ix_lines_transcript_start", ["transcript_id", "start"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("lines") as batch_op:
        batch_op.drop_index("ix_lines_transcript_start")
