"""The dashboard shows the value model's figures for the chosen period, and follows changes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from portfolio_app.domain.records import Period
from portfolio_app.services import records
from portfolio_app.services.figures import key_figures
from portfolio_app.ui.dashboard import DashboardView
from portfolio_app.ui.workers import running_tasks


@pytest.fixture(autouse=True)
def english_numbers():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.c())


def shown(qtbot, view):
    qtbot.waitUntil(lambda: running_tasks() == 0 and view.status.text() == "", timeout=10_000)
    return view.figures.summary


def tile(view, key):
    return view.tiles[key].value.text(), view.tiles[key].detail.text()


@pytest.fixture
def view(qtbot, demo_db):
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_database(demo_db)
    shown(qtbot, widget)
    return widget


def test_tiles_show_figures_computed_by_hand(qtbot, db):
    """Three posts whose figures are worked out here, not by the value model the dashboard uses."""
    day = dt.date.today() - dt.timedelta(days=3)
    for impressions, reactions, comments in ((1000, 40, 10), (500, 20, None), (None, 5, None)):
        records.contributions.create(db, {"date": day, "kind": "post", "title": "Post", "impressions": impressions,
                                          "reactions": reactions, "comments": comments})
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_database(db)
    shown(qtbot, widget)
    assert tile(widget, "contributions")[0] == "3"
    assert tile(widget, "impressions")[0] == "1,500"  # 1000 + 500; the third has none, not 0
    assert tile(widget, "interactions")[0] == "75"  # 40 + 10 + 20 + 5
    # the rate counts only posts with both: (50 + 20) / (1000 + 500) = 4.67 %
    assert tile(widget, "engagement")[0] == "4.7\u202f%"
    assert "70 interactions / 1,500" in tile(widget, "engagement")[1]
    assert "over 2 contribution" in tile(widget, "engagement")[1]


def test_accounts_all_handed_over_show_no_size_at_the_end(qtbot, db):
    """An employer account handed over when the role ended: at the period's end the person ran none, so the
    tile shows no size (as the audiences table does) instead of "not measured"."""
    records.employments.create(db, {"id": 1, "organisation": "Acme", "role": "Editor",
                                    "start_date": dt.date(2020, 1, 1), "end_date": dt.date(2022, 6, 30)})
    records.audiences.create(db, {"id": 1, "name": "Acme page", "platform": "linkedin", "ownership": "employer",
                                  "employment_id": 1})
    for day, size in ((dt.date(2020, 1, 1), 1000), (dt.date(2022, 6, 30), 4000)):
        records.snapshots.create(db, {"audience_id": 1, "date": day, "size": size})
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_database(db)
    shown(qtbot, widget)
    value, detail = tile(widget, "employer")
    assert value == "–" and "+3,000 while employed" in detail and "1 handed over with 4,000 followers" in detail
    # the tiles say which day their size is for, as the PDF's do (a bare "Employer accounts" read as a count)
    assert widget.tiles["employer"].caption.text() == "Employer accounts at period end"
    assert widget.tiles["portable"].caption.text() == "Portable audience at period end"
    assert tile(widget, "audience")[0] == "–"  # the only audience was handed over
    # no contribution at all, so none on either kind of channel: no rate there, which is not "not measured"
    assert tile(widget, "engagement_employer") == ("–", "No contribution on employer-owned channels in this period")
    assert tile(widget, "engagement_personal") == ("–", "No contribution on personally owned channels in this period")


def test_all_time_tiles_show_the_key_figures(qtbot, view, demo_db):
    expected = key_figures(demo_db)
    assert tile(view, "contributions")[0] == f"{expected.contributions:,}"
    people = expected.reach.people
    assert tile(view, "reach")[0] == f"{people.total:,}"
    assert f"{people.with_figure:,} of {people.contributions:,}" in tile(view, "reach")[1]
    assert "not unique people" in tile(view, "reach")[1]
    assert tile(view, "impressions")[0] == f"{expected.reach.impressions.total:,}"
    assert "Views, not people" in tile(view, "impressions")[1]
    assert tile(view, "interactions")[0] == f"{expected.interactions.interactions:,}"
    rate = expected.interactions.rate
    assert tile(view, "engagement")[0] == f"{rate * 100:.1f}\u202f%"
    basis = tile(view, "engagement")[1]
    assert f"{expected.interactions.rate_interactions:,} interactions / " \
        f"{expected.interactions.rate_impressions:,}" in basis
    assert f"over {expected.interactions.rate_basis:,} contribution" in basis
    assert tile(view, "audience")[0] == f"{expected.ownership.total.size:,}"
    assert tile(view, "portable")[0] == f"{expected.ownership.personal.size:,}"
    employer = expected.ownership.employer.size
    assert tile(view, "employer")[0] == (f"{employer:,}" if employer is not None else "not measured")
    assert tile(view, "engagement_personal")[0] == f"{expected.interactions_personal.rate * 100:.1f}\u202f%"
    # the charts count what the tiles count
    assert sum(count for _, count in view.figures.per_month) == expected.contributions
    assert view.figures.audience_points[-1].total == expected.ownership.total.size
    assert sum(count for _, count in view.channel_chart.items) == expected.contributions


def test_each_preset_matches_key_figures_for_that_period(qtbot, view, demo_db):
    today = dt.date.today()
    view.select_period("year")
    assert shown(qtbot, view) == key_figures(demo_db, Period(dt.date(today.year, 1, 1), today))

    view.select_period("12m")
    if (today.month, today.day) != (2, 29):
        a_year_ago = today.replace(year=today.year - 1)
        assert shown(qtbot, view) == key_figures(demo_db, Period(a_year_ago + dt.timedelta(days=1), today))

    jobs = records.employments.list(demo_db)
    assert jobs, "the demo has employments"
    for job in jobs:
        view.select_period(f"employment:{job.id}")
        summary = shown(qtbot, view)
        assert summary == key_figures(demo_db, employment_id=job.id)
        assert summary.employment.id == job.id

    view.set_custom_period(dt.date(2020, 1, 1), dt.date(2021, 6, 30))
    assert view.start_edit.isVisible()
    summary = shown(qtbot, view)
    assert summary == key_figures(demo_db, Period(dt.date(2020, 1, 1), dt.date(2021, 6, 30)))
    assert tile(view, "contributions")[0] == f"{summary.contributions:,}"
    assert len(view.figures.per_month) == 18


def test_changes_while_hidden_are_shown_when_it_comes_back(qtbot, view, demo_db):
    before = view.figures.summary.contributions
    view.hide()
    records.contributions.create(demo_db, {"date": dt.date.today(), "kind": "talk", "title": "Meetup", "attendees": 40})
    view.mark_stale()
    assert running_tasks() == 0  # hidden: no work yet
    view.show()
    assert shown(qtbot, view).contributions == before + 1


def test_refresh_follows_changes(qtbot, view, demo_db):
    before = view.figures.summary.contributions
    records.contributions.create(demo_db, {"date": dt.date.today(), "kind": "post", "title": "Fresh",
                                           "impressions": 1_000_000, "reactions": 50_000})
    view.refresh()
    after = shown(qtbot, view)
    assert after.contributions == before + 1
    assert after == key_figures(demo_db)
    assert tile(view, "contributions")[0] == f"{before + 1:,}"


def test_empty_database_shows_zeroes_and_no_chart_data(qtbot, db):
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_database(db)
    assert view.figures is None  # nothing computed while not on screen
    view.show()
    summary = shown(qtbot, view)
    assert summary.contributions == 0
    assert tile(view, "contributions")[0] == "0"
    assert tile(view, "engagement")[0] == "not measured"  # unknown is never 0 and never a bare dash
    assert tile(view, "reach")[0] == "not measured" and tile(view, "audience")[0] == "not measured"
    assert tile(view, "employer") == ("–", "No employer-owned account in this period")
    assert not view.month_chart.has_data() and not view.channel_chart.has_data()
    assert not view.growth_chart.has_data()
    view.grab()  # painting the empty state does not fail


def test_money_tiles_follow_the_value_settings(qtbot, view, demo_db):
    from portfolio_app.services.profile_and_rates import get_value_rates, save_value_rates

    summary = view.figures.summary
    assert view.tiles["earned_media"].isVisibleTo(view) == (summary.earned_media_value is not None)
    rates = get_value_rates(demo_db)
    assert not rates.show_money  # the demo has money off
    assert view.money_hint.isVisibleTo(view) and "Preferences → Value rates" in view.money_hint.text()
    save_value_rates(demo_db, dataclasses.replace(rates, show_money=True))
    view.refresh()
    shown(qtbot, view)
    assert view.tiles["earned_media"].isVisibleTo(view) and not view.money_hint.isVisibleTo(view)
    value = view.figures.summary.audience_value
    assert tile(view, "audience_value")[0].endswith(value.amount.currency)
    assert "per follower-month" in tile(view, "audience_value")[1]


def test_the_chosen_period_is_remembered(qtbot, view, demo_db):
    job = records.employments.list(demo_db)[0]
    view.select_period(f"employment:{job.id}")
    shown(qtbot, view)

    again = DashboardView()
    qtbot.addWidget(again)
    again.show()
    again.set_database(demo_db)
    qtbot.waitUntil(lambda: again.figures is not None and again.figures.summary.employment is not None
                    and running_tasks() == 0, timeout=10_000)
    assert again.period_box.currentData() == f"employment:{job.id}"
    assert again.figures.summary == key_figures(demo_db, employment_id=job.id)

    again.set_custom_period(dt.date(2021, 2, 3), dt.date(2022, 4, 5))
    shown(qtbot, again)
    third = DashboardView()
    qtbot.addWidget(third)
    assert third.period_box.currentData() == "custom"
    assert third.chosen() == (Period(dt.date(2021, 2, 3), dt.date(2022, 4, 5)), None)
