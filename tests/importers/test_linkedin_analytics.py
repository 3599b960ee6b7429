"""LinkedIn's analytics workbook: read with openpyxl, matched to Shares.csv posts by URN or by day."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from portfolio_app.importers import ImportRefused, parse_linkedin_analytics
from portfolio_app.importers.linkedin_analytics import MAX_ROWS, sizes_before
from portfolio_app.services import records
from portfolio_app.services.importing import report_lines, run_import
from portfolio_app.services.linkedin_matching import BY_DATE, BY_URN, UNMATCHED
from tests.importers.conftest import pack_zip
from tests.importers.linkedin_workbooks import activity, write_workbook
from tests.importers.test_importing_service import dump

FIXTURES = Path(__file__).parent / "fixtures"
# fixtures/linkedin/Shares.csv: urn:li:activity:7340000000000000001 on 2025-06-15 (the same URN),
# urn:li:share:7345678901234567890 alone on 2025-07-01, urn:li:ugcPost:… on 2025-06-10


def workbook(tmp_path: Path, **options) -> Path:
    return write_workbook(tmp_path / "Content_2024-12-01_2025-07-31_JaneDoe.xlsx", [
        (activity(7340000000000000001), "6/15/2025", "12", "1,480"),   # same URN as in Shares.csv
        (activity(7345678901299999999), "7/1/2025", "87", "5,210"),    # another URN, the only post that day
        (activity(7399999999999999999), "7/20/2025", "3", "240"),       # no post that day
    ], **options)


def test_posts_figures_and_followers_from_text_cells(tmp_path):
    result = parse_linkedin_analytics(str(workbook(tmp_path)))
    posts = {p.source_id: p for p in result.posts}
    post = posts["urn:li:activity:7345678901299999999"]
    assert (post.date, post.impressions, post.engagements, post.reactions) == (date(2025, 7, 1), 5210, 87, None)
    assert result.sizes == [(date(2024, 12, 25), 1200), (date(2024, 12, 26), 1200), (date(2024, 12, 27), 1204)]
    assert result.account.size == 1204 and result.account.size_date == date(2024, 12, 27)


def test_headers_on_the_first_row_and_numbers_as_numbers(tmp_path):
    path = write_workbook(tmp_path / "old.xlsx", [(activity(1), "1/2/2024", 5, 100)], headers_on_first_row=True,
                          total=None)
    result = parse_linkedin_analytics(str(path))
    [post] = result.posts
    assert (post.impressions, post.engagements) == (100, 5) and result.sizes == []


def test_sizes_before_counts_back_from_the_total():
    assert sizes_before((date(2024, 1, 3), 10), [(date(2024, 1, 2), 2), (date(2024, 1, 3), 1)]) == [
        (date(2024, 1, 2), 9), (date(2024, 1, 3), 10)]


def test_matched_by_urn_by_day_or_new_and_reported(db, tmp_path):
    run_import(db, "linkedin", FIXTURES / "linkedin")
    report = run_import(db, "linkedin-analytics", workbook(tmp_path))
    assert report.matched == {BY_URN: 1, BY_DATE: 1, UNMATCHED: 1}
    assert (report.new, report.updated) == (1, 2)
    posts = {c.source_id: c for c in records.contributions.list(db)}
    assert posts["urn:li:share:7345678901234567890"].impressions == 5210  # met by its day
    assert posts["urn:li:share:7345678901234567890"].title == "Three things I learned, shipping our app:"
    assert posts["urn:li:activity:7340000000000000001"].engagements == 12  # LinkedIn's total, not reactions
    assert posts["urn:li:activity:7340000000000000001"].reactions is None
    new = posts["urn:li:activity:7399999999999999999"]
    assert not new.reviewed and new.impressions == 240
    lines = "\n".join(report_lines(report, "linkedin-analytics"))
    assert "matched by URN: 1" in lines and "matched by publish date" in lines
    [audience] = records.audiences.list(db)
    assert len([s for s in records.snapshots.list(db) if s.audience_id == audience.id]) >= 3
    again = run_import(db, "linkedin-analytics", workbook(tmp_path))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert again.matched == {BY_URN: 2, BY_DATE: 1}  # the day match is found again, never a duplicate
    assert len(records.contributions.list(db)) == 5


def test_other_workbooks_and_damaged_cells_are_refused_naming_sheet_and_cell(db, tmp_path):
    from openpyxl import Workbook

    other = tmp_path / "budget.xlsx"
    book = Workbook()
    book.active.title = "Budget"
    book.save(other)
    with pytest.raises(ImportRefused, match="budget.xlsx: this workbook is not LinkedIn's analytics export"):
        parse_linkedin_analytics(str(other))
    broken = write_workbook(tmp_path / "broken.xlsx", [(activity(1), "someday", "5", "100")])
    before = dump(db.path)
    with pytest.raises(ImportRefused, match=r"broken.xlsx: sheet TOP POSTS, cell B4: 'someday' is not a date"):
        run_import(db, "linkedin-analytics", broken)
    assert dump(db.path) == before
    with pytest.raises(ImportRefused, match="Shares.csv: this looks like LinkedIn's Shares.csv"):
        parse_linkedin_analytics(str(FIXTURES / "linkedin" / "Shares.csv"))


def test_a_huge_sheet_is_refused_without_reading_it_all(tmp_path):
    rows = [(activity(n), "1/2/2024", "1", "1") for n in range(MAX_ROWS + 5)]
    path = write_workbook(tmp_path / "huge.xlsx", rows)
    with pytest.raises(ImportRefused, match=f"sheet TOP POSTS: more than {MAX_ROWS:,}|sheet TOP POSTS: more than"):
        parse_linkedin_analytics(str(path))


def test_a_zip_bomb_dressed_as_a_workbook_is_refused(tmp_path):
    path = tmp_path / "Content.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("xl/workbook.xml", "<workbook/>")
        packed.writestr("xl/worksheets/sheet1.xml", b"\0" * (65 << 20))
    with pytest.raises(ImportRefused, match="unpacks to more than 64 MB"):
        parse_linkedin_analytics(str(path))


def contents(db) -> tuple:
    """The database's records as the user sees them: no row ids, no timestamps."""
    import sqlite3

    with sqlite3.connect(db.path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(contribution)")
                   if r[1] not in ("id", "created_at", "updated_at")]
        posts = conn.execute(f"SELECT {', '.join(columns)} FROM contribution ORDER BY source_id").fetchall()
        audiences = conn.execute("SELECT name, platform, handle, ownership FROM audience ORDER BY id").fetchall()
        sizes = conn.execute("SELECT audience_id, date, size FROM audience_snapshot ORDER BY date").fetchall()
    return posts, audiences, sizes


def test_workbook_before_shares_gives_the_same_database_as_shares_first(tmp_path):
    from portfolio_app.services.linkedin_matching import MERGED_BY_DATE, MERGED_BY_URN
    from portfolio_app.storage.database import open_database

    shares = FIXTURES / "linkedin" / "Shares.csv"
    book = workbook(tmp_path)
    shares_first = open_database(tmp_path / "shares-first.sqlite")
    workbook_first = open_database(tmp_path / "workbook-first.sqlite")
    try:
        run_import(shares_first, "linkedin", shares)
        run_import(shares_first, "linkedin-analytics", book)
        run_import(workbook_first, "linkedin-analytics", book)
        dry = run_import(workbook_first, "linkedin", shares, dry_run=True)
        assert dry.matched == {MERGED_BY_URN: 1, MERGED_BY_DATE: 1}
        report = run_import(workbook_first, "linkedin", shares)
        assert report.matched == {MERGED_BY_URN: 1, MERGED_BY_DATE: 1}
        assert (report.new, report.updated) == (2, 2)  # two Shares.csv posts the workbook did not list
        lines = "\n".join(report_lines(report, "linkedin"))
        assert "merged into a post the analytics workbook added, by publish date (the only post that day): 1" in lines
        assert contents(workbook_first) == contents(shares_first)
        posts = {c.source_id: c for c in records.contributions.list(workbook_first)}
        merged = posts["urn:li:share:7345678901234567890"]  # met by its day: text and link of Shares.csv, figures kept
        assert merged.title == "Three things I learned, shipping our app:" and "Ship early" in merged.notes
        assert (merged.impressions, merged.engagements) == (5210, 87) and "share%3A" in merged.url
        assert len(posts) == 5 and "urn:li:activity:7345678901299999999" not in posts
        again = run_import(workbook_first, "linkedin-analytics", book)  # and back: matched, never duplicated
        assert (again.new, again.matched[BY_DATE]) == (0, 1)
    finally:
        shares_first.close()
        workbook_first.close()


def test_a_workbook_post_edited_by_hand_keeps_the_edits_when_shares_csv_completes_it(db, tmp_path):
    run_import(db, "linkedin-analytics", workbook(tmp_path))
    placeholder = next(c for c in records.contributions.list(db) if c.date == date(2025, 7, 1))
    records.contributions.update(db, placeholder.id, {"title": "Launch lessons", "engagements": 90})
    run_import(db, "linkedin", FIXTURES / "linkedin" / "Shares.csv")
    merged = records.contributions.get(db, placeholder.id)
    assert merged.source_id == "urn:li:share:7345678901234567890"
    assert (merged.title, merged.engagements, merged.impressions) == ("Launch lessons", 90, 5210)
    assert "Ship early" in merged.notes  # what the user left empty is filled in
    assert len([c for c in records.contributions.list(db) if c.date == date(2025, 7, 1)]) == 1


@pytest.mark.parametrize("inside", ["Content_2024-12-01_2025-07-31_JaneDoe.xlsx",
                                    "Basic_LinkedInDataExport_07-02-2025/Content_2024-12-01_2025-07-31_JaneDoe.xlsx"])
def test_a_workbook_inside_a_zip_is_read(db, tmp_path, inside):
    """The workbook zipped on its own, or put into the whole LinkedIn data export beside Shares.csv."""
    folder = tmp_path / "packed"
    (folder / inside).parent.mkdir(parents=True)
    workbook(tmp_path).rename(folder / inside)
    (folder / "Shares.csv").write_bytes((FIXTURES / "linkedin" / "Shares.csv").read_bytes())
    archive = pack_zip(folder, tmp_path / "export.zip")
    result = parse_linkedin_analytics(str(archive))
    assert len(result.posts) == 3 and result.posts[0].file == f"export.zip/{inside}"
    report = run_import(db, "linkedin-analytics", archive)
    assert report.new == 3 and report.sizes_added >= 2


def test_a_zip_without_a_workbook_or_with_a_huge_one_is_refused(tmp_path):
    from portfolio_app.importers.linkedin_analytics import MAX_WORKBOOK_BYTES

    empty = pack_zip(FIXTURES / "linkedin", tmp_path / "export.zip")
    with pytest.raises(ImportRefused, match=r"export.zip: the export does not contain Content_….xlsx"):
        parse_linkedin_analytics(str(empty))
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("Content.xlsx", b"\0" * (MAX_WORKBOOK_BYTES + 1))
    with pytest.raises(ImportRefused, match=r"bomb.zip/Content.xlsx: the file is larger than 64 MB"):
        parse_linkedin_analytics(str(bomb))


def test_discovery_totals_are_kept_with_their_period_and_never_spread_over_posts(db, tmp_path):
    from portfolio_app.importers.base import PeriodTotal
    from portfolio_app.services.period_totals import period_totals

    result = parse_linkedin_analytics(str(workbook(tmp_path)))
    assert result.period_totals == [PeriodTotal(date(2024, 12, 1), date(2024, 12, 27), 23456, 9876)]
    report = run_import(db, "linkedin-analytics", workbook(tmp_path))
    [audience] = records.audiences.list(db)
    assert period_totals(db, audience.id) == result.period_totals
    lines = "\n".join(report_lines(report, "linkedin-analytics"))
    assert ("Impressions 23,456, members reached 9,876, as LinkedIn reports for 2024-12-01 – 2024-12-27 (new; "
            "the whole account over that period, not added to any post)") in lines
    assert sum(c.impressions or 0 for c in records.contributions.list(db)) == 5210 + 1480 + 240  # posts' own only
    again = run_import(db, "linkedin-analytics", workbook(tmp_path))
    assert [r.status for r in again.period_totals] == ["unchanged"]
    revised = write_workbook(tmp_path / "revised.xlsx", [(activity(1), "12/2/2024", "1", "10")],
                             discovery=("12/1/2024 - 12/27/2024", "24,000", None))
    assert [r.status for r in run_import(db, "linkedin-analytics", revised).period_totals] == ["updated"]
    # the platform revised one figure and left the other out: the recorded one stays, never 0
    assert period_totals(db, audience.id) == [PeriodTotal(date(2024, 12, 1), date(2024, 12, 27), 24000, 9876)]


def test_discovery_without_its_period_is_noted_not_imported(tmp_path):
    path = write_workbook(tmp_path / "no-period.xlsx", [(activity(1), "12/2/2024", "1", "10")],
                          discovery=("", "23,456", "9,876"))
    result = parse_linkedin_analytics(str(path))
    assert result.period_totals == []
    assert any("the period its totals cover is not stated" in note.message for note in result.notes)


def test_share_links_of_current_exports_name_their_posts(db, tmp_path):
    """Since 2026 TOP POSTS names posts by share links; their id is the Shares.csv URN (matched by it),
    and filler cells beside the shorter table are no posts."""
    from portfolio_app.importers.base import PeriodTotal
    from portfolio_app.importers.linkedin_analytics import post_urn
    from tests.importers.linkedin_workbooks import write_share_link_workbook

    assert post_urn("https://www.linkedin.com/posts/a_how-to-share-10-tips-ugcPost-7350000000000000009-x") == \
        "urn:li:ugcPost:7350000000000000009"
    assert post_urn("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345678901234567890") == \
        "urn:li:share:7345678901234567890"
    assert post_urn("17") is None
    path = write_share_link_workbook(tmp_path / "AggregateAnalytics_Jane_Doe_2025-06-01_2025-07-31.xlsx")
    result = parse_linkedin_analytics(str(path))
    posts = {p.source_id: p for p in result.posts}
    assert set(posts) == {"urn:li:share:7345678901234567890", "urn:li:activity:7350000000000000005"}
    launch = posts["urn:li:share:7345678901234567890"]
    assert (launch.engagements, launch.impressions) == (87, 5210) and "utm_source" not in launch.url
    assert result.sizes[-1] == (date(2025, 7, 31), 1204)  # the total from the line below its label
    assert result.period_totals == [PeriodTotal(date(2025, 6, 1), date(2025, 7, 31), 8120, 3003)]
    run_import(db, "linkedin", FIXTURES / "linkedin")
    report = run_import(db, "linkedin-analytics", path)
    assert report.matched == {BY_URN: 1, UNMATCHED: 1}
    shares = {c.source_id: c for c in records.contributions.list(db)}["urn:li:share:7345678901234567890"]
    assert (shares.engagements, shares.impressions) == (87, 5210)
