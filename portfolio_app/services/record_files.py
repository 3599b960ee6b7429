"""Use cases that swap the file the app works on: restore a backup into the open record, open the demo.

They hold the writer lock the whole time, so no other instance takes the file
in between; the window runs them in the background and the CLI calls them
directly. (Moving the data folder is ``services.data_folder.move_and_open``.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from portfolio_app.domain.kinds import Changes
from portfolio_app.errors import PortfolioError
from portfolio_app.services.backup_and_restore import RestoreResult, restore_backup
from portfolio_app.services.opening import open_locked_database
from portfolio_app.storage.database import Database
from portfolio_app.storage.lock import WriterLock

Report = Callable[[int, int], None]


R = TypeVar("R")


@dataclass(frozen=True)
class Reopened(Generic[R]):
    """The record open (and locked) after its file was swapped, and what the swap did."""

    db: Database
    result: R

    @property
    def changes(self) -> Changes:
        return Changes.whole_database()  # every view now shows the record from its new file


Restored = Reopened[RestoreResult]  # after a restore


class RestoreFailed(PortfolioError):
    """The restore did not happen; ``db`` is the record as it was, open again; ``cause`` says why."""

    def __init__(self, db: Database, cause: BaseException):
        super().__init__(str(cause))
        self.db = db
        self.cause = cause


def restore_into_open(db: Database, source: Path | str) -> Restored:
    """Close ``db``, restore ``source`` over its file and open it again, holding the writer lock throughout.

    When the restore fails, the old file is unchanged and opened again: RestoreFailed carries it.
    """
    path = Path(db.path)
    with WriterLock(path):
        db.close()
        try:
            result = restore_backup(source, path)
        except Exception as error:
            raise RestoreFailed(open_locked_database(path), error) from error
        return Restored(open_locked_database(path), result)


def restore_damaged(path: Path | str, backup: Path | str) -> Restored:
    """Put a good backup in place of a damaged database (which is kept beside it) and open the result,
    holding the writer lock throughout."""
    with WriterLock(Path(path)):
        result = restore_backup(backup, path)
        return Restored(open_locked_database(path), result)


def open_demo(path: Path, progress: Report | None = None, language: str = "en") -> Database:
    """The demo career in its own file, locked like the user's record; written (in ``language``) the first time."""
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.services.records import contributions

    db = open_locked_database(path)
    try:
        if contributions.count(db) == 0:
            fill_demo(db, progress=progress, language=language)
    except BaseException:
        db.close()
        raise
    return db
