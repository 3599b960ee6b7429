"""Reading the facts the value model needs, and the key figures built from them.

The dashboard, ``portfolio-app stats`` and the PDF all come through here, so
the same database gives the same numbers everywhere. Private contributions are
left out unless a caller asks for them: they never leave the machine.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import (
    AudienceFacts,
    CampaignFacts,
    ContributionFacts,
    EmploymentFacts,
    Period,
    ValueRates,
)
from portfolio_app.domain.value import CampaignResult, CareerFigures, Summary, campaign_result
from portfolio_app.domain.value.summary import scope_for, summarize_chosen
from portfolio_app.services import figure_queries
from portfolio_app.services.figure_queries import fact
from portfolio_app.services.profile_and_rates import get_value_rates
from portfolio_app.storage.database import Database
from portfolio_app.storage.fast_query import raw_rows
from portfolio_app.storage.models import (
    Audience,
    AudienceSnapshot,
    Campaign,
    Contribution,
    Employment,
    TableModel,
    Testimonial,
)

_c = Contribution.__table__.c
_a = Audience.__table__.c


@dataclass(frozen=True)
class Facts:
    contributions: tuple[ContributionFacts, ...]
    audiences: tuple[AudienceFacts, ...]
    employments: tuple[EmploymentFacts, ...]
    campaigns: tuple[CampaignFacts, ...]
    rates: ValueRates


def load_facts(db: Database, *, include_private: bool = False, campaigns_only: bool = False,
               with_contributions: bool = True) -> Facts:
    """Everything the value model reads; without contributions when SQL sums them (figure_queries)."""
    contribution_query = (
        select(
            _c.id, _c.date, _c.kind, _a.platform, _a.ownership, _c.audience_id, _c.employment_id, _c.campaign_id,
            _c.impressions, _c.reach, _c.reactions, _c.comments, _c.shares, _c.clicks, _c.attendees,
            _c.featured, _c.title, _c.engagements,
        )
        .select_from(Contribution.__table__.outerjoin(Audience.__table__, _c.audience_id == _a.id))
        .order_by(_c.date, _c.id)
    )
    if not include_private:
        contribution_query = contribution_query.where(_c.private.is_(False))
    if campaigns_only:  # the campaigns table needs only these: fewer rows to read
        contribution_query = contribution_query.where(_c.campaign_id.is_not(None))
    # the driver's rows: 100,000 of them, so dates and flags are converted here in one pass
    contributions = tuple(map(fact, raw_rows(db, contribution_query))) if with_contributions else ()
    with db.engine.connect() as connection:
        sizes: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
        snapshot_table = AudienceSnapshot.__table__
        for audience_id, on, size in connection.execute(
            select(snapshot_table.c.audience_id, snapshot_table.c.date, snapshot_table.c.size)
        ):
            sizes[audience_id].append((on, size))
        audiences = tuple(
            AudienceFacts(r.id, r.name, Platform(r.platform), Ownership(r.ownership), r.employment_id,
                          tuple(sorted(sizes.get(r.id, ()))))
            for r in connection.execute(select(Audience.__table__).order_by(_a.name))
        )
        e = Employment.__table__.c
        employments = tuple(
            EmploymentFacts(r.id, r.organisation, r.role, r.start_date, r.end_date)
            for r in connection.execute(select(Employment.__table__).order_by(e.start_date))
        )
        k = Campaign.__table__.c
        campaigns = tuple(
            CampaignFacts(r.id, r.name, r.employment_id, r.start_date, r.end_date, r.target_reach,
                          r.target_engagements)
            for r in connection.execute(select(Campaign.__table__).order_by(k.start_date, k.id))
        )
    return Facts(contributions, audiences, employments, campaigns, get_value_rates(db))


def key_figures(
    db: Database, period: Period | None = None, employment_id: int | None = None, *, today: dt.date | None = None
) -> Summary:
    """The value model's summary of this database, private contributions left out.

    The same summary as ``summarize`` over every public contribution's facts, with the sums done by SQLite.
    """
    return summary_of(db, load_facts(db, with_contributions=False), period, employment_id, today=today)


def summary_of(db: Database, facts: Facts, period: Period | None = None, employment_id: int | None = None, *,
               today: dt.date | None = None) -> Summary:
    """key_figures over facts read before (without their contributions, which SQL sums for the period)."""
    today = today or dt.date.today()
    scope = scope_for(period, employment_id, facts.employments, facts.audiences)
    employment = scope.employment.id if scope.employment else None
    closed = scope.close(figure_queries.first_day(db, employment, today), today)
    audiences = {a.id: (a.platform, a.ownership) for a in facts.audiences}
    return summarize_chosen(scope, closed, figure_queries.chosen(db, closed, employment, audiences), facts.campaigns,
                            facts.rates)


def campaign_progress(db: Database) -> dict[int, CampaignResult]:
    """Each campaign against its targets, measured by all its public contributions."""
    facts = load_facts(db, campaigns_only=True)
    own: dict[int | None, list[ContributionFacts]] = defaultdict(list)
    for contribution in facts.contributions:
        own[contribution.campaign_id].append(contribution)
    return {campaign.id: campaign_result(campaign, own[campaign.id]) for campaign in facts.campaigns}


def table_counts(db: Database) -> dict[str, int]:
    """How many records each table holds."""
    tables: dict[str, type[TableModel]] = {
        "contributions": Contribution, "audiences": Audience, "audience_snapshots": AudienceSnapshot,
        "campaigns": Campaign, "employments": Employment, "testimonials": Testimonial,
    }
    with db.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(model.__table__)).scalar_one()
            for name, model in tables.items()
        }


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _money(amounts) -> dict[str, float] | None:
    return {a.currency: round(a.value, 2) for a in amounts} or None


def _career_entry(entry: CareerFigures) -> dict:
    job = entry.employment
    built = entry.built
    return {
        "organisation": job.organisation if job else None,
        "role": job.role if job else None,
        "start": job.start.isoformat() if job else None,
        "end": job.end.isoformat() if job and job.end else None,
        "contributions": entry.contributions,
        "reach": entry.reach.people.total,
        "impressions": entry.reach.impressions.total,
        "attendees": entry.reach.attendees.total,
        "interactions": entry.interactions.interactions,
        "portable_audience_growth": built.personal,
        "shared_audience_growth": built.shared,
        "employer_audience_growth": built.employer.growth,
        "employer_audience_handed_over": built.employer.handed_over,  # 0: nothing handed over, a true zero
    }


def summary_figures(summary: Summary) -> dict:
    """Every figure the summary reports, under stable keys; None where nothing was measured.

    ``portfolio-app stats --json`` prints this; the audit test reads it. Money
    figures appear only when money figures are on, one amount per currency.
    """
    s, split = summary, summary.ownership
    figures: dict = {
        "period_start": s.period.start.isoformat() if s.period.start else None,
        "period_end": s.period.end.isoformat() if s.period.end else None,
        "contributions": s.contributions,
        "public_contributions": s.contributions,  # the key of earlier versions
        "online": s.online,
        "offline": s.offline,
        "channels": s.channels,
        "reach": s.reach.people.total,
        "reach_without_figure": s.reach.people.without_figure,
        "impressions": s.reach.impressions.total,
        "impressions_without_figure": s.reach.impressions.without_figure,
        "attendees": s.reach.attendees.total,
        "attendees_without_figure": s.reach.attendees.without_figure,
        "without_any_reach_figure": s.reach.without_any,
        "interactions": s.interactions.interactions,
        "interactions_without_figure": s.contributions - s.interactions.with_interactions,
        "engagements": s.interactions.interactions,  # the key of earlier versions
        "engagement_rate": _rate(s.interactions.rate),
        "engagement_rate_basis": s.interactions.rate_basis,
        "engagement_rate_interactions": s.interactions.rate_interactions,
        "engagement_rate_impressions": s.interactions.rate_impressions,
        "personal_engagement_rate": _rate(s.interactions_personal.rate),
        "corporate_engagement_rate": _rate(s.interactions_employer.rate),
        # contributions on each kind of channel: with none, the rate above is null for want of any, not a figure
        "personal_channel_contributions": s.reach_personal.contributions,
        "employer_channel_contributions": s.reach_employer.contributions,
        "audience_size_at_end": split.total.size,
        "audience_size": split.total.size,  # the key of earlier versions
        "audience_growth": split.total.growth,
        "audiences_without_size": split.total.unknown,
        "portable_audience_size": split.personal.size,
        "portable_audience_growth": split.personal.growth,
        "employer_audience_size": split.employer.size,
        "employer_audience_growth": split.employer.growth,
        "employer_audience_handed_over": split.employer.handed_over,
        "shared_audience_size": split.shared.size,
        # how many audiences of each kind were still the person's at the period's end: with none, the size
        # above is null because there is nothing to measure (all handed over, or none), not for want of a figure
        "audiences_at_end": split.total.held,
        "portable_audiences_at_end": split.personal.held,
        "employer_audiences_at_end": split.employer.held,
        "shared_audiences_at_end": split.shared.held,
        "career": [_career_entry(entry) for entry in s.career],
        "between_roles": _career_entry(s.between_roles) if s.between_roles else None,
        "campaigns": [
            {
                "name": result.campaign.name,
                "status": result.status.value,
                "targets": {
                    target.kind.value: {"target": target.target, "achieved": target.achieved,
                                        "share": _rate(target.share), "status": target.status.value}
                    for target in result.targets
                },
            }
            for result in s.campaigns
        ],
    }
    if s.earned_media_value is not None and s.audience_value is not None:
        value = s.audience_value
        figures.update({
            "currency": s.rates.currency,
            "earned_media_value": _money(s.earned_media_value.amounts),
            "audience_value_per_month": _money((value.amount,)) if value.amount else None,
            "audience_value_followers": value.followers,
        })
    return figures
