"""CSV export: every table, read back with the csv module as a spreadsheet would see it."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import subprocess
import sys

import pytest

from portfolio_app.cli.export_csv_cmd import TABLE_NAMES
from portfolio_app.errors import PortfolioError
from portfolio_app.services.csv_export import TABLES, CsvOptions, csv_cell, export_table, neutralise
from portfolio_app.services.records import audiences, contributions, testimonials
from portfolio_app.services.profile_and_rates import get_value_rates, save_value_rates

csv.field_size_limit(10_000_000)  # notes may hold 200,000 characters; the reader's default is 131,072


def read_back(path, options=CsvOptions()):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == options.bom
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=options.delimiter))


def _contribution(db, **values):
    return contributions.create(db, {"date": dt.date(2024, 5, 1), "kind": "post", "title": "t", **values})


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_table_exports_and_reads_back(demo_db, tmp_path, table):
    out = tmp_path / f"{table}.csv"
    result = export_table(demo_db, table, out)
    rows = read_back(out)
    assert len(rows) == result.rows
    if table == "contributions":
        assert 300 < result.rows < 400 and result.private_left_out == 400 - result.rows
        assert {"date", "title", "audience_id", "audience", "employment", "campaign", "reach"} <= set(rows[0])
        assert "import_snapshot" not in rows[0]
        assert all(row["private"] == "false" for row in rows)
    if table == "profile":
        assert "photo" not in rows[0]


def test_cli_table_names_match_the_service():
    assert set(TABLE_NAMES) == set(TABLES)


def test_private_contributions_only_with_the_flag_and_never_through_links(db, tmp_path):
    public = _contribution(db, title="Public talk")
    secret = _contribution(db, title="Secret negotiation notes", private=True)
    testimonials.create(db, {"author": "A", "text": "good", "contribution_id": secret.id, "may_publish": True})
    testimonials.create(db, {"author": "B", "text": "fine", "contribution_id": public.id, "may_publish": True})
    export_table(db, "contributions", tmp_path / "c.csv")
    export_table(db, "testimonials", tmp_path / "t.csv")
    assert [r["title"] for r in read_back(tmp_path / "c.csv")] == ["Public talk"]
    everything = (tmp_path / "c.csv").read_text() + (tmp_path / "t.csv").read_text()
    assert "Secret" not in everything
    assert [r["contribution"] for r in read_back(tmp_path / "t.csv")] == ["", "Public talk"]
    result = export_table(db, "contributions", tmp_path / "all.csv", CsvOptions(include_private=True))
    assert result.rows == 2 and result.private_left_out == 0
    assert "Secret negotiation notes" in (tmp_path / "all.csv").read_text()


@pytest.mark.parametrize("dangerous", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-2+3", "@SUM(A1)",
                                       "\tindent=1", "\r=1"])
def test_formula_injection_is_neutralised(db, tmp_path, dangerous):
    audiences.create(db, {"name": "x", "platform": "blog", "notes": dangerous, "segment": "plain"})
    export_table(db, "audiences", tmp_path / "a.csv")
    row = read_back(tmp_path / "a.csv")[0]
    assert row["notes"] == "'" + dangerous
    assert row["segment"] == "plain"


def test_neutralise_and_cells():
    assert neutralise("=1") == "'=1" and neutralise("a=1") == "a=1" and neutralise("") == ""
    assert neutralise("a\x00b") == "a\ufffdb"
    assert csv_cell(None) == "" and csv_cell(True) == "true" and csv_cell(2**63 - 1) == str(2**63 - 1)
    assert csv_cell(2.5, ",") == "2,5" and csv_cell(dt.date(1, 1, 1)) == "0001-01-01"
    assert csv_cell(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)) == "2026-01-02 03:04:05"


def test_decimal_comma_uses_semicolons_and_bom(db, tmp_path):
    rates = get_value_rates(db)
    save_value_rates(db, dataclasses.replace(rates, audience_rate=dataclasses.replace(rates.audience_rate, amount=2.75)))
    options = CsvOptions(bom=True, decimal=",")
    export_table(db, "value_settings", tmp_path / "v.csv", options)
    row = read_back(tmp_path / "v.csv", options)[0]
    assert row["value_per_follower_month"] == "2,75"
    assert (tmp_path / "v.csv").read_text(encoding="utf-8-sig").splitlines()[0].count(";") >= 3


def test_hostile_text_round_trips(db, tmp_path):
    notes = "Zeile 1\nRTL: \u05e9\u05dc\u05d5\u05dd \u202e evil\ttab, \"quotes\"; semicolon 🎉 " + "x" * 150_000
    _contribution(db, title="Emoji 🎉 und Umlaute äöü, comma", notes=notes, reach=2**63 - 1,
                  url="https://example.com/?a=1&b=2")
    for options in (CsvOptions(), CsvOptions(decimal=",", bom=True)):
        export_table(db, "contributions", tmp_path / "c.csv", options)
        row = read_back(tmp_path / "c.csv", options)[0]
        assert row["notes"] == notes and row["title"] == "Emoji 🎉 und Umlaute äöü, comma"
        assert row["reach"] == str(2**63 - 1)


def test_write_is_atomic_and_refuses_bad_targets(demo_db, db_path, tmp_path):
    out = tmp_path / "c.csv"
    out.write_text("previous export")
    with pytest.raises(PortfolioError, match="no table"):
        export_table(demo_db, "sqlite_master", out)
    with pytest.raises(PortfolioError, match="decimal"):
        export_table(demo_db, "contributions", out, CsvOptions(decimal=";"))
    with pytest.raises(PortfolioError, match="database itself"):
        export_table(demo_db, "contributions", db_path)
    with pytest.raises(PortfolioError, match="folder"):
        export_table(demo_db, "contributions", tmp_path)
    with pytest.raises(PortfolioError, match="does not exist"):
        export_table(demo_db, "contributions", tmp_path / "missing" / "c.csv")

    def fail_halfway(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_table(demo_db, "audience_snapshots", out, progress=fail_halfway)
    assert out.read_text() == "previous export"  # the old file stays whole; no partial file is left
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
    export_table(demo_db, "contributions", out)
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # readable like any file the user saves


def test_cli_export_csv(demo_db, db_path, tmp_path):
    out = tmp_path / "Beiträge – Export.csv"
    run = lambda *a: subprocess.run([sys.executable, "-m", "portfolio_app", "export-csv", *map(str, a)],  # noqa: E731
                                    capture_output=True, text=True, timeout=120, env=os.environ.copy())
    result = run("--table", "contributions", "--out", out, "--db", db_path, "--bom", "--decimal", ",")
    assert result.returncode == 0, result.stderr
    assert "private left out" in result.stdout
    assert len(read_back(out, CsvOptions(bom=True, decimal=","))) > 300
    assert run("--table", "nope", "--out", out, "--db", db_path).returncode == 2
    assert run("--table", "contributions", "--out", out, "--db", db_path, "--decimal", ";").returncode == 2
    refused = run("--table", "contributions", "--out", db_path, "--db", db_path)
    assert refused.returncode == 1 and str(db_path) in refused.stderr
    missing = run("--table", "contributions", "--out", out, "--db", tmp_path / "none.sqlite")
    assert missing.returncode == 1 and "none.sqlite" in missing.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_a_text_smuggled_into_a_number_column_is_still_neutralised(db, tmp_path):
    import sqlite3

    _contribution(db, title="ok")
    db.engine.dispose()
    with sqlite3.connect(db.path) as conn:  # another program wrote it; SQLite accepts any type in any column
        conn.execute("UPDATE contribution SET reach = '=HYPERLINK(\"http://evil\")'")
    conn.close()
    export_table(db, "contributions", tmp_path / "c.csv")
    assert read_back(tmp_path / "c.csv")[0]["reach"].startswith("'=")


def test_engagements_are_exported_as_recorded_beside_the_parts(db, tmp_path):
    _contribution(db, title="Workbook post", impressions=5210, engagements=87)
    _contribution(db, title="Typed post", reactions=10)
    export_table(db, "contributions", tmp_path / "c.csv")
    rows = {row["title"]: row for row in read_back(tmp_path / "c.csv")}
    assert (rows["Workbook post"]["engagements"], rows["Workbook post"]["reactions"]) == ("87", "")
    assert rows["Typed post"]["engagements"] == ""  # unknown stays empty, never 0


def test_period_totals_export_with_their_period_and_audience(db, tmp_path):
    from tests.ui.test_editors import add_period_total

    audience = audiences.create(db, {"name": "Alex on LinkedIn", "platform": "linkedin"})
    add_period_total(db, audience.id, reached=None)
    export_table(db, "audience_period_totals", tmp_path / "p.csv")
    [row] = read_back(tmp_path / "p.csv")
    assert (row["start_date"], row["end_date"], row["impressions"], row["reached"]) == (
        "2024-12-01", "2024-12-27", "23456", "")
    assert row["audience"] == "Alex on LinkedIn"
