"""Each failure the attack run met says what, where and what to do, never "unexpected error" (issue 10, item 8).

Read-only cases run the CLI as the unprivileged user "nobody" when the tests
run as root (root ignores file modes), as the current user otherwise.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions, FIFOs and signals")

NOBODY = 65534


def run_cli(*args, env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "portfolio_app", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=env or os.environ.copy())


def _load_everything() -> None:
    import importlib
    import pkgutil

    import portfolio_app

    for module in ("email.parser", "importlib.metadata", "encodings.utf_8_sig", "encodings.idna",
                   "encodings.utf_16_be", "encodings.utf_16", "encodings.latin_1",
                   "encodings.cp1252", "csv", "uuid", "_strptime",
                   "portfolio_app.storage.migrations.upgrade"):
        importlib.import_module(module)
    for info in pkgutil.walk_packages(portfolio_app.__path__, "portfolio_app."):
        if not any(part in info.name for part in (".ui", ".devtools", ".migrations.", "__main__")):
            importlib.import_module(info.name)


def cli_as_reader(*args, env: dict) -> subprocess.CompletedProcess:
    """The CLI in a forked child that runs as "nobody" when we are root (the venv may not be theirs to start)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        code = 99
        try:
            os.environ.update(env)
            _load_everything()  # the Python installation may be root's alone
            if os.geteuid() == 0:
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            sys.stderr = os.fdopen(write_end, "w")
            sys.stdout = open(os.devnull, "w")
            from portfolio_app.cli import main

            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # noqa: BLE001 - the parent sees the trace
            import traceback

            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8", errors="replace") as reader:
        stderr = reader.read()
    _, status = os.waitpid(pid, 0)
    return subprocess.CompletedProcess(args, os.waitstatus_to_exitcode(status), "", stderr)


def _told(result, *words: str) -> str:
    line = result.stderr.strip()
    assert result.returncode == 1, (result.stdout, line)
    assert len(line.splitlines()) == 1 and "unexpected error" not in line and "Traceback" not in line, line
    for word in words:
        assert word in line, (word, line)
    return line


def _contributions(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM contribution").fetchone()[0]


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "portfolio.sqlite"
    assert run_cli("demo", "--db", path, "--contributions", 20).returncode == 0
    return path


@pytest.fixture
def posts(tmp_path) -> Path:
    path = tmp_path / "posts.csv"
    path.write_text("Date,Title\n2024-01-02,Hello\n2024-01-03,Again\n", encoding="utf-8")
    return path


CSV_MAP = ("--map", "date=Date,title=Title")


def test_a_database_locked_by_another_program_is_named_during_an_import(demo, posts):
    other = sqlite3.connect(demo, isolation_level=None)  # e.g. a database browser in the middle of a write
    try:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE contribution SET title = 'edited elsewhere' WHERE id = 1")
        result = run_cli("import", "csv", posts, *CSV_MAP, "--db", demo)
        _told(result, str(demo), "locked by another program", "close that program")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _contributions(demo) == 20


def test_a_full_disk_during_an_import_keeps_what_was_saved(demo, tmp_path):
    import resource

    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("Date,Title,Notes\n")
        for n in range(2000):
            handle.write(f"2024-01-02,Post {n},{'x' * 3000}\n")
    limit = demo.stat().st_size * 2

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([sys.executable, "-m", "portfolio_app", "import", "csv", big, "--map",
                             "date=Date,title=Title,notes=Notes", "--db", demo], capture_output=True, text=True,
                            timeout=120, preexec_fn=small_disk)
    _told(result, str(demo), "Everything saved before is kept", "free some space")
    assert _contributions(demo) == 20


def test_restore_onto_a_folder_is_refused_by_name(demo, tmp_path):
    backup = tmp_path / "copy.sqlite"
    assert run_cli("backup", "--db", demo, "--out", backup).returncode == 0
    folder = tmp_path / "a folder"
    folder.mkdir()
    _told(run_cli("restore", backup, "--db", folder), str(folder), "folder", "choose the database file")
    assert list(folder.iterdir()) == []


def test_a_symlink_loop_in_an_unpacked_export(tmp_path, demo):
    export = tmp_path / "x-export"
    (export / "data").mkdir(parents=True)
    (export / "data" / "tweets.js").symlink_to("tweets.js")
    _told(run_cli("import", "x", export, "--db", demo), "tweets.js", "symbolic links")


def test_a_json_number_of_5000_digits(tmp_path, demo):
    outbox = tmp_path / "outbox.json"
    outbox.write_text('{"orderedItems": [{"type": "Create", "id": "a", "published": "2024-01-01T00:00:00Z", '
                      '"object": {"id": "o", "content": "hi", "replies": {"totalItems": ' + "9" * 5000 + "}}}]}")
    _told(run_cli("import", "mastodon", outbox, "--db", demo), "outbox.json", "number")
    assert _contributions(demo) == 20


@pytest.mark.parametrize("date_format", ["nonsense", "%Q", "%Y", "%d.%m"])
def test_a_nonsense_date_format_is_a_usage_error(posts, tmp_path, date_format):
    result = run_cli("import", "csv", posts, *CSV_MAP, "--date-format", date_format, "--dry-run",
                     "--db", tmp_path / "p.sqlite")
    assert result.returncode == 2 and "--date-format" in result.stderr


def test_a_sensible_date_format_still_imports(posts, tmp_path):
    result = run_cli("import", "csv", posts, *CSV_MAP, "--date-format", "%Y-%m-%d", "--db", tmp_path / "p.sqlite")
    assert result.returncode == 0, result.stderr
    assert _contributions(tmp_path / "p.sqlite") == 2


HOT_WRITER = """
import sqlite3, sys
conn = sqlite3.connect(PATH, isolation_level=None)
conn.execute("PRAGMA cache_size=1")  # pages spill to the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE contribution SET notes = hex(randomblob(2000))")
print("written", flush=True)
sys.stdin.read()
"""


def _hot_journal(path: Path) -> bytes:
    """Leave ``path`` as a writer killed mid-write in rollback mode leaves it: a hot -journal beside it."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    before = path.read_bytes()
    script = HOT_WRITER.replace("PATH", repr(str(path)))
    writer = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "written"
    writer.kill()
    writer.wait(10)
    assert path.with_name(path.name + "-journal").stat().st_size > 0
    return before


def test_a_hot_rollback_journal_is_recovered_not_called_read_only(demo, posts, tmp_path):
    before = _hot_journal(demo)
    changed = demo.read_bytes()
    assert changed != before  # the killed writer did change the file: only the journal can undo it
    result = run_cli("stats", "--json", "--db", demo)  # a reader reads a rolled-back copy
    assert result.returncode == 0, result.stderr
    assert '"contributions": 20' in result.stdout
    assert demo.read_bytes() == changed  # and writes nothing
    result = run_cli("import", "csv", posts, *CSV_MAP, "--db", demo)  # a writer lets SQLite roll it back
    assert result.returncode == 0, result.stderr
    assert _contributions(demo) == 22
    with contextlib.closing(sqlite3.connect(demo)) as conn:
        assert conn.execute("SELECT count(*) FROM contribution WHERE length(notes) = 4000").fetchone()[0] == 0


@pytest.fixture
def shared(tmp_path):
    """A folder and user folders the unprivileged user can reach (pytest's tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="portfolio ro "))
    home = folder / "home"
    home.mkdir()
    os.chmod(folder, 0o755)
    os.chmod(home, 0o777)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CONFIG_HOME": str(home / "config")}
    data = folder / "data"
    data.mkdir()
    yield data, env
    for root, dirs, _files in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_data_folder_still_allows_the_reading_commands(shared, posts):
    data, env = shared
    db = data / "portfolio.sqlite"
    assert run_cli("demo", "--db", db, "--contributions", 15).returncode == 0
    os.chmod(db, 0o644)
    out = data.parent / "out"
    out.mkdir()
    os.chmod(out, 0o777)
    os.chmod(data, 0o555)
    before = db.read_bytes()
    for command in (["stats"], ["export-csv", "--table", "contributions", "--out", out / "c.csv"],
                    ["export", "--out", out / "p.pdf"], ["backup", "--out", out / "b.sqlite"]):
        result = cli_as_reader(*command, "--db", db, env=env)
        assert result.returncode == 0, (command, result.stderr)
    shutil.copy(posts, out / "posts.csv")
    result = cli_as_reader("import", "csv", out / "posts.csv", *CSV_MAP, "--db", db, env=env)
    _told(result, str(data), "read-only")
    assert db.read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["portfolio.sqlite"]


def test_a_read_only_database_file_says_so_and_what_to_do(shared, posts):
    data, env = shared
    db = data / "portfolio.sqlite"
    assert run_cli("demo", "--db", db, "--contributions", 15).returncode == 0
    os.chmod(db, 0o444)
    os.chmod(data, 0o777)
    before = db.read_bytes()
    assert cli_as_reader("stats", "--db", db, env=env).returncode == 0
    shutil.copy(posts, data.parent / "posts.csv")
    result = cli_as_reader("import", "csv", data.parent / "posts.csv", *CSV_MAP, "--db", db, env=env)
    _told(result, str(db), "read-only", "make it writable")
    assert db.read_bytes() == before and _contributions(db) == 15
