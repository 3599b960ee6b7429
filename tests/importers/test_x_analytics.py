"""X analytics CSVs: both layouts, several files, folders and zips; figures meet the archive's posts."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.importers import ImportRefused, parse_x_analytics
from portfolio_app.importers.values import parse_figure
from portfolio_app.importers.x_analytics import parse_x_date
from portfolio_app.services import records
from portfolio_app.services.importing import run_import
from tests.importers.analytics_files import current_csv, current_row, legacy_csv, legacy_row, monthly_files
from tests.importers.test_importing_service import dump

FIXTURES = Path(__file__).parent / "fixtures"
ARCHIVE_POST = "1582838231345872897"  # in fixtures/x_archive, 42 likes there
WHEN = datetime(2022, 10, 19, 20, 7, tzinfo=timezone.utc)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def legacy_file(tmp_path: Path, name: str = "tweet_activity_metrics_janedoe_20221001_20221101_en.csv") -> Path:
    return write(tmp_path / name, legacy_csv([
        legacy_row(ARCHIVE_POST, WHEN, "Talk slides are up https://t.co/xyz &amp; more", 4715, 7, 2, 50, 23),
        legacy_row("1590000000000000001", WHEN, 'Line one\n"quoted" line two', 300, 0, 0, 1, 0),
        legacy_row("1590000000000000002", WHEN, "@bob thanks!", 55, 0, 1, 2, 0),
    ]))


def test_legacy_layout_figures_dates_and_text(tmp_path):
    result = parse_x_analytics([str(legacy_file(tmp_path))])
    posts = {p.source_id: p for p in result.posts}
    talk = posts[ARCHIVE_POST]
    assert (talk.impressions, talk.reactions, talk.comments, talk.shares, talk.clicks) == (4715, 50, 2, 7, 23)
    assert talk.date == date(2022, 10, 19) and talk.title == "Talk slides are up https://t.co/xyz & more"
    assert posts["1590000000000000001"].notes == 'Line one\n"quoted" line two'
    assert posts["1590000000000000002"].kind is ContributionKind.ANSWER
    assert result.account.handle == "@janedoe" and result.account.platform is Platform.X
    assert result.update_fields == ("impressions", "reactions", "comments", "shares", "clicks")


def test_current_layout_in_a_renamed_file(tmp_path):
    picked = write(tmp_path / "my x numbers (1).csv", current_csv([
        current_row("1590000000000000009", datetime(2026, 8, 22), "Hello, world", 1234, 10, 3, 4, 5)]))
    [post] = parse_x_analytics([str(picked)]).posts
    assert post.date == date(2026, 8, 22)
    assert (post.impressions, post.reactions, post.comments, post.shares, post.clicks) == (1234, 10, 3, 4, 5)
    assert post.url == "https://x.com/janedoe/status/1590000000000000009"


def test_several_files_a_folder_and_a_zip_in_one_import(tmp_path):
    files = monthly_files(months=3, per_month=4)
    folder = tmp_path / "downloads"
    folder.mkdir()
    for name, data in files.items():
        write(folder / name, data)
    write(folder / "notes.csv", b"a,b\n1,2\n")  # another CSV in the folder is not an analytics file: left out
    archive = tmp_path / "analytics.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        for name, data in files.items():
            packed.writestr(f"x/{name}", data)
    by_files = parse_x_analytics([str(folder / name) for name in files])
    assert len(by_files.posts) == 12 and not by_files.problems
    assert len(parse_x_analytics([str(folder)]).posts) == 12
    assert len(parse_x_analytics([str(archive)]).posts) == 12


def test_a_post_in_two_files_keeps_the_later_figures(tmp_path):
    first = write(tmp_path / "a.csv", legacy_csv([legacy_row("1", WHEN, "x", 10, 0, 0, 1, 0)]))
    second = write(tmp_path / "b.csv", legacy_csv([legacy_row("1", WHEN, "x", 20, 0, 0, 2, 0)]))
    [post] = parse_x_analytics([str(first), str(second)]).posts
    assert post.impressions == 20


@pytest.mark.parametrize("text, expected", [
    ("2017-01-30 19:05 +0000", date(2017, 1, 30)), ("Sat, Aug 22, 2026", date(2026, 8, 22)),
    ("Aug 2, 2026", date(2026, 8, 2)), ("2024-04-26", date(2024, 4, 26)),
])
def test_dates(text, expected):
    assert parse_x_date(text) == expected


@pytest.mark.parametrize("text, expected", [("4715.0", 4715), ("0", 0), ("-", None), ("", None), ("1,234", 1234)])
def test_figures(text, expected):
    assert parse_figure(text) == expected


def test_a_bad_count_names_file_line_and_column(tmp_path):
    row = legacy_row("1", WHEN, "x", 10, 0, 0, 1, 0)
    row[4] = "12.5"
    path = write(tmp_path / "m.csv", legacy_csv([legacy_row("2", WHEN, "ok", 1, 0, 0, 0, 0), row]))
    result = parse_x_analytics([str(path)])
    [problem] = result.problems
    assert (problem.file, problem.line) == ("m.csv", 3) and "impressions" in problem.message
    assert [p.source_id for p in result.posts] == ["2"]


def test_other_files_are_refused_naming_what_they_look_like(tmp_path):
    with pytest.raises(ImportRefused, match="Shares.csv: this looks like LinkedIn's Shares.csv"):
        parse_x_analytics([str(FIXTURES / "linkedin" / "Shares.csv")])
    with pytest.raises(ImportRefused, match="line 1: the columns are not those of an X analytics export"):
        parse_x_analytics([str(write(tmp_path / "t.csv", b'"Tweet id","text"\n"1","x"\n'))])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportRefused, match="empty: the export does not contain tweet_activity_metrics"):
        parse_x_analytics([str(empty)])


def test_figures_fill_archive_posts_and_unknown_posts_are_new_on_x(db, tmp_path):
    run_import(db, "x", FIXTURES / "x_archive")
    archive_title = {c.source_id: c for c in records.contributions.list(db)}[ARCHIVE_POST].title
    report = run_import(db, "x-analytics", [legacy_file(tmp_path)])
    assert (report.new, report.updated, report.unchanged) == (2, 1, 0)
    assert report.audience_name == "X – Jane Doe (@janedoe)" and not report.audience_created
    posts = {c.source_id: c for c in records.contributions.list(db)}
    talk = posts[ARCHIVE_POST]
    assert (talk.impressions, talk.reactions, talk.comments, talk.shares, talk.clicks) == (4715, 50, 2, 7, 23)
    assert talk.title == archive_title  # the archive's words, not the analytics' t.co version
    new = posts["1590000000000000001"]
    assert new.source == "x" and new.audience_id == talk.audience_id and new.impressions == 300
    again = run_import(db, "x-analytics", [legacy_file(tmp_path)])
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)


def test_analytics_first_then_the_archive_matches_instead_of_duplicating(db, tmp_path):
    run_import(db, "x-analytics", legacy_file(tmp_path))
    report = run_import(db, "x", FIXTURES / "x_archive")
    assert report.new == 2 and report.updated == 1  # the talk post met its analytics row
    posts = [c for c in records.contributions.list(db) if c.source_id == ARCHIVE_POST]
    assert len(posts) == 1 and posts[0].impressions == 4715  # the archive has no impressions: kept
    assert len(records.audiences.list(db)) == 1


def test_hand_edited_figures_win(db, tmp_path):
    run_import(db, "x-analytics", legacy_file(tmp_path))
    talk = next(c for c in records.contributions.list(db) if c.source_id == ARCHIVE_POST)
    records.contributions.update(db, talk.id, {"impressions": 9999})
    row = legacy_row(ARCHIVE_POST, WHEN, "Talk", 5000, 8, 2, 60, 23)
    report = run_import(db, "x-analytics", write(tmp_path / "later.csv", legacy_csv([row])))
    talk = next(c for c in records.contributions.list(db) if c.source_id == ARCHIVE_POST)
    assert talk.impressions == 9999 and talk.reactions == 60 and report.kept_edits == 1


def test_a_refused_file_among_several_changes_nothing(db, tmp_path):
    run_import(db, "x", FIXTURES / "x_archive")
    before = dump(db.path)
    broken = write(tmp_path / "broken.csv", b'"Tweet id","time","impressions"\n"1","2017-01-01 00:00 +0000","\xff"\n')
    with pytest.raises(ImportRefused, match="broken.csv, line 2"):
        run_import(db, "x-analytics", [legacy_file(tmp_path), broken])
    assert dump(db.path) == before


def test_an_id_a_spreadsheet_rounded_is_a_problem_not_a_wrong_post(tmp_path):
    row = legacy_row("1", WHEN, "x", 10, 0, 0, 1, 0)
    row[0] = "8.26144E+17"
    result = parse_x_analytics([str(write(tmp_path / "m.csv", legacy_csv([row])))])
    assert not result.posts and "8.26144E+17" in result.problems[0].message
