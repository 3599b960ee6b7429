"""Audience size and growth, split into what travels with the person and what stays."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import AudienceFacts, EmploymentFacts, Period
from portfolio_app.domain.value.periods import clip


def size_at(audience: AudienceFacts, day: date) -> int | None:
    """The latest snapshot on or before ``day``; None when there is none yet."""
    best: tuple[date, int] | None = None
    for snapshot_day, size in audience.snapshots:
        if snapshot_day <= day and (best is None or snapshot_day > best[0]):
            best = (snapshot_day, size)
    return best[1] if best else None


def first_snapshot_in(audience: AudienceFacts, period: Period) -> tuple[date, int] | None:
    inside = [s for s in audience.snapshots if period.contains(s[0])]
    return min(inside) if inside else None


@dataclass(frozen=True, slots=True)
class AudienceGrowth:
    """One audience over a closed period.

    ``start_size`` is the size on the first day; when the audience had no
    snapshot yet, the first size recorded inside the period stands in for it
    and ``baseline_date`` says from when growth is counted.
    """

    audience: AudienceFacts
    start_size: int | None
    end_size: int | None
    baseline_date: date | None

    @property
    def growth(self) -> int | None:
        if self.start_size is None or self.end_size is None:
            return None
        return self.end_size - self.start_size

    @property
    def ownership(self) -> Ownership:
        return self.audience.ownership

    @property
    def platform(self) -> Platform:
        return self.audience.platform


def growth_of(audience: AudienceFacts, period: Period) -> AudienceGrowth:
    assert period.start is not None and period.end is not None, "close the period first"
    start_size = size_at(audience, period.start)
    baseline = period.start if start_size is not None else None
    if start_size is None:
        first = first_snapshot_in(audience, period)
        if first is not None:
            baseline, start_size = first
    return AudienceGrowth(audience, start_size, size_at(audience, period.end), baseline)


@dataclass(frozen=True, slots=True)
class SizeAndGrowth:
    """Audiences added up: size at the end of the period and growth over it.

    Audiences without any figure in the period are counted in ``unknown``.
    """

    audiences: int
    size: int
    growth: int
    unknown: int


def add_up(growths: Iterable[AudienceGrowth]) -> SizeAndGrowth:
    audiences = size = growth = unknown = 0
    for item in growths:
        audiences += 1
        if item.end_size is None:
            unknown += 1
            continue
        size += item.end_size
        growth += item.growth or 0
    return SizeAndGrowth(audiences, size, growth, unknown)


@dataclass(frozen=True, slots=True)
class OwnershipSplit:
    """Portable (personal) audiences travel with the person; employer-owned ones stay."""

    personal: SizeAndGrowth
    employer: SizeAndGrowth
    shared: SizeAndGrowth
    total: SizeAndGrowth


def split_by_ownership(growths: Sequence[AudienceGrowth]) -> OwnershipSplit:
    return OwnershipSplit(
        personal=add_up(g for g in growths if g.ownership is Ownership.PERSONAL),
        employer=add_up(g for g in growths if g.ownership is Ownership.EMPLOYER),
        shared=add_up(g for g in growths if g.ownership is Ownership.SHARED),
        total=add_up(growths),
    )


@dataclass(frozen=True, slots=True)
class ReachBuilt:
    """Audience built while at one employer: "reach built while at X".

    ``span`` is the employment clipped to the reported period. Personal growth
    counts every personally owned audience; employer growth only the accounts
    that employment owns.
    """

    employment: EmploymentFacts
    span: Period
    personal: SizeAndGrowth
    employer: SizeAndGrowth

    @property
    def growth(self) -> int:
        return self.personal.growth + self.employer.growth


def reach_built_during(
    employment: EmploymentFacts, audiences: Sequence[AudienceFacts], period: Period
) -> ReachBuilt | None:
    """None when the employment does not overlap the (closed) period."""
    span = clip(period, employment.start, employment.end)
    if span is None:
        return None
    personal = [growth_of(a, span) for a in audiences if a.ownership is Ownership.PERSONAL]
    employer = [
        growth_of(a, span)
        for a in audiences
        if a.ownership is Ownership.EMPLOYER and a.employment_id == employment.id
    ]
    return ReachBuilt(employment, span, add_up(personal), add_up(employer))
