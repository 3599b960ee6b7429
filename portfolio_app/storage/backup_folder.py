"""A folder of dated backups of one database, thinned like Anki's.

Each backup is one self-contained SQLite file named after the moment it was
made (UTC) and why: ``20261127T105000123456Z_start.sqlite``. The name is the
record; nothing else needs to be kept in step. Thinning keeps the newest
backup of each of the last 7 days, 4 weeks and 12 months, plus the most
recent few whatever their day, so a backup made before an import is still
there after the next one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from portfolio_app.storage.leftovers import remove_leftovers
from portfolio_app.storage.sqlite_copy import PARTIAL_SUFFIX, connect_read_only, copy_database

SUFFIX = ".sqlite"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z)_(?P<reason>[a-z0-9-]+)\.sqlite$")
# the tables a person recognises, in the order a list shows them
COUNTED_TABLES = (
    ("contributions", "contribution"),
    ("audiences", "audience"),
    ("audience_snapshots", "audience_snapshot"),
    ("campaigns", "campaign"),
    ("employments", "employment"),
    ("testimonials", "testimonial"),
)


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    recent: int = 5  # the newest few are kept whatever their date


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: dt.datetime  # aware, UTC
    reason: str

    @property
    def local_created(self) -> dt.datetime:
        return self.created.astimezone()


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read without changing it."""

    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)


def _utc(now: dt.datetime | None) -> dt.datetime:
    now = now or dt.datetime.now(dt.UTC)
    return now if now.tzinfo else now.astimezone()  # naive means local time


def _slug(reason: str) -> str:
    """``reason`` as it appears in a backup's name (and as parse_backup reads it back)."""
    return re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"


def backup_name(created: dt.datetime, reason: str) -> str:
    return f"{created.astimezone(dt.UTC).strftime(_STAMP)}_{_slug(reason)}{SUFFIX}"


def parse_backup(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    created = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    return BackupFile(path=path, created=created, reason=match["reason"])


def list_backup_files(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first; half-written copies and other files are left out."""
    try:
        entries = list(Path(folder).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [parse_backup(p) for p in entries if p.is_file() and not p.name.endswith(PARTIAL_SUFFIX)]
    return sorted((b for b in found if b), key=lambda b: b.created, reverse=True)


def make_backup(source: Path, folder: Path, reason: str, *, now: dt.datetime | None = None) -> BackupFile:
    """Copy ``source`` into ``folder`` under a new dated name (the copy is atomic)."""
    created = _utc(now).astimezone(dt.UTC)
    target = Path(folder) / backup_name(created, reason)
    while target.exists():  # two backups in the same microsecond: the later one moves on
        created += dt.timedelta(microseconds=1)
        target = Path(folder) / backup_name(created, reason)
    copy_database(source, target)
    return BackupFile(path=target, created=created, reason=_slug(reason))


def backups_to_keep(backups: list[BackupFile], policy: RetentionPolicy = RetentionPolicy()) -> set[Path]:
    """Which of ``backups`` (any order) the policy keeps: the newest of each bucket."""
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in newest_first[: policy.recent]}
    buckets = (
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: d.isocalendar()[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    )
    for limit, bucket_of in buckets:
        seen: set = set()
        for backup in newest_first:
            bucket = bucket_of(backup.local_created)
            if bucket in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(bucket)
            keep.add(backup.path)
    return keep


def thin(folder: Path, policy: RetentionPolicy = RetentionPolicy(),
         belongs: Callable[[Path], bool] | None = None) -> list[Path]:
    """Delete the backups the policy does not keep, and copies a crash left unfinished; return what went.

    Only backups for which ``belongs`` is true are counted and deleted: another database's are never touched.
    """
    backups = [b for b in list_backup_files(folder) if belongs is None or belongs(b.path)]
    keep = backups_to_keep(backups, policy)
    removed = remove_leftovers(folder)
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def read_contents(path: Path) -> BackupContents:
    """Schema revision and record counts of a Portfolio file, read-only.

    Raises sqlite3.DatabaseError for a file SQLite cannot read; the caller
    checks first with database.inspect_file whether it is ours at all.
    """
    with contextlib.closing(connect_read_only(path)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts = {
            label: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608 - fixed names
            for label, table in COUNTED_TABLES
            if table in tables
        }
    return BackupContents(revision=revision, counts=counts)
