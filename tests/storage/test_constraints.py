"""The database itself refuses impossible rows, whatever code writes them."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

INSERT_CONTRIBUTION = (
    "INSERT INTO contribution (date, kind, title, url, notes, tags, language, featured, private, created_at, "
    "updated_at, {extra_cols}) VALUES ('2024-01-01', 'post', 't', '', '', '', '', 0, 0, '2024-01-01', '2024-01-01', "
    "{extra_vals})"
)


def _insert(db, cols, vals):
    with db.engine.begin() as conn:
        conn.execute(text(INSERT_CONTRIBUTION.format(extra_cols=cols, extra_vals=vals)))


@pytest.mark.parametrize("metric", ["impressions", "reach", "reactions", "comments", "shares", "clicks", "attendees"])
def test_negative_metrics_are_refused(db, metric):
    with pytest.raises(IntegrityError):
        _insert(db, metric, "-1")


def test_unknown_metric_stays_null(db):
    _insert(db, "impressions", "NULL")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT impressions FROM contribution")).scalar() is None


def test_source_and_source_id_are_unique_together(db):
    _insert(db, "source, source_id", "'x', '1'")
    _insert(db, "source, source_id", "'linkedin', '1'")
    with pytest.raises(IntegrityError):
        _insert(db, "source, source_id", "'x', '1'")


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError):
        _insert(db, "audience_id", "4242")


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO employment (organisation, role, start_date, end_date, notes) "
        "VALUES ('A', '', '2024-02-01', '2024-01-01', '')",
        "INSERT INTO campaign (name, objective, start_date, end_date, outcome) "
        "VALUES ('C', '', '2024-02-01', '2024-01-01', '')",
        "INSERT INTO campaign (name, objective, target_reach, outcome) VALUES ('C', '', -5, '')",
    ],
)
def test_end_before_start_and_negative_targets_are_refused(db, statement):
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(text(statement))


def test_a_failed_transaction_leaves_nothing_behind(db):
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO employment (organisation, role, start_date, notes) VALUES ('Ok', '', '2020-01-01', '')"))
            conn.execute(text("INSERT INTO audience (name, platform, handle, url, ownership, segment, notes, employment_id) "
                              "VALUES ('a', 'x', '', '', 'personal', '', '', 999)"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM employment")).scalar() == 0


def test_deleting_an_audience_takes_its_snapshots(db):
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO audience (id, name, platform, handle, url, ownership, segment, notes) "
                          "VALUES (1, 'a', 'x', '', '', 'personal', '', '')"))
        conn.execute(text("INSERT INTO audience_snapshot (audience_id, date, size) VALUES (1, '2024-01-01', 5)"))
        conn.execute(text("DELETE FROM audience WHERE id = 1"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audience_snapshot")).scalar() == 0
