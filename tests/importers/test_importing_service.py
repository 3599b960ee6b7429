"""The import use case over real SQLite files: idempotent, hand edits win, all or nothing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.importers import ImportCancelled, ImportedAccount, ImportedPost, ImportRefused, ParsedExport
from portfolio_app.services import records
from portfolio_app.services.contribution_queries import ContributionQuery, contribution_ids
from portfolio_app.services.importing import CHUNK, import_parsed, report_lines, run_import
from portfolio_app.storage.bulk_insert import BULK_ROWS
from portfolio_app.storage.database import open_database
from portfolio_app.storage.models import Contribution

FIXTURES = Path(__file__).parent / "fixtures"


def dump(path: Path) -> str:
    """The database content as SQL text; equal dumps mean equal content."""
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump())


def rows(db, source: str | None = None) -> dict[str, Contribution]:
    return {c.source_id: c for c in records.contributions.list(db) if source is None or c.source == source}


def test_first_import_creates_audience_posts_and_size(db):
    report = run_import(db, "x", FIXTURES / "x_archive")
    assert (report.new, report.updated, report.unchanged) == (3, 0, 0)
    assert report.audience_created and report.audience_name == "X – Jane Doe (@janedoe)"
    [audience] = records.audiences.list(db)
    assert (audience.platform, audience.handle, audience.ownership) == ("x", "@janedoe", "personal")
    [snapshot] = records.snapshots.list(db)
    assert (snapshot.audience_id, snapshot.date, snapshot.size) == (audience.id, dt.date(2022, 10, 25), 3)
    posts = rows(db)
    talk = posts["1582838231345872897"]
    assert talk.source == "x" and talk.audience_id == audience.id
    assert talk.reactions == 42 and talk.comments is None
    assert json.loads(talk.import_snapshot)["reactions"] == 42
    assert posts["1582900000000000001"].kind == ContributionKind.ANSWER.value


def test_reimport_updates_instead_of_duplicating(db):
    run_import(db, "x", FIXTURES / "x_archive")
    again = run_import(db, "x", FIXTURES / "x_archive")
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert not again.audience_created and again.snapshot and not again.snapshot_added
    assert len(records.contributions.list(db)) == 3
    assert len(records.audiences.list(db)) == 1 and len(records.snapshots.list(db)) == 1


def newer_archive(tmp_path: Path) -> Path:
    """The fixture archive a few weeks later: more likes, one post more."""
    folder = tmp_path / "later"
    if folder.exists():
        return folder
    shutil.copytree(FIXTURES / "x_archive", folder)
    tweets = folder / "data" / "tweets.js"
    text = tweets.read_text().replace('"favorite_count" : "42"', '"favorite_count" : "50"')
    text = text.replace('"retweet_count" : "7"', '"retweet_count" : "9"')
    text = text.rstrip().removesuffix("]") + ''', {"tweet": {"id_str": "1590000000000000009",
        "created_at": "Tue Nov 08 10:00:00 +0000 2022", "full_text": "A new post", "favorite_count": "1",
        "retweet_count": "0"}} ]'''
    tweets.write_text(text)
    return folder


def test_newer_export_updates_figures_and_adds_posts(db, tmp_path):
    run_import(db, "x", FIXTURES / "x_archive")
    report = run_import(db, "x", newer_archive(tmp_path))
    assert (report.new, report.updated, report.unchanged) == (1, 1, 2)
    talk = rows(db)["1582838231345872897"]
    assert (talk.reactions, talk.shares) == (50, 9)


def test_hand_edits_survive_reimport(db, tmp_path):
    run_import(db, "x", FIXTURES / "x_archive")
    talk = rows(db)["1582838231345872897"]
    assert talk.why_it_mattered == ""  # never imported
    records.contributions.update(db, talk.id, {"title": "PyCon talk slides", "shares": 100, "featured": True,
                                               "notes": "My own notes", "why_it_mattered": "Sold out the room"})
    report = run_import(db, "x", newer_archive(tmp_path))
    talk = rows(db)["1582838231345872897"]
    assert talk.title == "PyCon talk slides"  # edited: kept
    assert talk.shares == 100  # edited: kept, although the export says 9
    assert talk.notes == "My own notes" and talk.featured and talk.why_it_mattered == "Sold out the room"
    assert talk.reactions == 50  # not edited: updated
    assert report.kept_edits == 3  # title, notes, shares
    # and once more: the edits still win, nothing else moves
    again = run_import(db, "x", newer_archive(tmp_path))
    assert (again.new, again.updated) == (0, 0)
    assert rows(db)["1582838231345872897"].title == "PyCon talk slides"


def test_an_export_without_a_figure_does_not_erase_a_known_one(db, tmp_path):
    run_import(db, "x", FIXTURES / "x_archive")
    folder = tmp_path / "nocounts"
    shutil.copytree(FIXTURES / "x_archive", folder)
    tweets = folder / "data" / "tweets.js"
    tweets.write_text(tweets.read_text().replace('"favorite_count" : "42",', ""))
    run_import(db, "x", folder)
    assert rows(db)["1582838231345872897"].reactions == 42
    run_import(db, "x", newer_archive(tmp_path))  # and a later known figure still updates it
    assert rows(db)["1582838231345872897"].reactions == 50


def test_dry_run_reports_the_same_and_writes_nothing(db, db_path, tmp_path):
    run_import(db, "x", FIXTURES / "x_archive")
    before = dump(db_path)
    preview = run_import(db, "x", newer_archive(tmp_path), dry_run=True)
    assert dump(db_path) == before
    real = run_import(db, "x", newer_archive(tmp_path))
    assert (preview.new, preview.updated, preview.unchanged) == (real.new, real.updated, real.unchanged)
    assert preview.skipped == real.skipped and preview.problems == real.problems


def test_dry_run_on_an_empty_database_announces_audience_and_size(db, db_path):
    before = dump(db_path)
    report = run_import(db, "x", FIXTURES / "x_archive", dry_run=True)
    assert report.audience_created and report.snapshot_added and report.new == 3
    assert dump(db_path) == before
    text = "\n".join(report_lines(report, "x"))
    assert "Dry run" in text and "reposts of other people's posts: 1" in text and "line 83" in text


def test_refused_import_leaves_the_database_unchanged(db, db_path, copy_fixture):
    run_import(db, "x", FIXTURES / "x_archive")
    before = dump(db_path)
    folder = copy_fixture("x_archive")
    tweets = folder / "data" / "tweets.js"
    tweets.write_bytes(tweets.read_bytes()[:-40])
    with pytest.raises(ImportRefused, match="tweets.js, line"):
        run_import(db, "x", folder)
    assert dump(db_path) == before


def test_linkedin_goes_to_the_one_personal_linkedin_audience(demo_db):
    [personal] = [a for a in records.audiences.list(demo_db) if a.platform == "linkedin" and a.ownership == "personal"]
    report = run_import(demo_db, "linkedin", FIXTURES / "linkedin")
    assert not report.audience_created and report.audience_name == personal.name
    assert {c.audience_id for c in rows(demo_db, "linkedin").values()} == {personal.id}


def test_mastodon_private_flag_and_csv_into_the_same_database(db):
    run_import(db, "mastodon", FIXTURES / "mastodon")
    mapping = {"date": "Posted on", "title": "Headline", "impressions": "Views", "url": "Link", "kind": "Type"}
    report = run_import(db, "csv", FIXTURES / "csv" / "posts_de.csv", mapping=mapping)
    assert report.new == 3 and len(report.problems) == 3
    posts = rows(db)
    assert posts["https://social.example/users/jane/statuses/114"].private
    assert posts["https://blog.example/launch"].source == "csv:posts_de"
    assert posts["https://blog.example/launch"].audience_id is None


def test_rows_the_validation_rejects_are_listed_not_imported(db, tmp_path):
    (tmp_path / "a.csv").write_text("date,title,link\n2024-01-01,fine,https://ok.example\n"
                                    "2024-01-02,bad link,javascript:alert(1)\n", encoding="utf-8")
    report = run_import(db, "csv", tmp_path / "a.csv", mapping={"date": "date", "title": "title", "url": "link"})
    assert report.new == 1
    [problem] = report.problems
    assert problem.line == 3 and problem.message.startswith("a.csv, line 3: url:")


def synthetic(count: int) -> ParsedExport:
    parsed = ParsedExport("x", ImportedAccount(Platform.X, "@bulk", "X – @bulk"))
    for number in range(count):
        parsed.add(ImportedPost(str(number), dt.date(2020, 1, 1), ContributionKind.POST, f"post {number}",
                                reactions=number))
    return parsed


def test_cancel_during_saving_rolls_everything_back(db, db_path):
    before = dump(db_path)
    calls = []

    def progress(stage, done, total):
        calls.append((stage, done, total))

    with pytest.raises(ImportCancelled):
        import_parsed(db, synthetic(12_000), progress=progress, should_cancel=lambda: len(calls) >= 1)
    assert calls == [("Saving", CHUNK, 12_000)]
    assert dump(db_path) == before


def test_progress_reaches_the_total(db):
    calls = []
    import_parsed(db, synthetic(12_000), progress=lambda *call: calls.append(call))
    assert calls[-1] == ("Saving", 12_000, 12_000)
    with db.session() as session:
        assert session.scalar(select(Contribution.__table__.c.reactions).where(
            Contribution.__table__.c.source_id == "11999")) == 11_999


def contribution_schema(db_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE tbl_name LIKE 'contribution%' "
                            "ORDER BY name").fetchall()


@pytest.mark.parametrize("count", [BULK_ROWS, 50])
def test_large_and_small_imports_leave_every_index_and_the_search_in_place(db, db_path, count):
    """A large import sets sort indexes and search triggers aside and builds them once; a small one keeps them."""
    schema = contribution_schema(db_path)
    parsed = synthetic(count)
    parsed.posts[-1].title = "the zeppelin post"
    import_parsed(db, parsed)
    assert contribution_schema(db_path) == schema
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT suspended FROM search_index_state").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("INSERT INTO contribution_fts(contribution_fts) VALUES ('integrity-check')")
    found = contribution_ids(db, ContributionQuery(text="zeppelin"))
    by_reactions = contribution_ids(db, ContributionQuery(order_by="reactions", descending=True))
    with db.session() as session:
        table = Contribution.__table__
        assert session.scalars(select(table.c.source_id).where(table.c.id.in_(found))).all() == [str(count - 1)]
        assert session.scalar(select(table.c.reactions).where(table.c.id == by_reactions[0])) == count - 1
    # typed in afterwards: the per-row search triggers work again
    records.contributions.create(db, {"date": dt.date(2021, 1, 1), "kind": "post", "title": "a xylophone talk"})
    assert len(contribution_ids(db, ContributionQuery(text="xylophone"))) == 1


def test_a_large_import_after_a_small_one_updates_and_adds(db):
    import_parsed(db, synthetic(10))
    again = synthetic(BULK_ROWS)
    for post in again.posts[:10]:
        post.reactions = 1_000
    report = import_parsed(db, again)
    assert (report.new, report.updated, report.unchanged) == (BULK_ROWS - 10, 10, 0)
    assert {c.reactions for c in records.contributions.list(db) if int(c.source_id) < 10} == {1_000}


# -- hypothesis: damaged input never raises anything else and never changes the file ------

TARGETS = [("x", "x_archive", "data/tweets.js"), ("linkedin", "linkedin", "Shares.csv"),
           ("mastodon", "mastodon", "outbox.json"), ("youtube", "youtube", "Table data.csv"),
           ("x-analytics", "x_analytics", "tweet_activity_metrics_janedoe_20221001_20221101_en.csv")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TARGETS), st.floats(0, 1), st.binary(max_size=12), st.integers(0, 50))
def test_damaged_exports_are_refused_without_touching_the_database(target, where, junk, cut):
    kind, folder, member = target
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "db.sqlite"
        db = open_database(db_path)
        try:
            run_import(db, "x", FIXTURES / "x_archive")
            before = dump(db_path)
            copy = Path(tmp) / folder
            shutil.copytree(FIXTURES / folder, copy)
            data = (copy / member).read_bytes()
            at = int(len(data) * where)
            (copy / member).write_bytes(data[:at] + junk + data[at + cut:])
            try:
                run_import(db, kind, copy)
            except ImportRefused:
                assert dump(db_path) == before
        finally:
            db.close()
