"""Not reviewed: imported contributions wait for a look; typed-in ones and older ones never do."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from portfolio_app.services import records
from portfolio_app.services.contribution_queries import ContributionQuery, contribution_ids
from portfolio_app.services.importing import run_import
from portfolio_app.services.review import mark_reviewed, unreviewed_in_pdf
from portfolio_app.storage.database import open_database

FIXTURES = Path(__file__).parents[1] / "importers" / "fixtures"
SCHEMAS = Path(__file__).parents[1] / "fixtures" / "schemas"


def test_imported_start_unreviewed_typed_in_are_reviewed(db):
    run_import(db, "x", FIXTURES / "x_archive")
    typed = records.contributions.create(db, {"date": dt.date(2022, 10, 1), "kind": "talk", "title": "Keynote"})
    assert typed.reviewed
    imported = [c for c in records.contributions.list(db) if c.source == "x"]
    assert len(imported) == 3 and not any(c.reviewed for c in imported)
    only_unreviewed = contribution_ids(db, ContributionQuery(reviewed=False))
    assert sorted(only_unreviewed) == sorted(c.id for c in imported)


def test_mark_reviewed_and_reimport_keeps_it(db):
    run_import(db, "x", FIXTURES / "x_archive")
    ids = [c.id for c in records.contributions.list(db)]
    assert mark_reviewed(db, ids[:2]) == 2
    assert mark_reviewed(db, ids[:2]) == 0  # already reviewed: nothing changes
    run_import(db, "x", FIXTURES / "x_archive")
    assert sorted(contribution_ids(db, ContributionQuery(reviewed=False))) == sorted(ids[2:])


def test_unreviewed_in_pdf_counts_the_period_and_never_private(db):
    run_import(db, "mastodon", FIXTURES / "mastodon")  # 3 posts in March 2024, one followers-only
    assert unreviewed_in_pdf(db, None, None) == 2
    assert unreviewed_in_pdf(db, dt.date(2025, 1, 1), None) == 0


def test_contributions_recorded_before_the_upgrade_count_as_reviewed(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMAS / "schema_0003.sqlite", path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO contribution (date, kind, title, url, notes, tags, language, featured, private, "
                     "created_at, updated_at) VALUES ('2024-01-01', 'post', 'old', '', '', '', '', 0, 0, "
                     "'2024-01-01', '2024-01-01')")
    db = open_database(path)
    try:
        everything = records.contributions.list(db)
        assert "old" in [c.title for c in everything] and all(c.reviewed for c in everything)
    finally:
        db.close()
