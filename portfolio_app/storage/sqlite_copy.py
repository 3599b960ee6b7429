"""Whole-database copies through SQLite's online backup API.

The copy is consistent even while the app has the database open, and it is
written to a temporary name first so a half-written backup never exists.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from portfolio_app.errors import PortfolioError
from portfolio_app.storage.leftovers import temporary_name

PARTIAL_SUFFIX = ".partial"
PAGES_PER_STEP = 1024  # with a progress report: copy this many pages between reports


def read_only_uri(path: Path | str) -> str:
    """An SQLite URI that opens ``path`` read-only; spaces, "#", "?" and "%" in it are quoted."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def connect_read_only(path: Path | str, **options) -> sqlite3.Connection:
    """A read-only connection that also works in a folder we may not write to.

    There SQLite cannot create the WAL index a WAL database wants; a file that no
    one is writing (no -wal file beside it) is then opened as immutable.
    """
    path = Path(path)
    conn = sqlite3.connect(read_only_uri(path), uri=True, **options)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK) or path.with_name(path.name + "-wal").exists():
            raise
    return sqlite3.connect(read_only_uri(path) + "&immutable=1", uri=True, **options)


def copy_database(source: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy the database at ``source`` to ``target`` atomically; return ``target``.

    ``progress(done, total)`` (pages) is called as the copy goes, when given.
    """
    target = Path(target)
    partial = temporary_name(target, PARTIAL_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # created by us first, so a folder we may not write to is named as such, not "unable to open"
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644))
    except OSError as exc:
        from portfolio_app.storage.faults import storage_fault

        raise storage_fault(exc, target.parent) from exc
    try:
        with contextlib.closing(connect_read_only(source)) as src:
            with contextlib.closing(sqlite3.connect(partial)) as dst:
                if progress is None:
                    src.backup(dst)
                else:
                    src.backup(dst, pages=PAGES_PER_STEP,
                               progress=lambda _status, left, total: progress(total - left, total))
                # a backup must be one self-contained file, not a WAL pair
                dst.execute("PRAGMA journal_mode=DELETE")
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        from portfolio_app.storage.faults import is_storage_failure, storage_fault

        if is_storage_failure(exc):
            raise storage_fault(exc, target) from exc
        raise PortfolioError(f"Could not back up {source} to {target}: {exc}") from exc
    except BaseException:  # stopped from outside (the progress callback): no half-written copy stays
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return target


def _fsync(path: Path) -> None:
    """Data on disk before the rename that makes it visible: a power cut leaves the old file or the new."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync there; NTFS journals the rename
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sibling_backup_path(path: Path, reason: str) -> Path:
    """A backup name next to ``path`` that says why and when it was made."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")
