"""a contribution's "why it mattered" line

The PDF's first page shows three to five featured works, each with one line
saying why it mattered. The person writes that line in the window; importers
never set it. Empty means none written.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contribution", sa.Column("why_it_mattered", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("contribution") as batch:
        batch.drop_column("why_it_mattered")
