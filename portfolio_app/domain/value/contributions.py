"""Figures over contributions: people reached, views, attendees, interactions, counts.

Unknown metrics are None and never count as zero: a sum over contributions of
which none had the metric is None ("not measured"), and only contributions
that have both interactions and impressions enter the engagement rate. Reach
(people), impressions (views) and attendees are never added to each other.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from portfolio_app.domain.enums import OFFLINE_KINDS, ContributionKind, Platform
from portfolio_app.domain.records import ContributionFacts, Period
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.value.groups import ContributionGroup, group_contributions


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

# The headline figure of ONE contribution, printed with its source's label
# ("12,000 views (impressions)"), never summed across sources.
# Online: people reached, else views, else people in the room (a webinar).
# Offline: people in the room first. Spelled out branch by branch:
# this runs for every contribution several times per report.
_REACH, _IMPRESSIONS, _ATTENDEES = ReachSource.REACH, ReachSource.IMPRESSIONS, ReachSource.ATTENDEES
_OFFLINE_PLATFORM = Platform.OFFLINE


def in_period(contributions: Iterable[ContributionFacts], period: Period) -> list[ContributionFacts]:
    return [c for c in contributions if period.contains(c.date)]


def is_offline(contribution: ContributionFacts) -> bool:
    return contribution.kind in OFFLINE_KINDS or contribution.platform is Platform.OFFLINE


def channel_of(contribution: ContributionFacts) -> Platform | None:
    """The platform of its audience; a talk without an audience is still offline."""
    return _channel(contribution.platform, contribution.kind)


def _channel(platform: Platform | None, kind: ContributionKind) -> Platform | None:
    if platform is not None:
        return platform
    return Platform.OFFLINE if kind.is_offline else None


def reach_of(contribution: ContributionFacts) -> tuple[int | None, ReachSource | None]:
    """The contribution's headline figure and which metric it is; (None, None) when nothing is known.

    Print it with ``source.label``: impressions are views, not people.
    """
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


def interactions_of(contribution: ContributionFacts) -> int | None:
    """The platform's engagements where it gave that total, else reactions + comments + shares + clicks
    over the known ones; None when none is known.

    Engagements (LinkedIn's figure) already hold reactions, comments, reposts
    and clicks: adding the parts to them would count those twice.
    """
    if contribution.engagements is not None:
        return contribution.engagements
    reactions, comments, shares, clicks = (
        contribution.reactions, contribution.comments, contribution.shares, contribution.clicks)
    if reactions is None and comments is None and shares is None and clicks is None:
        return None
    return (reactions or 0) + (comments or 0) + (shares or 0) + (clicks or 0)


@dataclass(frozen=True, slots=True)
class MetricTotal:
    """One metric summed over contributions; ``total`` is None when none of them had it."""

    total: int | None
    with_figure: int
    contributions: int

    @property
    def without_figure(self) -> int:
        return self.contributions - self.with_figure


@dataclass(frozen=True, slots=True)
class ReachTotal:
    """People reached, views and attendees: three figures with their own labels, never mixed.

    ``people`` sums the reach a platform measured (people, counted per
    contribution, so one person reached twice counts twice); ``impressions``
    are views, not people; ``attendees`` were in the room. ``without_any``
    counts the contributions that have none of the three.
    """

    people: MetricTotal
    impressions: MetricTotal
    attendees: MetricTotal
    without_any: int

    @property
    def contributions(self) -> int:
        return self.people.contributions

    @property
    def with_any(self) -> int:
        return self.contributions - self.without_any


def _metric(total: int, with_figure: int, count: int) -> MetricTotal:
    return MetricTotal(total if with_figure else None, with_figure, count)


def total_reach(contributions: Iterable[ContributionFacts]) -> ReachTotal:
    return reach_total(group_contributions(contributions))


def reach_total(groups: Iterable[ContributionGroup]) -> ReachTotal:
    """People reached, views and attendees over the groups' contributions."""
    count = people = impressions = attendees = 0
    with_people = with_impressions = with_attendees = without_any = 0
    for g in groups:
        count += g.contributions
        people += g.people
        with_people += g.with_people
        impressions += g.impressions
        with_impressions += g.with_impressions
        attendees += g.attendees
        with_attendees += g.with_attendees
        without_any += g.without_any
    return ReachTotal(
        _metric(people, with_people, count),
        _metric(impressions, with_impressions, count),
        _metric(attendees, with_attendees, count),
        without_any,
    )


@dataclass(frozen=True, slots=True)
class InteractionTotal:
    """Interactions (per contribution its engagements, else reactions + comments + shares + clicks; see
    :func:`interactions_of`), and the engagement rate with its basis.

    ``interactions`` is None when no contribution had any of these figures;
    it is shown also where impressions are unknown. ``rate = rate_interactions
    / rate_impressions`` over the ``rate_basis`` contributions that have both
    an interaction figure and impressions > 0.
    """

    interactions: int | None
    with_interactions: int
    rate_interactions: int
    rate_impressions: int
    rate_basis: int

    @property
    def rate(self) -> float | None:
        return self.rate_interactions / self.rate_impressions if self.rate_impressions else None


def total_interactions(contributions: Iterable[ContributionFacts]) -> InteractionTotal:
    return interaction_total(group_contributions(contributions))


def interaction_total(groups: Iterable[ContributionGroup]) -> InteractionTotal:
    """Interactions and the engagement rate's parts over the groups' contributions."""
    interactions = with_interactions = rate_interactions = rate_impressions = rate_basis = 0
    for g in groups:
        interactions += g.interactions
        with_interactions += g.with_interactions
        rate_interactions += g.rate_interactions
        rate_impressions += g.rate_impressions
        rate_basis += g.rate_basis
    return InteractionTotal(
        interactions if with_interactions else None, with_interactions, rate_interactions, rate_impressions, rate_basis
    )


def counts_by_kind(contributions: Iterable[ContributionFacts]) -> tuple[tuple[ContributionKind, int], ...]:
    """Most frequent first; ties in the order the kinds are declared."""
    return kind_counts(group_contributions(contributions))


def kind_counts(groups: Iterable[ContributionGroup]) -> tuple[tuple[ContributionKind, int], ...]:
    counts: Counter[ContributionKind] = Counter()
    for g in groups:
        counts[g.kind] += g.contributions
    order = list(ContributionKind)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0]))))


def counts_by_channel(contributions: Iterable[ContributionFacts]) -> tuple[tuple[Platform | None, int], ...]:
    """Most frequent first; contributions without a channel last among equals (key None)."""
    return channel_counts(group_contributions(contributions))


def channel_counts(groups: Iterable[ContributionGroup]) -> tuple[tuple[Platform | None, int], ...]:
    counts: Counter[Platform | None] = Counter()
    for g in groups:
        counts[_channel(g.platform, g.kind)] += g.contributions
    order = [*Platform, None]
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0]))))


def real_channels(by_channel: Iterable[tuple[Platform | None, int]]) -> int:
    """How many channels were used: "no channel" is not one."""
    return sum(1 for platform, count in by_channel if platform is not None and count)


def percent_shares(counts: Sequence[int]) -> tuple[int, ...]:
    """Whole percentages of ``counts`` that add up to exactly 100 (largest remainder method).

    Each share is rounded down; the points still missing go to the largest
    remainders (ties: the earlier item). All zero → all zero.
    """
    total = sum(counts)
    if total <= 0:
        return tuple(0 for _ in counts)
    shares = [count * 100 // total for count in counts]  # whole numbers: no float rounding
    remainders = [count * 100 % total for count in counts]
    missing = 100 - sum(shares)
    by_remainder = sorted(range(len(counts)), key=lambda i: (-remainders[i], i))
    for index in by_remainder[:missing]:
        shares[index] += 1
    return tuple(shares)


def strongest(contributions: Iterable[ContributionFacts], count: int = 3) -> tuple[ContributionFacts, ...]:
    """The contributions with the largest headline figure, then interactions; those without one are skipped."""
    ranked = (c for c in contributions if reach_of(c)[0] is not None)
    # nsmallest, not a full sort: 100k contributions sorted in C hold the GIL for ~0.2 s (the UI stalls)
    return tuple(heapq.nsmallest(
        count, ranked, key=lambda c: (-(reach_of(c)[0] or 0), -(interactions_of(c) or 0), c.date, c.id)))


@dataclass(frozen=True, slots=True)
class KindFigures:
    kind: ContributionKind
    contributions: int
    reach: ReachTotal
    interactions: InteractionTotal


def figures_by_kind(contributions: Sequence[ContributionFacts]) -> tuple[KindFigures, ...]:
    """Count, reach figures and interactions per kind, in the order of :func:`counts_by_kind`."""
    grouped: dict[ContributionKind, list[ContributionFacts]] = {}
    for contribution in contributions:
        grouped.setdefault(contribution.kind, []).append(contribution)
    return tuple(
        KindFigures(kind, count, total_reach(grouped[kind]), total_interactions(grouped[kind]))
        for kind, count in counts_by_kind(contributions)
    )
