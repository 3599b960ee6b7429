"""What the dashboard shows for one period, computed off the UI thread.

No figure is computed here: the summary is the value model's ``summarize``
over the facts ``services.figures.load_facts`` reads — exactly what
``key_figures`` returns — and the chart series come from the value model's
series functions. The facts are read once and re-summarised per period.
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass

from portfolio_app.domain.records import Period
from portfolio_app.domain.value import AudiencePoint, Summary, audience_series, contributions_per_month, summarize
from portfolio_app.services.figures import Facts, load_facts


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


def read_facts(db) -> Facts:
    """The facts, read in a worker thread without stalling the UI thread.

    Reading 100k contributions creates about a million objects; the cyclic
    garbage collector's full passes over them hold the GIL for ~0.25 s each,
    freezing the window meanwhile. The facts are plain frozen data without
    reference cycles (freed by reference counting when replaced), so they are
    moved out of the collector's sight once read.
    """
    gc.disable()
    try:
        facts = load_facts(db)
    finally:
        gc.freeze()
        gc.enable()
    return facts


def figures_for(facts: Facts, period: Period, employment_id: int | None = None,
                today: dt.date | None = None) -> DashboardFigures:
    summary = summarize(
        facts.contributions, facts.audiences, facts.employments, facts.campaigns, facts.rates,
        period=period, employment_id=employment_id, today=today,
    )
    contributions = facts.contributions
    if employment_id is not None:  # the same contributions summarize counted for this employment
        contributions = [c for c in contributions if c.employment_id == employment_id]
    return DashboardFigures(
        summary=summary,
        audience_points=audience_series([growth.audience for growth in summary.audiences], summary.period,
                                       facts.employments),
        per_month=contributions_per_month(contributions, summary.period),
    )
