"""The demo is the showcase: every story it tells is coherent with its own figures."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from portfolio_app.domain.enums import ContributionKind as K
from portfolio_app.services.demo import fill_demo
from portfolio_app.services.figures import key_figures, summary_figures
from portfolio_app.services.profile_and_rates import get_value_rates
from portfolio_app.storage.database import open_database

# which channel each kind may appear on (None: someone else's medium)
FITTING = {
    "post": {"linkedin", "x", "mastodon"}, "article": {"blog", "linkedin"}, "newsletter": {"newsletter"},
    "video": {"youtube", "linkedin"}, "answer": {"community", "x", "mastodon"},
    "talk": {"offline"}, "training": {"offline"}, "event": {"offline"}, "other": {"offline"},
    "interview": {None}, "podcast": {None}, "press": {None},
}


@pytest.fixture(scope="module", params=[1, 2, 3])
def demo(request, tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    fill_demo(db, contributions=400, seed=request.param)
    yield db
    db.close()


def rows(db, query):
    with db.engine.connect() as connection:
        return connection.execute(text(query)).all()


def test_each_kind_appears_on_a_channel_that_fits_it(demo):
    pairs = rows(demo, "SELECT c.kind, a.platform FROM contribution c LEFT JOIN audience a ON a.id = c.audience_id")
    assert {kind for kind, _ in pairs} >= {k.value for k in (K.POST, K.TALK, K.NEWSLETTER, K.VIDEO)}
    for kind, platform in pairs:
        assert platform in FITTING[kind], (kind, platform)


def test_handles_look_real_and_differ_per_audience(demo):
    handles = [h for (h,) in rows(demo, "SELECT handle FROM audience WHERE platform != 'offline'")]
    assert len(set(handles)) == len(handles)
    assert all(" " not in h and h not in ("blog", "company", "community", "@channel") for h in handles)


def test_employer_accounts_are_run_only_during_their_role_and_handed_over(demo):
    for audience_id, start, end in rows(demo, """
            SELECT a.id, e.start_date, e.end_date FROM audience a JOIN employment e ON e.id = a.employment_id
            WHERE a.ownership = 'employer'"""):
        days = [d for (d,) in rows(demo, f"SELECT date FROM audience_snapshot WHERE audience_id = {audience_id}")]
        assert min(days) >= start and (end is None or max(days) == end)
        posted = rows(demo, f"SELECT c.date, c.employment_id FROM contribution c WHERE audience_id = {audience_id}")
        assert all(start <= day and (end is None or day <= end) for day, _ in posted)
    summary = key_figures(demo)
    assert summary.ownership.employer.handed_over_count == 1  # the blog of the second role
    assert summary.ownership.personal.growth > 0  # own accounts carried from job to job


def test_testimonials_are_dated_inside_the_role_they_praise(demo):
    for day, start, end in rows(demo, """
            SELECT t.date, e.start_date, e.end_date FROM testimonial t JOIN employment e ON e.id = t.employment_id"""):
        assert start <= day and (end is None or day <= end)


def test_campaign_outcomes_match_their_figures_some_met_some_not(demo):
    campaigns = summary_figures(key_figures(demo))["campaigns"]
    statuses = {c["status"] for c in campaigns}
    assert "met" in statuses and statuses & {"not_met", "partly_met"}
    outcomes = dict(rows(demo, "SELECT name, outcome FROM campaign"))
    for campaign in campaigns:
        reach = campaign["targets"]["reach"]["status"]
        outcome = outcomes[campaign["name"]].lower()
        assert ("reach target met" in outcome) == (reach == "met"), (campaign, outcome)
        assert ("reach target partly met" in outcome) == (reach == "partly_met"), (campaign, outcome)


def test_titles_read_as_sentences(demo):
    titles = [t for (t,) in rows(demo, "SELECT title FROM contribution")]
    assert all(t[:1].isupper() for t in titles)
    assert not any(phrase in t for t in titles for phrase in ("reviews matters", "launches matters", "Issue on"))


def test_money_is_off_in_the_demo(demo):
    assert get_value_rates(demo).show_money is False
    assert key_figures(demo).earned_media_value is None


def test_featured_works_are_ones_people_would_star(demo):
    """Forum answers are never featured: page 1 of the demo led with two of them."""
    kinds = {kind for (kind,) in rows(demo, "SELECT DISTINCT kind FROM contribution WHERE featured")}
    assert kinds and K.ANSWER.value not in kinds
