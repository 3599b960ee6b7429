"""The summary from SQL sums is the summary from the facts: same numbers, same strongest, same campaigns."""

from __future__ import annotations

import datetime as dt

import pytest

from portfolio_app.domain.records import Period
from portfolio_app.domain.value import summarize
from portfolio_app.domain.value.groups import group_contributions
from portfolio_app.services import figure_queries, records
from portfolio_app.services.figures import key_figures, load_facts

TODAY = dt.date(2026, 10, 1)


def from_facts(db, period, employment_id):
    facts = load_facts(db)
    return summarize(facts.contributions, facts.audiences, facts.employments, facts.campaigns, facts.rates,
                     period=period, employment_id=employment_id, today=TODAY)


@pytest.fixture
def career(demo_db):
    # quirks the demo lacks: a talk without an audience, impressions of 0, nothing measured, a private post
    records.contributions.create(demo_db, {"date": dt.date(2024, 3, 1), "kind": "talk", "title": "Meetup",
                                           "attendees": 40, "impressions": 0})
    records.contributions.create(demo_db, {"date": dt.date(2024, 3, 2), "kind": "post", "title": "Unmeasured"})
    records.contributions.create(demo_db, {"date": dt.date(2024, 3, 3), "kind": "post", "title": "Secret",
                                           "reach": 10**9, "private": True})
    # LinkedIn's engagements: counted instead of the parts, also beside some of them
    records.contributions.create(demo_db, {"date": dt.date(2024, 3, 4), "kind": "post", "title": "Workbook",
                                           "impressions": 5210, "engagements": 87, "reactions": 60})
    records.contributions.create(demo_db, {"date": dt.date(2024, 3, 5), "kind": "post", "title": "Engaged only",
                                           "engagements": 4})
    return demo_db


def test_every_period_and_employment_gives_the_same_summary(career):
    employments = [e.id for e in records.employments.list(career)]
    periods = [None, Period(dt.date(2020, 1, 1), dt.date(2022, 6, 30)), Period(dt.date(2025, 1, 1), None),
               Period(None, dt.date(2019, 12, 31)), Period(dt.date(2030, 1, 1), None)]
    for period in periods:
        for employment_id in [None, *employments]:
            expected = from_facts(career, period, employment_id)
            assert key_figures(career, period, employment_id, today=TODAY) == expected, (period, employment_id)
    assert from_facts(career, None, None).contributions > 100


def test_sql_groups_are_the_groups_of_the_facts(career):
    facts = load_facts(career)
    period = Period(dt.date(1900, 1, 1), TODAY)
    chosen = figure_queries.chosen(career, period, None, {a.id: (a.platform, a.ownership) for a in facts.audiences})
    expected = group_contributions(c for c in facts.contributions if c.date <= TODAY)
    assert sorted(chosen.groups, key=repr) == sorted(expected, key=repr)
    counts = dict(figure_queries.per_month(career, period, None))
    assert sum(counts.values()) == sum(g.contributions for g in expected)
