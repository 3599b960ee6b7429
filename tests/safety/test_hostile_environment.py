"""Read-only folders, a full disk, another program's lock, odd paths: a clear message, nothing lost.

Running as root (as CI does here) file modes do not stop writes, so the
read-only cases run in a forked child that has dropped to the unprivileged
user "nobody"; as an ordinary user they run in-process on a chmod-ed folder.
The full disk is real: a child process with a small RLIMIT_FSIZE gets EFBIG
from the kernel, and SQLite's own max_page_count gives SQLITE_FULL.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import event

from portfolio_app.errors import PortfolioError
from portfolio_app.services.backup_and_restore import save_backup_as
from portfolio_app.services.csv_export import export_table
from portfolio_app.services.figures import table_counts
from portfolio_app.services.opening import open_for_writing
from portfolio_app.services.records import contributions
from portfolio_app.storage.database import open_database
from portfolio_app.storage.faults import StorageFault
from portfolio_app.storage.integrity import integrity_problems

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions, fork and rlimits")

NOBODY = 65534


def run_cli(*args, limit_bytes: int | None = None):
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=os.environ.copy(), preexec_fn=limit if limit_bytes else None)


def _counts(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM contribution").fetchone()[0]


@pytest.fixture
def shared_folder():
    """A folder the unprivileged user can enter (pytest's tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="portfolio ro – ü "))
    os.chmod(folder, 0o755)
    yield folder
    for root, dirs, _files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def as_reader_only(folder: Path, action) -> str:
    """Run ``action()`` where ``folder`` cannot be written; return its error message, or "ok"."""
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            action()
            return "ok"
        except Exception as exc:  # noqa: BLE001 - the message is what the test looks at
            return f"{type(exc).__name__}: {exc}"
        finally:
            os.chmod(folder, 0o755)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, try, report, leave without running any cleanup of pytest's
        os.close(read_end)
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
        except OSError as exc:
            os.write(write_end, f"cannot drop root: {exc}".encode())
            os._exit(0)
        try:
            action()
            message = "ok"
        except BaseException as exc:  # noqa: BLE001
            message = f"{type(exc).__name__}: {exc}"
        os.write(write_end, message.encode("utf-8", "replace"))
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        message = reader.read().decode()
    os.waitpid(pid, 0)
    if message.startswith("cannot drop root"):
        pytest.skip(f"read-only folders cannot be tested here: {message}")
    return message


@pytest.fixture
def saved_db(shared_folder):
    path = shared_folder / "portfolio.sqlite"
    with open_for_writing(path, daily_backup=False) as writable:
        for n in range(5):
            contributions.create(writable.db, {"date": __import__("datetime").date(2024, 1, n + 1), "kind": "post",
                                               "title": f"Saved {n}"})
    for path_ in shared_folder.iterdir():
        os.chmod(path_, 0o644)
    return path


def _write_one(path: Path) -> None:
    db = open_database(path)
    try:
        contributions.create(db, {"date": __import__("datetime").date(2024, 2, 1), "kind": "post", "title": "New"})
    finally:
        db.close()


def test_read_only_data_folder_is_told_and_nothing_is_lost(saved_db, shared_folder):
    message = as_reader_only(shared_folder, lambda: open_for_writing(saved_db))
    assert message.startswith("StorageFault") and "read-only" in message and str(shared_folder) in message
    message = as_reader_only(shared_folder, lambda: _write_one(saved_db))  # reading works there; writing is told
    assert message.startswith("StorageFault") and "read-only" in message and str(saved_db) in message
    out_folder = shared_folder / "exports"
    out_folder.mkdir()
    db = open_database(saved_db)
    try:
        message = as_reader_only(out_folder, lambda: export_table(db, "contributions", out_folder / "c.csv"))
        assert message.startswith("StorageFault") and "read-only" in message and str(out_folder) in message
        message = as_reader_only(out_folder, lambda: save_backup_as(saved_db, out_folder / "b.sqlite"))
        assert message.startswith("StorageFault") and "read-only" in message
    finally:
        db.close()
    assert list(out_folder.iterdir()) == []  # no half files
    assert _counts(saved_db) == 5 and integrity_problems(saved_db) == []


def test_full_disk_sqlite_full_keeps_what_was_saved(db, db_path):
    for n in range(3):
        contributions.create(db, {"date": __import__("datetime").date(2024, 1, n + 1), "kind": "post",
                                  "title": f"Saved {n}"})
    db.engine.dispose()
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count={pages + 3}"))
    with pytest.raises(StorageFault) as full:
        for n in range(200):
            contributions.create(db, {"date": __import__("datetime").date(2024, 2, 1), "kind": "article",
                                      "title": f"Big {n}", "notes": "€" * 150_000})
    assert "disk is full" in str(full.value) and str(db_path) in str(full.value)
    db.engine.dispose()
    assert integrity_problems(db_path) == []
    assert [c.title for c in contributions.list(db)][:3] == ["Saved 0", "Saved 1", "Saved 2"]


def test_full_disk_from_the_kernel_keeps_the_database_and_the_old_export(tmp_path):
    db_path = tmp_path / "portfolio.sqlite"
    assert run_cli("demo", "--db", db_path, "--contributions", 400).returncode == 0
    size = db_path.stat().st_size
    # a demo of 3,000 more contributions cannot fit in a few more kilobytes
    result = run_cli("demo", "--db", tmp_path / "second.sqlite", "--contributions", 3000, limit_bytes=size + 16_384)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "second.sqlite" in lines[0] and "Traceback" not in result.stderr
    assert "full" in lines[0] and "Everything saved before is kept" in lines[0]
    out = tmp_path / "contributions.csv"
    out.write_text("previous export")
    # room for the database's 32 KB index and the log, not for 400 contributions as text
    result = run_cli("export-csv", "--table", "contributions", "--out", out, "--db", db_path, "--include-private",
                     limit_bytes=48_000)
    assert result.returncode == 1 and "disk is full" in result.stderr and str(out) in result.stderr
    assert out.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    assert _counts(db_path) == 400 and integrity_problems(db_path) == []


def test_database_locked_by_another_program(tmp_path):
    db_path = tmp_path / "portfolio.sqlite"
    assert run_cli("demo", "--db", db_path, "--contributions", 10).returncode == 0
    other = sqlite3.connect(db_path, isolation_level=None)  # e.g. a database browser in the middle of a write
    try:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE contribution SET title = title || ' (edited elsewhere)' WHERE id = 1")
        db = open_database(db_path)
        try:
            assert table_counts(db)["contributions"] == 10  # reading still works beside it (WAL)
            with pytest.raises(StorageFault) as locked:
                contributions.update(db, 2, {"title": "mine"})
            assert "locked by another program" in str(locked.value) and str(db_path) in str(locked.value)
        finally:
            db.close()
        other.execute("COMMIT")
    finally:
        other.close()
    assert _counts(db_path) == 10 and integrity_problems(db_path) == []
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        titles = dict(conn.execute("SELECT id, title FROM contribution WHERE id IN (1, 2)").fetchall())
    assert titles[1].endswith("(edited elsewhere)") and titles[2] != "mine"


def test_paths_with_spaces_non_ascii_and_uri_characters(tmp_path):
    folder = tmp_path / "Mes données – 日本語 #1 ?50% & more"
    folder.mkdir()
    db_path = folder / "mein portfolio ü.sqlite"
    assert run_cli("demo", "--db", db_path, "--contributions", 12).returncode == 0
    assert run_cli("backup", "--db", db_path, "--out", folder / "Sicherung #2.sqlite").returncode == 0
    with contextlib.closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("DELETE FROM contribution")
    result = run_cli("restore", folder / "Sicherung #2.sqlite", "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert run_cli("export-csv", "--table", "contributions", "--out", folder / "Beiträge ?.csv", "--db",
                   db_path, "--include-private").returncode == 0
    assert _counts(db_path) == 12
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == sorted(
        ["mein portfolio ü.sqlite", "Sicherung #2.sqlite", "Beiträge ?.csv"]
    )
    assert not list(tmp_path.glob("Mes*#1")), "a path cut at '?' or '#' created a stray file"
    with pytest.raises(PortfolioError):
        open_database(folder)  # and a folder is still refused by name
