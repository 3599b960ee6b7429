"""Is a database file whole? ``PRAGMA integrity_check`` on a read-only connection.

Run after an unclean shutdown and on every file before it is restored or kept
as a backup. The check never writes, so a damaged file stays exactly as it was
found: the user may still want to hand it to someone who can rescue it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import RefusalReason
from portfolio_app.storage.faults import (
    SQLITE_READONLY,
    TranslatableRefusal,
    is_storage_failure,
    sqlite_code,
    storage_fault,
)
from portfolio_app.storage.sqlite_copy import read_only_uri

DAMAGED = QT_TRANSLATE_NOOP(
    "storage", "{path} is damaged ({problem}). It was left untouched; restore a backup to go on."
)
DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "storage",
    "{path} is damaged ({problem}). It was left untouched; the newest good backup is from {date} ({backup}).",
)


class DatabaseDamaged(TranslatableRefusal):
    """The file fails the integrity check; ``newest_good_backup`` is the path to offer, if any."""

    def __init__(self, path: Path, problems: list[str], newest_good_backup: Path | None = None, date: str = ""):
        self.path = Path(path)
        self.problems = list(problems)
        self.newest_good_backup = newest_good_backup
        problem = problems[0] if problems else "?"
        if newest_good_backup is not None:
            super().__init__(RefusalReason.DAMAGED, DAMAGED_WITH_BACKUP, path=path, problem=problem, date=date,
                             backup=newest_good_backup)
        else:
            super().__init__(RefusalReason.DAMAGED, DAMAGED, path=path, problem=problem)


def integrity_problems(path: Path, *, limit: int = 10, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong with ``path``; empty when the file is whole.

    ``quick`` runs ``quick_check`` instead (every page and record, not the indexes
    against the tables): about a seventh of the time, for copies just made.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        return _problems(sqlite3.connect(read_only_uri(path), uri=True), limit, pragma)
    except sqlite3.OperationalError as exc:
        if sqlite_code(exc) != SQLITE_READONLY or not Path(f"{path}-journal").exists():
            if is_storage_failure(exc):  # locked by another program, unreadable folder: not damage
                raise storage_fault(exc, path) from exc
            return [str(exc)]
    # A kill during a rollback-journal write left a hot journal, which only a writing
    # connection may roll back; that rollback is SQLite's own recovery to the last commit.
    try:
        return _problems(sqlite3.connect(path, isolation_level=None), limit, pragma)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _problems(connection: sqlite3.Connection, limit: int, pragma: str) -> list[str]:
    try:
        with contextlib.closing(connection) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
            if rows != ["ok"]:
                return rows
            # foreign keys are part of "whole" for us: a contribution must not point nowhere
            orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
            if orphans:
                return [f"{len(orphans)} row(s) point at records that do not exist, first in table {orphans[0][0]}"]
            return []
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def check_integrity(path: Path) -> None:
    """Raise DatabaseDamaged when ``path`` fails the check."""
    problems = integrity_problems(path)
    if problems:
        raise DatabaseDamaged(path, problems)
