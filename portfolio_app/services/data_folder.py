"""Moving the database to another folder: copy, verify, then switch.

The original file is never touched: the copy is made with SQLite's online
backup API (consistent even while the app has the file open), checked with
``PRAGMA integrity_check`` and by comparing the row count of every table with
the original, and only then remembered in the preferences so that the next
start (and resolve_database_path) opens it. If any step fails, the copy is
removed and the app keeps using the original.

The writer lock of both files is held throughout (the window already holds
the original's; the lock is re-entrant within a process), so no other
Portfolio window or command opens either file half-way. The window takes the
moved record already open and locked (:func:`move_and_open`); the command line
only needs the move (:func:`move_database`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select, table, text

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import PortfolioError
from portfolio_app.services.opening import open_locked_database
from portfolio_app.services.preferences import load_preferences, save_preferences
from portfolio_app.services.record_files import Reopened
from portfolio_app.storage.database import Database
from portfolio_app.storage.lock import WriterLock
from portfolio_app.storage.sqlite_copy import copy_database

TARGET_EXISTS = QT_TRANSLATE_NOOP("data_folder", "The folder already holds a file with this name.")
SAME_FOLDER = QT_TRANSLATE_NOOP("data_folder", "The database is already in this folder.")
VERIFY_FAILED = QT_TRANSLATE_NOOP("data_folder", "The copy does not match the original.")

Report = Callable[[int, int], None]


class MoveRefused(PortfolioError):
    """The move did not happen; ``reason`` is a QT_TRANSLATE_NOOP("data_folder", …) text."""

    def __init__(self, reason: str, detail: str = "") -> None:
        # the command line's one line: "The database is already in this folder: /data; nothing was moved."
        super().__init__(f"{reason.rstrip('.')}: {detail}; nothing was moved." if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class MoveResult:
    old_path: Path
    new_path: Path
    row_counts: dict[str, int]


Moved = Reopened[MoveResult]  # the moved record, open and locked; the caller closes the original


def target_path(current: Path, folder: Path) -> Path:
    return Path(folder).expanduser().resolve() / Path(current).name


def move_and_open(db: Database, folder: Path, *, progress: Report | None = None) -> Moved:
    """Copy ``db`` into ``folder``, verify the copy, make it the database used from now on, and return it open.

    ``db`` stays open (the caller closes it when it switches). Raises
    MoveRefused when the target is unsuitable or the copy does not verify,
    DatabaseInUse when another Portfolio holds either file, a StorageFault when
    the folder cannot be written; the original is untouched in every case.
    """
    old_path = Path(db.path).resolve()
    new_path = target_path(old_path, folder)
    if new_path.parent == old_path.parent:
        raise MoveRefused(SAME_FOLDER, str(new_path.parent))
    if new_path.exists():
        raise MoveRefused(TARGET_EXISTS, str(new_path))
    with WriterLock(old_path), WriterLock(new_path):  # the new file's lock also makes its folder
        if new_path.exists():  # came while we took the lock
            raise MoveRefused(TARGET_EXISTS, str(new_path))
        copy_database(old_path, new_path, progress=progress)
        try:
            moved = open_locked_database(new_path)  # keeps its own hold on the lock when we let go of ours
            try:
                counts = verify_copy(db, moved)
                save_preferences(load_preferences().with_changes(database=str(new_path)))
            except BaseException:
                moved.close()
                raise
        except BaseException:
            _remove_copy(new_path)
            raise
    return Moved(moved, MoveResult(old_path=old_path, new_path=new_path, row_counts=counts))


def move_database(db: Database, folder: Path, *, progress: Report | None = None) -> MoveResult:
    """:func:`move_and_open` for callers that do not go on working with the moved file (the command line)."""
    moved = move_and_open(db, folder, progress=progress)
    moved.db.close()
    return moved.result


def _remove_copy(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def verify_copy(original: Database, copy: Database) -> dict[str, int]:
    """Integrity check of the copy and equal row counts in every table; returns the counts."""
    expected = row_counts(original)
    problems = integrity_problems(copy)
    if problems:
        raise MoveRefused(VERIFY_FAILED, "; ".join(problems[:5]))
    found = row_counts(copy)
    if found != expected:
        differing = sorted(name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name))
        raise MoveRefused(VERIFY_FAILED, ", ".join(differing))
    return found


def integrity_problems(db: Database) -> list[str]:
    """SQLite's own consistency check: an empty list when the file is sound."""
    with db.engine.connect() as connection:
        rows = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
    return [] if rows == ["ok"] else rows


def row_counts(db: Database) -> dict[str, int]:
    """Rows in every table of the file, including the search index and Alembic's version table."""
    with db.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {
            name: connection.execute(select(func.count()).select_from(table(name))).scalar_one()
            for name in names
        }
