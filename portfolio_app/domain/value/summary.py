"""All key figures of one period (and optionally one employment) in one value.

The CLI's ``stats``, the dashboard and the PDF all read this, so the numbers a
user sees are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
from portfolio_app.domain.value.campaigns import (
    CampaignResult,
    campaign_key_contributions,
    grouped_campaign_results,
)
from portfolio_app.domain.value.contributions import (
    InteractionTotal,
    ReachTotal,
    channel_counts,
    in_period,
    interaction_total,
    kind_counts,
    reach_total,
    real_channels,
    strongest,
)
from portfolio_app.domain.value.groups import ContributionGroup, group_contributions
from portfolio_app.domain.value.money import AudienceValue, EarnedMediaValue, audience_value, media_value
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


@dataclass(frozen=True, slots=True)
class Chosen:
    """What the summary needs of the period's contributions: their groups and the strongest of them.

    Built from plain facts by :func:`chosen_from`, or from SQL by ``services.figure_queries``.
    """

    groups: tuple[ContributionGroup, ...]
    strongest: tuple[ContributionFacts, ...]  # the three with the largest headline figure
    campaign_strongest: Mapping[int, tuple[ContributionFacts, ...]]  # the same per campaign


def chosen_from(contributions: Sequence[ContributionFacts]) -> Chosen:
    return Chosen(group_contributions(contributions), strongest(contributions, 3),
                  campaign_key_contributions(contributions))


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose figures for which period, before the period is closed."""

    requested: Period
    employment: EmploymentFacts | None
    audiences: Sequence[AudienceFacts]  # those that count (of the employer-owned, only the employment's own)
    employments: Sequence[EmploymentFacts]  # the employment alone, or all
    all_employments: Sequence[EmploymentFacts]

    def close(self, contribution_days: Iterable[date], today: date) -> Period:
        """The period with concrete ends: the first known day (contributions in scope, sizes) to today."""
        days = [*contribution_days, *(day for audience in self.audiences for day, _ in audience.snapshots)]
        return close_period(self.requested, days, today)


def scope_for(period: Period | None, employment_id: int | None, employments: Sequence[EmploymentFacts],
              audiences: Sequence[AudienceFacts]) -> Scope:
    """With ``employment_id`` the period is limited to that employment, and of the employer-owned audiences
    only its own count (only its contributions count: the caller's part)."""
    requested = period or Period()
    employment = next((e for e in employments if e.id == employment_id), None)
    if employment_id is not None and employment is None:
        raise ValueError(f"unknown employment id {employment_id}")
    if employment is None:
        return Scope(requested, None, audiences, employments, employments)
    return Scope(
        clip(requested, employment.start, employment.end) or requested, employment,
        [a for a in audiences
         if a.ownership is Ownership.PERSONAL or a.employment_id is None or a.employment_id == employment.id],
        [employment], employments,
    )


def _career(
    groups: Sequence[ContributionGroup],
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
        own = [g for g in groups if g.employment_id == job.id]
        built = reach_built(job, spans.get(job.id, []), audiences, closed, employments)
        career.append(CareerFigures(job, _count(own), reach_total(own), interaction_total(own), built))
    if not jobs:  # no role in the period: there is no "between" either
        return career, None
    loose = [g for g in groups if g.employment_id not in job_ids]
    between = reach_built(None, spans.get(None, []), audiences, closed, employments)
    if not loose and not between.spans and not between.employer.audiences:
        return career, None
    return career, CareerFigures(None, _count(loose), reach_total(loose), interaction_total(loose), between)


def _count(groups: Iterable[ContributionGroup]) -> int:
    return sum(g.contributions for g in groups)


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
    scope = scope_for(period, employment_id, employments, audiences)
    if scope.employment is not None:
        contributions = [c for c in contributions if c.employment_id == scope.employment.id]
    closed = scope.close((c.date for c in contributions), today or date.today())
    return summarize_chosen(scope, closed, chosen_from(in_period(contributions, closed)), campaigns, rates)


def summarize_chosen(scope: Scope, closed: Period, chosen: Chosen, campaigns: Sequence[CampaignFacts] = (),
                     rates: ValueRates | None = None) -> Summary:
    """The summary of the closed period's contributions, given as their groups and strongest."""
    rates = rates or ValueRates()
    audiences, groups = scope.audiences, chosen.groups
    growths = sorted(
        (g for g in (growth_of(a, closed, scope.all_employments) for a in audiences) if g.window is not None),
        key=lambda g: (-(g.end_size or 0), g.audience.name, g.audience.id),
    )
    career, between = _career(groups, audiences, scope.employments, closed)
    count = _count(groups)
    offline = _count(g for g in groups if g.offline)
    personal = [g for g in groups if g.ownership is Ownership.PERSONAL]
    employer = [g for g in groups if g.ownership is Ownership.EMPLOYER]
    by_channel = channel_counts(groups)
    return Summary(
        period=closed,
        employment=scope.employment,
        contributions=count,
        online=count - offline,
        offline=offline,
        by_kind=kind_counts(groups),
        by_channel=by_channel,
        channels=real_channels(by_channel),
        reach=reach_total(groups),
        reach_personal=reach_total(personal),
        reach_employer=reach_total(employer),
        interactions=interaction_total(groups),
        interactions_personal=interaction_total(personal),
        interactions_employer=interaction_total(employer),
        audiences=tuple(growths),
        ownership=split_by_ownership(growths),
        career=tuple(career),
        between_roles=between,
        campaigns=grouped_campaign_results(campaigns, groups, chosen.campaign_strongest, closed),
        strongest=chosen.strongest,
        rates=rates,
        earned_media_value=media_value(groups, rates) if rates.show_money else None,
        audience_value=audience_value(audiences, closed, rates) if rates.show_money else None,
    )
