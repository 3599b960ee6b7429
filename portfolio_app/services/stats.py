"""What ``portfolio-app stats`` reports: record counts and the key figures, as plain data."""

from __future__ import annotations

import datetime as dt

from portfolio_app.services.figures import key_figures, table_counts
from portfolio_app.storage.database import Database


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def stats_document(db: Database, *, today: dt.date | None = None) -> dict:
    """Counts of every table plus the value model's key figures over the whole record."""
    summary = key_figures(db, today=today)
    split = summary.ownership
    figures = {
        "period_start": summary.period.start.isoformat() if summary.period.start else None,
        "period_end": summary.period.end.isoformat() if summary.period.end else None,
        "public_contributions": summary.contributions,
        "online": summary.online,
        "offline": summary.offline,
        "reach": summary.reach.total,
        "reach_without_figure": summary.reach.without_figure,
        "engagements": summary.engagement.engagements,
        "engagement_rate": _rate(summary.engagement.rate),
        "engagement_rate_basis": summary.engagement.rate_basis,
        "audience_size": split.total.size,
        "audience_growth": split.total.growth,
        "portable_audience_size": split.personal.size,
        "employer_audience_size": split.employer.size,
        "personal_engagement_rate": _rate(summary.engagement_personal.rate),
        "corporate_engagement_rate": _rate(summary.engagement_employer.rate),
        "currency": summary.rates.currency,
        "earned_media_value": round(summary.earned_media_value.amount, 2) if summary.earned_media_value else None,
        "audience_value": round(summary.audience_value.total, 2) if summary.audience_value else None,
    }
    return {"database": str(db.path), **table_counts(db), "figures": figures}
