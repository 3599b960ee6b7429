"""What ``portfolio-app stats`` reports: record counts and the key figures, as plain data."""

from __future__ import annotations

import datetime as dt

from portfolio_app.domain.records import Period
from portfolio_app.services.figures import key_figures, summary_figures, table_counts
from portfolio_app.storage.database import Database


def stats_document(db: Database, period: Period | None = None, *, today: dt.date | None = None) -> dict:
    """Counts of every table plus the value model's key figures over ``period`` (default: the whole record)."""
    summary = key_figures(db, period, today=today)
    return {"database": str(db.path), **table_counts(db), "figures": summary_figures(summary)}
