"""Imported contributions wait for the user's look: which are not reviewed yet, and confirming them.

An import brings in posts by the hundred; each starts "not reviewed" until the
user saves it in the editor or confirms it here, so the table can list them
and the PDF export can say how many of them it would include.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select, update

from portfolio_app.storage.database import Database
from portfolio_app.storage.models import Contribution

_c = Contribution.__table__.c
CHUNK = 500  # ids per UPDATE: well below SQLite's bound-parameter limit


def mark_reviewed(db: Database, ids: Iterable[int]) -> int:
    """Confirm these contributions as looked at; returns how many changed."""
    return len(set_reviewed(db, ids, True))


def set_reviewed(db: Database, ids: Iterable[int], reviewed: bool) -> list[int]:
    """Mark these contributions reviewed (or, to undo that, not); the ids that changed, in one transaction."""
    ids = sorted(set(ids))
    changed: list[int] = []
    with db.engine.begin() as conn:
        for start in range(0, len(ids), CHUNK):
            result = conn.execute(update(Contribution.__table__)
                                  .where(_c.id.in_(ids[start:start + CHUNK]), _c.reviewed.is_(not reviewed))
                                  .values(reviewed=reviewed)
                                  .returning(_c.id))
            changed.extend(row[0] for row in result)
    return sorted(changed)


def unreviewed_in_pdf(db: Database, start: dt.date | None, end: dt.date | None) -> int:
    """How many contributions not reviewed yet a PDF of this period would include (private ones never are)."""
    statement = select(func.count()).where(_c.reviewed.is_(False), _c.private.is_(False))
    if start is not None:
        statement = statement.where(_c.date >= start)
    if end is not None:
        statement = statement.where(_c.date <= end)
    with db.engine.connect() as conn:
        return conn.execute(statement).scalar_one()
