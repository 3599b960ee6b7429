"""What the file system and SQLite refuse, told to the user in one line with what and where.

A full disk, a read-only folder or a database locked by another program are
not bugs: they become a PortfolioError whose message names the file and says
that nothing already saved was lost (SQLite rolls the failed transaction back).
Messages are English templates marked for translation; ``template`` and
``params`` let the UI translate them, ``str()`` gives the English line.
"""

from __future__ import annotations

import enum
import errno
import sqlite3
from pathlib import Path

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import DatabaseRefused, PortfolioError, RefusalReason

CONTEXT = "storage"

DISK_FULL = QT_TRANSLATE_NOOP(
    "storage",
    "The disk is full: {path} could not be written. Everything saved before is kept; free some space and try again."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "storage", "{path} is read-only: nothing could be saved there. Everything saved before is kept; "
    "make it writable (or choose another place) and try again."
)
LOCKED = QT_TRANSLATE_NOOP(
    "storage",
    "{path} is locked by another program that is writing to it. Nothing was changed; close that program and try again."
)
CANNOT_OPEN = QT_TRANSLATE_NOOP("storage", "{path} cannot be opened: {reason}. Nothing was changed.")
IO_ERROR = QT_TRANSLATE_NOOP("storage", "{path}: {reason}. Everything saved before is kept.")
DISK_ERROR = QT_TRANSLATE_NOOP(
    "storage", "{path} could not be written: the disk reported an error (it may be full or failing). "
    "Everything saved before is kept; free some space or check the disk, then try again."
)

BAD_NAME = QT_TRANSLATE_NOOP("storage", "{path} is not a usable file name ({reason}).")


class FaultKind(enum.Enum):
    """What the storage refused; callers decide on this, never on the message text."""

    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    LOCKED = "locked"  # another program holds an SQLite lock
    IN_USE = "in-use"  # another Portfolio holds the writer lock
    CANNOT_OPEN = "cannot-open"
    DISK_ERROR = "disk-error"
    IO_ERROR = "io-error"
    BAD_NAME = "bad-name"
    NOT_A_FILE = "not-a-file"  # a FIFO, device or socket where a file was expected
    OTHER = "other"


class StorageFault(PortfolioError):
    """The storage refused a write or a read; the message says what and where, ``kind`` says why."""

    def __init__(self, template: str, *, kind: FaultKind = FaultKind.OTHER, **params: object):
        self.template = template
        self.kind = kind
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(template.format(**self.params))


class TranslatableRefusal(DatabaseRefused):
    """A DatabaseRefused with a translatable template (see StorageFault)."""

    def __init__(self, reason: RefusalReason, template: str, **params: object):
        self.template = template
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(template.format(**self.params), reason)


# SQLite's primary result codes (the low byte of sqlite3.Error.sqlite_errorcode)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = 5, 6, 8, 10, 13, 14
_SQLITE_KINDS = {
    SQLITE_FULL: (FaultKind.DISK_FULL, DISK_FULL),
    SQLITE_READONLY: (FaultKind.READ_ONLY, READ_ONLY),
    SQLITE_BUSY: (FaultKind.LOCKED, LOCKED),
    SQLITE_LOCKED: (FaultKind.LOCKED, LOCKED),
    SQLITE_CANTOPEN: (FaultKind.CANNOT_OPEN, CANNOT_OPEN),
    SQLITE_IOERR: (FaultKind.DISK_ERROR, DISK_ERROR),
}
_UNKNOWN_KIND = (FaultKind.IO_ERROR, IO_ERROR)


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (an sqlite3 or SQLAlchemy error), or None."""
    original = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the sqlite3 error
    code = getattr(original, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def storage_fault(exc: BaseException, path: Path | str) -> PortfolioError:
    """The PortfolioError that explains ``exc`` (an sqlite3, SQLAlchemy or OS error) for ``path``."""
    if isinstance(exc, PortfolioError):
        return exc
    if isinstance(exc, OSError):
        where = path or exc.filename
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return StorageFault(DISK_FULL, kind=FaultKind.DISK_FULL, path=where)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageFault(READ_ONLY, kind=FaultKind.READ_ONLY, path=where)
        return StorageFault(IO_ERROR, kind=FaultKind.IO_ERROR, path=where, reason=exc.strerror or exc)
    original = str(getattr(exc, "orig", None) or exc)
    code = sqlite_code(exc)
    kind, template = _SQLITE_KINDS.get(code, _UNKNOWN_KIND) if code is not None else _UNKNOWN_KIND
    return StorageFault(template, kind=kind, path=path, reason=original)


def is_storage_failure(exc: BaseException) -> bool:
    """Errors that come from the disk or another program, not from our own SQL."""
    if isinstance(exc, OSError):
        return True
    original = getattr(exc, "orig", None) or exc
    return isinstance(original, sqlite3.OperationalError) and sqlite_code(exc) in _SQLITE_KINDS


def check_file_name(path: Path | str) -> Path:
    """``path`` as a Path, or a StorageFault for names no file system accepts (empty, NUL, too long)."""
    text = str(path)
    shown = text if len(text) <= 120 else text[:117] + "…"
    if not text.strip():
        raise StorageFault(BAD_NAME, kind=FaultKind.BAD_NAME, path=repr(text), reason="empty")
    if "\x00" in text:
        raise StorageFault(BAD_NAME, kind=FaultKind.BAD_NAME, path=repr(shown), reason="it contains a NUL character")
    if len(text.encode("utf-8", "surrogateescape")) > 4096:
        raise StorageFault(BAD_NAME, kind=FaultKind.BAD_NAME, path=shown, reason="longer than any file system allows")
    return Path(path)
