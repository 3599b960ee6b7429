"""Another program's SQLite file is recognised and left byte for byte; reading commands never write (issue 10, item 5).

Before, an empty ``alembic_version`` table let ``stats``, ``export`` and
``export-csv`` write our schema into another program's file, ``restore``
replaced it without a backup, revision ``0001`` without our tables got its
header changed and a before-upgrade copy, and a file with another program's
``application_id`` was taken over as empty. A file is ours only with our mark.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from portfolio_app.errors import DatabaseRefused, RefusalReason
from portfolio_app.storage.database import open_database, open_for_reading
from portfolio_app.storage.identity import APPLICATION_ID

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schemas"
FOSSIL_APPLICATION_ID = 0x0F055112  # another program's registered mark


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def _sqlite(path: Path, *statements: str) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)
    return path


INVOICES = ("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)",
            "INSERT INTO invoices (amount) VALUES (120.5), (99.0)")
HOSTILE = {
    "empty alembic_version beside its own tables": lambda p: _sqlite(
        p, *INVOICES, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"),
    "our first revision but not our tables": lambda p: _sqlite(
        p, *INVOICES, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('0001')"),
    "no tables but another program's application_id": lambda p: _sqlite(
        p, f"PRAGMA application_id = {FOSSIL_APPLICATION_ID}"),
    "no tables but a user_version of another program": lambda p: _sqlite(p, "PRAGMA user_version = 7"),
    "an unknown revision without our mark": lambda p: _sqlite(
        p, *INVOICES, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')"),
}


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request, tmp_path) -> Path:
    path = HOSTILE[request.param](tmp_path / "other.db")
    assert path.stat().st_size > 0
    return path


def _untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "no WAL, lock or before-upgrade copy"


def test_open_refuses_another_programs_file_byte_for_byte(hostile):
    before = hostile.read_bytes()
    for opener in (open_database, open_for_reading):
        with pytest.raises(DatabaseRefused) as refused:
            opener(hostile)
        assert refused.value.reason is RefusalReason.FOREIGN
        assert str(hostile) in str(refused.value) and "another program" in str(refused.value)
        _untouched(hostile, before)


@pytest.mark.parametrize("kind", ["empty alembic_version beside its own tables",
                                  "our first revision but not our tables",
                                  "no tables but another program's application_id"])
def test_every_command_refuses_another_programs_file(kind, tmp_path, tmp_path_factory):
    hostile = HOSTILE[kind](tmp_path / "other.db")
    backup = tmp_path_factory.mktemp("elsewhere")
    assert run_cli("demo", "--db", backup / "good.sqlite", "--contributions", 3).returncode == 0
    before = hostile.read_bytes()
    commands = [
        ["stats"], ["export", "--out", backup / "p.pdf"],
        ["export-csv", "--table", "contributions", "--out", backup / "c.csv"],
        ["restore", backup / "good.sqlite"], ["demo", "--contributions", 3], ["backup", "--out", backup / "b.sqlite"],
    ]
    for command in commands:
        result = run_cli(*command, "--db", hostile)
        assert result.returncode == 1, (command, result.stdout)
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and str(hostile) in line, (command, line)
        assert "unexpected error" not in line and "SELECT" not in line and "sqlite3." not in line, (command, line)
        _untouched(hostile, before)


def test_our_mark_is_in_every_new_database(db_path, db):
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_reading_commands_do_not_create_a_missing_database_or_folder(tmp_path):
    missing = tmp_path / "no such folder" / "portfolio.sqlite"
    for command in (["stats"], ["export", "--out", tmp_path / "p.pdf"],
                    ["export-csv", "--table", "contributions", "--out", tmp_path / "c.csv"]):
        result = run_cli(*command, "--db", missing)
        assert result.returncode == 1 and str(missing) in result.stderr and "nothing was created" in result.stderr
    csv = tmp_path / "posts.csv"
    csv.write_text("Date,Title\n2024-01-02,Hello\n", encoding="utf-8")
    result = run_cli("import", "csv", csv, "--map", "date=Date,title=Title", "--dry-run", "--db", missing)
    assert result.returncode == 0, result.stderr
    assert "1" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posts.csv"]


def test_reading_an_older_schema_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0001.sqlite", path)
    before = path.read_bytes()
    result = run_cli("stats", "--json", "--db", path)
    assert result.returncode == 0, result.stderr
    assert '"contributions": 1' in result.stdout
    result = run_cli("export-csv", "--table", "contributions", "--out", tmp_path / "c.csv", "--db", path)
    assert result.returncode == 0, result.stderr
    assert "Observability" in (tmp_path / "c.csv").read_text(encoding="utf-8")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*before-upgrade*"))
