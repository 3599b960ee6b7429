"""Finding, filtering and sorting contributions in SQL.

The contributions table can hold 100,000 rows, so sorting and searching run in
SQLite (indexes, FTS5) and the UI fetches only the rows it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select, text

from portfolio_app.domain.enums import METRIC_FIELDS
from portfolio_app.storage.database import Database
from portfolio_app.storage.fast_query import first_column
from portfolio_app.storage.models import Audience, Campaign, Contribution, Employment

_c = Contribution.__table__.c
_a = Audience.__table__.c
_cp = Campaign.__table__.c
_e = Employment.__table__.c


@dataclass(frozen=True, slots=True)
class ContributionQuery:
    """What the user filters by; every field None or empty means "any"."""

    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    audience_id: int | None = None
    campaign_id: int | None = None
    employment_id: int | None = None
    kind: str | None = None
    include_private: bool = True
    reviewed: bool | None = None  # False: only what an import brought in and nobody looked at yet
    needs_figures: bool = False  # only contributions without any metric (all unknown): what to fill in next
    order_by: str = "date"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class ContributionRow:
    """One line of the contributions table, with the names of what it links to."""

    id: int
    date: dt.date
    kind: str
    title: str
    audience: str | None
    platform: str | None
    campaign: str | None
    organisation: str | None
    impressions: int | None
    reach: int | None
    reactions: int | None
    comments: int | None
    shares: int | None
    clicks: int | None
    engagements: int | None
    attendees: int | None
    featured: bool
    private: bool
    url: str


ROW_COLUMNS = {
    "id": _c.id,
    "date": _c.date,
    "kind": _c.kind,
    "title": _c.title,
    "audience": _a.name,
    "platform": _a.platform,
    "campaign": _cp.name,
    "organisation": _e.organisation,
    "impressions": _c.impressions,
    "reach": _c.reach,
    "reactions": _c.reactions,
    "comments": _c.comments,
    "shares": _c.shares,
    "clicks": _c.clicks,
    "engagements": _c.engagements,
    "attendees": _c.attendees,
    "featured": _c.featured,
    "private": _c.private,
    "url": _c.url,
}
SORTABLE = tuple(name for name in ROW_COLUMNS if name != "url")


def fts_match_expression(typed: str) -> str | None:
    """Turn what the user typed into an FTS5 query: every word, as a prefix, all required.

    Words are quoted, so FTS5 operators and punctuation the user types are text.
    """
    words = [w for w in typed.replace('"', " ").replace("\x00", " ").split() if w]  # FTS5 stops reading at NUL
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def _joined() -> Select:
    source = (
        Contribution.__table__.outerjoin(Audience.__table__, _c.audience_id == _a.id)
        .outerjoin(Campaign.__table__, _c.campaign_id == _cp.id)
        .outerjoin(Employment.__table__, _c.employment_id == _e.id)
    )
    return select(_c.id).select_from(source)


def _filtered(statement: Select, query: ContributionQuery) -> Select:
    if query.start is not None:
        statement = statement.where(_c.date >= query.start)
    if query.end is not None:
        statement = statement.where(_c.date <= query.end)
    for name in ("audience_id", "campaign_id", "employment_id", "kind"):
        value = getattr(query, name)
        if value is not None:
            statement = statement.where(_c[name] == value)
    if not query.include_private:
        statement = statement.where(_c.private.is_(False))
    if query.reviewed is not None:
        statement = statement.where(_c.reviewed.is_(query.reviewed))
    if query.needs_figures:
        statement = statement.where(*(_c[name].is_(None) for name in METRIC_FIELDS))
    match = fts_match_expression(query.text)
    if match is not None:
        statement = statement.where(
            _c.id.in_(text("SELECT rowid FROM contribution_fts WHERE contribution_fts MATCH :match")
                      .bindparams(match=match))
        )
    return statement


def contribution_ids(db: Database, query: ContributionQuery, limit: int | None = None) -> list[int]:
    """The ids of all matching contributions in display order (cheap even for 100k rows); the first ``limit``."""
    column = ROW_COLUMNS.get(query.order_by, _c.date)
    order = column.desc() if query.descending else column.asc()
    tiebreak = _c.id.desc() if query.descending else _c.id.asc()
    statement = _filtered(_joined(), query).order_by(order.nulls_last(), tiebreak)
    if query.order_by in ("date", "kind", "title", "impressions", "reach", "reactions", "id"):
        # the sort column lives on contribution itself: no join needed
        statement = _filtered(select(_c.id), query).order_by(order.nulls_last(), tiebreak)
    if limit is not None:
        statement = statement.limit(limit)
    return first_column(db, statement)


def contribution_rows(db: Database, ids: Sequence[int]) -> list[ContributionRow]:
    """The rows for these ids, in the order given."""
    if not ids:
        return []
    statement = _joined().with_only_columns(*ROW_COLUMNS.values()).where(_c.id.in_(list(ids)))
    with db.engine.connect() as connection:
        by_id = {row.id: ContributionRow(*row) for row in connection.execute(statement)}
    return [by_id[i] for i in ids if i in by_id]


def count_contributions(db: Database, query: ContributionQuery | None = None) -> int:
    statement = select(func.count()).select_from(Contribution.__table__)
    if query is not None:
        statement = _filtered(select(func.count(_c.id)), query)
    with db.engine.connect() as connection:
        return connection.execute(statement).scalar_one()
