"""Opening a database file: refuse what is not ours, migrate what is old, back up first.

A file is looked at read-only before anything writes to it, so a refused file
(not SQLite, not ours, or from a newer app) keeps every byte.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import DatabaseRefused, PortfolioError, RefusalReason
from portfolio_app.storage.engine import make_engine
from portfolio_app.storage.faults import (
    SQLITE_READONLY,
    TranslatableRefusal,
    check_file_name,
    is_storage_failure,
    sqlite_code,
    storage_fault,
)
from portfolio_app.storage.identity import APPLICATION_ID, CORE_TABLES, IDENTITY_REVISION, FileMark, read_mark
from portfolio_app.storage.migrations import HEAD, REVISIONS
from portfolio_app.storage.sqlite_copy import connect_read_only, copy_database, sibling_backup_path

SQLITE_MAGIC = b"SQLite format 3\x00"

NO_DATA = QT_TRANSLATE_NOOP(
    "storage", "{path} holds no Portfolio data yet (it does not exist or is empty), so there is nothing to read; "
    "nothing was created. Check the file name, or start the app or an import to create it.")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "storage", "{path} is not a regular file (a pipe, device or socket); choose a database file. Nothing was read.")
UNFINISHED = QT_TRANSLATE_NOOP(
    "storage", "{path} holds a change a stopped program did not finish ({path}-journal). Open it in the app or "
    "with a writing command to let SQLite roll it back to the last saved state.")


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
        with self.faults_told():
            with Session(self.engine, expire_on_commit=False) as session:
                with session.begin():
                    yield session

    @contextlib.contextmanager
    def faults_told(self) -> Iterator[None]:
        """Around a transaction on the engine itself (bulk writers): storage failures as messages.

        A full disk, a read-only file or another program's lock: the transaction was rolled
        back, so the user hears what and where, and that nothing saved was lost.
        """
        try:
            yield
        except (OperationalError, sqlite3.OperationalError, OSError) as exc:  # bulk writers use sqlite3 itself
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
    try:
        revision = inspect_file(path)
    except DatabaseRefused as exc:
        if exc.reason is not RefusalReason.UNFINISHED_WRITE:
            raise
        revision = _roll_back_hot_journal(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_fault(exc, path.parent) from exc
    if revision is not None and revision != HEAD:
        copy_database(path, sibling_backup_path(path, f"before-upgrade-from-{revision}"))
    engine = make_engine(path)
    if revision == HEAD:
        return Database(path=path, engine=engine)
    _upgrade(engine, path)
    return Database(path=path, engine=engine)


def _upgrade(engine: Engine, path: Path) -> None:
    try:
        from portfolio_app.storage.migrations.upgrade import upgrade_to_head  # Alembic: only when needed

        upgrade_to_head(engine)
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, PortfolioError):
            raise
        if is_storage_failure(exc):
            raise storage_fault(exc, path) from exc
        raise PortfolioError(f"Cannot open {path}: {exc}") from exc


def open_for_reading(path: Path | str, *, missing_as_empty: bool = False) -> Database:
    """Open ``path`` for the reading commands without writing a byte to it or its folder.

    A current file is opened read-only. An older schema, or a file a killed
    writer left with a hot rollback journal, is read from a migrated (or rolled
    back) copy in a temporary folder: upgrading the file itself is the
    writer's job, under the writer lock. A missing or empty file is refused,
    or with ``missing_as_empty`` (an import's dry run) read as a new, empty
    database that exists only in the temporary folder.
    """
    path = check_file_name(path).expanduser()
    try:
        revision = inspect_file(path)
    except DatabaseRefused as exc:
        if exc.reason is not RefusalReason.UNFINISHED_WRITE:
            raise
        return _open_copy(path, path, hot_journal=True)
    if revision is None:
        if not missing_as_empty:
            raise TranslatableRefusal(RefusalReason.MISSING, NO_DATA, path=path)
        return _open_copy(path, None)
    if revision != HEAD:
        return _open_copy(path, path)
    return Database(path=path, engine=make_engine(path, read_only=True))


def _open_copy(path: Path, source: Path | None, *, hot_journal: bool = False) -> Database:
    """A migrated copy of ``source`` (or a new database) in a temporary folder, named ``path`` in messages."""
    folder = Path(tempfile.mkdtemp(prefix="portfolio-read-"))
    copy = folder / "copy.sqlite"
    try:
        if hot_journal and source is not None:
            _copy_with_journal(source, copy)
            inspect_file(copy)  # still refuses another program's file
        elif source is not None:
            copy_database(source, copy)
        engine = make_engine(copy)
        _upgrade(engine, path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Database(path=path, engine=engine, closers=[lambda: shutil.rmtree(folder, ignore_errors=True)])


def _copy_with_journal(source: Path, copy: Path) -> None:
    """Copy ``source`` and its hot journal, then let SQLite roll the copy back to its last commit."""
    try:
        shutil.copyfile(source, copy)
        shutil.copyfile(journal_path(source), journal_path(copy))
        with contextlib.closing(sqlite3.connect(copy)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.Error) as exc:
        raise storage_fault(exc, source) from exc


def _roll_back_hot_journal(path: Path) -> str | None:
    """SQLite's own recovery of a write a kill interrupted: roll back to the last commit, then inspect again.

    Tried on a copy first, so another program's file is refused before any byte of it changes.
    """
    with tempfile.TemporaryDirectory(prefix="portfolio-check-") as folder:
        copy = Path(folder) / "copy.sqlite"
        _copy_with_journal(path, copy)
        inspect_file(copy)
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise storage_fault(exc, path) from exc
    return inspect_file(path)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def looks_like_sqlite(path: Path) -> bool:
    """Whether ``path`` starts like an SQLite file (a damaged one does too)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing Portfolio file, or None for a new or empty one.

    Raises DatabaseRefused for anything we must not open (its ``reason`` says
    why); never writes. See storage.identity for what marks a file as ours.
    """
    try:
        if path.is_dir():
            raise DatabaseRefused(f"{path} is a folder, not a database file", RefusalReason.FOLDER)
        if path.exists() and not path.is_file():  # a FIFO would block the read below for ever
            raise TranslatableRefusal(RefusalReason.NOT_A_FILE, NOT_A_FILE, path=path)
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
        with contextlib.closing(connect_read_only(path)) as conn:
            mark = read_mark(conn)
    except sqlite3.DatabaseError as exc:
        if sqlite_code(exc) == SQLITE_READONLY and journal_path(path).exists():
            # a writer was killed mid-write in rollback mode; only a writing connection may roll it back
            raise TranslatableRefusal(RefusalReason.UNFINISHED_WRITE, UNFINISHED, path=path) from exc
        if is_storage_failure(exc):  # a read-only folder or another program's lock, not a bad file
            raise storage_fault(exc, path) from exc
        raise DatabaseRefused(f"{path} cannot be read as a database ({exc}); it was left untouched",
                              RefusalReason.NOT_SQLITE) from exc
    return _revision_of(path, mark)


def _revision_of(path: Path, mark: FileMark) -> str | None:
    """The revision of a file whose mark is ours; DatabaseRefused for any other."""
    if mark.is_empty:
        return None
    ours = mark.application_id == APPLICATION_ID
    known = mark.revision in REVISIONS
    if ours and mark.revision is not None and not known:
        raise DatabaseRefused(
            f"{path} was written by a newer version of Portfolio (schema {mark.revision}); "
            "update the app to open it. The file was left untouched",
            RefusalReason.NEWER_SCHEMA,
        )
    marked_as_needed = ours or (known and REVISIONS.index(mark.revision) < REVISIONS.index(IDENTITY_REVISION))
    if mark.application_id not in (0, APPLICATION_ID) or not known or not marked_as_needed \
            or not CORE_TABLES <= mark.tables or (ours and mark.identity is None):
        raise DatabaseRefused(
            f"{path} is an SQLite database of another program, not Portfolio; it was left untouched",
            RefusalReason.FOREIGN,
        )
    return mark.revision
