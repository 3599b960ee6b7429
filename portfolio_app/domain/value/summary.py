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
    reach_built,
    role_spans,
    split_by_ownership,
)
from portfolio_app.domain.value.campaigns import CampaignResult, campaign_results
from portfolio_app.domain.value.contributions import (
    InteractionTotal,
    ReachTotal,
    counts_by_channel,
    counts_by_kind,
    in_period,
    is_offline,
    real_channels,
    strongest,
    total_interactions,
    total_reach,
    with_ownership,
)
from portfolio_app.domain.value.money import AudienceValue, EarnedMediaValue, audience_value, earned_media_value
from portfolio_app.domain.value.periods import clip, close_period


@dataclass(frozen=True, slots=True)
class CareerFigures:
    """One role inside the period — or, with ``employment`` None, everything between roles.

    Contributions count for the role they were made for; those without one
    (or for a role outside the period) count between roles. Audience growth
    counts for the role that held each day (see ``role_spans``). So the roles
    plus the between-roles line add up to the period's totals.
    """

    employment: EmploymentFacts | None
    contributions: int
    reach: ReachTotal
    interactions: InteractionTotal
    built: ReachBuilt


@dataclass(frozen=True, slots=True)
class Summary:
    period: Period  # closed: both ends set, the end never after today
    employment: EmploymentFacts | None
    contributions: int
    online: int
    offline: int
    by_kind: tuple[tuple[ContributionKind, int], ...]
    by_channel: tuple[tuple[Platform | None, int], ...]
    channels: int  # real channels used ("no channel" is none)
    reach: ReachTotal  # people reached, impressions, attendees: separate figures
    reach_personal: ReachTotal  # contributions on personally owned channels
    reach_employer: ReachTotal  # contributions on employer-owned channels
    interactions: InteractionTotal
    interactions_personal: InteractionTotal
    interactions_employer: InteractionTotal
    audiences: tuple[AudienceGrowth, ...]  # largest first; only those counting in the period
    ownership: OwnershipSplit
    career: tuple[CareerFigures, ...]  # latest role first
    between_roles: CareerFigures | None  # None when nothing falls between roles
    campaigns: tuple[CampaignResult, ...]
    strongest: tuple[ContributionFacts, ...]
    rates: ValueRates
    earned_media_value: EarnedMediaValue | None  # None when money figures are off
    audience_value: AudienceValue | None  # monthly, personally owned audiences only


def _known_days(contributions: Sequence[ContributionFacts], audiences: Sequence[AudienceFacts]) -> list[date]:
    days = [c.date for c in contributions]
    days.extend(day for audience in audiences for day, _ in audience.snapshots)
    return days


def _career(
    chosen: Sequence[ContributionFacts],
    audiences: Sequence[AudienceFacts],
    employments: Sequence[EmploymentFacts],
    closed: Period,
) -> tuple[list[CareerFigures], CareerFigures | None]:
    spans: dict[int | None, list[Period]] = {}
    for holder, span in role_spans(employments, closed):
        spans.setdefault(holder, []).append(span)
    jobs = [job for job in employments if clip(closed, job.start, job.end) is not None]
    job_ids = {job.id for job in jobs}
    career = []
    for job in sorted(jobs, key=lambda e: (e.start, e.id), reverse=True):
        own = [c for c in chosen if c.employment_id == job.id]
        built = reach_built(job, spans.get(job.id, []), audiences, closed, employments)
        career.append(CareerFigures(job, len(own), total_reach(own), total_interactions(own), built))
    if not jobs:  # no role in the period: there is no "between" either
        return career, None
    loose = [c for c in chosen if c.employment_id not in job_ids]
    between = reach_built(None, spans.get(None, []), audiences, closed, employments)
    if not loose and not between.spans and not between.employer.audiences:
        return career, None
    return career, CareerFigures(None, len(loose), total_reach(loose), total_interactions(loose), between)


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
    """Key figures for ``period`` (open ends: first known day / today; never after today).

    With ``employment_id`` the period is limited to that employment, only its
    contributions count, and of the employer-owned audiences only its own.
    """
    rates = rates or ValueRates()
    today = today or date.today()
    requested = period or Period()
    employment = next((e for e in employments if e.id == employment_id), None)
    if employment_id is not None and employment is None:
        raise ValueError(f"unknown employment id {employment_id}")

    all_employments = employments
    if employment is not None:
        requested = clip(requested, employment.start, employment.end) or requested
        contributions = [c for c in contributions if c.employment_id == employment.id]
        audiences = [
            a for a in audiences
            if a.ownership is Ownership.PERSONAL or a.employment_id is None or a.employment_id == employment.id
        ]
        employments = [employment]
    closed = close_period(requested, _known_days(contributions, audiences), today)
    chosen = in_period(contributions, closed)

    growths = sorted(
        (g for g in (growth_of(a, closed, all_employments) for a in audiences) if g.window is not None),
        key=lambda g: (-(g.end_size or 0), g.audience.name, g.audience.id),
    )
    career, between = _career(chosen, audiences, employments, closed)
    offline = sum(1 for c in chosen if is_offline(c))
    personal = with_ownership(chosen, Ownership.PERSONAL)
    employer = with_ownership(chosen, Ownership.EMPLOYER)
    by_channel = counts_by_channel(chosen)
    return Summary(
        period=closed,
        employment=employment,
        contributions=len(chosen),
        online=len(chosen) - offline,
        offline=offline,
        by_kind=counts_by_kind(chosen),
        by_channel=by_channel,
        channels=real_channels(by_channel),
        reach=total_reach(chosen),
        reach_personal=total_reach(personal),
        reach_employer=total_reach(employer),
        interactions=total_interactions(chosen),
        interactions_personal=total_interactions(personal),
        interactions_employer=total_interactions(employer),
        audiences=tuple(growths),
        ownership=split_by_ownership(growths),
        career=tuple(career),
        between_roles=between,
        campaigns=campaign_results(campaigns, chosen, closed),
        strongest=strongest(chosen, 3),
        rates=rates,
        earned_media_value=earned_media_value(chosen, rates) if rates.show_money else None,
        audience_value=audience_value(audiences, closed, rates) if rates.show_money else None,
    )
