"""Errors the user is meant to read. Their message says what and where, in one line.

Every layer may raise these; the CLI prints the message and exits 1, the GUI
shows it in a dialog. Anything else is a bug: it goes to the log with its
traceback.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType


class PortfolioError(Exception):
    """A refusal or failure the user can act on.

    ``template`` and ``params``: the message as an English template marked for
    translation and the values it names, for errors that have one
    (storage.faults.StorageFault and its kin); the UI translates those.
    """

    template: str | None = None
    params: Mapping[str, str] = MappingProxyType({})


class RefusalReason(enum.Enum):
    """Why a file was refused; callers decide on this, never on the message text."""

    UNREADABLE = "unreadable"  # the file system would not let us read it
    FOLDER = "folder"  # a folder where a database file was expected
    NOT_SQLITE = "not-sqlite"
    FOREIGN = "foreign"  # an SQLite file without our mark: another program's database
    NEWER_SCHEMA = "newer-schema"  # written by a newer version of Portfolio
    DAMAGED = "damaged"  # fails the integrity check
    NOT_A_BACKUP = "not-a-backup"  # holds no Portfolio data
    OWN_FILE = "own-file"  # a target that is the database, its companion files or its backups
    STILL_OPEN = "still-open"  # another connection keeps the file open
    NOTHING_YET = "nothing-yet"  # no data to copy yet
    COPY_DAMAGED = "copy-damaged"  # a fresh copy failed its check
    MISSING = "missing"  # no file, or one with no data yet, where data was expected
    NOT_A_FILE = "not-a-file"  # a FIFO, device or socket where a file was expected
    UNFINISHED_WRITE = "unfinished-write"  # a hot rollback journal: a writer was killed mid-write
    OTHER = "other"


class DatabaseRefused(PortfolioError):
    """The file is not one we may open or use: ``reason`` says why (a RefusalReason)."""

    def __init__(self, message: str, reason: RefusalReason = RefusalReason.OTHER):
        self.reason = reason
        super().__init__(message)


class NotFound(PortfolioError):
    """A record that was asked for does not exist (any more)."""


class ValidationError(PortfolioError):
    """Field-level problems: maps field name to a translatable reason."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {reason}" for field, reason in self.errors.items()))


class HasDependents(PortfolioError):
    """A delete would leave contributions pointing nowhere; the caller must choose to detach them."""

    def __init__(self, message: str, count: int):
        self.count = count
        super().__init__(message)
