"""`portfolio-app import` as a user runs it: exit codes, one-line refusals, the printed report."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def dump(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump())


def test_import_prints_the_report_and_reimport_updates(tmp_path, pack_zip):
    db = tmp_path / "p.sqlite"
    archive = pack_zip(FIXTURES / "x_archive", tmp_path / "twitter.zip")
    first = run_cli("import", "x", archive, "--db", db)
    assert first.returncode == 0, first.stderr
    assert "new                  3" in first.stdout
    assert "reposts of other people's posts: 1" in first.stdout
    assert "x_archive" not in first.stdout and "twitter.zip/data/tweets.js, line 83" in first.stdout
    second = run_cli("import", "x", archive, "--db", db, "--include-reposts")
    assert second.returncode == 0, second.stderr
    assert "new                  1" in second.stdout and "unchanged            3" in second.stdout


def test_dry_run_writes_nothing(tmp_path):
    db = tmp_path / "p.sqlite"
    assert run_cli("import", "mastodon", FIXTURES / "mastodon", "--db", db).returncode == 0
    before = dump(db)
    result = run_cli("import", "linkedin", FIXTURES / "linkedin", "--db", db, "--dry-run")
    assert result.returncode == 0 and "Dry run" in result.stdout and "new                  4" in result.stdout
    assert dump(db) == before


def test_refused_import_exits_1_with_one_line_and_leaves_the_database(tmp_path):
    db = tmp_path / "p.sqlite"
    assert run_cli("import", "x", FIXTURES / "x_archive", "--db", db).returncode == 0
    before = dump(db)
    broken = tmp_path / "outbox.json"
    broken.write_text('{"orderedItems": [{"type": "Create", "object": {"id": "x"')
    result = run_cli("import", "mastodon", broken, "--db", db)
    assert result.returncode == 1
    assert result.stderr.strip() == ("portfolio-app import: outbox.json, line 1: "
                                     "the file ends in the middle of the data (is it complete?)")
    assert result.stdout == ""
    assert dump(db) == before


def test_refused_import_does_not_create_a_database(tmp_path):
    db = tmp_path / "new.sqlite"
    result = run_cli("import", "x", FIXTURES / "linkedin", "--db", db)
    assert result.returncode == 1 and "data/tweets.js" in result.stderr
    assert not db.exists()


def test_csv_with_mapping(tmp_path):
    db = tmp_path / "p.sqlite"
    result = run_cli("import", "csv", FIXTURES / "csv" / "posts_us.csv", "--db", db,
                     "--map", "date=Date,title=Title,impressions=Impressions,reactions=Likes")
    assert result.returncode == 0, result.stderr
    assert "new                  2" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT impressions FROM contribution WHERE title='Holiday note'").fetchone() == (2500,)


def test_usage_errors_exit_2(tmp_path):
    db = tmp_path / "p.sqlite"
    csv = FIXTURES / "csv" / "posts_us.csv"
    for args in (("import", "csv", csv, "--db", db),
                 ("import", "csv", csv, "--db", db, "--map", "date=Date,colour=Title"),
                 ("import", "x", FIXTURES / "x_archive", "--db", db, "--map", "date=Date,title=Title"),
                 ("import", "mastodon", FIXTURES / "mastodon", "--db", db, "--include-reposts"),
                 ("import", "tiktok", csv, "--db", db),
                 ("import", "csv", csv, "--db", db, "--map", "date=Date,title=Title", "--date-format", "%d"),
                 ("import", "x")):
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.strip()
    assert not db.exists()


def test_ambiguous_dates_are_noted_in_the_report(tmp_path):
    (tmp_path / "talks.csv").write_text("When,What\n03/04/2024,Meetup talk\n", encoding="utf-8")
    mapping = ("--map", "date=When,title=What")
    result = run_cli("import", "csv", tmp_path / "talks.csv", "--db", tmp_path / "p.sqlite", *mapping)
    assert result.returncode == 0, result.stderr
    assert 'Note: talks.csv: the dates in "When" fit more than one format; they were read as %d/%m/%Y' in result.stdout
    again = run_cli("import", "csv", tmp_path / "talks.csv", "--db", tmp_path / "q.sqlite", *mapping,
                    "--date-format", "%m/%d/%Y")
    assert again.returncode == 0 and "Note:" not in again.stdout


def test_x_analytics_takes_several_files(tmp_path):
    from tests.importers.analytics_files import monthly_files

    paths = []
    for name, data in monthly_files(months=2, per_month=3).items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    db = tmp_path / "p.sqlite"
    done = run_cli("import", "x-analytics", *paths, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "X analytics export" in done.stdout and "new                  6" in done.stdout
    assert "Audience: X – @janedoe (new)" in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), sum(impressions) FROM contribution WHERE source = 'x'").fetchone() == (
            6, 2 * (1000 + 1001 + 1002))


def test_audience_option_names_where_the_posts_land(tmp_path):
    db = tmp_path / "p.sqlite"
    done = run_cli("import", "mastodon", FIXTURES / "mastodon" / "outbox.json", "--db", db, "--audience", "Fediverse")
    assert done.returncode == 0, done.stderr
    assert "Audience: Fediverse (new)" in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name, platform FROM audience").fetchall() == [("Fediverse", "mastodon")]
        assert conn.execute("SELECT count(DISTINCT audience_id), min(audience_id) FROM contribution").fetchone() == (1, 1)
    again = run_cli("import", "mastodon", FIXTURES / "mastodon" / "outbox.json", "--db", db, "--audience", "fediverse")
    assert "Audience: Fediverse\n" in again.stdout
    csv_without = run_cli("import", "csv", FIXTURES / "csv" / "posts_us.csv", "--db", db, "--audience", "Nowhere",
                          "--map", "date=Date,title=Title")
    assert csv_without.returncode == 1 and "no audience named Nowhere" in csv_without.stderr


def test_analytics_figures_reach_the_stats_and_the_pdf(tmp_path):
    """The archive has no impressions; the analytics CSV brings them, and both the figures and the PDF show them."""
    from pypdf import PdfReader

    db = tmp_path / "p.sqlite"
    assert run_cli("import", "x", FIXTURES / "x_archive", "--db", db).returncode == 0
    done = run_cli("import", "x-analytics", FIXTURES / "x_analytics", "--db", db)
    assert done.returncode == 0, done.stderr
    stats = run_cli("stats", "--json", "--db", db)
    import json

    figures = json.loads(stats.stdout)["figures"]
    assert figures["impressions"] == 4715 + 300 and figures["engagement_rate_basis"] == 2
    assert figures["interactions"] is not None and figures["interactions"] > 0
    pdf = tmp_path / "p.pdf"
    assert run_cli("export", "--out", pdf, "--db", db).returncode == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "5,015" in text
