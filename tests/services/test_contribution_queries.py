"""Sorting and filtering contributions in SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from portfolio_app.services import records
from portfolio_app.services.contribution_queries import (
    SORTABLE,
    ContributionQuery,
    contribution_ids,
    contribution_rows,
    count_contributions,
    fts_match_expression,
)


@pytest.fixture
def filled(db):
    audience = records.audiences.create(db, {"name": "Blog", "platform": "blog", "ownership": "personal"})
    campaign = records.campaigns.create(db, {"name": "Launch"})
    rows = [
        ("2024-01-05", "post", "Kubernetes in practice", 500, audience.id, None),
        ("2024-02-10", "talk", "Über Datenschutz", None, None, campaign.id),
        ("2024-03-15", "article", "Observability for beginners", 2000, audience.id, campaign.id),
        ("2023-12-01", "post", "Year in review", 50, None, None),
    ]
    for day, kind, title, impressions, audience_id, campaign_id in rows:
        records.contributions.create(db, {"date": dt.date.fromisoformat(day), "kind": kind, "title": title,
                                          "impressions": impressions, "audience_id": audience_id,
                                          "campaign_id": campaign_id})
    return db, audience, campaign


def titles(db, query):
    return [r.title for r in contribution_rows(db, contribution_ids(db, query))]


def test_default_order_is_newest_first(filled):
    db, *_ = filled
    assert titles(db, ContributionQuery())[0] == "Observability for beginners"


def test_sort_by_metric_puts_unknown_last(filled):
    db, *_ = filled
    assert titles(db, ContributionQuery(order_by="impressions", descending=False)) == [
        "Year in review", "Kubernetes in practice", "Observability for beginners", "Über Datenschutz"]


@pytest.mark.parametrize("column", SORTABLE)
def test_every_column_sorts(filled, column):
    db, *_ = filled
    assert len(contribution_ids(db, ContributionQuery(order_by=column, descending=False))) == 4


def test_filters(filled):
    db, audience, campaign = filled
    assert titles(db, ContributionQuery(start=dt.date(2024, 1, 1), end=dt.date(2024, 2, 28), descending=False)) == [
        "Kubernetes in practice", "Über Datenschutz"]
    assert set(titles(db, ContributionQuery(audience_id=audience.id))) == {"Kubernetes in practice", "Observability for beginners"}
    assert set(titles(db, ContributionQuery(campaign_id=campaign.id))) == {"Über Datenschutz", "Observability for beginners"}
    assert titles(db, ContributionQuery(kind="talk")) == ["Über Datenschutz"]
    assert count_contributions(db, ContributionQuery(kind="post")) == 2
    assert count_contributions(db) == 4


def test_search_matches_word_prefixes_and_ignores_accents(filled):
    db, *_ = filled
    assert titles(db, ContributionQuery(text="obser")) == ["Observability for beginners"]
    assert titles(db, ContributionQuery(text="uber daten")) == ["Über Datenschutz"]


@pytest.mark.parametrize("typed", ['"', "AND OR NOT", "a*b(c)", "NEAR(", "-", "title:x", "'; DROP TABLE contribution; --"])
def test_search_syntax_the_user_types_is_just_text(filled, typed):
    db, *_ = filled
    contribution_ids(db, ContributionQuery(text=typed))  # must not raise
    assert count_contributions(db) == 4


def test_search_follows_edits_and_deletes(filled):
    db, *_ = filled
    post = records.contributions.list(db, kind="talk")[0]
    records.contributions.update(db, post.id, {"title": "Zebra crossing"})
    assert titles(db, ContributionQuery(text="zebra")) == ["Zebra crossing"]
    records.contributions.delete(db, [post.id])
    assert titles(db, ContributionQuery(text="zebra")) == []


def test_private_can_be_left_out(filled):
    db, *_ = filled
    post = records.contributions.list(db, kind="talk")[0]
    records.contributions.update(db, post.id, {"private": True})
    assert "Über Datenschutz" not in titles(db, ContributionQuery(include_private=False))


def test_fts_expression_quotes_words():
    assert fts_match_expression('  foo "bar ') == '"foo"* "bar"*'
    assert fts_match_expression("   ") is None
