"""The labels linked-record combos offer, read through the services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from portfolio_app.domain.enums import Platform
from portfolio_app.services import records
from portfolio_app.services.contribution_queries import (
    ContributionQuery,
    ContributionRow,
    contribution_ids,
    contribution_rows,
)
from portfolio_app.ui.widgets.fields import enum_label

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

CONTRIBUTION_CHOICES = 50  # newest first: what the list offers before anything is typed, and per search


def _platform(value: str) -> str:
    try:
        return enum_label(Platform(value))
    except ValueError:
        return value


def audiences(db: Database) -> list[tuple[int, str]]:
    return [(a.id, f"{a.name} ({_platform(a.platform)})") for a in records.audiences.list(db) if a.id is not None]


def campaigns(db: Database) -> list[tuple[int, str]]:
    return [(c.id, c.name) for c in records.campaigns.list(db, order_by="name") if c.id is not None]


def employments(db: Database) -> list[tuple[int, str]]:
    jobs = records.employments.list(db, order_by="start_date", descending=True)
    return [(e.id, f"{e.organisation} – {e.role}" if e.role else e.organisation) for e in jobs if e.id is not None]


def contribution_label(row: ContributionRow) -> str:
    return f"{row.date.isoformat()} · {row.title}"


def contributions(db: Database, keep_id: int | None = None, text: str = "") -> list[tuple[int, str]]:
    """The newest contributions matching ``text`` (searched as the Contributions page searches: titles,
    notes and tags), plus ``keep_id`` so an existing link always shows. Any contribution can be found,
    however old: typing narrows the search, the list never holds them all."""
    ids = contribution_ids(db, ContributionQuery(text=text), limit=CONTRIBUTION_CHOICES)
    if keep_id is not None and keep_id not in ids:
        ids.append(keep_id)
    return [(row.id, contribution_label(row)) for row in contribution_rows(db, ids)]
