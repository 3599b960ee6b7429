"""Figures over contributions: reach with its fallbacks, engagement, counts.

Unknown metrics are None and never count as zero: a contribution without any
reach figure is counted as "no figure", and only contributions that have both
engagements and impressions enter the engagement rate.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from portfolio_app.domain.enums import OFFLINE_KINDS, ContributionKind, Ownership, Platform
from portfolio_app.domain.i18n import QT_TRANSLATE_NOOP
from portfolio_app.domain.records import ContributionFacts, Period


class ReachSource(StrEnum):
    """Which metric a contribution's reach figure came from."""

    REACH = "reach"
    IMPRESSIONS = "impressions"
    ATTENDEES = "attendees"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    ReachSource.REACH: QT_TRANSLATE_NOOP("value", "reach"),
    ReachSource.IMPRESSIONS: QT_TRANSLATE_NOOP("value", "impressions"),
    ReachSource.ATTENDEES: QT_TRANSLATE_NOOP("value", "attendees"),
}

# Online: people reached, else views as an upper bound, else people in the room
# (a webinar). Offline: people in the room first. Spelled out branch by branch:
# this runs for every contribution several times per report.
_REACH, _IMPRESSIONS, _ATTENDEES = ReachSource.REACH, ReachSource.IMPRESSIONS, ReachSource.ATTENDEES
_OFFLINE_PLATFORM = Platform.OFFLINE


def in_period(contributions: Iterable[ContributionFacts], period: Period) -> list[ContributionFacts]:
    return [c for c in contributions if period.contains(c.date)]


def is_offline(contribution: ContributionFacts) -> bool:
    return contribution.kind in OFFLINE_KINDS or contribution.platform is Platform.OFFLINE


def channel_of(contribution: ContributionFacts) -> Platform | None:
    """The platform of its audience; a talk without an audience is still offline."""
    if contribution.platform is not None:
        return contribution.platform
    return Platform.OFFLINE if contribution.kind.is_offline else None


def reach_of(contribution: ContributionFacts) -> tuple[int | None, ReachSource | None]:
    """The contribution's reach and where it came from; (None, None) when nothing is known."""
    c = contribution
    if c.kind in OFFLINE_KINDS or c.platform is _OFFLINE_PLATFORM:
        if c.attendees is not None:
            return c.attendees, _ATTENDEES
        if c.reach is not None:
            return c.reach, _REACH
        if c.impressions is not None:
            return c.impressions, _IMPRESSIONS
        return None, None
    if c.reach is not None:
        return c.reach, _REACH
    if c.impressions is not None:
        return c.impressions, _IMPRESSIONS
    if c.attendees is not None:
        return c.attendees, _ATTENDEES
    return None, None


def engagements_of(contribution: ContributionFacts) -> int | None:
    """Reactions + comments + shares + clicks over the known ones; None when none is known."""
    reactions, comments, shares, clicks = (
        contribution.reactions, contribution.comments, contribution.shares, contribution.clicks)
    if reactions is None and comments is None and shares is None and clicks is None:
        return None
    return (reactions or 0) + (comments or 0) + (shares or 0) + (clicks or 0)


@dataclass(frozen=True, slots=True)
class ReachTotal:
    total: int
    contributions: int
    from_reach: int
    from_impressions: int
    from_attendees: int
    without_figure: int

    @property
    def with_figure(self) -> int:
        return self.contributions - self.without_figure


def total_reach(contributions: Sequence[ContributionFacts]) -> ReachTotal:
    sources: Counter[ReachSource | None] = Counter()
    total = 0
    for contribution in contributions:
        value, source = reach_of(contribution)
        sources[source] += 1
        total += value or 0
    return ReachTotal(
        total=total,
        contributions=len(contributions),
        from_reach=sources[ReachSource.REACH],
        from_impressions=sources[ReachSource.IMPRESSIONS],
        from_attendees=sources[ReachSource.ATTENDEES],
        without_figure=sources[None],
    )


@dataclass(frozen=True, slots=True)
class EngagementTotal:
    """Engagements, and the rate with its denominator named.

    ``rate = rate_engagements / rate_impressions`` over the ``rate_basis``
    contributions that have both an engagement figure and impressions > 0.
    """

    engagements: int
    with_engagements: int
    rate_engagements: int
    rate_impressions: int
    rate_basis: int

    @property
    def rate(self) -> float | None:
        return self.rate_engagements / self.rate_impressions if self.rate_impressions else None


def total_engagement(contributions: Iterable[ContributionFacts]) -> EngagementTotal:
    engagements = with_engagements = rate_engagements = rate_impressions = rate_basis = 0
    for contribution in contributions:
        value = engagements_of(contribution)
        if value is None:
            continue
        engagements += value
        with_engagements += 1
        if contribution.impressions:  # None and 0 both leave it out of the rate
            rate_engagements += value
            rate_impressions += contribution.impressions
            rate_basis += 1
    return EngagementTotal(engagements, with_engagements, rate_engagements, rate_impressions, rate_basis)


def with_ownership(contributions: Iterable[ContributionFacts], ownership: Ownership) -> list[ContributionFacts]:
    return [c for c in contributions if c.ownership is ownership]


def counts_by_kind(contributions: Iterable[ContributionFacts]) -> tuple[tuple[ContributionKind, int], ...]:
    """Most frequent first; ties in the order the kinds are declared."""
    counts = Counter(c.kind for c in contributions)
    order = list(ContributionKind)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0]))))


def counts_by_channel(contributions: Iterable[ContributionFacts]) -> tuple[tuple[Platform | None, int], ...]:
    """Most frequent first; contributions without a channel last among equals (key None)."""
    counts = Counter(channel_of(c) for c in contributions)
    order = [*Platform, None]
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0]))))


def strongest(contributions: Iterable[ContributionFacts], count: int = 3) -> tuple[ContributionFacts, ...]:
    """The contributions with the largest reach, then engagements; those without reach are skipped."""
    ranked = (c for c in contributions if reach_of(c)[0] is not None)
    # nsmallest, not a full sort: 100k contributions sorted in C hold the GIL for ~0.2 s (the UI stalls)
    return tuple(heapq.nsmallest(
        count, ranked, key=lambda c: (-(reach_of(c)[0] or 0), -(engagements_of(c) or 0), c.date, c.id)))


@dataclass(frozen=True, slots=True)
class KindFigures:
    kind: ContributionKind
    contributions: int
    reach: ReachTotal
    engagement: EngagementTotal


def figures_by_kind(contributions: Sequence[ContributionFacts]) -> tuple[KindFigures, ...]:
    """Count, reach and engagement per kind, in the order of :func:`counts_by_kind`."""
    grouped: dict[ContributionKind, list[ContributionFacts]] = {}
    for contribution in contributions:
        grouped.setdefault(contribution.kind, []).append(contribution)
    return tuple(
        KindFigures(kind, count, total_reach(grouped[kind]), total_engagement(grouped[kind]))
        for kind, count in counts_by_kind(contributions)
    )
