"""Audience size and growth, split into what travels with the person and what stays.

Ownership decides whose audience it is. A personally owned audience counts over
the whole period. An employer-owned account (and a shared one tied to an
employment) counts only inside the employment that owns it: from the size at
its start to the size at the hand-over, and not at all after it ends.

Growth over a span is the size at its end minus the size just before its first
day (the latest figure up to the day before), so growth over consecutive spans
adds up to the growth over the whole. An audience first measured inside the
span grows from that first figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import AudienceFacts, EmploymentFacts, Period
from portfolio_app.domain.value.periods import clip


def size_at(audience: AudienceFacts, day: date) -> int | None:
    """The latest snapshot on or before ``day``; None when there is none yet (never projected)."""
    best: tuple[date, int] | None = None
    for snapshot_day, size in audience.snapshots:
        if snapshot_day <= day and (best is None or snapshot_day > best[0]):
            best = (snapshot_day, size)
    return best[1] if best else None


def first_snapshot_in(audience: AudienceFacts, period: Period) -> tuple[date, int] | None:
    inside = [s for s in audience.snapshots if period.contains(s[0])]
    return min(inside) if inside else None


def _size_before(audience: AudienceFacts, day: date) -> int | None:
    return None if day == date.min else size_at(audience, day - timedelta(days=1))


def counting_window(
    audience: AudienceFacts, period: Period, employments: Sequence[EmploymentFacts] = ()
) -> Period | None:
    """The part of the closed ``period`` in which the audience counts for the person.

    Personal audiences, and others without an owning employment on record,
    count throughout. Employer-owned and shared audiences with an employment
    count only inside it; None when that employment is outside the period.
    """
    if audience.ownership is Ownership.PERSONAL or audience.employment_id is None:
        return period
    job = next((e for e in employments if e.id == audience.employment_id), None)
    if job is None:
        return period
    return clip(period, job.start, job.end)


@dataclass(frozen=True, slots=True)
class AudienceGrowth:
    """One audience over the part of a closed period in which it counts.

    ``window`` is that part (None: it does not count in this period at all).
    ``start_size`` is the size just before the window's first day; when the
    audience had no figure yet, the first size recorded inside the window
    stands in for it and ``baseline_date`` says from when growth is counted.
    ``end_size`` is the latest size on or before the window's last day; when
    ``handed_over`` that is the size at which the employer kept the account
    (its employment ended before the period did).
    """

    audience: AudienceFacts
    window: Period | None
    start_size: int | None
    end_size: int | None
    baseline_date: date | None
    handed_over: bool = False

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


def growth_over(audience: AudienceFacts, span: Period | None) -> AudienceGrowth:
    """Size and growth of one audience over ``span`` (closed; None: nothing)."""
    if span is None:
        return AudienceGrowth(audience, None, None, None, None)
    assert span.start is not None and span.end is not None, "close the period first"
    start_size = _size_before(audience, span.start)
    baseline = span.start if start_size is not None else None
    if start_size is None:
        first = first_snapshot_in(audience, span)
        if first is not None:
            baseline, start_size = first
    return AudienceGrowth(audience, span, start_size, size_at(audience, span.end), baseline)


def growth_of(
    audience: AudienceFacts, period: Period, employments: Sequence[EmploymentFacts] = ()
) -> AudienceGrowth:
    """The audience over the closed ``period``, limited to its counting window."""
    window = counting_window(audience, period, employments)
    growth = growth_over(audience, window)
    if window is not None and period.end is not None and window.end is not None and window.end < period.end:
        return AudienceGrowth(audience, window, growth.start_size, growth.end_size, growth.baseline_date, True)
    return growth


@dataclass(frozen=True, slots=True)
class SizeAndGrowth:
    """Audiences added up.

    ``size``: at the end of the period, of the audiences the person still ran
    then (None when none of them had a figure). ``growth``: over the time each
    counted (None when no audience had a figure at both ends). ``handed_over``:
    the sizes at which employer accounts were handed over inside the period
    (``handed_over_count`` of them). ``unknown``: audiences in play without any
    figure. ``held``: audiences the person still ran at the period's end (not
    handed over); with all handed over, ``size`` is None because there is
    nothing to measure, not because a figure is missing (see ``none_held``).
    """

    audiences: int
    size: int | None
    growth: int | None
    unknown: int
    handed_over: int = 0
    handed_over_count: int = 0
    held: int = 0

    @property
    def none_held(self) -> bool:
        """Every one of these audiences was handed over before the period's end: the person ran none of them
        then, so their size at the end is none, not "not measured"."""
        return self.audiences > 0 and self.held == 0


def add_up(growths: Iterable[AudienceGrowth]) -> SizeAndGrowth:
    audiences = unknown = handed = handed_count = held = 0
    size: int | None = None
    growth: int | None = None
    for item in growths:
        if item.window is None:
            continue
        audiences += 1
        held += not item.handed_over
        if item.end_size is None:
            unknown += 1
            continue
        if item.handed_over:
            handed += item.end_size
            handed_count += 1
        else:
            size = (size or 0) + item.end_size
        if item.growth is not None:
            growth = (growth or 0) + item.growth
    return SizeAndGrowth(audiences, size, growth, unknown, handed, handed_count, held)


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None and b is None else (a or 0) + (b or 0)


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


def role_spans(employments: Sequence[EmploymentFacts], period: Period) -> list[tuple[int | None, Period]]:
    """The closed ``period`` cut into consecutive spans, each given to one role or to none.

    Where roles overlap, the one that started last holds the span (ties: the
    higher id), so every day belongs to exactly one role or to "between roles"
    (None) and figures over the spans add up to the figure over the period.
    """
    assert period.start is not None and period.end is not None, "close the period first"
    one_day = timedelta(days=1)
    starts = {period.start}  # the first day of each span
    for job in employments:
        for day in (job.start, job.end + one_day if job.end is not None and job.end < date.max else None):
            if day is not None and period.start < day <= period.end:
                starts.add(day)
    firsts = sorted(starts)
    lasts = [day - one_day for day in firsts[1:]] + [period.end]
    spans: list[tuple[int | None, Period]] = []
    for first, last in zip(firsts, lasts):
        active = [j for j in employments if j.start <= first and (j.end is None or j.end >= first)]
        holder = max(active, key=lambda j: (j.start, j.id)).id if active else None
        if spans and spans[-1][0] == holder:
            spans[-1] = (holder, Period(spans[-1][1].start, last))
        else:
            spans.append((holder, Period(first, last)))
    return spans


def growth_over_spans(audiences: Sequence[AudienceFacts], spans: Sequence[Period]) -> int | None:
    """Growth of ``audiences`` added up over ``spans``; None when none of them had a figure."""
    total: int | None = None
    for audience in audiences:
        for span in spans:
            total = _plus(total, growth_over(audience, span).growth)
    return total


@dataclass(frozen=True, slots=True)
class ReachBuilt:
    """Audience built while in one role ("between roles" when ``employment`` is None).

    ``spans`` are the parts of the period that belong to it (see
    :func:`role_spans`). ``personal`` (and ``shared``, for shared audiences not
    tied to an employment) is the growth of those audiences over the spans;
    ``employer`` is the role's own employer accounts (and shared ones tied to
    it): growth while employed, with each hand-over.
    """

    employment: EmploymentFacts | None
    spans: tuple[Period, ...]
    personal: int | None
    shared: int | None
    employer: SizeAndGrowth

    @property
    def growth(self) -> int | None:
        return _plus(_plus(self.personal, self.shared), self.employer.growth)


def reach_built(
    employment: EmploymentFacts | None,
    spans: Sequence[Period],
    audiences: Sequence[AudienceFacts],
    period: Period,
    employments: Sequence[EmploymentFacts],
) -> ReachBuilt:
    travelling = [a for a in audiences if a.ownership is Ownership.PERSONAL]
    loose_shared = [a for a in audiences if a.ownership is Ownership.SHARED and a.employment_id is None]
    own_id = employment.id if employment else None
    own_accounts = [
        growth_of(a, period, employments)
        for a in audiences
        if a.ownership is not Ownership.PERSONAL and a.employment_id is not None and a.employment_id == own_id
    ]
    if employment is None:  # accounts whose employment is not on record count like loose ones: never lost
        own_accounts = [
            growth_of(a, period, employments)
            for a in audiences
            if a.ownership is Ownership.EMPLOYER and a.employment_id is None
        ]
        employer_ids = {e.id for e in employments}
        own_accounts += [
            growth_of(a, period, employments)
            for a in audiences
            if a.ownership is not Ownership.PERSONAL and a.employment_id is not None
            and a.employment_id not in employer_ids
        ]
    return ReachBuilt(
        employment,
        tuple(spans),
        growth_over_spans(travelling, spans),
        growth_over_spans(loose_shared, spans),
        add_up(own_accounts),
    )
