"""portfolio-app export: exit 0 with a PDF, 2 for usage errors, 1 with one line for failures."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from portfolio_app.cli.export_cmd import APPENDIX_MODES, SECTION_NAMES
from portfolio_app.report.selection import AppendixMode
from portfolio_app.report.options import ALL_SECTIONS


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ}, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert run_cli("demo", "--db", path, "--contributions", 60).returncode == 0
    return path


def test_section_names_match_the_report(demo_file):
    assert SECTION_NAMES == tuple(section.value for section in ALL_SECTIONS)
    assert APPENDIX_MODES == tuple(mode.value for mode in AppendixMode)


def test_export_with_every_option(demo_file, tmp_path):
    out = tmp_path / "cv.pdf"
    result = run_cli("export", "--db", demo_file, "--out", out, "--from", "2019-01-01", "--to", "2024-12-31",
                     "--lang", "de", "--page-size", "letter", "--prepared-for", "Muster AG", "--anonymize",
                     "--no-money", "--sections", "cover,summary,career,method")
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    reader = PdfReader(out)
    assert [item.title for item in reader.outline] == [
        "Kommunikationsportfolio", "Zusammenfassung", "Berufliche Stationen", "Methode"]
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Muster AG" in text and "Jan. 2019 – Dez. 2024" in text


@pytest.mark.parametrize("args", [
    ("--from", "2024-13-01"),
    ("--lang", "fr"),
    ("--page-size", "a3"),
    ("--sections", "cover,nonsense"),
    ("--from", "2024-02-01", "--to", "2024-01-01"),
    ("--currency", "euro"),
    ("--appendix", "some"),
])
def test_usage_errors_exit_2(demo_file, tmp_path, args):
    result = run_cli("export", "--db", demo_file, "--out", tmp_path / "x.pdf", *args)
    assert result.returncode == 2, result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_failure_exits_1_with_one_line(demo_file, tmp_path):
    result = run_cli("export", "--db", demo_file, "--out", tmp_path / "missing" / "cv.pdf")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not exist" in lines[0]


def test_missing_database_exits_1(tmp_path):
    result = run_cli("export", "--db", tmp_path / "none.sqlite", "--out", tmp_path / "cv.pdf")
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_a_currency_without_an_exchange_rate_is_refused_never_relabelled(demo_file, tmp_path):
    out = tmp_path / "chf.pdf"
    refused = run_cli("export", "--db", demo_file, "--out", out, "--currency", "CHF")
    assert refused.returncode == 1 and not out.exists()
    assert "no exchange rate to CHF" in refused.stderr and "USD" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    # the rates' own currency needs no exchange rate
    assert run_cli("export", "--db", demo_file, "--out", out, "--currency", "USD").returncode == 0


def test_the_summary_line_of_a_one_page_export_reads_as_english(tmp_path):
    """An empty record gives one page: "1 page", and no "0 of 0 distinct characters (100.0%)"."""
    from portfolio_app.storage.database import open_database

    db = tmp_path / "empty.sqlite"
    open_database(db).close()
    out = tmp_path / "empty.pdf"
    result = run_cli("export", "--db", db, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{out}: 1 page, ") and "0 public contributions." in result.stdout
    assert "0 of 0" not in result.stdout
    assert len(PdfReader(out).pages) == 1


def test_the_summary_line_names_whose_characters_were_counted(demo_file, tmp_path):
    result = run_cli("export", "--db", demo_file, "--out", tmp_path / "d.pdf")
    assert result.returncode == 0, result.stderr
    assert " pages, " in result.stdout and "distinct characters of your texts" in result.stdout
