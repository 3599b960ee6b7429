"""the organisation a testimonial's author speaks from

A hiring manager weighs a recommendation by who gave it: "Head of Sales at
Acme" says more than a name. The related employment is the person's own
employer, not necessarily the author's, so the author's organisation is a
field of its own. Empty means not recorded.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("testimonial", sa.Column("author_organisation", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("testimonial") as batch:
        batch.drop_column("author_organisation")
