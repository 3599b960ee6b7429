"""Backups and restore of the whole database, as the window and the CLI offer them.

Automatic backups go to the user data folder (``backups/<database name>/``):
one at start at most once a day, one before every import and every restore
(the one before a migration is made by ``open_database`` next to the file).
Every new automatic backup thins the folder (last 7 daily, 4 weekly, 12
monthly). A backup is checked before it is kept, so thinning never replaces
good copies with a damaged one. Restore checks that the chosen file is a whole
Portfolio database this version can open, backs up the current file first,
and then swaps the files in one rename; a damaged current file is moved aside,
never overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from portfolio_app.domain.i18n import QT_TRANSLATE_NOOP
from portfolio_app.errors import DatabaseRefused, RefusalReason
from portfolio_app.paths import data_dir
from portfolio_app.services.export_target import check_export_target
from portfolio_app.storage.backup import copy_database
from portfolio_app.storage.backups import (
    BackupFile,
    RetentionPolicy,
    list_backup_files,
    make_backup,
    read_contents,
    thin,
)
from portfolio_app.storage.database import Database, inspect_file
from portfolio_app.storage.faults import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    FaultKind,
    StorageFault,
    TranslatableRefusal,
    check_file_name,
    sqlite_code,
    storage_fault,
)
from portfolio_app.storage.integrity import DatabaseDamaged, integrity_problems
from portfolio_app.storage.lock import WriterLock

START, BEFORE_IMPORT, BEFORE_RESTORE = "start", "before-import", "before-restore"

NOT_A_BACKUP = QT_TRANSLATE_NOOP("backups", "{path} holds no Portfolio data; it cannot be restored.")
MISSING = QT_TRANSLATE_NOOP("backups", "{path} does not exist.")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("backups", "{path} is damaged ({problem}); it cannot be restored.")
SAME_FILE = QT_TRANSLATE_NOOP("backups", "{path} is the database itself; choose another file.")
STILL_OPEN = QT_TRANSLATE_NOOP(
    "backups", "{path} is still open; close it before restoring. Nothing was changed."
)
FOREIGN_TARGET = QT_TRANSLATE_NOOP(
    "backups", "{path} is not a Portfolio database; a restore will not replace it. Nothing was changed."
)
NOTHING_TO_BACK_UP = QT_TRANSLATE_NOOP("backups", "{path} holds no data yet; there is nothing to back up.")
COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "backups", "The backup of {path} failed its check ({problem}); it was not kept and older backups stay."
)


@dataclass(frozen=True)
class BackupEntry:
    """One backup as the Restore… list shows it."""

    path: Path
    created: dt.datetime  # local time
    reason: str
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    problem: str | None = None  # why it cannot be restored, or None

    @property
    def restorable(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    safety_backup: Path | None  # the state just before the restore
    damaged_copy: Path | None  # a damaged database moved aside instead of overwritten
    counts: dict[str, int]


def backups_folder(database: Path | str) -> Path:
    """Where the automatic backups of ``database`` live: per database name, in the user data folder."""
    return data_dir() / "backups" / (Path(database).stem or "portfolio")


def _path_of(database: Database | Path | str) -> Path:
    return Path(database.path if isinstance(database, Database) else database)


def _has_data(path: Path) -> bool:
    """An existing Portfolio file with a schema; raises DatabaseRefused for anything else."""
    return inspect_file(path) is not None


def backup_now(database: Database | Path | str, reason: str, *, now: dt.datetime | None = None,
               policy: RetentionPolicy = RetentionPolicy()) -> Path | None:
    """Back up ``database`` into its backups folder and thin the folder; None when there is nothing yet."""
    path = _path_of(database)
    if not _has_data(path):
        return None
    folder = backups_folder(path)
    made = make_backup(path, folder, reason, now=now)
    problems = integrity_problems(made.path, quick=True)
    if problems:
        with contextlib.suppress(OSError):
            made.path.unlink()
        raise TranslatableRefusal(RefusalReason.COPY_DAMAGED, COPY_DAMAGED, path=path, problem=problems[0])
    thin(folder, policy)
    return made.path


def backup_before_import(database: Database | Path | str) -> Path | None:
    """The importing service calls this before it writes; returns the backup made (None for an empty file)."""
    return backup_now(database, BEFORE_IMPORT)


def backup_at_start(database: Database | Path | str, *, now: dt.datetime | None = None) -> Path | None:
    """The start backup, at most once a (local) day; returns the backup made today, or None."""
    path = _path_of(database)
    today = (now.astimezone() if now else dt.datetime.now().astimezone()).date()
    for backup in list_backup_files(backups_folder(path)):
        if backup.reason == START and backup.local_created.date() == today:
            return None
    return backup_now(path, START, now=now)


def save_backup_as(database: Database | Path | str, target: Path | str) -> Path:
    """Backup…: a consistent copy of ``database`` at ``target``, written whole or not at all."""
    path, target = _path_of(database), check_file_name(target).expanduser()
    if _is_folder(target):
        raise StorageFault(QT_TRANSLATE_NOOP("backups", "{path} is a folder; choose a file name."),
                           kind=FaultKind.NOT_A_FILE, path=target)
    check_export_target(path, target)
    if not _has_data(path):
        raise TranslatableRefusal(RefusalReason.NOTHING_YET, NOTHING_TO_BACK_UP, path=path)
    return copy_database(path, target)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError as exc:  # a name too long for the file system, a folder we may not look into
        raise storage_fault(exc, path) from exc


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError as exc:
        raise storage_fault(exc, path) from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def describe_backup(path: Path, backup: BackupFile | None = None) -> BackupEntry:
    """A backup file with its date, counts and whether it can be restored; never raises for a bad file."""
    created = backup.local_created if backup else dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    reason = backup.reason if backup else ""
    try:
        revision = inspect_file(path)
        if revision is None:
            return BackupEntry(path, created, reason, problem=NOT_A_BACKUP.format(path=path))
        contents = read_contents(path)
    except (DatabaseRefused, sqlite3.DatabaseError, OSError) as exc:
        return BackupEntry(path, created, reason, problem=str(exc))
    return BackupEntry(path, created, reason, revision=contents.revision, counts=contents.counts)


def list_backups(database: Database | Path | str) -> list[BackupEntry]:
    """Restore…: the automatic backups of ``database``, newest first, with record counts."""
    return [describe_backup(b.path, b) for b in list_backup_files(backups_folder(_path_of(database)))]


def newest_good_backup(database: Database | Path | str) -> BackupEntry | None:
    """The newest backup that passes the integrity check and this version can open."""
    for entry in list_backups(database):
        if entry.restorable and not integrity_problems(entry.path):
            return entry
    return None


def damaged_error(path: Path, problems: list[str]) -> DatabaseDamaged:
    """The refusal for a damaged database, offering the newest good backup when there is one."""
    good = newest_good_backup(path)
    if good is None:
        return DatabaseDamaged(path, problems)
    return DatabaseDamaged(path, problems, good.path, good.created.strftime("%Y-%m-%d %H:%M"))


def _verify_restorable(source: Path, target: Path) -> None:
    if not _exists(source):
        raise StorageFault(MISSING, kind=FaultKind.CANNOT_OPEN, path=source)
    if _same_file(source, target):
        raise TranslatableRefusal(RefusalReason.OWN_FILE, SAME_FILE, path=source)
    if inspect_file(source) is None:  # refuses foreign, broken and newer-schema files
        raise TranslatableRefusal(RefusalReason.NOT_A_BACKUP, NOT_A_BACKUP, path=source)
    problems = integrity_problems(source)
    if problems:
        raise TranslatableRefusal(RefusalReason.DAMAGED, BACKUP_DAMAGED, path=source, problem=problems[0])


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (with its WAL) out of the way; its bytes stay as found."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix or '.sqlite'}")
    for original in (path, *_sidecars(path)):
        if original.exists():
            os.replace(original, aside.with_name(aside.name + original.name[len(path.name):]))
    return aside


def _fold_wal(path: Path) -> None:
    """Fold the WAL into the file and leave rollback mode, so that the file alone is the database.

    Replacing the file while a WAL is next to it would let SQLite apply the old
    WAL to the new file. Fails when another connection still has the file open.
    """
    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None, timeout=2)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise TranslatableRefusal(RefusalReason.STILL_OPEN, STILL_OPEN, path=path) from exc
        raise
    if mode.lower() != "delete" or path.with_name(path.name + "-wal").exists():
        raise TranslatableRefusal(RefusalReason.STILL_OPEN, STILL_OPEN, path=path)
    with contextlib.suppress(FileNotFoundError):
        path.with_name(path.name + "-shm").unlink()


def restore_backup(source: Path | str, database: Database | Path | str) -> RestoreResult:
    """Replace ``database`` with the backup ``source``; the caller has closed the database."""
    source, path = check_file_name(source).expanduser(), check_file_name(_path_of(database))
    _verify_restorable(source, path)
    with WriterLock(path):
        safety_backup = damaged_copy = None
        if path.exists() and path.stat().st_size > 0:
            problems = integrity_problems(path, quick=True)
            if problems:
                damaged_copy = _move_aside(path)
            else:
                try:
                    inspect_file(path)
                except DatabaseRefused as exc:
                    if exc.reason is RefusalReason.NEWER_SCHEMA:
                        raise
                    raise TranslatableRefusal(RefusalReason.FOREIGN, FOREIGN_TARGET, path=path) from exc
                safety_backup = backup_now(path, BEFORE_RESTORE)
                try:
                    _fold_wal(path)
                except sqlite3.Error as exc:
                    raise storage_fault(exc, path) from exc
        copy_database(source, path)  # a temporary file, then one atomic rename onto the database
        counts = read_contents(path).counts
    return RestoreResult(path, source, safety_backup, damaged_copy, counts)

