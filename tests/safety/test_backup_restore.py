"""Backups at start, before import and restore; restore that loses nothing; damage reported, never overwritten."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import delete

from portfolio_app.errors import DatabaseRefused, PortfolioError
from portfolio_app.services.backup_and_restore import (
    backup_at_start,
    backup_before_import,
    backups_folder,
    list_backups,
    newest_good_backup,
    restore_backup,
    save_backup_as,
)
from portfolio_app.services.figures import table_counts
from portfolio_app.services.opening import open_for_writing
from portfolio_app.storage.database import open_database
from portfolio_app.storage.integrity import DatabaseDamaged, integrity_problems
from portfolio_app.storage.models import Contribution
from safety_helpers import corrupt, kill9, python_holding

UTC = dt.timezone.utc


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def _contributions(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM contribution").fetchone()[0]


def _delete_some(db, keep: int) -> None:
    with db.session() as session:
        session.execute(delete(Contribution).where(Contribution.id > keep))


def test_start_backup_at_most_once_a_day(demo_db, db_path, isolated_user_folders):
    morning = dt.datetime(2026, 11, 27, 8, 0).astimezone()
    first = backup_at_start(db_path, now=morning)
    assert first is not None and first.parent == backups_folder(db_path)
    assert str(backups_folder(db_path)).startswith(str(isolated_user_folders))  # the user data folder
    assert backup_at_start(db_path, now=morning + dt.timedelta(hours=9)) is None
    assert backup_at_start(db_path, now=morning + dt.timedelta(days=1)) is not None
    entries = list_backups(db_path)
    assert [e.reason for e in entries] == ["start", "start"]
    assert all(e.counts["contributions"] == 400 for e in entries)


def test_nothing_to_back_up_for_a_new_or_foreign_file(tmp_path):
    assert backup_at_start(tmp_path / "new.sqlite") is None
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(DatabaseRefused):
        backup_before_import(foreign)
    assert list_backups(foreign) == []


def test_thinning_happens_with_every_new_backup(demo_db, db_path):
    day = dt.datetime(2026, 1, 1, 12, 0).astimezone()
    for offset in range(40):
        backup_at_start(db_path, now=day + dt.timedelta(days=offset))
    assert len(list_backups(db_path)) < 7 + 4 + 12 + 5


def test_backup_before_import_holds_the_state_before(demo_db, db_path):
    made = backup_before_import(demo_db)
    _delete_some(demo_db, 100)
    assert _contributions(made) == 400 and _contributions(db_path) == 100
    assert list_backups(db_path)[0].reason == "before-import"


def test_restore_backs_up_first_and_swaps_the_file(demo_db, db_path, tmp_path):
    saved = save_backup_as(demo_db, tmp_path / "Sicherung vom Montag.sqlite")
    _delete_some(demo_db, 10)
    demo_db.close()
    result = restore_backup(saved, db_path)
    assert result.counts["contributions"] == 400
    assert _contributions(result.safety_backup) == 10  # the state it replaced is kept
    assert result.safety_backup.parent == backups_folder(db_path)
    assert not db_path.with_name(db_path.name + "-wal").exists() or _contributions(db_path) == 400
    db = open_database(db_path)
    try:
        assert table_counts(db)["contributions"] == 400
    finally:
        db.close()
    assert integrity_problems(db_path) == []


def test_restore_refuses_while_the_database_is_open(demo_db, db_path, tmp_path):
    saved = save_backup_as(demo_db, tmp_path / "b.sqlite")
    _delete_some(demo_db, 10)
    table_counts(demo_db)  # a pooled connection stays open
    with pytest.raises(PortfolioError, match="still open"):
        restore_backup(saved, db_path)
    assert table_counts(demo_db)["contributions"] == 10


@pytest.mark.parametrize("content", [b"", b"plain text", b"SQLite format 3\x00" + b"\x01" * 5000])
def test_restore_refuses_what_is_not_a_portfolio_backup(demo_db, db_path, tmp_path, content):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(content)
    demo_db.close()
    before = db_path.read_bytes()
    with pytest.raises(PortfolioError) as refused:
        restore_backup(bogus, db_path)
    assert str(bogus) in str(refused.value)
    assert db_path.read_bytes() == before and bogus.read_bytes() == content


def test_restore_refuses_a_newer_schema_and_the_database_itself(demo_db, db_path, tmp_path):
    newer = save_backup_as(demo_db, tmp_path / "newer.sqlite")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    demo_db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused, match="newer version"):
        restore_backup(newer, db_path)
    with pytest.raises(PortfolioError, match="database itself"):
        restore_backup(db_path, db_path)
    with pytest.raises(PortfolioError, match="does not exist"):
        restore_backup(tmp_path / "missing.sqlite", db_path)
    assert db_path.read_bytes() == before


def test_restore_refuses_a_damaged_backup(demo_db, db_path, tmp_path):
    damaged = save_backup_as(demo_db, tmp_path / "damaged.sqlite")
    corrupt(damaged)
    with pytest.raises(PortfolioError, match="damaged"):
        restore_backup(damaged, db_path)
    assert table_counts(demo_db)["contributions"] == 400


def test_restore_list_shows_dates_counts_and_what_cannot_be_restored(demo_db, db_path):
    backup_before_import(demo_db)
    _delete_some(demo_db, 50)
    newest = backup_before_import(demo_db)
    with sqlite3.connect(newest) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    entries = list_backups(db_path)
    assert [e.restorable for e in entries] == [False, True]
    assert "newer version" in entries[0].problem
    assert entries[1].counts["contributions"] == 400
    assert entries[1].created.tzinfo is not None
    assert newest_good_backup(db_path).path == entries[1].path


def test_after_a_crash_a_damaged_file_is_reported_with_the_newest_good_backup(demo_db, db_path):
    good = backup_before_import(demo_db)
    demo_db.close()
    holder = python_holding(f"""
        from portfolio_app.services.opening import open_for_writing
        open_for_writing({str(db_path)!r}, daily_backup=False)
    """)
    kill9(holder)  # an unclean shutdown: the lock stays behind
    corrupt(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as refused:
        open_for_writing(db_path)
    assert refused.value.newest_good_backup == good
    assert str(db_path) in str(refused.value) and str(good) in str(refused.value)
    assert db_path.read_bytes() == before  # never overwritten, no migration, no start backup of the damage
    assert [e.path for e in list_backups(db_path)] == [good]
    # the offer: restore the newest good backup; the damaged file is moved aside, byte for byte
    result = restore_backup(refused.value.newest_good_backup, db_path)
    assert result.damaged_copy.read_bytes() == before
    with open_for_writing(db_path) as writable:
        assert table_counts(writable.db)["contributions"] == 400


def test_a_damaged_file_found_without_a_crash_is_reported_too(demo_db, db_path):
    demo_db.close()
    corrupt(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused):
        open_for_writing(db_path)
    assert db_path.read_bytes() == before


def test_cli_backup_and_restore(tmp_path):
    db_path = tmp_path / "Mein Portfolio – Jürgen.sqlite"
    assert run_cli("demo", "--db", db_path, "--contributions", 20).returncode == 0
    out = tmp_path / "Sicherung 1.sqlite"
    result = run_cli("backup", "--db", db_path, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "20 contributions" in result.stdout and _contributions(out) == 20
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("DELETE FROM contribution WHERE id > 5")
    result = run_cli("restore", out, "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert _contributions(db_path) == 20
    listing = run_cli("restore", "--list", "--db", db_path)
    assert listing.returncode == 0 and "before-restore" in listing.stdout and "5 contributions" in listing.stdout
    for args in (("restore", tmp_path / "missing.sqlite"), ("backup", "--out", db_path),
                 ("backup", "--out", tmp_path)):
        refused = run_cli(*args, "--db", db_path)
        assert refused.returncode == 1, refused
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in refused.stderr
    for args in (("backup",), ("restore",), ("backup", "--out", "")):
        assert run_cli(*args, "--db", db_path).returncode == 2
    assert _contributions(db_path) == 20


def test_cli_restore_refuses_a_newer_backup_naming_the_file(tmp_path):
    db_path = tmp_path / "p.sqlite"
    run_cli("demo", "--db", db_path, "--contributions", 3)
    newer = tmp_path / "newer.sqlite"
    shutil.copy(db_path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = run_cli("restore", newer, "--db", db_path)
    assert result.returncode == 1 and str(newer) in result.stderr and "newer version" in result.stderr


def test_a_backup_from_an_older_schema_is_restored_and_upgraded_on_open(demo_db, db_path):
    from pathlib import Path

    from portfolio_app.storage.migrations.upgrade import head_revision

    demo_db.close()
    old = sorted((Path(__file__).parent.parent / "fixtures" / "schemas").glob("schema_*.sqlite"))[0]
    original = old.read_bytes()
    result = restore_backup(old, db_path)
    assert result.safety_backup is not None and _contributions(result.safety_backup) == 400
    with open_for_writing(db_path, daily_backup=False) as writable:
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert table_counts(writable.db)["contributions"] >= 1
    assert old.read_bytes() == original  # the chosen backup itself is only read


def test_a_backups_folder_that_cannot_be_written_does_not_lock_the_user_out(demo_db, db_path):
    from portfolio_app.paths import data_dir

    demo_db.close()
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "backups").write_text("a file where the folder should be")
    with open_for_writing(db_path) as writable:  # the start backup fails, the record still opens
        assert writable.start_backup is None
        assert table_counts(writable.db)["contributions"] == 400
    with pytest.raises(PortfolioError) as refused:
        backup_before_import(db_path)  # an explicit backup does say that it failed
    assert "backups" in str(refused.value)
