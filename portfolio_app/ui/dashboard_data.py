"""What the dashboard shows for one period, computed off the UI thread.

No figure is computed here: the summary is exactly what ``key_figures``
returns — the value model over SQL sums of the period's contributions — and
the chart series come from the value model's series functions. The small
tables are read once; each period is one round of aggregate queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from portfolio_app.domain.records import Period
from portfolio_app.domain.value import AudiencePoint, Summary, audience_series
from portfolio_app.domain.value.series import monthly
from portfolio_app.services.figure_queries import per_month
from portfolio_app.services.figures import Facts, load_facts, summary_of

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    summary: Summary
    audience_points: tuple[AudiencePoint, ...]
    per_month: tuple[tuple[dt.date, int], ...]


@dataclass(frozen=True, slots=True)
class PeriodChoice:
    """A period preset: a date range, or one employment (its own dates)."""

    key: str
    period: Period
    employment_id: int | None = None


def presets(today: dt.date) -> list[PeriodChoice]:
    """All time, this year, the last 12 months (employments are added by the view from the facts)."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return [
        PeriodChoice("all", Period()),
        PeriodChoice("year", Period(dt.date(today.year, 1, 1), today)),
        PeriodChoice("12m", Period(year_ago + dt.timedelta(days=1), today)),
    ]


def read_facts(db: Database) -> Facts:
    """Audiences, roles, campaigns and rates: the small tables. The contributions stay in SQLite,
    which sums them per period (services.figure_queries), so the window never holds 100,000 of them."""
    return load_facts(db, with_contributions=False)


def figures_for(db: Database, facts: Facts, period: Period, employment_id: int | None = None,
                today: dt.date | None = None) -> DashboardFigures:
    summary = summary_of(db, facts, period, employment_id, today=today)
    employment = summary.employment.id if summary.employment else None
    return DashboardFigures(
        summary=summary,
        audience_points=audience_series([growth.audience for growth in summary.audiences], summary.period,
                                        facts.employments),
        per_month=monthly(dict(per_month(db, summary.period, employment)), summary.period),
    )
