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


# the words that give an English sentence away; none of them is a German word
ENGLISH_WORDS = {"the", "on", "about", "of", "with", "and", "for", "our", "we", "is", "a", "to", "at", "by", "from",
                 "that", "who", "learned", "target", "met", "reach"}
# every text the demo writes, per table: (column, the row's id)
WRITTEN = {
    "contribution": ("title", "why_it_mattered"), "campaign": ("name", "objective", "outcome"),
    "audience": ("name", "segment"), "testimonial": ("text", "author_role"), "employment": ("role",),
    "profile": ("headline", "summary"),
}
SAME_IN_BOTH = {"CTO", "Developer advocate", "Developer Advocate", ""}  # job titles German offices use as they are


@pytest.fixture(scope="module")
def by_language(tmp_path_factory):
    """The same seed written in English and in German."""
    folder = tmp_path_factory.mktemp("languages")
    demos = {}
    for language in ("en", "de"):
        demos[language] = open_database(folder / f"{language}.sqlite")
        fill_demo(demos[language], contributions=400, seed=1, language=language)
    yield demos
    for db in demos.values():
        db.close()


def test_the_german_demo_has_no_english_sentence(by_language):
    """Row by row the same career, every generated text in German words."""
    import re

    for table, columns in WRITTEN.items():
        for column in columns:
            query = f"SELECT id, {column} FROM {table} ORDER BY id"
            english, german = dict(rows(by_language["en"], query)), dict(rows(by_language["de"], query))
            assert english.keys() == german.keys(), table
            for key, text_de in german.items():
                if text_de in SAME_IN_BOTH and text_de.lower() == english[key].lower():
                    continue
                assert text_de != english[key], (table, column, text_de)
                words = {word.lower() for word in re.findall(r"[^\W\d_]+", text_de)}
                assert not words & ENGLISH_WORDS, (table, column, text_de)
    titles = " ".join(t for (t,) in rows(by_language["de"], "SELECT title FROM contribution"))
    assert "zum Thema" in titles and "Vortrag" in titles
    profile = rows(by_language["de"], "SELECT summary FROM profile")[0][0]
    assert "Geschichten" in profile


def test_the_german_demo_tells_its_outcomes_true_to_the_figures(by_language):
    demo = by_language["de"]
    outcomes = dict(rows(demo, "SELECT name, outcome FROM campaign"))
    for campaign in summary_figures(key_figures(demo))["campaigns"]:
        reach, outcome = campaign["targets"]["reach"]["status"], outcomes[campaign["name"]]
        assert outcome.startswith("Reichweitenziel erreicht") == (reach == "met"), (campaign, outcome)
        assert outcome.startswith("Reichweitenziel teilweise erreicht") == (reach == "partly_met"), outcome
        assert "Unsere Erkenntnis:" in outcome


def test_the_same_seed_draws_the_same_career_in_either_language(by_language):
    """Everything but the words: dates, kinds, channels, figures, links, featured and private flags."""
    query = """SELECT id, date, kind, audience_id, employment_id, campaign_id, url, impressions, reach, reactions,
               comments, shares, clicks, attendees, featured, private FROM contribution ORDER BY id"""
    assert rows(by_language["en"], query) == rows(by_language["de"], query)
    snapshots = "SELECT audience_id, date, size FROM audience_snapshot ORDER BY id"
    assert rows(by_language["en"], snapshots) == rows(by_language["de"], snapshots)
    languages = dict(rows(by_language["de"], "SELECT language, count(*) FROM contribution GROUP BY language"))
    assert languages["de"] > languages["en"]  # a German professional writes mostly in German


def test_the_demo_refuses_a_language_it_has_no_words_for(tmp_path):
    from portfolio_app.errors import PortfolioError

    db = open_database(tmp_path / "demo.sqlite")
    try:
        with pytest.raises(PortfolioError, match="'fr'"):
            fill_demo(db, contributions=5, language="fr")
        assert rows(db, "SELECT count(*) FROM contribution") == [(0,)]
    finally:
        db.close()
