"""Date arithmetic the value model needs: closing open periods, clipping, months."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from portfolio_app.domain.records import Period


def close_period(period: Period, known_days: Iterable[date], today: date) -> Period:
    """Give an open period concrete ends, none of them in the future.

    An open start becomes the earliest day anything is known about; an open end
    becomes today, and so does an end after today: nothing is projected into
    months that have not happened yet. With nothing known the period is just
    today; a period wholly in the future shrinks to its first day.
    """
    start = period.start
    if start is None:
        start = min((day for day in known_days if day <= today), default=today)
    end = today if period.end is None or period.end > today else period.end
    return Period(start, max(start, end))


def clip(period: Period, start: date | None, end: date | None) -> Period | None:
    """The part of ``period`` inside [start, end] (None = open); None when they do not overlap."""
    starts = [d for d in (period.start, start) if d is not None]
    ends = [d for d in (period.end, end) if d is not None]
    lo = max(starts) if starts else None
    hi = min(ends) if ends else None
    if lo is not None and hi is not None and lo > hi:
        return None
    return Period(lo, hi)


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def months(period: Period) -> Iterator[tuple[date, date]]:
    """Each calendar month the closed period touches, as (first day, last day) inside it."""
    assert period.start is not None and period.end is not None, "close the period first"
    cursor = period.start
    while cursor <= period.end:
        last = min(month_end(cursor), period.end)
        yield cursor, last
        if last == date.max:  # 31 Dec 9999 has no next day
            return
        cursor = last + timedelta(days=1)
