"""What the file system and SQLite refuse, told to the user in one line with what and where.

A full disk, a read-only folder or a database locked by another program are
not bugs: they become a PortfolioError whose message names the file and says
that nothing already saved was lost (SQLite rolls the failed transaction back).
Messages are English templates marked for translation; ``template`` and
``params`` let the UI translate them, ``str()`` gives the English line.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from portfolio_app.domain.i18n import QT_TRANSLATE_NOOP
from portfolio_app.errors import DatabaseRefused, PortfolioError

CONTEXT = "storage"

DISK_FULL = QT_TRANSLATE_NOOP(
    "storage", "The disk is full: {path} could not be written. Everything saved before is kept; free some space and try again."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "storage", "{path} is read-only: nothing could be saved there. Everything saved before is kept."
)
LOCKED = QT_TRANSLATE_NOOP(
    "storage", "{path} is locked by another program that is writing to it. Nothing was changed; close that program and try again."
)
CANNOT_OPEN = QT_TRANSLATE_NOOP("storage", "{path} cannot be opened: {reason}. Nothing was changed.")
IO_ERROR = QT_TRANSLATE_NOOP("storage", "{path}: {reason}. Everything saved before is kept.")
DISK_ERROR = QT_TRANSLATE_NOOP(
    "storage", "{path} could not be written: the disk reported an error (it may be full or failing). "
    "Everything saved before is kept."
)

BAD_NAME = QT_TRANSLATE_NOOP("storage", "{path} is not a usable file name ({reason}).")


class StorageFault(PortfolioError):
    """The storage refused a write or a read; the message says what and where."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(template.format(**self.params))


class TranslatableRefusal(DatabaseRefused):
    """A DatabaseRefused with a translatable template (see StorageFault)."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(template.format(**self.params))


def storage_fault(exc: BaseException, path: Path | str) -> PortfolioError:
    """The PortfolioError that explains ``exc`` (an sqlite3, SQLAlchemy or OS error) for ``path``."""
    if isinstance(exc, PortfolioError):
        return exc
    if isinstance(exc, OSError):
        where = path or exc.filename
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return StorageFault(DISK_FULL, path=where)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageFault(READ_ONLY, path=where)
        return StorageFault(IO_ERROR, path=where, reason=exc.strerror or exc)
    original = str(getattr(exc, "orig", None) or exc)  # SQLAlchemy wraps the sqlite3 error
    text = original.lower()
    if "full" in text:
        return StorageFault(DISK_FULL, path=path)
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StorageFault(READ_ONLY, path=path)
    if "locked" in text or "busy" in text:
        return StorageFault(LOCKED, path=path)
    if "unable to open" in text:
        return StorageFault(CANNOT_OPEN, path=path, reason=original)
    if "disk i/o" in text:
        return StorageFault(DISK_ERROR, path=path)
    return StorageFault(IO_ERROR, path=path, reason=original)


def is_storage_failure(exc: BaseException) -> bool:
    """Errors that come from the disk or another program, not from our own SQL."""
    if isinstance(exc, OSError):
        return True
    original = getattr(exc, "orig", None) or exc
    return isinstance(original, sqlite3.OperationalError) and any(
        word in str(original).lower()
        for word in ("full", "readonly", "read-only", "locked", "busy", "unable to open", "disk i/o")
    )


def check_file_name(path: Path | str) -> Path:
    """``path`` as a Path, or a StorageFault for names no file system accepts (empty, NUL, too long)."""
    text = str(path)
    shown = text if len(text) <= 120 else text[:117] + "…"
    if not text.strip():
        raise StorageFault(BAD_NAME, path=repr(text), reason="empty")
    if "\x00" in text:
        raise StorageFault(BAD_NAME, path=repr(shown), reason="it contains a NUL character")
    if len(text.encode("utf-8", "surrogateescape")) > 4096:
        raise StorageFault(BAD_NAME, path=shown, reason="longer than any file system allows")
    return Path(path)
