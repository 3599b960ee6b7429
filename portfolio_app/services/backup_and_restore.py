"""Backups and restore of the whole database, as the window and the CLI offer them.

Automatic backups go to the user data folder, one folder per database
identity (``backups/<identity>/``, see storage.identity): one at start at most
once a day, one before every import and every restore (the one before a
migration is made by ``open_database`` next to the file). Two databases never
share a folder, whatever their file names, and a backup is listed, offered or
thinned only for the database whose identity it carries. Folders of earlier
versions (``backups/<file name>/``) are carried over backup by backup: only
those that hold records of this database. Every new automatic backup thins
the folder (last 7 daily, 4 weekly, 12
monthly). A backup is checked before it is kept, so thinning never replaces
good copies with a damaged one. Restore checks that the chosen file is a whole
Portfolio database this version can open, backs up the current file first,
and then swaps the files in one rename; a damaged current file is moved aside,
never overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import DatabaseRefused, RefusalReason
from portfolio_app.paths import backups_dir
from portfolio_app.services.export_target import check_export_target
from portfolio_app.storage.backup_folder import (
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
from portfolio_app.storage.identity import APPLICATION_ID, header_application_id, read_identity, stamp_identity
from portfolio_app.storage.integrity import DatabaseDamaged, integrity_problems
from portfolio_app.storage.lock import WriterLock
from portfolio_app.storage.sqlite_copy import copy_database, read_only_uri

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
NOT_A_DATABASE_FILE = QT_TRANSLATE_NOOP(
    "backups", "{path} is a folder or another kind of file, not a database file; choose the database file. "
    "Nothing was changed.")
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


ORIGIN_FILE = "database.json"  # in each backups folder: the file it backs up, for one too damaged to say


def backups_folder(database: Database | Path | str) -> Path:
    """Where the automatic backups of ``database`` live: per database identity, in the user data folder."""
    path = _path_of(database)
    identity = _identity_of(path)
    return backups_dir() / identity if identity else _legacy_folder(path)


def _legacy_folder(path: Path) -> Path:
    """Where versions before database identities kept backups: one folder per file name, shared by namesakes."""
    return backups_dir() / (path.stem or "portfolio")


def _identity_of(path: Path) -> str | None:
    """The identity of ``path``; for a file too damaged to read, the one whose backups folder names it."""
    identity = read_identity(path)
    if identity is not None:
        return identity
    wanted, found = _resolved(path), []
    for origin in backups_dir().glob(f"*/{ORIGIN_FILE}"):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if json.loads(origin.read_text(encoding="utf-8")).get("path") == wanted:
                found.append((origin.stat().st_mtime, origin.parent.name))
    return max(found)[1] if found else None


def _resolved(path: Path) -> str:
    return os.path.realpath(path)


def _record_origin(folder: Path, path: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / ORIGIN_FILE).write_text(json.dumps({"path": _resolved(path)}), encoding="utf-8")


def _belongs_to(path: Path, identity: str | None) -> Callable[[Path], bool]:
    """Whether a backup file is one of ``path``'s: its identity, or (from before identities) shared records."""
    if identity is not None:
        # one that cannot be read (damaged) stays with the folder it was made in
        return lambda backup: read_identity(backup) in (identity, None)
    return _shares_records(path)


def _shares_records(path: Path) -> Callable[[Path], bool]:
    """For backups made before identities: do they hold contributions of ``path`` (same id, same creation time)?

    Creation times are stored to the microsecond, so two databases never share one by chance.
    """
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            mine = set(conn.execute("SELECT id, created_at FROM contribution"))
    except sqlite3.Error:
        mine = set()

    def belongs(backup: Path) -> bool:
        if not mine or read_identity(backup) is not None:
            return False
        try:
            with contextlib.closing(sqlite3.connect(read_only_uri(backup), uri=True)) as conn:
                return any(row in mine for row in conn.execute("SELECT id, created_at FROM contribution"))
        except sqlite3.Error:
            return False

    return belongs


def adopt_legacy_backups(database: Database | Path | str) -> list[Path]:
    """Move this database's backups from the folder named after its file into its identity's folder.

    Backups of a namesake database stay where they are, for that database to adopt.
    """
    path = _path_of(database)
    identity, legacy = read_identity(path), _legacy_folder(path)
    if identity is None or not legacy.is_dir():
        return []
    belongs, folder, moved = _shares_records(path), backups_dir() / identity, []
    for backup in list_backup_files(legacy):
        if belongs(backup.path):
            folder.mkdir(parents=True, exist_ok=True)
            os.replace(backup.path, folder / backup.path.name)
            moved.append(folder / backup.path.name)
    if moved:
        _record_origin(folder, path)
    with contextlib.suppress(OSError):
        legacy.rmdir()  # only when nothing is left in it
    return moved


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
    identity = read_identity(path)
    folder = backups_dir() / identity if identity else _legacy_folder(path)
    made = make_backup(path, folder, reason, now=now)
    problems = integrity_problems(made.path, quick=True)
    if problems:
        with contextlib.suppress(OSError):
            made.path.unlink()
        raise TranslatableRefusal(RefusalReason.COPY_DAMAGED, COPY_DAMAGED, path=path, problem=problems[0])
    if identity:
        _record_origin(folder, path)
    thin(folder, policy, _belongs_to(path, identity))
    return made.path


def backup_before_import(database: Database | Path | str) -> Path | None:
    """The importing service calls this before it writes; returns the backup made (None for an empty file)."""
    return backup_now(database, BEFORE_IMPORT)


def backup_at_start(database: Database | Path | str, *, now: dt.datetime | None = None) -> Path | None:
    """The start backup, at most once a (local) day; returns the backup made today, or None."""
    path = _path_of(database)
    today = (now.astimezone() if now else dt.datetime.now().astimezone()).date()
    identity = read_identity(path)
    belongs = _belongs_to(path, identity)
    for backup in list_backup_files(backups_folder(path)):
        if backup.reason == START and backup.local_created.date() == today and belongs(backup.path):
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
    """Restore…: the automatic backups of ``database`` (and no other's), newest first, with record counts."""
    path = _path_of(database)
    identity = _identity_of(path)
    found = []
    if identity is not None:
        belongs = _belongs_to(path, identity)
        found += [b for b in list_backup_files(backups_dir() / identity) if belongs(b.path)]
    legacy = _shares_records(path)  # not yet carried over: a reading command does not move files
    found += [b for b in list_backup_files(_legacy_folder(path)) if legacy(b.path)]
    found.sort(key=lambda b: b.created, reverse=True)
    return [describe_backup(b.path, b) for b in found]


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


def _keep_identity(path: Path, identity: str | None) -> None:
    """The restored file goes on as the database it replaced: same identity, same backups folder.

    A backup from before identities is upgraded now, under the restore's lock, so that it can carry it.
    """
    if identity is None or read_identity(path) == identity:
        return
    from portfolio_app.storage.database import open_database

    open_database(path).close()
    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
            stamp_identity(conn, identity)
    except sqlite3.Error as exc:
        raise storage_fault(exc, path) from exc


def restore_backup(source: Path | str, database: Database | Path | str) -> RestoreResult:
    """Replace ``database`` with the backup ``source``; the caller has closed the database."""
    source, path = check_file_name(source).expanduser(), check_file_name(_path_of(database))
    _verify_restorable(source, path)
    if _is_folder(path) or (_exists(path) and not path.is_file()):
        raise TranslatableRefusal(RefusalReason.NOT_A_FILE, NOT_A_DATABASE_FILE, path=path)
    with WriterLock(path):
        safety_backup = damaged_copy = None
        identity = _identity_of(path) if path.exists() else None
        if path.exists() and path.stat().st_size > 0:
            problems = integrity_problems(path, quick=True)
            if problems and header_application_id(path) not in (0, APPLICATION_ID):
                raise TranslatableRefusal(RefusalReason.FOREIGN, FOREIGN_TARGET, path=path)
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
        _keep_identity(path, identity)
        counts = read_contents(path).counts
    return RestoreResult(path, source, safety_backup, damaged_copy, counts)

