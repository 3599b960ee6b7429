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

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform
from portfolio_app.domain.records import (
    AudienceFacts,
    CampaignFacts,
    ContributionFacts,
    EmploymentFacts,
    Period,
    ValueRates,
)
from portfolio_app.domain.value import Summary, summarize
from portfolio_app.services.singletons import get_value_rates
from portfolio_app.storage.database import Database
from portfolio_app.storage.fast_query import raw_rows
from portfolio_app.storage.models import (
    Audience,
    AudienceSnapshot,
    Campaign,
    Contribution,
    Employment,
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


def load_facts(db: Database, *, include_private: bool = False) -> Facts:
    contribution_query = (
        select(
            _c.id, _c.date, _c.kind, _a.platform, _a.ownership, _c.audience_id, _c.employment_id, _c.campaign_id,
            _c.impressions, _c.reach, _c.reactions, _c.comments, _c.shares, _c.clicks, _c.attendees,
            _c.featured, _c.title,
        )
        .select_from(Contribution.__table__.outerjoin(Audience.__table__, _c.audience_id == _a.id))
        .order_by(_c.date, _c.id)
    )
    if not include_private:
        contribution_query = contribution_query.where(_c.private.is_(False))
    kinds = {kind.value: kind for kind in ContributionKind}
    platforms = {platform.value: platform for platform in Platform}
    owners = {owner.value: owner for owner in Ownership}
    day = dt.date.fromisoformat
    # the driver's rows: 100,000 of them, so dates and flags are converted here in one pass
    contributions = tuple(
        ContributionFacts(
            r[0], day(r[1]), kinds[r[2]], platforms.get(r[3]), owners.get(r[4]), *r[5:15], bool(r[15]), r[16]
        )
        for r in raw_rows(db, contribution_query)
    )
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
    """The value model's summary of this database, private contributions left out."""
    facts = load_facts(db)
    return summarize(
        facts.contributions, facts.audiences, facts.employments, facts.campaigns, facts.rates,
        period=period, employment_id=employment_id, today=today,
    )


def table_counts(db: Database) -> dict[str, int]:
    """How many records each table holds."""
    tables = {
        "contributions": Contribution, "audiences": Audience, "audience_snapshots": AudienceSnapshot,
        "campaigns": Campaign, "employments": Employment, "testimonials": Testimonial,
    }
    with db.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(model.__table__)).scalar_one()
            for name, model in tables.items()
        }
