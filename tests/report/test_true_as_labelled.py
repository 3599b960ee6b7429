"""Figures true as labelled at the edges: a person who has left the role that owned an account.

Written out literally (no code of ours computes an expected value):
  Acme Media (Editor)   2020-01-01 – 2022-06-30, owns the Acme page (handed over at the end: 4,000);
                        its campaign "Acme relaunch" ran through 2021
  after it              no role; the person's own X account only
  money on: a follower-month worth GBP 1.50 (the author's own rate), shown in CHF at 1.10 per GBP
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from portfolio_app.cli import main
from portfolio_app.domain.records import ExchangeRate, Period, Rate, ValueRates
from portfolio_app.report.options import ReportOptions, Section
from portfolio_app.services import records
from portfolio_app.services.export_pdf import export_pdf
from portfolio_app.services.profile_and_rates import get_value_rates, save_value_rates
from portfolio_app.storage.database import open_database

D = dt.date
TODAY = D(2025, 6, 30)


@pytest.fixture(scope="module")
def left_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("left") / "left.sqlite")
    records.employments.create(db, {"id": 1, "organisation": "Acme Media", "role": "Editor",
                                    "start_date": D(2020, 1, 1), "end_date": D(2022, 6, 30)})
    records.audiences.create(db, {"id": 1, "name": "Own X", "platform": "x", "ownership": "personal"})
    records.audiences.create(db, {"id": 2, "name": "Acme page", "platform": "linkedin", "ownership": "employer",
                                  "employment_id": 1})
    for audience_id, day, size in [(1, D(2021, 1, 1), 500), (1, D(2024, 1, 1), 900),
                                   (2, D(2020, 1, 1), 1000), (2, D(2022, 6, 30), 4000),
                                   (2, D(2025, 1, 1), 8000)]:  # 8,000: Acme's, after the hand-over
        records.snapshots.create(db, {"audience_id": audience_id, "date": day, "size": size})
    records.campaigns.create(db, {"id": 1, "name": "Acme relaunch", "employment_id": 1, "start_date": D(2021, 1, 1),
                                  "end_date": D(2021, 12, 31), "target_engagements": 150})
    for values in [
        {"date": D(2021, 3, 1), "kind": "post", "title": "For Acme", "audience_id": 2, "employment_id": 1,
         "campaign_id": 1, "impressions": 2000, "engagements": 100},
        {"date": D(2023, 3, 1), "kind": "post", "title": "Own post", "audience_id": 1,
         "impressions": 1000, "reactions": 30},
    ]:
        records.contributions.create(db, values)
    defaults = get_value_rates(db)
    save_value_rates(db, ValueRates("CHF", True, Rate(1.5, "GBP", "Our own estimate", D(2025, 2, 1)), defaults.cpm,
                                    (ExchangeRate("GBP", "CHF", 1.1, "ECB", D(2025, 1, 1)),)))
    yield db
    db.close()


def pdf_text(db, tmp_path, period=Period(), **options) -> str:
    result = export_pdf(db, tmp_path / "left.pdf", ReportOptions(period=period, **options), today=TODAY)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(result.path).pages).split())


def test_an_account_handed_over_before_the_end_has_no_size_then_and_is_not_unmeasured(left_db, capsys):
    assert main(["stats", "--db", str(left_db.path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    # the person ran no employer account at the end: null, and the count that says why
    assert (figures["employer_audience_size"], figures["employer_audiences_at_end"]) == (None, 0)
    assert figures["employer_audience_handed_over"] == 4000
    assert (figures["audience_size_at_end"], figures["audiences_at_end"]) == (900, 1)  # own X only
    assert main(["stats", "--db", str(left_db.path)]) == 0
    lines = {line[:32].strip(): line[32:].strip() for line in capsys.readouterr().out.splitlines()}
    assert lines["employer audience size"] == "none at period end"  # not "not measured": nothing to measure


def test_the_pdf_shows_no_size_for_accounts_all_handed_over(left_db, tmp_path):
    text = pdf_text(left_db, tmp_path)
    assert "not measured Employer accounts" not in text
    assert "– Employer accounts at period end" in text  # as the audiences table shows the handed-over account
    assert "+3,000 while employed; 1 handed over with 4,000 followers" in text


def test_the_audience_value_shows_its_product_before_converting_and_whose_rate_it_is(left_db, tmp_path):
    text = pdf_text(left_db, tmp_path, sections=(Section.METHOD,))
    # own X at the end: 900 followers × GBP 1.50 = GBP 1,350; × 1.10 = CHF 1,485
    assert "= 900 × 1.50 GBP = GBP 1,350 = CHF 1,485 (1.1000 CHF per GBP) per month" in text
    assert "The rate is the author's own" in text
    assert "The rate is the one in PhoneDog" not in text  # it is not: PhoneDog's claim was USD 2.50


def test_phonedogs_rate_is_named_as_the_rate_only_where_it_is_used(db, tmp_path):
    records.audiences.create(db, {"id": 1, "name": "Own X", "platform": "x", "ownership": "personal"})
    records.snapshots.create(db, {"audience_id": 1, "date": D(2024, 1, 1), "size": 1000})
    rates = get_value_rates(db)
    save_value_rates(db, ValueRates(rates.currency, True, rates.audience_rate, rates.cpm))
    text = pdf_text(db, tmp_path, sections=(Section.METHOD,))
    assert "= 1,000 × 2.50 USD = USD 2,500 per month" in text  # 1,000 × 2.50
    assert "The rate is the one in PhoneDog v. Kravitz" in text and "The rate is the author" not in text


def test_an_engagement_rate_is_named_only_for_channels_that_carried_contributions(left_db, tmp_path):
    # after leaving Acme: only the own post (30 reactions / 1,000 impressions); no employer-owned channel
    text = pdf_text(left_db, tmp_path, period=Period(D(2023, 1, 1), D(2024, 12, 31)), sections=(Section.CHARTS,))
    assert "Engagement rate on personally owned channels: 3.00%." in text
    assert "employer-owned channels" not in text  # not "not measured": there was nothing to measure
    # all time both kinds of channel carried contributions: 100 / 2,000 for Acme, 30 / 1,000 own
    text = pdf_text(left_db, tmp_path, sections=(Section.CHARTS,))
    assert "Engagement rate on personally owned channels: 3.00%; on employer-owned channels: 5.00%." in text


def test_the_attached_figures_say_what_the_growth_counts_and_carry_the_hand_over(left_db, tmp_path):
    result = export_pdf(left_db, tmp_path / "left.pdf", ReportOptions(), today=TODAY)
    data = json.loads(PdfReader(result.path).attachments["portfolio-data.json"][0])
    figures = {f["key"]: f for f in data["figures"]}
    # own X 500 → 900 (+400) and the Acme page 1,000 → 4,000 while employed (+3,000); at the end own X only
    assert (figures["audience_growth"]["value"], figures["audience_at_period_end"]["value"]) == (3400, 900)
    assert "handed over" in figures["audience_growth"]["definition"]  # 3,400 is not 900 minus a start size
    assert figures["employer_accounts_at_period_end"]["value"] is None
    assert figures["employer_accounts_handed_over"]["value"] == 4000


@pytest.mark.parametrize(("language", "printed", "wrong"), [
    ("en", "1 contribution in all · 1,000 views", "1 contributions"),
    ("de", "1 Beitrag insgesamt · 1.000 Aufrufe", "1 Beiträge"),
])
def test_one_contribution_is_one_in_the_selected_work(left_db, tmp_path, language, printed, wrong):
    text = pdf_text(left_db, tmp_path, sections=(Section.APPENDIX,), language=language)
    assert printed in text and wrong not in text  # the own post of 2023 is that year's only one


def test_a_size_recorded_long_before_the_period_end_says_when(left_db, tmp_path):
    text = pdf_text(left_db, tmp_path, sections=(Section.AUDIENCES,))
    # own X was last counted on 1 January 2024; the period ends on 30 June 2025
    assert "900 as of 1 Jan 2024" in text
    text = pdf_text(left_db, tmp_path, period=Period(D(2023, 1, 1), D(2024, 1, 31)), sections=(Section.AUDIENCES,))
    assert "900 as of" not in text  # measured in the period's last month: current enough


def test_a_campaign_cut_by_the_period_says_which_part_it_is_measured_by(left_db, tmp_path):
    text = pdf_text(left_db, tmp_path, period=Period(D(2021, 1, 1), D(2021, 6, 30)), sections=(Section.CAMPAIGNS,))
    assert "Jan 2021 – Dec 2021 · 1 contribution · measured in this report: Jan 2021 – Jun 2021" in text
    text = pdf_text(left_db, tmp_path, sections=(Section.CAMPAIGNS,))
    assert "measured in this report" not in text  # the whole campaign lies in the period


@pytest.mark.parametrize(("language", "featured", "listed"), [
    ("en", "Channel · Mar 2025 · 85,000 impressions (times shown) · 5,000 interactions",
     "Video · Channel 85,000 times shown 5,000"),
    ("de", "Channel · März 2025 · 85.000 Impressionen (so oft gezeigt) · 5.000 Interaktionen",
     "Video · Channel 85.000 mal gezeigt 5.000"),
])
def test_a_youtube_videos_thumbnail_impressions_are_never_called_its_views(db, tmp_path, language, featured, listed):
    # as the YouTube import records a video: thumbnail shown 85,000 times, played 5,000 times (kept as clicks);
    # YouTube itself says 5,000 views, so the video's own line never says 85,000 views
    records.audiences.create(db, {"id": 1, "name": "Channel", "platform": "youtube", "ownership": "personal"})
    records.contributions.create(db, {"date": D(2025, 3, 1), "kind": "video", "title": "The talk", "audience_id": 1,
                                      "impressions": 85_000, "clicks": 5_000, "featured": True})
    text = pdf_text(db, tmp_path, language=language)
    assert featured in text  # page 1's featured work
    assert listed in text  # the selected work's figure column


def test_one_contribution_is_named_in_the_singular(db, tmp_path):
    records.contributions.create(db, {"date": D(2025, 3, 1), "kind": "post", "title": "Only one",
                                      "impressions": 1000, "reactions": 50})
    text = pdf_text(db, tmp_path)
    for printed in ["the author published 1 contribution without", "Views of 1 contribution, with a figure",
                    "50 interactions on the impressions of 1 contribution",
                    "50 interactions / 1,000 impressions of 1 contribution with both"]:
        assert printed in text, printed
    assert "published 1 contributions" not in text and "impressions of 1 contributions" not in text


def test_stats_name_no_rate_where_no_contribution_was_made_on_such_channels(left_db, capsys):
    # 2023–2024: only the own post; no contribution on an employer-owned channel
    assert main(["stats", "--db", str(left_db.path), "--json", "--from", "2023-01-01", "--to", "2024-12-31"]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert (figures["personal_engagement_rate"], figures["personal_channel_contributions"]) == (0.03, 1)
    assert (figures["corporate_engagement_rate"], figures["employer_channel_contributions"]) == (None, 0)
    assert main(["stats", "--db", str(left_db.path), "--from", "2023-01-01", "--to", "2024-12-31"]) == 0
    lines = {line[:32].strip(): line[32:].strip() for line in capsys.readouterr().out.splitlines()}
    assert lines["corporate engagement rate"] == "no contribution on employer-owned channels"


@pytest.mark.parametrize(("language", "default", "own"), [
    ("en", "Portfolio's default: a round illustrative figure, not a market price", "set by the author"),
    ("de", "Vorgabe von Portfolio: ein runder Beispielwert, kein Marktpreis", "von der Person selbst gesetzt"),
])
def test_the_rates_sources_the_app_wrote_read_for_the_pdfs_reader(db, tmp_path, language, default, own):
    from portfolio_app.services.profile_and_rates import USER_SOURCE

    records.audiences.create(db, {"id": 1, "name": "Own X", "platform": "x", "ownership": "personal"})
    records.snapshots.create(db, {"audience_id": 1, "date": D(2024, 1, 1), "size": 1000})
    records.contributions.create(db, {"date": D(2025, 3, 1), "kind": "post", "title": "A post", "audience_id": 1,
                                      "impressions": 1000})
    rates = get_value_rates(db)  # the default CPMs; the follower value typed in the preferences
    save_value_rates(db, ValueRates("USD", True, Rate(2.0, "USD", USER_SOURCE, D(2025, 1, 1)), rates.cpm))
    text = pdf_text(db, tmp_path, sections=(Section.METHOD,), language=language)
    assert default in text and own in text
    assert "set by you" not in text  # the reader of the PDF did not set it
    assert "media kit" not in text  # the hint to replace the default is for the author, in the preferences


def test_the_selected_works_role_heading_says_which_part_its_subtotals_count(left_db, tmp_path):
    text = pdf_text(left_db, tmp_path, period=Period(D(2021, 1, 1), D(2021, 6, 30)), sections=(Section.APPENDIX,))
    assert "Acme Media · Editor · Jan 2020 – Jun 2022 · In this report: Jan 2021 – Jun 2021" in text
    text = pdf_text(left_db, tmp_path, sections=(Section.APPENDIX,))
    assert "In this report" not in text  # all time: the whole role


def test_stats_text_says_which_lines_repeat_a_figure_under_an_earlier_name(left_db, capsys):
    assert main(["stats", "--db", str(left_db.path)]) == 0
    lines = {line[:32].strip(): line[32:].strip() for line in capsys.readouterr().out.splitlines()}
    # 130 = 100 (the Acme post's engagements) + 30 (the own post's reactions): all interactions, not LinkedIn's
    assert lines["interactions"] == "130"
    assert lines["engagements"] == "130  (earlier name of interactions)"
