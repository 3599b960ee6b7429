"""Opening a database to write to it: one writer, a check after a crash, the daily backup.

The window and every writing command (demo, import, restore) open through
here. In order:

1. take the writer lock next to the file; a second instance is refused with a
   message naming who holds it (DatabaseInUse);
2. if the lock was left behind by a process that died, run
   ``PRAGMA integrity_check``; a damaged file is refused, untouched, with the
   newest good backup named (DatabaseDamaged.newest_good_backup);
3. open (and migrate) the file; one that looks like SQLite but will not open
   is checked and, if damaged, refused the same way;
4. make the start-of-day backup (optional), of a file known to open.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.errors import DatabaseRefused, PortfolioError, RefusalReason
from portfolio_app.services.backup_and_restore import (
    adopt_legacy_backups,
    backup_at_start,
    backups_folder,
    damaged_error,
)
from portfolio_app.storage.database import Database, looks_like_sqlite, open_database
from portfolio_app.storage.faults import StorageFault, check_file_name
from portfolio_app.storage.integrity import DatabaseDamaged, integrity_problems
from portfolio_app.storage.leftovers import remove_leftovers
from portfolio_app.storage.lock import WriterLock

log = logging.getLogger(__name__)


@dataclass
class WritableDatabase:
    """An open database and the writer lock that goes with it; close() gives both back."""

    db: Database
    lock: WriterLock
    recovered_after_crash: bool  # the previous writer did not shut down cleanly (the file was checked)
    start_backup: Path | None

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()

    def __enter__(self) -> WritableDatabase:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _check(path: Path) -> None:
    problems = integrity_problems(path)
    if problems:
        raise damaged_error(path, problems)


def open_for_writing(path: Path | str, *, daily_backup: bool = True) -> WritableDatabase:
    """Lock, check if needed, open, back up once a day; see the module text."""
    path = check_file_name(path).expanduser()
    lock = WriterLock(path).acquire()
    try:
        crashed = lock.previous_owner_crashed and path.exists()
        if crashed:
            _check(path)
        try:
            db = open_database(path)
        except DatabaseDamaged:
            raise
        except PortfolioError as exc:
            # a file that looks like SQLite but will not open may be damaged: say so, and offer a backup
            if not crashed and looks_like_sqlite(path) and not _is_newer_or_foreign(exc):
                _check(path)
            raise
        # after the open: a file that will not open must be reported as such, not as a failed backup
        try:
            adopt_legacy_backups(path)  # backups of earlier versions, kept per file name, move to this identity
        except OSError as exc:
            log.warning("Carrying over the backups of %s failed: %s", path, exc)
        for folder in (path.parent, backups_folder(path)):  # copies a killed restore or backup left behind
            for left in remove_leftovers(folder):
                log.info("Removed %s, left unfinished by a process that was stopped", left)
        start_backup = None
        if daily_backup:
            try:
                start_backup = backup_at_start(path)
            except StorageFault as exc:
                # a full or read-only backups folder must not lock the user out of their record
                log.warning("The start backup of %s failed: %s", path, exc)
            except BaseException:
                db.close()
                raise
        return WritableDatabase(db=db, lock=lock, recovered_after_crash=crashed, start_backup=start_backup)
    except BaseException:
        lock.release()
        raise


def _is_newer_or_foreign(exc: PortfolioError) -> bool:
    return isinstance(exc, DatabaseRefused) and exc.reason in (RefusalReason.NEWER_SCHEMA, RefusalReason.FOREIGN)


def open_locked_database(path: Path | str, *, daily_backup: bool = False) -> Database:
    """open_for_writing for callers that keep a plain Database: its close() gives the lock back too."""
    writable = open_for_writing(path, daily_backup=daily_backup)
    writable.db.closers.append(writable.lock.release)
    return writable.db
