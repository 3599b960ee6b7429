"""The whole LinkedIn export: profile, positions, recommendations and articles beside the posts."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.importers import parse_linkedin_export
from portfolio_app.importers.linkedin_career import parse_month, parse_recommendation_date
from portfolio_app.services import records
from portfolio_app.services.career_import import EMPLOYMENTS, PROFILE, TESTIMONIALS
from portfolio_app.services.importing import report_lines, run_import

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def export(tmp_path) -> Path:
    """The export's folder: posts and connections (fixtures/linkedin) with the career files beside them."""
    folder = tmp_path / "Basic_LinkedInDataExport_07-02-2025"
    shutil.copytree(FIXTURES / "linkedin", folder)
    shutil.copytree(FIXTURES / "linkedin_career", folder, dirs_exist_ok=True)
    return folder


def test_positions_recommendations_articles_and_profile(export):
    result = parse_linkedin_export(str(export))
    assert result.profile == {"name": "Jane Doe", "headline": "Developer Advocate", "location": "Berlin, Germany"}
    acme, media = result.employments
    assert acme.values["organisation"] == "Acme Robotics" and acme.values["end_date"] is None
    assert acme.values["start_date"] == date(2021, 3, 1)
    assert (media.values["start_date"], media.values["end_date"]) == (date(2017, 1, 1), date(2021, 2, 28))
    assert any("without its start" in p.message and p.line == 5 for p in result.problems)
    assert [t.values["author"] for t in result.testimonials] == ["Ann Smith", "Cleo Brown"]  # hidden one left out
    ann = result.testimonials[0].values
    assert (ann["author_role"], ann["author_organisation"]) == ("CTO", "Acme Robotics")
    assert ann["date"] == date(2024, 3, 14) and not ann["may_publish"]
    [article] = [p for p in result.posts if p.kind is ContributionKind.ARTICLE]
    assert (article.title, article.date) == ("Shipping calmly", date(2023, 5, 2))
    assert "Releases need not be dramas & here is how." in article.notes and "color" not in article.notes


def test_a_picked_shares_csv_is_read_alone(export):
    result = parse_linkedin_export(str(export / "Shares.csv"))
    assert result.profile is None and not result.employments and not result.testimonials


@pytest.mark.parametrize("text, end, expected", [
    ("Jan 2015", False, date(2015, 1, 1)), ("Feb 2024", True, date(2024, 2, 29)),
    ("September 2020", False, date(2020, 9, 1)), ("2019", True, date(2019, 12, 31)),
])
def test_months(text, end, expected):
    assert parse_month(text, end=end) == expected


def test_recommendation_dates():
    assert parse_recommendation_date("07/21/09, 12:11 PM") == date(2009, 7, 21)
    assert parse_recommendation_date("2021-11-02") == date(2021, 11, 2)
    assert parse_recommendation_date("") is None


def test_every_part_reports_new_updated_unchanged_and_hand_edits_win(db, export, tmp_path, pack_zip):
    archive = pack_zip(export, tmp_path / "export.zip")
    report = run_import(db, "linkedin", archive)
    assert report.parts[PROFILE]["new"] == 1
    assert report.parts[EMPLOYMENTS]["new"] == 2 and report.parts[TESTIMONIALS]["new"] == 2
    lines = "\n".join(report_lines(report, "linkedin"))
    assert "Employments: 2 new, 0 updated, 0 unchanged" in lines
    acme = next(e for e in records.employments.list(db) if e.organisation == "Acme Robotics")
    records.employments.update(db, acme.id, {"role": "VP Developer Relations"})
    (export / "Positions.csv").write_text((export / "Positions.csv").read_text().replace(
        "Community Manager", "Senior Community Manager").replace("Head of Developer Relations", "Head of DevRel"))
    again = run_import(db, "linkedin", pack_zip(export, tmp_path / "export2.zip"))
    assert (again.parts[EMPLOYMENTS]["updated"], again.parts[EMPLOYMENTS]["kept_edits"]) == (1, 1)
    assert again.parts[TESTIMONIALS]["unchanged"] == 2 and again.parts[PROFILE]["unchanged"] == 1
    roles = {e.organisation: e.role for e in records.employments.list(db)}
    assert roles == {"Acme Robotics": "VP Developer Relations", "Example Media GmbH": "Senior Community Manager"}
    assert all(not t.may_publish for t in records.testimonials.list(db))
    assert len(records.testimonials.list(db)) == 2


def test_the_profile_gets_only_its_empty_fields(db, export):
    from portfolio_app.services.profile_and_rates import get_profile, save_profile

    save_profile(db, {"name": "Jane Q. Doe", "headline": ""})
    report = run_import(db, "linkedin", export)
    assert report.parts[PROFILE]["updated"] == 1
    profile = get_profile(db)
    assert (profile.name, profile.headline, profile.location) == ("Jane Q. Doe", "Developer Advocate",
                                                                  "Berlin, Germany")


def test_a_recommendation_imported_before_the_organisation_field_gets_it(db, export):
    """Imported by a version that wrote "job title, company" as the role: a re-import splits it."""
    from sqlalchemy import text

    run_import(db, "linkedin", export)
    with db.engine.begin() as conn:  # as the older version left it: no organisation, none in the snapshot
        conn.execute(text("UPDATE testimonial SET author_organisation = '', author_role = author_role || ', X', "
                          "import_snapshot = json_remove(json_set(import_snapshot, '$.author_role', "
                          "json_extract(import_snapshot, '$.author_role') || ', X'), '$.author_organisation')"))
        conn.execute(text("UPDATE testimonial SET author_role = 'Chief Technology Officer, X' "
                          "WHERE author = 'Cleo Brown'"))  # edited by hand since: stays
    report = run_import(db, "linkedin", export)
    assert (report.parts[TESTIMONIALS]["updated"], report.parts[TESTIMONIALS]["kept_edits"]) == (1, 1)
    found = {t.author: (t.author_role, t.author_organisation) for t in records.testimonials.list(db)}
    assert found == {"Ann Smith": ("CTO", "Acme Robotics"), "Cleo Brown": ("Chief Technology Officer, X", "")}


def test_a_position_finished_on_present_is_the_current_role(export):
    """Real exports write "Present" as the end of the role held now (older ones leave it empty)."""
    positions = export / "Positions.csv"
    positions.write_text(positions.read_text().replace('"Berlin, Germany",Mar 2021,', '"Berlin, Germany",Mar 2021,Present'))
    result = parse_linkedin_export(str(export))
    acme = next(e for e in result.employments if e.values["organisation"] == "Acme Robotics")
    assert acme.values["end_date"] is None and acme.values["start_date"] == date(2021, 3, 1)
    assert not any("Present" in p.message for p in result.problems)


def test_an_analytics_workbook_inside_the_export_is_pointed_out(export, tmp_path, pack_zip):
    from tests.importers.linkedin_workbooks import activity, write_workbook

    write_workbook(export / "Content_2024-12-01_2024-12-27_Jane.xlsx", [(activity(1), "12/2/2024", "1", "10")])
    result = parse_linkedin_export(str(pack_zip(export, tmp_path / "export.zip")))
    [note] = [n for n in result.notes if "analytics workbook" in n.message]
    assert note.message == ("export.zip: it also holds an analytics workbook (Content_2024-12-01_2024-12-27_Jane.xlsx);"
                            " import the same file as LinkedIn analytics for its impressions, engagements and followers")
