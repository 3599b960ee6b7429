"""Monthly series for charts: contributions per month and audience size over time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.domain.enums import Ownership
from portfolio_app.domain.records import AudienceFacts, ContributionFacts, EmploymentFacts, Period
from portfolio_app.domain.value.audiences import counting_window, size_at
from portfolio_app.domain.value.periods import month_start, months


def contributions_per_month(
    contributions: Iterable[ContributionFacts], period: Period
) -> tuple[tuple[date, int], ...]:
    """(first day of month, count) for every month of the closed period, empty months included."""
    return monthly(Counter(month_start(c.date) for c in contributions if period.contains(c.date)), period)


def monthly(counts: Mapping[date, int], period: Period) -> tuple[tuple[date, int], ...]:
    """Counts by first day of month as a series over every month of the closed period, empty months as 0."""
    return tuple((month_start(first), counts.get(month_start(first), 0)) for first, _ in months(period))


@dataclass(frozen=True, slots=True)
class AudiencePoint:
    """Known audience sizes added up on one day, per ownership.

    None where no audience of that ownership counted with a size on the day
    (not yet measured, or handed over): a chart leaves the gap instead of
    drawing a 0 nobody measured. An audience not yet measured while another
    of its ownership is adds nothing.
    """

    day: date
    personal: int | None
    employer: int | None
    shared: int | None

    @property
    def total(self) -> int:
        return (self.personal or 0) + (self.employer or 0) + (self.shared or 0)


def audience_series(
    audiences: Sequence[AudienceFacts], period: Period, employments: Sequence[EmploymentFacts] = ()
) -> tuple[AudiencePoint, ...]:
    """One point at the start of the period and at the end of every month in it.

    An employer account counts only on days inside its employment (see
    ``counting_window``): after the hand-over it is no longer the person's.
    """
    assert period.start is not None and period.end is not None, "close the period first"
    windows = [(audience, counting_window(audience, period, employments)) for audience in audiences]
    days = [period.start] + [last for _, last in months(period)]
    points = []
    for day in dict.fromkeys(days):  # the start may also be a month's last day
        sums: dict[Ownership, int | None] = {ownership: None for ownership in Ownership}
        for audience, window in windows:
            if window is not None and window.contains(day):
                size = size_at(audience, day)
                if size is not None:
                    sums[audience.ownership] = (sums[audience.ownership] or 0) + size
        points.append(AudiencePoint(day, sums[Ownership.PERSONAL], sums[Ownership.EMPLOYER], sums[Ownership.SHARED]))
    return tuple(points)
