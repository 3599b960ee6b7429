"""Opening a database file: refuse what is not ours, migrate what is old, back up first.

A file is looked at read-only before anything writes to it, so a refused file
(not SQLite, not ours, or from a newer app) keeps every byte.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from portfolio_app.errors import DatabaseRefused, PortfolioError, RefusalReason
from portfolio_app.storage.backup import copy_database, read_only_uri, sibling_backup_path
from portfolio_app.storage.engine import make_engine
from portfolio_app.storage.faults import check_file_name, is_storage_failure, storage_fault
from portfolio_app.storage.migrations import HEAD, REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open database: the engine plus short sessions for one use case each."""

    path: Path
    engine: Engine
    # run by close(), e.g. giving back the writer lock taken with the database
    closers: list[Callable[[], None]] = field(default_factory=list, repr=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose objects stay readable after it closes, committed on success."""
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except (OperationalError, OSError) as exc:
            # a full disk, a read-only file or another program's lock: the transaction was
            # rolled back, so the user hears what and where, and that nothing saved was lost
            if is_storage_failure(exc):
                raise storage_fault(exc, self.path) from exc
            raise

    def close(self) -> None:
        self.engine.dispose()
        while self.closers:
            self.closers.pop()()


def open_database(path: Path | str) -> Database:
    """Open (creating or upgrading as needed) the Portfolio database at ``path``."""
    path = check_file_name(path).expanduser()
    revision = inspect_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PortfolioError(f"Cannot create the data folder {path.parent}: {exc.strerror}") from exc
    if revision is not None and revision != HEAD:
        copy_database(path, sibling_backup_path(path, f"before-upgrade-from-{revision}"))
    engine = make_engine(path)
    if revision == HEAD:
        return Database(path=path, engine=engine)
    try:
        from portfolio_app.storage.migrations.runner import upgrade_to_head  # Alembic: only when needed

        upgrade_to_head(engine)
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, PortfolioError):
            raise
        if is_storage_failure(exc):
            raise storage_fault(exc, path) from exc
        raise PortfolioError(f"Cannot open {path}: {exc}") from exc
    return Database(path=path, engine=engine)


def looks_like_sqlite(path: Path) -> bool:
    """Whether ``path`` starts like an SQLite file (a damaged one does too)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing Portfolio file, or None for a new or empty one.

    Raises DatabaseRefused for anything we must not open; never writes.
    """
    try:
        if path.is_dir():
            raise DatabaseRefused(f"{path} is a folder, not a database file", RefusalReason.FOLDER)
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseRefused(f"Cannot read {path}: {exc.strerror}", RefusalReason.UNREADABLE) from exc
    if header != SQLITE_MAGIC:
        raise DatabaseRefused(f"{path} is not a Portfolio database (not an SQLite file); it was left untouched",
                              RefusalReason.NOT_SQLITE)
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseRefused(
                    f"{path} is an SQLite database of another program, not Portfolio; it was left untouched",
                    RefusalReason.FOREIGN,
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_storage_failure(exc):  # a read-only folder or another program's lock, not a bad file
            raise storage_fault(exc, path) from exc
        raise DatabaseRefused(f"{path} cannot be read as a database ({exc}); it was left untouched",
                              RefusalReason.NOT_SQLITE) from exc
    revision = row[0] if row else None
    if revision is not None and revision not in REVISIONS:
        raise DatabaseRefused(
            f"{path} was written by a newer version of Portfolio (schema {revision}); "
            "update the app to open it. The file was left untouched",
            RefusalReason.NEWER_SCHEMA,
        )
    return revision
