"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('employment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name='ck_employment_end_after_start'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('employment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employment_organisation'), ['organisation'], unique=False)
        batch_op.create_index(batch_op.f('ix_employment_start_date'), ['start_date'], unique=False)

    op.create_table('profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('headline', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('location', sa.String(), nullable=False),
    sa.Column('website', sa.String(), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('value_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(), nullable=False),
    sa.Column('show_money', sa.Boolean(), nullable=False),
    sa.Column('value_per_follower_month', sa.Float(), nullable=False),
    sa.Column('cpm_json', sa.String(), nullable=False),
    sa.CheckConstraint('value_per_follower_month >= 0', name='ck_value_settings_vpfm_nonneg'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('audience',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('platform', sa.String(), nullable=False),
    sa.Column('handle', sa.String(), nullable=False),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('ownership', sa.String(), nullable=False),
    sa.Column('employment_id', sa.Integer(), nullable=True),
    sa.Column('segment', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['employment_id'], ['employment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audience', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audience_employment_id'), ['employment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audience_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_audience_platform'), ['platform'], unique=False)
        batch_op.create_index('ix_audience_platform_handle', ['platform', 'handle'], unique=False)

    op.create_table('campaign',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('objective', sa.String(), nullable=False),
    sa.Column('employment_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('target_reach', sa.Integer(), nullable=True),
    sa.Column('target_engagements', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name='ck_campaign_end_after_start'),
    sa.CheckConstraint('target_engagements IS NULL OR target_engagements >= 0', name='ck_campaign_target_engagements_nonneg'),
    sa.CheckConstraint('target_reach IS NULL OR target_reach >= 0', name='ck_campaign_target_reach_nonneg'),
    sa.ForeignKeyConstraint(['employment_id'], ['employment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_employment_id'), ['employment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_start_date'), ['start_date'], unique=False)

    op.create_table('audience_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('audience_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.CheckConstraint('size >= 0', name='ck_audience_snapshot_size_nonneg'),
    sa.ForeignKeyConstraint(['audience_id'], ['audience.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('audience_id', 'date', name='uq_audience_snapshot_audience_date')
    )
    with op.batch_alter_table('audience_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audience_snapshot_audience_id'), ['audience_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audience_snapshot_date'), ['date'], unique=False)

    op.create_table('contribution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('audience_id', sa.Integer(), nullable=True),
    sa.Column('employment_id', sa.Integer(), nullable=True),
    sa.Column('campaign_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('tags', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('impressions', sa.Integer(), nullable=True),
    sa.Column('reach', sa.Integer(), nullable=True),
    sa.Column('reactions', sa.Integer(), nullable=True),
    sa.Column('comments', sa.Integer(), nullable=True),
    sa.Column('shares', sa.Integer(), nullable=True),
    sa.Column('clicks', sa.Integer(), nullable=True),
    sa.Column('attendees', sa.Integer(), nullable=True),
    sa.Column('featured', sa.Boolean(), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('source_id', sa.String(), nullable=True),
    sa.Column('import_snapshot', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('attendees IS NULL OR attendees >= 0', name='ck_contribution_attendees_nonneg'),
    sa.CheckConstraint('clicks IS NULL OR clicks >= 0', name='ck_contribution_clicks_nonneg'),
    sa.CheckConstraint('comments IS NULL OR comments >= 0', name='ck_contribution_comments_nonneg'),
    sa.CheckConstraint('impressions IS NULL OR impressions >= 0', name='ck_contribution_impressions_nonneg'),
    sa.CheckConstraint('reach IS NULL OR reach >= 0', name='ck_contribution_reach_nonneg'),
    sa.CheckConstraint('reactions IS NULL OR reactions >= 0', name='ck_contribution_reactions_nonneg'),
    sa.CheckConstraint('shares IS NULL OR shares >= 0', name='ck_contribution_shares_nonneg'),
    sa.ForeignKeyConstraint(['audience_id'], ['audience.id'], ),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.ForeignKeyConstraint(['employment_id'], ['employment.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'source_id', name='uq_contribution_source')
    )
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_audience_id'), ['audience_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_employment_id'), ['employment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_impressions'), ['impressions'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_reach'), ['reach'], unique=False)
        batch_op.create_index(batch_op.f('ix_contribution_reactions'), ['reactions'], unique=False)
        batch_op.create_index('ix_contribution_title', ['title'], unique=False)

    op.create_table('testimonial',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(), nullable=False),
    sa.Column('author_role', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('employment_id', sa.Integer(), nullable=True),
    sa.Column('campaign_id', sa.Integer(), nullable=True),
    sa.Column('contribution_id', sa.Integer(), nullable=True),
    sa.Column('may_publish', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.ForeignKeyConstraint(['contribution_id'], ['contribution.id'], ),
    sa.ForeignKeyConstraint(['employment_id'], ['employment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('testimonial', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_testimonial_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_testimonial_contribution_id'), ['contribution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_testimonial_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_testimonial_employment_id'), ['employment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('testimonial', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_testimonial_employment_id'))
        batch_op.drop_index(batch_op.f('ix_testimonial_date'))
        batch_op.drop_index(batch_op.f('ix_testimonial_contribution_id'))
        batch_op.drop_index(batch_op.f('ix_testimonial_campaign_id'))

    op.drop_table('testimonial')
    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_index('ix_contribution_title')
        batch_op.drop_index(batch_op.f('ix_contribution_reactions'))
        batch_op.drop_index(batch_op.f('ix_contribution_reach'))
        batch_op.drop_index(batch_op.f('ix_contribution_kind'))
        batch_op.drop_index(batch_op.f('ix_contribution_impressions'))
        batch_op.drop_index(batch_op.f('ix_contribution_employment_id'))
        batch_op.drop_index(batch_op.f('ix_contribution_date'))
        batch_op.drop_index(batch_op.f('ix_contribution_campaign_id'))
        batch_op.drop_index(batch_op.f('ix_contribution_audience_id'))

    op.drop_table('contribution')
    with op.batch_alter_table('audience_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audience_snapshot_date'))
        batch_op.drop_index(batch_op.f('ix_audience_snapshot_audience_id'))

    op.drop_table('audience_snapshot')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_start_date'))
        batch_op.drop_index(batch_op.f('ix_campaign_name'))
        batch_op.drop_index(batch_op.f('ix_campaign_employment_id'))

    op.drop_table('campaign')
    with op.batch_alter_table('audience', schema=None) as batch_op:
        batch_op.drop_index('ix_audience_platform_handle')
        batch_op.drop_index(batch_op.f('ix_audience_platform'))
        batch_op.drop_index(batch_op.f('ix_audience_name'))
        batch_op.drop_index(batch_op.f('ix_audience_employment_id'))

    op.drop_table('audience')
    op.drop_table('value_settings')
    op.drop_table('profile')
    with op.batch_alter_table('employment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employment_start_date'))
        batch_op.drop_index(batch_op.f('ix_employment_organisation'))

    op.drop_table('employment')
