"""Which contributions the appendix lists, grouped by employment (or by year without one).

A hiring manager reads the selected work, not every post: the featured ones
plus the strongest few per employment or year, measured by the figures that
exist (reach first, then interactions). Replies and answers are conversation,
not work samples, so they never enter by strength; the full list stays one
``export-csv`` away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.records import ContributionFacts, EmploymentFacts
from portfolio_app.domain.value import interactions_of, reach_of

TOP_PER_GROUP = 2  # with the featured ones, the demo's selected work fits on a page


class AppendixMode(StrEnum):
    SELECTED = "selected"  # featured + the strongest per group (the default)
    FULL = "full"  # every public contribution of the period
    NONE = "none"  # no appendix


@dataclass(frozen=True, slots=True)
class WorkGroup:
    """One employment's (or one year's) contributions: subtotals over all of them, the listed ones newest first."""

    employment: EmploymentFacts | None
    year: int | None  # set when the group is a year without an employment
    contributions: int
    reach: int | None  # people reached, summed over the contributions with a figure; None when none had one
    engagements: int | None
    listed: tuple[ContributionFacts, ...]
    impressions: int | None = None  # views: never added to people
    attendees: int | None = None


def _strength(contribution: ContributionFacts) -> tuple[int, int, int]:
    reach, _ = reach_of(contribution)
    engagements = interactions_of(contribution)
    return (reach is not None, reach or 0, engagements or 0)


def _has_figure(contribution: ContributionFacts) -> bool:
    return reach_of(contribution)[0] is not None or interactions_of(contribution) is not None


def _sum(values) -> int | None:
    known = [value for value in values if value is not None]
    return sum(known) if known else None


def select_work(
    contributions: Sequence[ContributionFacts],
    employments: Mapping[int, EmploymentFacts],
    mode: AppendixMode = AppendixMode.SELECTED,
    per_group: int = TOP_PER_GROUP,
) -> tuple[WorkGroup, ...]:
    """The appendix's groups, most recent group first; empty for ``NONE`` or nothing to list."""
    if mode is AppendixMode.NONE:
        return ()
    groups: dict[tuple[int, int], list[ContributionFacts]] = {}
    for contribution in contributions:
        employment_id = contribution.employment_id
        if employment_id is not None and employment_id in employments:
            key = (0, employment_id)
        else:
            key = (1, contribution.date.year)
        groups.setdefault(key, []).append(contribution)
    result = []
    for (is_year, ident), members in groups.items():
        if mode is AppendixMode.FULL:
            listed = members
        else:
            candidates = [c for c in members if c.kind is not ContributionKind.ANSWER and _has_figure(c)]
            strongest = sorted(candidates, key=_strength, reverse=True)[:per_group]
            chosen = {c.id for c in strongest} | {c.id for c in members if c.featured}
            listed = [c for c in members if c.id in chosen]
        if not listed:
            continue
        result.append(WorkGroup(
            employment=None if is_year else employments[ident],
            year=ident if is_year else None,
            contributions=len(members),
            reach=_sum(c.reach for c in members),
            engagements=_sum(interactions_of(c) for c in members),
            listed=tuple(sorted(listed, key=lambda c: (c.date, c.id), reverse=True)),
            impressions=_sum(c.impressions for c in members),
            attendees=_sum(c.attendees for c in members),
        ))
    result.sort(key=lambda group: (group.listed[0].date, group.listed[0].id), reverse=True)
    return tuple(result)
