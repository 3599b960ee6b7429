"""contribution.reviewed: imported contributions wait for the user's look

An import brings in hundreds of posts at once; until the user has looked at
them (opened, or confirmed in bulk) they are "not reviewed", so the table can
show them and the export dialog can say how many the PDF would include.
Everything recorded before this revision was already in the user's hands and
counts as reviewed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contribution", sa.Column("reviewed", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_index("ix_contribution_reviewed", "contribution", ["reviewed"])


def downgrade() -> None:
    op.drop_index("ix_contribution_reviewed", table_name="contribution")
    with op.batch_alter_table("contribution") as batch:
        batch.drop_column("reviewed")
