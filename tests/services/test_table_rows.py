"""The small tables' rows: counts and latest sizes read for the whole table at once, and right.

testimonial_rows is reached through its module: imported by name, pytest would collect it as a test.
"""

from __future__ import annotations

import datetime as dt

from portfolio_app.services import records, table_rows
from portfolio_app.services.contribution_queries import ContributionQuery, count_contributions
from portfolio_app.services.table_rows import (
    audience_rows,
    campaign_rows,
    contribution_counts,
    employment_rows,
    latest_sizes,
)


def test_counts_match_counting_one_owner_at_a_time(demo_db):
    for column, service in (("audience_id", records.audiences), ("campaign_id", records.campaigns),
                            ("employment_id", records.employments)):
        counts = contribution_counts(demo_db, column)
        for owner in service.list(demo_db):
            assert counts.get(owner.id, 0) == count_contributions(demo_db, ContributionQuery(**{column: owner.id}))


def test_the_latest_size_is_the_newest_snapshot_whatever_the_order_it_was_entered_in(db):
    audience = records.audiences.create(db, {"name": "Blog", "platform": "blog", "ownership": "personal"})
    for day, size in ((dt.date(2024, 5, 1), 300), (dt.date(2023, 1, 1), 100), (dt.date(2024, 1, 1), 200)):
        records.snapshots.create(db, {"audience_id": audience.id, "date": day, "size": size})
    empty = records.audiences.create(db, {"name": "New", "platform": "blog", "ownership": "personal"})
    assert latest_sizes(db) == {audience.id: (dt.date(2024, 5, 1), 300)}
    rows = {row["id"]: row for row in audience_rows(db)}
    assert (rows[audience.id]["size"], rows[audience.id]["size_date"]) == (300, dt.date(2024, 5, 1))
    assert (rows[empty.id]["size"], rows[empty.id]["size_date"], rows[empty.id]["contributions"]) == (None, None, 0)


def test_rows_name_what_they_link_to(demo_db):
    organisations = {e.id: e.organisation for e in records.employments.list(demo_db)}
    for row in campaign_rows(demo_db) + table_rows.testimonial_rows(demo_db):
        assert row["organisation"] == organisations.get(row["employment_id"], "")
    roles = employment_rows(demo_db)
    assert [r["start_date"] for r in roles] == sorted((r["start_date"] for r in roles), reverse=True)
    assert sum(r["contributions"] for r in roles) == sum(1 for c in records.contributions.list(demo_db)
                                                       if c.employment_id is not None)
