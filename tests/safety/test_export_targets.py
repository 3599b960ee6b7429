"""No export may land on the database, its companion files or in the backups folder (issue 10, item 1).

Before, ``portfolio-app export --db X.sqlite --out X.sqlite`` exited 0 and the
PDF replaced the whole database. Every exporter now asks one shared check.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from portfolio_app.errors import DatabaseRefused, RefusalReason
from portfolio_app.paths import backups_dir
from portfolio_app.services.backup_and_restore import save_backup_as
from portfolio_app.services.csv_export import export_table
from portfolio_app.services.export_pdf import export_pdf
from portfolio_app.services.records import contributions


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def _exporters(db):
    return {
        "pdf": lambda out: export_pdf(db, out),
        "csv": lambda out: export_table(db, "contributions", out),
        "backup": lambda out: save_backup_as(db, out),
    }


def _targets(db_path: Path, tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "link.sqlite").symlink_to(db_path)
    (tmp_path / "sub").mkdir()
    backups = backups_dir() / "some-database"
    backups.mkdir(parents=True)
    (tmp_path / "to-backups").symlink_to(backups_dir(), target_is_directory=True)
    return {
        "database": db_path,
        "wal": db_path.with_name(db_path.name + "-wal"),
        "shm": db_path.with_name(db_path.name + "-shm"),
        "journal": db_path.with_name(db_path.name + "-journal"),
        "lock": db_path.with_name(db_path.name + ".lock"),
        "symlink to the database": tmp_path / "link.sqlite",
        "dot-dot spelling": tmp_path / "sub" / ".." / db_path.name,
        "inside the backups folder": backups / "mine.pdf",
        "backups folder through a link": tmp_path / "to-backups" / "mine.csv",
    }


@pytest.fixture
def saved(db, db_path):
    contributions.create(db, {"date": dt.date(2024, 3, 1), "kind": "post", "title": "Kept"})
    db.engine.dispose()
    return db


@pytest.mark.parametrize("exporter", ["pdf", "csv", "backup"])
def test_every_export_refuses_the_database_its_files_and_the_backups_folder(saved, db_path, tmp_path, exporter):
    targets = _targets(db_path, tmp_path)
    export = _exporters(saved)[exporter]
    before = db_path.read_bytes()
    for name, target in targets.items():
        with pytest.raises(DatabaseRefused) as refused:
            export(target)
        assert refused.value.reason is RefusalReason.OWN_FILE, name
        assert str(target) in str(refused.value) and "nothing was written" in str(refused.value), name
        saved.engine.dispose()
        assert db_path.read_bytes() == before, name
    assert not any(p.name.endswith((".part", ".partial")) for p in tmp_path.rglob("*"))
    assert [p.name for p in backups_dir().rglob("*") if p.is_file()] == []


def test_an_ordinary_target_next_to_the_database_still_works(saved, db_path, tmp_path):
    export_pdf(saved, tmp_path / "portfolio.pdf")
    export_table(saved, "contributions", tmp_path / "portfolio.csv")
    save_backup_as(saved, tmp_path / "copy.sqlite")
    assert {p.name for p in tmp_path.iterdir()} >= {"portfolio.pdf", "portfolio.csv", "copy.sqlite"}


@pytest.mark.parametrize("command", [["export"], ["export-csv", "--table", "contributions"], ["backup"]])
def test_cli_refuses_writing_onto_the_database(saved, db_path, command):
    before = db_path.read_bytes()
    result = run_cli(*command, "--db", db_path, "--out", db_path)
    assert result.returncode == 1, result.stdout
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "is the database" in line and str(db_path) in line
    assert "unexpected error" not in line
    assert db_path.read_bytes() == before


def test_the_window_shows_the_same_message(qtbot, saved, db_path):
    from PySide6.QtWidgets import QWidget

    from portfolio_app.ui.export_dialog.outcome import tell_failure

    with pytest.raises(DatabaseRefused) as refused:
        export_pdf(saved, db_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = tell_failure(parent, refused.value)
    assert box is not None and box.text() == str(refused.value)
    box.close()
