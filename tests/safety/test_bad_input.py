"""Bad input at the service and command-line level: a clear message or a correct result, never a crash or a loss.

The forms and the importers have their own suites (tests/ui, tests/importers);
here the same hostile values go through the services the window and the CLI
share, the command-line arguments, and the export options.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from portfolio_app.cli import main
from portfolio_app.errors import PortfolioError, ValidationError
from portfolio_app.services.backup_and_restore import restore_backup, save_backup_as
from portfolio_app.services.contribution_queries import ContributionQuery, contribution_ids, contribution_rows
from portfolio_app.services.csv_export import CsvOptions, export_table
from portfolio_app.services.figures import key_figures, table_counts
from portfolio_app.services.opening import open_for_writing
from portfolio_app.services.records import audiences, campaigns, contributions, snapshots, testimonials
from portfolio_app.storage.integrity import integrity_problems

MB_TEXT = "Ω" * 1_000_000
LONG_TITLE = "T" * 10_000
EMOJI = "Launch 🚀 with 👩🏽‍💻 and 🇩🇪 flags"
RTL = "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202eevil\u202c"
CONTROL = "bell\x07 escape\x1b[31m red"
NUL = "before\x00after"
HUGE = 2**63
BAD_URLS = ("javascript:alert(1)", "file:///etc/passwd", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,x")


def _valid(**values):
    return {"date": dt.date(2024, 3, 1), "kind": "post", "title": "ok", **values}


@pytest.fixture
def saved(db):
    """A database with one record saved before the hostile input arrives."""
    first = contributions.create(db, _valid(title="Saved before", reach=10))
    return db, first


def _unchanged(db, first) -> None:
    assert contributions.get(db, first.id).title == "Saved before"
    assert table_counts(db)["contributions"] == 1


@pytest.mark.parametrize(
    "values, field",
    [
        ({"title": MB_TEXT}, "title"),
        ({"title": LONG_TITLE}, "title"),
        ({"notes": MB_TEXT}, "notes"),
        ({"title": CONTROL}, "title"),
        ({"title": NUL}, "title"),
        ({"notes": NUL}, "notes"),
        ({"reach": HUGE}, "reach"),
        ({"impressions": -1}, "impressions"),
        ({"attendees": -(2**63)}, "attendees"),
        ({"reactions": 1.5}, "reactions"),
        ({"date": "2024-01-01"}, "date"),
        ({"date": None}, "date"),
        ({"kind": "<script>"}, "kind"),
        *[({"url": url}, "url") for url in BAD_URLS],
    ],
)
def test_contribution_refusals_name_the_field_and_lose_nothing(saved, values, field):
    db, first = saved
    with pytest.raises(ValidationError) as refused:
        contributions.create(db, _valid(**values))
    assert field in refused.value.errors
    with pytest.raises(ValidationError):
        contributions.update(db, first.id, values)
    _unchanged(db, first)


@pytest.mark.parametrize("values", [
    {"title": EMOJI}, {"title": RTL}, {"date": dt.date(1, 1, 1)}, {"date": dt.date(9999, 12, 31)},
    {"reach": 2**63 - 1, "impressions": 2**63 - 1, "reactions": 2**63 - 1, "comments": 2**63 - 1},
    {"notes": "line\nwith\ttabs\r\n" + "n" * 199_000}, {"url": "https://example.com/ü?q=<b>&x='1'"},
    {"title": "'; DROP TABLE contribution; --"}, {"title": "<b>&amp;</b>"},
])
def test_extreme_but_valid_values_are_stored_exactly(saved, values):
    db, _first = saved
    record = contributions.create(db, _valid(**values))
    again = contributions.get(db, record.id)
    for name, value in values.items():
        assert getattr(again, name) == value
    assert table_counts(db)["contributions"] == 2


def test_figures_survive_the_largest_metrics_and_the_extreme_dates(db):
    for day in (dt.date(1, 1, 1), dt.date(2024, 1, 1), dt.date(9999, 12, 31)):
        contributions.create(db, _valid(date=day, reach=2**63 - 1, impressions=2**63 - 1, reactions=2**63 - 1))
    summary = key_figures(db, today=dt.date(9999, 12, 31))
    assert summary.reach.people.total == 3 * (2**63 - 1)  # Python integers: no overflow in the sum
    assert summary.contributions == 3


@pytest.mark.parametrize("typed", ['"', "AND OR NOT", "NEAR(", "*", "^title:x", MB_TEXT, EMOJI, RTL, NUL, CONTROL,
                                   "'", "(", "a\"b", "\\"])
def test_search_never_crashes(saved, typed):
    db, first = saved
    ids = contribution_ids(db, ContributionQuery(text=typed))
    assert isinstance(contribution_rows(db, ids), list)
    _unchanged(db, first)


def test_other_records_refuse_hostile_values(db):
    with pytest.raises(ValidationError):
        audiences.create(db, {"name": LONG_TITLE, "platform": "blog"})
    with pytest.raises(ValidationError):
        audiences.create(db, {"name": "x", "platform": "blog", "url": "javascript:alert(1)"})
    audience = audiences.create(db, {"name": RTL + EMOJI, "platform": "blog"})
    with pytest.raises(ValidationError):
        snapshots.create(db, {"audience_id": audience.id, "date": dt.date(2024, 1, 1), "size": HUGE})
    with pytest.raises(ValidationError):
        snapshots.create(db, {"audience_id": audience.id, "date": dt.date(2024, 1, 1), "size": -5})
    with pytest.raises(ValidationError):
        campaigns.create(db, {"name": "c", "target_reach": -1})
    with pytest.raises(ValidationError):
        testimonials.create(db, {"author": NUL, "text": "t"})
    assert audiences.get(db, audience.id).name == RTL + EMOJI


@pytest.mark.parametrize("out", ["", "a\x00b.csv", "x" * 5000, "y" * 300 + ".csv"])
def test_export_and_backup_refuse_unusable_file_names(saved, tmp_path, out):
    db, first = saved
    target = out if not out or "\x00" in out or len(out) > 4096 else tmp_path / out
    with pytest.raises(PortfolioError):
        export_table(db, "contributions", target)
    with pytest.raises(PortfolioError):
        save_backup_as(db, target)
    with pytest.raises(PortfolioError):
        restore_backup(target, db.path)
    _unchanged(db, first)


@pytest.mark.parametrize("options", [CsvOptions(decimal=""), CsvOptions(decimal="🎉"), CsvOptions(decimal="\x00"),
                                     CsvOptions(decimal=";")])
def test_export_refuses_bad_options(saved, tmp_path, options):
    db, _first = saved
    with pytest.raises(PortfolioError):
        export_table(db, "contributions", tmp_path / "c.csv", options)
    assert not (tmp_path / "c.csv").exists()


@pytest.mark.parametrize("table", ["", "contribution; DROP TABLE contribution", "../../etc/passwd", EMOJI, NUL,
                                   "sqlite_master", "alembic_version"])
def test_export_refuses_unknown_tables(saved, tmp_path, table):
    db, first = saved
    with pytest.raises(PortfolioError):
        export_table(db, table, tmp_path / "c.csv")
    _unchanged(db, first)


def test_open_for_writing_refuses_unusable_names():
    for name in ("", "a\x00b.sqlite", "z" * 5000):
        with pytest.raises(PortfolioError):
            open_for_writing(name)


@pytest.mark.parametrize(
    "argv, code",
    [
        (["export-csv", "--table", "contributions", "--out", "a\x00b"], 2),
        (["export-csv", "--table", "contributions", "--out", "x" * 5000], 2),
        (["export-csv", "--table", "contributions; DROP", "--out", "c.csv"], 2),
        (["export-csv", "--table", "contributions", "--out", "c.csv", "--decimal", "🎉"], 2),
        (["backup", "--out", "a\x00b"], 2),
        (["backup", "--out", ""], 2),
        (["restore", "a\x00b"], 2),
        (["restore", "x" * 5000], 2),
        (["restore", "file:///etc/passwd"], 1),
        (["restore", "javascript:alert(1)"], 1),
        (["restore", "y" * 300 + ".sqlite"], 1),
        (["backup", "--out", "z" * 300 + "/b.sqlite"], 1),
        (["stats", "--db", "a\x00b"], 1),
        (["demo", "--db", "a\x00b"], 1),
        (["demo", "--contributions", str(2**63)], 2),
        (["demo", "--contributions", "-1"], 2),
        (["demo", "--seed", "🎉"], 2),
    ],
)
def test_cli_arguments_get_one_line_and_the_right_exit_code(tmp_path, monkeypatch, capsys, argv, code):
    monkeypatch.chdir(tmp_path)
    db_path = tmp_path / "portfolio.sqlite"
    with open_for_writing(db_path) as writable:
        contributions.create(writable.db, _valid(title="Saved before"))
    if "--db" not in argv:
        argv = [*argv, "--db", str(db_path)]
    with pytest.raises(SystemExit) if code == 2 else _no_exit():
        assert main(argv) == code
    error = capsys.readouterr().err.strip().splitlines()
    assert error and "Traceback" not in "\n".join(error)
    if code == 1:
        assert len(error) == 1, error
    assert integrity_problems(db_path) == []
    with open_for_writing(db_path) as writable:
        assert [c.title for c in contributions.list(writable.db)] == ["Saved before"]


class _no_exit:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, _tb):
        return False


def test_cli_prints_emoji_and_rtl_file_names_in_any_locale(tmp_path):
    db_path = tmp_path / f"{EMOJI} {RTL[:10]}.sqlite"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    run = lambda *a: subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, a)],  # noqa: E731
                                    capture_output=True, env=env, timeout=120)
    assert run("demo", "--db", db_path, "--contributions", 3).returncode == 0
    result = run("backup", "--db", db_path, "--out", tmp_path / f"{EMOJI}.sqlite")
    assert result.returncode == 0, result.stderr
    assert run("export-csv", "--db", db_path, "--table", "contributions", "--out",
               tmp_path / f"{RTL}.csv").returncode == 0
