"""Shared by the report tests: the demo portfolio with a private and a hostile contribution, PDF readers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

TODAY = dt.date(2026, 10, 1)
PRIVATE_TITLE = "Salary talk notes PRIVATE-7f3a"
PRIVATE_URL = "https://private.example.org/secret-7f3a"
HOSTILE_TITLE = '<b>unclosed & AT&T <a href="javascript:alert(1)">x</a> <img src="/etc/hostname"/>'


def fill_portfolio(path: Path):
    """The demo career plus a private featured contribution and a featured one with a hostile title."""
    from portfolio_app.services import records
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database
    from portfolio_app.storage.models import Contribution
    from sqlalchemy import update

    db = open_database(path)
    fill_demo(db, contributions=400, seed=1)
    base = {"date": dt.date(2025, 6, 2), "kind": "post", "featured": True, "impressions": 999_999, "reach": 888_888}
    records.contributions.create(db, {**base, "title": PRIVATE_TITLE, "url": PRIVATE_URL, "private": True})
    hostile = records.contributions.create(db, {**base, "title": HOSTILE_TITLE, "url": "https://example.org/ok",
                                                "impressions": 1000, "reach": 900})
    # The forms refuse such a URL; a database written by another tool may still hold one.
    with db.engine.begin() as connection:
        connection.execute(update(Contribution.__table__).where(Contribution.__table__.c.id == hostile.id)
                           .values(url="javascript:alert(1)"))
    return db


def link_targets(reader: PdfReader) -> list[str]:
    targets = []
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            action = ref.get_object().get("/A")
            if action is not None and "/URI" in action:
                targets.append(str(action["/URI"]))
            elif action is not None:
                targets.append(f"non-URI action {action.get('/S')}")
    return targets


def outline_titles(reader: PdfReader) -> list[tuple[str, int]]:
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
