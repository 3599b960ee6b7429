"""The command-line contract: commands, exit codes, one-line messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from portfolio_app import __version__


def run_cli(*args, env=None, cwd=None):
    environment = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=120)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"portfolio-app {__version__}\n"


def test_version_answers_before_anything_heavy_loads():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "portfolio_app", "--version"], capture_output=True, text=True,
        timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "portfolio_app.cli" in loaded
    for heavy in ("PySide6", "sqlalchemy", "reportlab", "importlib.metadata", "email", "argparse"):
        assert heavy not in loaded, heavy


def test_the_version_read_from_the_metadata_file_is_the_installed_one():
    from importlib.metadata import version

    import portfolio_app

    assert portfolio_app._installed_version() == version("portfolio-app") == __version__


def test_demo_then_stats_json(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = run_cli("demo", "--db", db)
    assert result.returncode == 0, result.stderr
    result = run_cli("stats", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["contributions"] == 400
    assert document["audiences"] >= 6
    assert document["audience_snapshots"] > 100
    assert document["campaigns"] == 5
    assert document["employments"] == 3
    assert document["testimonials"] >= 3
    assert 0 < document["figures"]["public_contributions"] < 400  # private ones left out


def test_db_option_before_the_command_and_env_variable(tmp_path):
    db = tmp_path / "a.sqlite"
    assert run_cli("--db", db, "demo", "--contributions", "10").returncode == 0
    result = run_cli("stats", "--json", env={"PORTFOLIO_DB": str(db)})
    assert json.loads(result.stdout)["contributions"] == 10


def test_demo_is_deterministic_and_seed_changes_it(tmp_path):
    outputs = []
    for name, seed in (("a", 1), ("b", 1), ("c", 7)):
        db = tmp_path / f"{name}.sqlite"
        run_cli("demo", "--db", db, "--seed", seed, "--contributions", 50)
        outputs.append(json.loads(run_cli("stats", "--db", db, "--json").stdout)["figures"])
    assert outputs[0] == outputs[1]
    assert outputs[0] != outputs[2]


def _figures_only(value):
    """The document with its words blanked: names, roles and campaign names differ by language, figures must not."""
    import re

    if isinstance(value, dict):
        return {key: _figures_only(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_figures_only(item) for item in value]
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "<words>"
    return value


def test_the_german_demo_has_the_same_figures_as_the_english_one(tmp_path):
    documents, titles = {}, {}
    for language in ("en", "de"):
        db = tmp_path / f"{language}.sqlite"
        result = run_cli("demo", "--db", db, "--lang", language)
        assert result.returncode == 0, result.stderr
        document = json.loads(run_cli("stats", "--db", db, "--json").stdout)
        documents[language] = _figures_only({key: item for key, item in document.items() if key != "database"})
        titles[language] = [c["name"] for c in document["figures"]["campaigns"]]
    assert documents["de"] == documents["en"]
    assert "Recruiting-Kampagne" in titles["de"] and "Hiring campaign" in titles["en"]
    assert "--lang" in run_cli("demo", "--help").stdout


@pytest.mark.parametrize(
    "args",
    [("frobnicate",), ("demo", "--contributions", "many"), ("demo", "--contributions", "-3"), ("stats", "--bogus"),
     ("stats", "--from", "2024-13-01"), ("stats", "--from", "2024-06-01", "--to", "2024-01-01"),
     ("demo", "--lang", "fr"), ("stats", "--from", "2999-01-01"), ("export", "--out", "x.pdf", "--from", "2999-01-01")],
)
def test_usage_errors_exit_2(tmp_path, args):
    result = run_cli(*args, env={"PORTFOLIO_DB": str(tmp_path / "x.sqlite")})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    if "2999-01-01" in args:  # a mistyped year is named, not reported on as an empty period
        assert "--from 2999-01-01 is after today" in result.stderr
        assert not (tmp_path / "x.sqlite").exists()


def test_refusal_exits_1_with_one_line_naming_the_file(tmp_path):
    bogus = tmp_path / "not a db.sqlite"
    bogus.write_text("hello")
    result = run_cli("stats", "--db", bogus)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bogus) in lines[0]
    assert bogus.read_text() == "hello"


def test_demo_refuses_a_database_that_has_data(tmp_path):
    db = tmp_path / "d.sqlite"
    run_cli("demo", "--db", db, "--contributions", "5")
    result = run_cli("demo", "--db", db)
    assert result.returncode == 1
    assert "already" in result.stderr
    assert json.loads(run_cli("stats", "--db", db, "--json").stdout)["contributions"] == 5


def test_default_database_lives_in_the_user_data_folder(tmp_path, isolated_user_folders):
    assert run_cli("stats", "--json").returncode == 1  # a reading command does not create it
    assert run_cli("demo", "--contributions", "5").returncode == 0
    result = run_cli("stats", "--json")
    assert result.returncode == 0, result.stderr
    path = json.loads(result.stdout)["database"]
    assert path.startswith(str(isolated_user_folders)) and path.endswith("portfolio.sqlite")


def test_move_puts_the_record_in_another_folder_and_uses_it_from_then_on(tmp_path, isolated_user_folders):
    assert run_cli("demo", "--contributions", "5").returncode == 0
    original = Path(json.loads(run_cli("stats", "--json").stdout)["database"])
    before = original.read_bytes()
    result = run_cli("move", tmp_path / "elsewhere")
    assert result.returncode == 0, result.stderr
    moved = (tmp_path / "elsewhere").resolve() / original.name
    assert str(moved) in result.stdout and "kept" in result.stdout
    stats = json.loads(run_cli("stats", "--json").stdout)  # no --db: the moved file is the one used now
    assert stats["database"] == str(moved) and stats["contributions"] == 5
    assert original.read_bytes() == before  # kept, untouched


def test_move_refuses_a_folder_that_holds_a_file_of_that_name_and_changes_nothing(tmp_path):
    db = tmp_path / "d.sqlite"
    assert run_cli("demo", "--db", db, "--contributions", "5").returncode == 0
    before = db.read_bytes()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "d.sqlite").write_bytes(b"someone else's")
    result = run_cli("move", occupied, "--db", db)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [  # what and where, as one sentence
        f"portfolio-app move: The folder already holds a file with this name: {occupied / 'd.sqlite'}; "
        "nothing was moved."]
    assert (occupied / "d.sqlite").read_bytes() == b"someone else's" and db.read_bytes() == before
    missing = run_cli("move", tmp_path / "x", "--db", tmp_path / "none.sqlite")
    assert missing.returncode == 1 and "nothing was moved" in missing.stderr
    assert not (tmp_path / "none.sqlite").exists() and not (tmp_path / "x").exists()


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path, isolated_user_folders):
    """`portfolio-app stats | head -3` is a script's everyday use: the closed pipe is no "unexpected error"."""
    db = tmp_path / "d.sqlite"
    assert run_cli("demo", "--db", db, "--contributions", "5").returncode == 0
    reader_gone = subprocess.Popen([sys.executable, "-m", "portfolio_app", "stats", "--db", str(db)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader_gone.stdout.close()  # like `head` after its lines, before the command writes its first
    error = reader_gone.stderr.read()
    assert reader_gone.wait(timeout=120) == 1  # its output is incomplete: it did not do all it was asked
    assert error == ""
    log = next((isolated_user_folders / "xdg_state_home").rglob("portfolio.log"), None)
    assert log is None or "BrokenPipeError" not in log.read_text()
