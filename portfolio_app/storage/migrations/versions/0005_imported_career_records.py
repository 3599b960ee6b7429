"""employment and testimonial remember the import they came from

The LinkedIn export brings positions and recommendations. Like imported
contributions they keep their source, the export's own key and the values as
last imported, so a re-import updates instead of duplicating and leaves
every field the user edited as the user left it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("employment", "testimonial")


def upgrade() -> None:
    # plain ADD COLUMN and a unique index: no table copy, which would drop a table other rows point at
    for table in TABLES:
        op.add_column(table, sa.Column("source", sa.String(), nullable=True))
        op.add_column(table, sa.Column("source_id", sa.String(), nullable=True))
        op.add_column(table, sa.Column("import_snapshot", sa.String(), nullable=True))
        op.create_index(f"uq_{table}_source", table, ["source", "source_id"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"uq_{table}_source", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("import_snapshot")
            batch.drop_column("source_id")
            batch.drop_column("source")
