"""All key figures of one period (and optionally one employment) in one value.

The CLI's ``stats``, the dashboard and the PDF all read this, so the numbers a
user sees are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform
from portfolio_app.domain.records import (
    AudienceFacts,
    CampaignFacts,
    ContributionFacts,
    EmploymentFacts,
    Period,
    ValueRates,
)
from portfolio_app.domain.value.audiences import (
    AudienceGrowth,
    OwnershipSplit,
    ReachBuilt,
    growth_of,
    reach_built_during,
    split_by_ownership,
)
from portfolio_app.domain.value.campaigns import CampaignResult, campaign_results
from portfolio_app.domain.value.contributions import (
    EngagementTotal,
    ReachTotal,
    counts_by_channel,
    counts_by_kind,
    in_period,
    is_offline,
    strongest,
    total_engagement,
    total_reach,
    with_ownership,
)
from portfolio_app.domain.value.money import AudienceValue, EarnedMediaValue, audience_value, earned_media_value
from portfolio_app.domain.value.periods import clip, close_period


@dataclass(frozen=True, slots=True)
class CareerFigures:
    """One employment inside the period: what was done on its behalf and the reach built."""

    employment: EmploymentFacts
    contributions: int
    reach: ReachTotal
    engagement: EngagementTotal
    built: ReachBuilt


@dataclass(frozen=True, slots=True)
class Summary:
    period: Period  # closed: both ends set
    employment: EmploymentFacts | None
    contributions: int
    online: int
    offline: int
    by_kind: tuple[tuple[ContributionKind, int], ...]
    by_channel: tuple[tuple[Platform | None, int], ...]
    reach: ReachTotal
    reach_personal: ReachTotal  # contributions on personally owned channels
    reach_employer: ReachTotal  # contributions on employer-owned channels
    engagement: EngagementTotal
    engagement_personal: EngagementTotal
    engagement_employer: EngagementTotal
    audiences: tuple[AudienceGrowth, ...]  # largest first
    ownership: OwnershipSplit
    career: tuple[CareerFigures, ...]  # latest employment first
    campaigns: tuple[CampaignResult, ...]
    strongest: tuple[ContributionFacts, ...]
    rates: ValueRates
    earned_media_value: EarnedMediaValue | None  # None when money figures are off
    audience_value: AudienceValue | None


def _known_days(contributions: Sequence[ContributionFacts], audiences: Sequence[AudienceFacts]) -> list[date]:
    days = [c.date for c in contributions]
    days.extend(day for audience in audiences for day, _ in audience.snapshots)
    return days


def summarize(
    contributions: Sequence[ContributionFacts],
    audiences: Sequence[AudienceFacts] = (),
    employments: Sequence[EmploymentFacts] = (),
    campaigns: Sequence[CampaignFacts] = (),
    rates: ValueRates | None = None,
    period: Period | None = None,
    employment_id: int | None = None,
    today: date | None = None,
) -> Summary:
    """Key figures for ``period`` (open ends: first known day / today).

    With ``employment_id`` the period is limited to that employment, only its
    contributions count, and of the employer-owned audiences only its own.
    """
    rates = rates or ValueRates()
    today = today or date.today()
    requested = period or Period()
    employment = next((e for e in employments if e.id == employment_id), None)
    if employment_id is not None and employment is None:
        raise ValueError(f"unknown employment id {employment_id}")

    if employment is not None:
        requested = clip(requested, employment.start, employment.end) or requested
        contributions = [c for c in contributions if c.employment_id == employment.id]
        audiences = [
            a for a in audiences if a.ownership is not Ownership.EMPLOYER or a.employment_id == employment.id
        ]
        employments = [employment]
    closed = close_period(requested, _known_days(contributions, audiences), today)
    chosen = in_period(contributions, closed)

    growths = sorted(
        (growth_of(a, closed) for a in audiences),
        key=lambda g: (-(g.end_size or 0), g.audience.name, g.audience.id),
    )
    career = []
    for job in sorted(employments, key=lambda e: e.start, reverse=True):
        built = reach_built_during(job, audiences, closed)
        if built is None:
            continue
        own = [c for c in chosen if c.employment_id == job.id]
        career.append(CareerFigures(job, len(own), total_reach(own), total_engagement(own), built))

    offline = sum(1 for c in chosen if is_offline(c))
    personal = with_ownership(chosen, Ownership.PERSONAL)
    employer = with_ownership(chosen, Ownership.EMPLOYER)
    return Summary(
        period=closed,
        employment=employment,
        contributions=len(chosen),
        online=len(chosen) - offline,
        offline=offline,
        by_kind=counts_by_kind(chosen),
        by_channel=counts_by_channel(chosen),
        reach=total_reach(chosen),
        reach_personal=total_reach(personal),
        reach_employer=total_reach(employer),
        engagement=total_engagement(chosen),
        engagement_personal=total_engagement(personal),
        engagement_employer=total_engagement(employer),
        audiences=tuple(growths),
        ownership=split_by_ownership(growths),
        career=tuple(career),
        campaigns=campaign_results(campaigns, chosen, closed),
        strongest=strongest(chosen, 3),
        rates=rates,
        earned_media_value=earned_media_value(chosen, rates) if rates.show_money else None,
        audience_value=audience_value(audiences, closed, rates) if rates.show_money else None,
    )
