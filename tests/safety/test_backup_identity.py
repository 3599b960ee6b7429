"""Backups belong to one database, whatever its file name (issue 10, item 2).

Before, ``A/portfolio.sqlite`` and ``B/portfolio.sqlite`` shared
``backups/portfolio/``: thinning for B deleted A's backups, A's list showed
B's, a damaged A was offered B's backup and B skipped its start backup
because A had made one that day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from safety_helpers import corrupt

from portfolio_app.paths import backups_dir
from portfolio_app.services.backup_and_restore import (
    backup_at_start,
    backup_now,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from portfolio_app.services.opening import open_for_writing
from portfolio_app.services.records import contributions
from portfolio_app.storage.sqlite_copy import copy_database
from portfolio_app.storage.backup_folder import RetentionPolicy, backup_name
from portfolio_app.storage.engine import make_engine
from portfolio_app.storage.identity import APPLICATION_ID, IDENTITY_REVISION, read_identity
from portfolio_app.storage.migrations import REVISIONS
from portfolio_app.storage.migrations.upgrade import upgrade_to_head

MORNING = dt.datetime(2026, 11, 27, 8, 0).astimezone()


def _namesake(tmp_path: Path, folder: str, titles: list[str]) -> Path:
    path = tmp_path / folder / "portfolio.sqlite"
    with open_for_writing(path, daily_backup=False) as writable:
        for title in titles:
            contributions.create(writable.db, {"date": dt.date(2024, 5, 1), "kind": "post", "title": title})
    return path


def _titles(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT title FROM contribution")}


@pytest.fixture
def a_and_b(tmp_path):
    return _namesake(tmp_path, "A", ["A's post"]), _namesake(tmp_path, "B", ["B's post", "another of B"])


def test_namesakes_never_see_list_or_thin_each_others_backups(a_and_b):
    a, b = a_and_b
    assert read_identity(a) != read_identity(b)
    a_backup = backup_now(a, "before-import")
    for hour in range(6):  # B thins hard; A's only backup must survive it
        backup_now(b, "before-import", now=MORNING + dt.timedelta(hours=hour), policy=RetentionPolicy(0, 0, 0, 1))
    assert a_backup.exists()
    assert [_titles(e.path) for e in list_backups(a)] == [{"A's post"}]
    assert all(_titles(e.path) == {"B's post", "another of B"} for e in list_backups(b))
    assert len(list_backups(b)) == 1


def test_a_start_backup_of_one_does_not_count_for_the_other(a_and_b):
    a, b = a_and_b
    assert backup_at_start(a, now=MORNING) is not None
    assert backup_at_start(b, now=MORNING + dt.timedelta(hours=1)) is not None
    assert backup_at_start(b, now=MORNING + dt.timedelta(hours=2)) is None


def test_a_damaged_database_is_offered_only_its_own_backup(a_and_b):
    a, b = a_and_b
    backup_now(b, "before-import")
    assert newest_good_backup(a) is None  # B's is not A's
    own = backup_now(a, "before-import")
    corrupt(a)
    good = newest_good_backup(a)
    assert good is not None and good.path == own and _titles(good.path) == {"A's post"}


def test_a_restored_database_keeps_its_identity_and_backups(a_and_b, tmp_path):
    a, b = a_and_b
    identity = read_identity(a)
    backup_now(a, "before-import")
    copy_database(b, tmp_path / "b-copy.sqlite")
    restore_backup(tmp_path / "b-copy.sqlite", a)  # B's data into A's place: A goes on as A
    assert _titles(a) == {"B's post", "another of B"} and read_identity(a) == identity
    assert read_identity(b) != identity
    assert [e.reason for e in list_backups(a)] == ["before-restore", "before-import"]


def _legacy_database(path: Path, title: str) -> Path:
    """A database as the version before identities left it: the revision before, no mark, no identity."""
    path.parent.mkdir(parents=True)
    engine = make_engine(path)
    upgrade_to_head(engine, REVISIONS[REVISIONS.index(IDENTITY_REVISION) - 1])
    engine.dispose()
    now = dt.datetime.now().isoformat(sep=" ")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        columns = conn.execute("PRAGMA table_info(contribution)").fetchall()  # cid, name, type, notnull, default, pk
        values = {name: 0 if "INT" in kind.upper() or "BOOL" in kind.upper() else ""
                  for _cid, name, kind, notnull, default, pk in columns if notnull and default is None and not pk}
        values.update(date="2024-01-01", kind="post", title=title, created_at=now, updated_at=now)
        conn.execute(f"INSERT INTO contribution ({', '.join(values)}) "  # noqa: S608 - the table's own column names
                     f"VALUES ({', '.join('?' * len(values))})",
                     tuple(values.values()))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_backups_of_earlier_versions_are_carried_over_to_their_own_database_only(tmp_path):
    a = _legacy_database(tmp_path / "A" / "portfolio.sqlite", "old A")
    b = _legacy_database(tmp_path / "B" / "portfolio.sqlite", "old B")
    legacy = backups_dir() / "portfolio"
    for n, source in enumerate((a, b, a)):
        copy_database(source, legacy / backup_name(MORNING + dt.timedelta(hours=n), "start"))
    (legacy / "notes.txt").write_text("not ours to move")
    assert [_titles(e.path) for e in list_backups(b)] == [{"old B"}]  # listed before any upgrade, not moved

    with open_for_writing(a, daily_backup=False):
        pass  # the upgrade gives A its identity and mark, and carries A's backups over
    with contextlib.closing(sqlite3.connect(a)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert read_identity(a) is not None
    assert [_titles(e.path) for e in list_backups(a)] == [{"old A"}, {"old A"}]
    assert all(e.path.parent == backups_dir() / read_identity(a) for e in list_backups(a))
    assert [_titles(e.path) for e in list_backups(b)] == [{"old B"}]  # B's stayed for B

    with open_for_writing(b, daily_backup=False):
        pass
    assert [_titles(e.path) for e in list_backups(b)] == [{"old B"}]
    assert sorted(p.name for p in legacy.iterdir()) == ["notes.txt"]


def test_the_migration_marks_with_the_same_application_id():
    import importlib

    migration = importlib.import_module("portfolio_app.storage.migrations.versions.0006_database_identity")
    assert migration.APPLICATION_ID == APPLICATION_ID
