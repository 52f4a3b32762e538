"""supervisor review loop: review rounds and comment threads

Revision ID: 0003_supervision
Revises: 0002
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_supervision"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_rounds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("guid", sa.String(), nullable=False, unique=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("exported", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=True),
        sa.Column("returned", sa.String(), nullable=False),
    )
    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("guid", sa.String(), nullable=False, unique=True),
        sa.Column("parent_guid", sa.String(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("created", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("anchor", sa.Text(), nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
    )
    with op.batch_alter_table("review_comments") as batch_op:
        batch_op.create_index("ix_review_comments_parent", ["parent_guid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_comments") as batch_op:
        batch_op.drop_index("ix_review_comments_parent")
    op.drop_table("review_comments")
    op.drop_table("review_rounds")
