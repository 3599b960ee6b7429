"""Moving the database to another folder: copy, verify, then switch.

The original file is never touched: the copy is made with SQLite's online
backup API (consistent even while the app has the file open), checked with
``PRAGMA integrity_check`` and by comparing the row count of every table with
the original, and only then remembered in the preferences so that the next
start (and resolve_database_path) opens it. If any step fails, the copy is
removed and the app keeps using the original.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select, table, text

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import PortfolioError
from portfolio_app.services.preferences import load_preferences, save_preferences
from portfolio_app.storage.database import Database, open_database
from portfolio_app.storage.sqlite_copy import copy_database

TARGET_EXISTS = QT_TRANSLATE_NOOP("data_folder", "The folder already holds a file with this name.")
SAME_FOLDER = QT_TRANSLATE_NOOP("data_folder", "The database is already in this folder.")
VERIFY_FAILED = QT_TRANSLATE_NOOP("data_folder", "The copy does not match the original.")


class MoveRefused(PortfolioError):
    """The move did not happen; ``reason`` is a QT_TRANSLATE_NOOP("data_folder", …) text."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason} {detail}".strip())
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class MoveResult:
    old_path: Path
    new_path: Path
    row_counts: dict[str, int]


def target_path(current: Path, folder: Path) -> Path:
    return Path(folder).expanduser().resolve() / Path(current).name


def move_database(db: Database, folder: Path) -> MoveResult:
    """Copy ``db`` into ``folder``, verify the copy, and make it the database used from now on.

    Returns the new path; the caller opens it (and closes ``db``). Raises
    MoveRefused when the target is unsuitable or the copy does not verify.
    """
    old_path = Path(db.path).resolve()
    new_path = target_path(old_path, folder)
    if new_path.parent == old_path.parent:
        raise MoveRefused(SAME_FOLDER, str(new_path.parent))
    if new_path.exists():
        raise MoveRefused(TARGET_EXISTS, str(new_path))
    copy_database(old_path, new_path)
    try:
        counts = verify_copy(db, new_path)
        save_preferences(load_preferences().with_changes(database=str(new_path)))
    except BaseException:
        with contextlib.suppress(OSError):
            new_path.unlink()
        raise
    return MoveResult(old_path=old_path, new_path=new_path, row_counts=counts)


def verify_copy(original: Database, copy_path: Path) -> dict[str, int]:
    """Integrity check of the copy and equal row counts in every table; returns the counts."""
    expected = row_counts(original)
    copy = open_database(copy_path)
    try:
        problems = integrity_problems(copy)
        if problems:
            raise MoveRefused(VERIFY_FAILED, "; ".join(problems[:5]))
        found = row_counts(copy)
    finally:
        copy.close()
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
