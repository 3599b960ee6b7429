"""One writer per database: a second instance is told, a lock left by a crash is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safety_helpers import kill9, python_holding
from portfolio_app.services.opening import open_for_writing
from portfolio_app.storage.lock import DatabaseInUse, WriterLock, holds_lock, lock_path_for


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def test_second_instance_is_refused_with_who_holds_it(db_path, other_writer):
    holder = other_writer(db_path)
    with pytest.raises(DatabaseInUse) as refused:
        open_for_writing(db_path)
    message = str(refused.value)
    assert str(db_path) in message and f"process {holder.pid}" in message
    assert not db_path.exists()  # refused before anything was created or written
    assert not holds_lock(db_path)


def test_cli_writers_take_the_lock(tmp_path, other_writer):
    db_path = tmp_path / "mein portfolio.sqlite"
    assert run_cli("demo", "--db", db_path, "--contributions", 5).returncode == 0
    before = db_path.read_bytes()
    backup = tmp_path / "b.sqlite"
    assert run_cli("backup", "--db", db_path, "--out", backup).returncode == 0  # reading needs no lock
    holder = other_writer(db_path)
    x_archive = Path(__file__).parent.parent / "importers" / "fixtures" / "x_archive"
    for args in (("demo", "--db", db_path), ("restore", backup, "--db", db_path),
                 ("import", "x", x_archive, "--db", db_path), ("move", tmp_path / "moved", "--db", db_path)):
        result = run_cli(*args)
        assert result.returncode == 1, result
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(db_path) in lines[0] and "already open" in lines[0]
    kill9(holder)
    assert db_path.read_bytes() == before


def test_a_lock_left_by_a_killed_process_is_recovered(db_path):
    open_for_writing(db_path, daily_backup=False).close()
    holder = python_holding(f"""
        from portfolio_app.services.opening import open_for_writing
        open_for_writing({str(db_path)!r}, daily_backup=False)
    """)
    kill9(holder)
    assert lock_path_for(db_path).exists()  # the dead process could not clean up
    with open_for_writing(db_path, daily_backup=False) as writable:
        assert writable.recovered_after_crash
        assert writable.lock.previous_owner["pid"] == holder.pid
    assert not lock_path_for(db_path).exists()  # a clean close leaves no lock behind
    with open_for_writing(db_path, daily_backup=False) as writable:
        assert not writable.recovered_after_crash


def test_a_lock_file_with_garbage_and_no_owner_is_taken_over(db_path):
    open_for_writing(db_path, daily_backup=False).close()
    lock_path_for(db_path).write_bytes(b"\x00\xff garbage \xfe")
    with open_for_writing(db_path, daily_backup=False) as writable:
        assert writable.recovered_after_crash  # treated as an unclean shutdown: the file was checked


def test_the_lock_is_reentrant_within_one_process(db_path):
    outer = WriterLock(db_path).acquire()
    inner = WriterLock(db_path).acquire()
    inner.release()
    assert holds_lock(db_path) and lock_path_for(db_path).exists()
    outer.release()
    assert not holds_lock(db_path) and not lock_path_for(db_path).exists()


def test_failed_open_gives_the_lock_back(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database")
    with pytest.raises(Exception):
        open_for_writing(bogus)
    assert not holds_lock(bogus) and not lock_path_for(bogus).exists()
    assert bogus.read_text() == "not a database"
