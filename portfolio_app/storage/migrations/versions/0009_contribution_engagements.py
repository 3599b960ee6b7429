"""contribution.engagements: a platform's own total of interactions

LinkedIn's analytics give one figure per post, "engagements": reactions,
comments, reposts and clicks together, without the split. Stored as reactions
it read as a figure it is not, so it gets a column of its own (nullable:
unknown is not zero; indexed, as every sortable column is since 0003). The
value model counts a post's interactions as its engagements where the
platform gave them, else as the sum of the parts.

What earlier imports of the workbook stored as reactions moves here: on a
LinkedIn post, reactions came only from the workbook (Shares.csv has no
figures), and a value still equal to what was imported (not edited by hand)
moves together with its import snapshot.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN with its CHECK: no table rebuild (the search triggers stay as they are)
    op.execute("ALTER TABLE contribution ADD COLUMN engagements INTEGER "
               "CONSTRAINT ck_contribution_engagements_nonneg CHECK (engagements IS NULL OR engagements >= 0)")
    op.create_index("ix_contribution_engagements", "contribution", ["engagements"])
    op.execute(
        "UPDATE contribution SET engagements = reactions, reactions = NULL, "
        "import_snapshot = json_set(import_snapshot, '$.engagements', reactions, '$.reactions', NULL) "
        "WHERE source = 'linkedin' AND reactions IS NOT NULL AND json_valid(import_snapshot) "
        "AND json_extract(import_snapshot, '$.reactions') = reactions")


def downgrade() -> None:
    op.execute("UPDATE contribution SET reactions = engagements WHERE source = 'linkedin' "
               "AND reactions IS NULL AND engagements IS NOT NULL")
    op.drop_index("ix_contribution_engagements", table_name="contribution")
    with op.batch_alter_table("contribution") as batch:
        batch.drop_column("engagements")
