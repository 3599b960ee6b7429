"""audience_period_total: what a platform reports for an audience over a period

LinkedIn's analytics workbook opens with DISCOVERY: impressions and members
reached over the export's period, for the person's whole LinkedIn presence.
Neither is a figure of any one post, nor a size on a day, so a row states
the audience, the first and last day of the period and the figures as the
platform reported them (NULL: not reported). Figures of different periods
are never added to each other; one period of one audience is recorded once,
and a later export of the same period replaces its figures (the platform
revises recent numbers).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audience_period_total",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audience_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("impressions", sa.Integer(), nullable=True),
        sa.Column("reached", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(), nullable=False, server_default=""),
        sa.CheckConstraint("end_date >= start_date", name="ck_audience_period_total_end_after_start"),
        sa.CheckConstraint("impressions IS NULL OR impressions >= 0",
                           name="ck_audience_period_total_impressions_nonneg"),
        sa.CheckConstraint("reached IS NULL OR reached >= 0", name="ck_audience_period_total_reached_nonneg"),
        sa.ForeignKeyConstraint(["audience_id"], ["audience.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("audience_id", "start_date", "end_date", name="uq_audience_period_total_period"),
    )


def downgrade() -> None:
    op.drop_table("audience_period_total")
