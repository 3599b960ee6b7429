"""What a kill or a full disk leaves behind is cleaned up; exports get the mode the umask gives (issue 10, item 9).

Before, PDFs were written with mode 0600 whatever the umask, the hidden
``.part``/``.partial`` files of a killed export, backup or restore stayed for
ever, and a lock file that could not be filled on a full disk stayed behind
empty.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from portfolio_app.paths import backups_dir
from portfolio_app.services.backup_and_restore import backups_folder
from portfolio_app.services.csv_export import export_table
from portfolio_app.services.export_pdf import export_pdf
from portfolio_app.services.opening import open_for_writing
from portfolio_app.services.records import contributions
from portfolio_app.storage.leftovers import remove_leftovers, temporary_name
from portfolio_app.storage.lock import lock_path_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="umask, fork, rlimits and kill -9")


@pytest.fixture
def saved(db, db_path):
    for n in range(3):
        contributions.create(db, {"date": dt.date(2024, 3, n + 1), "kind": "post", "title": f"Kept {n}"})
    return db


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_exported_pdf_and_csv_follow_the_umask(saved, tmp_path, umask):
    pdf = export_pdf(saved, tmp_path / "portfolio.pdf").path
    csv = export_table(saved, "contributions", tmp_path / "c.csv").path
    assert oct(pdf.stat().st_mode & 0o777) == oct(0o644)
    assert oct(csv.stat().st_mode & 0o777) == oct(0o644)
    os.umask(0o077)
    assert export_pdf(saved, tmp_path / "private.pdf").path.stat().st_mode & 0o777 == 0o600


def _killed_while_writing(db_path: Path, code: str) -> None:
    """Run ``code`` in another Python; once it prints "writing", kill -9 it."""
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from portfolio_app.storage.database import open_database
        db = open_database({str(db_path)!r})
        def stall(*_args):
            print("writing", flush=True)
            time.sleep(60)
    """) + textwrap.dedent(code)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                               env=os.environ.copy())
    assert process.stdout.readline().strip() == "writing"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", ".partial")))


def test_a_killed_export_leaves_a_temporary_file_that_the_next_export_removes(saved, db_path, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    saved.engine.dispose()
    _killed_while_writing(db_path, f"""
        from portfolio_app.report.writer import write_atomically
        write_atomically(Path({str(out / "p.pdf")!r}), lambda handle: (handle.write(b"%PDF-1.4"), stall()))
    """)
    first = _hidden(out)
    assert len(first) == 1 and first[0].endswith(".part")  # what the kill left
    _killed_while_writing(db_path, f"""
        import os
        from portfolio_app.services.csv_export import export_table
        os.fsync = lambda _fd: stall()  # killed with the whole file written, before the rename
        export_table(db, "contributions", Path({str(out / "c.csv")!r}))
    """)
    second = _hidden(out)
    assert len(second) == 1 and second[0].endswith(".partial")  # the PDF's went when this export began
    (out / ".someone-elses.part").write_text("not ours")
    export_table(saved, "contributions", out / "again.csv")
    assert _hidden(out) == [".someone-elses.part"]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["again.csv"]


def test_the_next_start_removes_what_a_killed_restore_or_backup_left(saved, db_path):
    saved.close()
    backups = backups_folder(db_path)
    backups.mkdir(parents=True, exist_ok=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # a process that has ended
    left = [db_path.with_name(f".{db_path.name}.{dead_pid}-0badf00d.partial"),
            backups / f".20261130T010000000000Z_start.sqlite.{dead_pid}-0badf00d.partial"]
    live = temporary_name(db_path, ".partial")  # this process is alive: its file is being written
    for path in (*left, live):
        path.write_bytes(b"SQLite format 3\x00 half")
    with open_for_writing(db_path, daily_backup=False):
        pass
    assert not any(path.exists() for path in left)
    assert live.exists()
    assert backups.is_relative_to(backups_dir())


def test_a_lock_file_that_a_full_disk_left_empty_does_not_stay(tmp_path):
    db_path = tmp_path / "portfolio.sqlite"
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # a child whose files may not grow: the owner text cannot be written
        os.close(read_end)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4, 4))
        try:
            open_for_writing(db_path, daily_backup=False)
            message = "opened"
        except BaseException as exc:  # noqa: BLE001 - the parent looks at the message
            message = f"{type(exc).__name__}: {exc}"
        os.write(write_end, message.encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        message = reader.read().decode()
    os.waitpid(pid, 0)
    assert message.startswith("StorageFault") and "full" in message, message
    assert not lock_path_for(db_path).exists()


def test_remove_leftovers_keeps_what_is_not_ours(tmp_path):
    for name in (".notes.partial", "visible.1-0badf00d.part", ".x.pdf.part", ".firefox.zip.part"):
        (tmp_path / name).write_text("keep")
    assert remove_leftovers(tmp_path) == []
