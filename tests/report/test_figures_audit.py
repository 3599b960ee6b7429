"""The figures audit: a small career written out literally, every summary figure worked out by hand.

No code of ours computes an expected value here: each number below is the
arithmetic in its comment. The same numbers must appear in ``stats --json``
and in the PDF's text, for all time and for a period that ends in the middle
of a job.

The career:
  Acme Media (Editor)            2020-01-01 – 2021-12-31, owns the Acme blog (handed over at the end)
  between roles                  2022-01-01 – 2022-02-28 (and December 2019, before the first role)
  Birch Labs (Head of Comms)     2022-03-01 – today, owns the Birch X account
  Own LinkedIn (personal)        carried from job to job
  Own newsletter (personal)      never measured
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from portfolio_app.cli import main
from portfolio_app.domain.records import Period
from portfolio_app.report.options import ReportOptions
from portfolio_app.services import records
from portfolio_app.services.export_pdf import export_pdf
from portfolio_app.storage.database import open_database

D = dt.date
TODAY = D(2025, 6, 30)
MID_JOB = Period(D(2021, 6, 1), D(2022, 8, 31))  # ends six months into the Birch Labs job


@pytest.fixture(scope="module")
def audit_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("audit") / "audit.sqlite")
    records.employments.create(db, {"id": 1, "organisation": "Acme Media", "role": "Editor",
                                    "start_date": D(2020, 1, 1), "end_date": D(2021, 12, 31)})
    records.employments.create(db, {"id": 2, "organisation": "Birch Labs", "role": "Head of Communication",
                                    "start_date": D(2022, 3, 1)})
    records.audiences.create(db, {"id": 1, "name": "Own LinkedIn", "platform": "linkedin", "ownership": "personal"})
    records.audiences.create(db, {"id": 2, "name": "Acme blog", "platform": "blog", "ownership": "employer",
                                  "employment_id": 1})
    records.audiences.create(db, {"id": 3, "name": "Birch X account", "platform": "x", "ownership": "employer",
                                  "employment_id": 2})
    records.audiences.create(db, {"id": 4, "name": "Own newsletter", "platform": "newsletter",
                                  "ownership": "personal"})
    for audience_id, day, size in [
        (1, D(2019, 12, 1), 1000), (1, D(2021, 12, 31), 1800), (1, D(2022, 2, 28), 1900),
        (1, D(2023, 6, 30), 2600), (1, D(2024, 12, 31), 3000),
        (2, D(2020, 1, 1), 500), (2, D(2021, 12, 31), 2500), (2, D(2023, 1, 1), 9000),  # 9000: after hand-over
        (3, D(2022, 3, 1), 4000), (3, D(2023, 6, 30), 4500), (3, D(2024, 12, 31), 6000),
    ]:
        records.snapshots.create(db, {"audience_id": audience_id, "date": day, "size": size})
    records.campaigns.create(db, {"id": 1, "name": "Birch launch", "employment_id": 2, "start_date": D(2022, 5, 1),
                                  "end_date": D(2023, 3, 31), "target_reach": 5000, "target_engagements": 400,
                                  "outcome": "Launched on time; the press picked it up."})
    records.campaigns.create(db, {"id": 2, "name": "Recruiting drive", "employment_id": 2,
                                  "start_date": D(2024, 1, 1), "end_date": D(2024, 6, 30), "target_reach": 1000})
    for values in [
        {"date": D(2020, 5, 10), "kind": "post", "title": "C1 post", "audience_id": 1, "employment_id": 1,
         "reach": 1200, "impressions": 3000, "reactions": 90, "comments": 10},
        {"date": D(2021, 3, 15), "kind": "article", "title": "C2 article", "audience_id": 2, "employment_id": 1,
         "impressions": 5000, "reactions": 40, "shares": 10},
        {"date": D(2021, 9, 20), "kind": "talk", "title": "C3 talk", "employment_id": 1, "attendees": 150},
        {"date": D(2022, 1, 20), "kind": "post", "title": "C4 post between roles", "audience_id": 1,
         "reach": 800, "reactions": 30},
        {"date": D(2022, 6, 1), "kind": "post", "title": "C5 launch post", "audience_id": 3, "employment_id": 2,
         "campaign_id": 1, "impressions": 10000, "reactions": 200, "comments": 50, "shares": 30, "clicks": 120},
        {"date": D(2023, 2, 14), "kind": "post", "title": "C6 launch recap", "audience_id": 3, "employment_id": 2,
         "campaign_id": 1, "reach": 2500, "impressions": 8000, "reactions": 100},
        {"date": D(2023, 5, 5), "kind": "post", "title": "C7 imported without metrics", "audience_id": 1,
         "employment_id": 2},
        {"date": D(2024, 3, 1), "kind": "training", "title": "C8 training", "employment_id": 2, "campaign_id": 2,
         "attendees": 40},
        {"date": D(2024, 4, 1), "kind": "post", "title": "C9 private", "audience_id": 1, "employment_id": 2,
         "reach": 999_999, "private": True},
    ]:
        records.contributions.create(db, values)
    yield db
    db.close()


def stats(db, *arguments, capsys) -> dict:
    assert main(["stats", "--db", str(db.path), "--json", *arguments]) == 0
    return json.loads(capsys.readouterr().out)["figures"]


def pdf_text(db, tmp_path, period=Period()) -> str:
    result = export_pdf(db, tmp_path / "audit.pdf", ReportOptions(period=period), today=TODAY)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(result.path).pages).split())


ALL_TIME = {
    "contributions": 8,  # C1–C8; C9 is private
    "online": 6,  # C1, C2, C4, C5, C6, C7
    "offline": 2,  # C3 talk, C8 training
    "channels": 4,  # LinkedIn, blog, X, offline
    "reach": 4500,  # people reached: C1 1200 + C4 800 + C6 2500
    "reach_without_figure": 5,
    "impressions": 26000,  # C1 3000 + C2 5000 + C5 10000 + C6 8000
    "impressions_without_figure": 4,
    "attendees": 190,  # C3 150 + C8 40
    "without_any_reach_figure": 1,  # C7
    "interactions": 680,  # C1 100 + C2 50 + C4 30 + C5 400 + C6 100
    "interactions_without_figure": 3,  # C3, C7, C8
    "engagement_rate": 0.025,  # (100 + 50 + 400 + 100) / 26000 over C1, C2, C5, C6
    "engagement_rate_basis": 4,
    "personal_engagement_rate": 0.033333,  # C1: 100 / 3000
    "corporate_engagement_rate": 0.023913,  # (50 + 400 + 100) / (5000 + 10000 + 8000)
    "audience_size_at_end": 9000,  # own LinkedIn 3000 + Birch X 6000; the Acme blog was handed over
    "audience_growth": 6000,  # LinkedIn 1000 → 3000, Acme blog 500 → 2500 while employed, Birch X 4000 → 6000
    "audiences_without_size": 1,  # the newsletter
    "portable_audience_size": 3000,
    "portable_audience_growth": 2000,
    "employer_audience_size": 6000,  # Birch X only: the Acme blog (now 9000) is Acme's
    "employer_audience_growth": 4000,  # 2000 + 2000
    "employer_audience_handed_over": 2500,  # the Acme blog on 31 Dec 2021
}

MID_JOB_FIGURES = {
    "contributions": 3,  # C3, C4, C5
    "online": 2,
    "offline": 1,
    "channels": 3,  # offline, LinkedIn, X
    "reach": 800,  # C4
    "impressions": 10000,  # C5
    "attendees": 150,  # C3
    "without_any_reach_figure": 0,
    "interactions": 430,  # C4 30 + C5 400
    "engagement_rate": 0.04,  # C5: 400 / 10000
    "engagement_rate_basis": 1,
    "audience_size_at_end": 5900,  # LinkedIn 1900 (28 Feb 2022) + Birch X 4000 on 31 Aug 2022
    "audience_growth": 2900,  # LinkedIn 1000 → 1900, Acme blog 500 → 2500 (Jun–Dec 2021), Birch X 4000 → 4000
    "portable_audience_size": 1900,
    "portable_audience_growth": 900,
    "employer_audience_size": 4000,
    "employer_audience_growth": 2000,
    "employer_audience_handed_over": 2500,
}


def test_stats_all_time(audit_db, capsys):
    figures = stats(audit_db, capsys=capsys)
    for key, expected in ALL_TIME.items():
        assert figures[key] == pytest.approx(expected, abs=1e-6), key
    assert "earned_media_value" not in figures  # money is off in a new database
    birch, acme = figures["career"]
    between = figures["between_roles"]
    # own LinkedIn: +800 at Acme (1000 → 1800), +100 between roles (1800 → 1900), +1100 at Birch (1900 → 3000)
    assert (acme["portable_audience_growth"], between["portable_audience_growth"],
            birch["portable_audience_growth"]) == (800, 100, 1100)
    assert (acme["contributions"], between["contributions"], birch["contributions"]) == (3, 1, 4)
    assert (acme["employer_audience_growth"], acme["employer_audience_handed_over"]) == (2000, 2500)
    assert (birch["employer_audience_growth"], birch["employer_audience_handed_over"]) == (2000, 0)
    assert (birch["reach"], birch["impressions"], birch["attendees"], birch["interactions"]) == (2500, 18000, 40, 500)
    launch, drive = sorted(figures["campaigns"], key=lambda c: c["name"])
    # people reached 2500 of 5000 (50 %: partly met); interactions 500 of 400 (125 %: met)
    assert launch["targets"]["reach"] == {"target": 5000, "achieved": 2500, "share": 0.5, "status": "partly_met"}
    assert launch["targets"]["interactions"]["status"] == "met" and launch["status"] == "partly_met"
    assert drive["targets"]["reach"]["status"] == "not_measured"  # a training measures no reach
    assert drive["targets"]["interactions"]["status"] == "no_target"


def test_stats_for_a_period_ending_mid_job(audit_db, capsys):
    figures = stats(audit_db, "--from", "2021-06-01", "--to", "2022-08-31", capsys=capsys)
    assert (figures["period_start"], figures["period_end"]) == ("2021-06-01", "2022-08-31")
    for key, expected in MID_JOB_FIGURES.items():
        assert figures[key] == pytest.approx(expected, abs=1e-6), key
    birch, acme = figures["career"]
    between = figures["between_roles"]
    assert (acme["portable_audience_growth"], between["portable_audience_growth"],
            birch["portable_audience_growth"]) == (800, 100, 0)
    (launch,) = figures["campaigns"]
    assert launch["targets"]["reach"]["status"] == "not_measured"  # C5 measured views, not people
    assert launch["targets"]["interactions"] == {"target": 400, "achieved": 400, "share": 1.0, "status": "met"}


def test_a_period_reaching_into_the_future_ends_today(audit_db, capsys):
    figures = stats(audit_db, "--from", "2024-01-01", "--to", "2099-12-31", capsys=capsys)
    assert figures["period_end"] == dt.date.today().isoformat()
    assert figures["audience_size_at_end"] == 9000  # the latest sizes, never projected


def test_pdf_all_time(audit_db, tmp_path):
    text = pdf_text(audit_db, tmp_path)
    for printed in [
        "8 Contributions 6 online, 2 offline",
        "4,500 People reached", "3 of 8 contributions",
        "26,000 Views (impressions)",
        "190 Attendees",
        "680 Interactions",
        "2.50% Engagement rate", "650 interactions / 26,000 impressions of 4 contributions with both",
        "9,000 Audience at period end", "+6,000 in the period",
        "3,000 Portable audience at period end", "+2,000 in the period",
        "6,000 Employer accounts at period end", "+4,000 while employed; 1 handed over with 2,500 followers",
        "on 4 channels",
        "4,500 people reached (per contribution); 26,000 views (impressions); 190 attendees; 680 interactions",
        "personally owned channels: 3.33%; on employer-owned channels: 2.39%",
        "3 · 38%", "2 · 25%", "1 · 12%",  # channel shares add up to 100 %
        "Handed over at the end of the role: 1 with 2,500 followers.",
        "handed over with 2,500 on 31 Dec 2021",  # not counted at the period end
        "Between roles",
        "2,500 of 5,000 (50%) target partly met", "500 of 400 (125%) target met",  # figure, its status beneath
        "not measured (target 1,000)",
    ]:
        assert printed in text, printed
    # one row per role, the employer column last: Acme and Birch grew theirs; between roles there was none to grow
    assert text.count("Employer accounts grown") == 1
    assert "4 2,500 18,000 500 +1,100 +2,000" in text and "3 1,200 8,000 150 +800 +2,000" in text
    assert "1 800 not measured 30 +100 – " in text
    assert "999,999" not in text  # the private contribution
    assert "9,000 followers" not in text and "Earned media value" not in text


def test_pdf_for_a_period_ending_mid_job(audit_db, tmp_path):
    text = pdf_text(audit_db, tmp_path, MID_JOB)
    for printed in [
        "800 People reached", "10,000 Views (impressions)", "150 Attendees", "430 Interactions",
        "4.00% Engagement rate",
        "5,900 Audience at period end", "+2,900 in the period",
        "1,900 Portable audience at period end", "+900 in the period",
        "4,000 Employer accounts at period end", "+2,000 while employed; 1 handed over with 2,500 followers",
        "on 3 channels",
        "400 of 400 (100%) target met",
    ]:
        assert printed in text, printed


def test_an_import_without_metrics_says_not_measured_and_shows_its_interactions(tmp_path):
    db = open_database(tmp_path / "imported.sqlite")
    records.audiences.create(db, {"id": 1, "name": "X", "platform": "x", "ownership": "personal"})
    for day, likes, reposts in [(D(2024, 1, 3), 120, 30), (D(2024, 2, 9), 80, 10)]:
        records.contributions.create(db, {"date": day, "kind": "post", "title": "imported", "audience_id": 1,
                                          "reactions": likes, "shares": reposts})
    text = pdf_text(db, tmp_path)
    db.close()
    assert "not measured People reached" in text and "not measured Views (impressions)" in text
    assert "240 Interactions" in text  # 120 + 30 + 80 + 10
    assert "not measured Engagement rate" in text
    assert "reaching about 0" not in text and "0 People reached" not in text


def test_a_platforms_engagements_count_once_in_stats_and_the_pdf_says_how(audit_db, tmp_path, capsys):
    """C10 has LinkedIn's engagements (87) and 60 reactions typed beside them: its interactions are 87."""
    records.contributions.create(audit_db, {"date": dt.date(2021, 3, 1), "kind": "post", "title": "C10",
                                            "impressions": 1000, "engagements": 87, "reactions": 60})
    figures = stats(audit_db, capsys=capsys)
    assert figures["interactions"] == ALL_TIME["interactions"] + 87
    assert figures["engagement_rate_interactions"] == 650 + 87
    assert figures["engagement_rate_impressions"] == 26000 + 1000
    text = pdf_text(audit_db, tmp_path)
    assert f"{ALL_TIME['interactions'] + 87:,} Interactions" in text
    assert "(LinkedIn's engagements: reactions, comments, reposts and clicks together), that total is the " \
           "contribution's interactions" in text and "parts recorded beside it are not added again" in text
