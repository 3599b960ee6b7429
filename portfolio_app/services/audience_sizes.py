"""An audience and its size history, saved together in one transaction.

The audience editor shows the history as an editable table; saving it writes
the audience, removes the rows the user deleted, rewrites the changed ones
(keeping their ids) and adds the new ones — all or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.validation import Errors, check_snapshot
from portfolio_app.errors import NotFound, ValidationError
from portfolio_app.services import records
from portfolio_app.services.records import Saved, row_dict
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import Audience, AudienceSnapshot

SAME_DATE = QT_TRANSLATE_NOOP("validation", "Another size is already recorded on this date.")

_s = AudienceSnapshot.__table__.c


@dataclass(frozen=True, slots=True)
class SizeEntry:
    """One row of the size history as edited: ``id`` is None for a new row."""

    date: dt.date | None
    size: object  # int, or whatever was typed when it is not a whole number
    id: int | None = None


def size_history(db: Database, audience_id: int) -> list[SizeEntry]:
    """The recorded sizes of an audience, oldest first."""
    return [SizeEntry(s.date, s.size, s.id) for s in records.snapshots.list(db, audience_id=audience_id)]


def check_sizes(entries: Sequence[SizeEntry]) -> dict[int, Errors]:
    """Problems per row index; two rows on one date are a problem for the later row."""
    problems: dict[int, Errors] = {}
    seen: set[dt.date | None] = set()  # a missing date is the row's own problem (check_snapshot)
    for index, entry in enumerate(entries):
        errors = check_snapshot({"date": entry.date, "size": entry.size})
        if "date" not in errors and entry.date in seen:
            errors["date"] = SAME_DATE
        seen.add(entry.date)
        if errors:
            problems[index] = errors
    return problems


def audience_errors(db: Database, audience_id: int | None, values: Mapping) -> Errors:
    """The audience's field problems, judged on the record as it would be after saving."""
    if audience_id is None:
        # sqlmodel's stubs want the required fields, but a table model skips validation: a blank record
        current = row_dict(Audience())  # type: ignore[call-arg]
    else:
        current = row_dict(records.audiences.get(db, audience_id))
    current.pop("id", None)
    return records.audiences.validate(db, {**current, **values})


def save_audience(
    db: Database, audience_id: int | None, values: Mapping, sizes: Sequence[SizeEntry]
) -> Saved:
    """Create or update the audience and replace its size history with ``sizes``; its id and what changed."""
    errors = audience_errors(db, audience_id, values)
    for index, row_errors in check_sizes(sizes).items():
        errors.update({f"sizes.{index}.{name}": reason for name, reason in row_errors.items()})
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        if audience_id is None:
            audience = Audience(**values)
            session.add(audience)
            session.flush()
        else:
            found = session.get(Audience, audience_id)
            if found is None:
                raise NotFound(f"No audience with id {audience_id}")
            audience = found
            for name, value in values.items():
                setattr(audience, name, value)
        stored = {row.id: (row.date, row.size) for row in session.execute(
            select(_s.id, _s.date, _s.size).where(_s.audience_id == audience.id))}
        unchanged = {e.id for e in sizes if e.id in stored and stored[e.id] == (e.date, e.size)}
        # changed rows go first and come back with their ids, so swapping two dates
        # never trips the one-size-per-date constraint halfway through
        session.execute(delete(AudienceSnapshot.__table__).where(
            _s.audience_id == audience.id, _s.id.not_in(unchanged)))
        fresh = [
            {"id": e.id if e.id in stored else None, "audience_id": audience.id, "date": e.date, "size": e.size}
            for e in sizes if e.id not in unchanged
        ]
        if fresh:
            session.execute(insert(AudienceSnapshot.__table__), fresh)
        saved_id = audience.id
    assert saved_id is not None, "flushed or loaded: the audience has its id"
    return Saved(saved_id, Changes.of(RecordKind.AUDIENCE, (saved_id,)) | Changes.of(RecordKind.AUDIENCE_SNAPSHOT))
