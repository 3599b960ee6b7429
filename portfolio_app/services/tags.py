"""The tags in use, for completing what the user types into a tags field."""

from __future__ import annotations

from sqlalchemy import select

from portfolio_app.storage.database import Database
from portfolio_app.storage.models import Contribution


def split_tags(text: str | None) -> list[str]:
    return [tag.strip() for tag in (text or "").split(",") if tag.strip()]


def tags_in_use(db: Database) -> list[str]:
    """Every tag on any contribution, most used first (then A–Z), each once whatever its case."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    column = Contribution.__table__.c.tags
    with db.session() as session:
        for (text,) in session.execute(select(column).where(column.is_not(None), column != "")):
            for tag in split_tags(text):
                key = tag.casefold()
                counts[key] = counts.get(key, 0) + 1
                spelled.setdefault(key, tag)
    return [spelled[key] for key in sorted(counts, key=lambda key: (-counts[key], key))]
