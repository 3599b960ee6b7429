"""Figures a platform reports for an audience over a period (LinkedIn's DISCOVERY), kept with that period.

They are never spread over posts or days and never added across periods:
each row says "this many impressions and people reached, as the platform
reports for these dates". A period already recorded for the audience takes
the figures of the newest import (platforms revise recent numbers); a figure
the new export leaves out stays as recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from portfolio_app.importers.base import PeriodTotal
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import AudiencePeriodTotal

_t = AudiencePeriodTotal.__table__.c


@dataclass(frozen=True, slots=True)
class RecordedTotal:
    """A period total as the import report states it: new, updated or unchanged."""

    total: PeriodTotal
    status: str  # "new", "updated" or "unchanged"


def record_period_totals(conn: Connection, audience_id: int | None, totals: Sequence[PeriodTotal], source: str,
                         write: bool) -> list[RecordedTotal]:
    """Add or update the audience's period totals (inside the import's transaction)."""
    recorded = []
    for total in totals:
        row = None
        if audience_id is not None:
            row = conn.execute(select(_t.id, _t.impressions, _t.reached).where(
                _t.audience_id == audience_id, _t.start_date == total.start, _t.end_date == total.end)).first()
        if row is None:
            recorded.append(RecordedTotal(total, "new"))
            if write and audience_id is not None:
                conn.execute(insert(AudiencePeriodTotal.__table__).values(
                    audience_id=audience_id, start_date=total.start, end_date=total.end,
                    impressions=total.impressions, reached=total.reached, source=source))
            continue
        figures = {"impressions": total.impressions if total.impressions is not None else row.impressions,
                   "reached": total.reached if total.reached is not None else row.reached}
        same = (figures["impressions"], figures["reached"]) == (row.impressions, row.reached)
        stated = PeriodTotal(total.start, total.end, figures["impressions"], figures["reached"])
        recorded.append(RecordedTotal(stated, "unchanged" if same else "updated"))
        if write and not same:
            conn.execute(update(AudiencePeriodTotal.__table__).where(_t.id == row.id).values(**figures))
    return recorded


def period_totals(db: Database, audience_id: int) -> list[PeriodTotal]:
    """The audience's period totals, the latest period first."""
    with db.engine.connect() as conn:
        rows = conn.execute(select(_t.start_date, _t.end_date, _t.impressions, _t.reached)
                            .where(_t.audience_id == audience_id).order_by(_t.end_date.desc(), _t.start_date))
        return [PeriodTotal(*row) for row in rows]
