"""Where an export may not go: onto the database, its companion files or into the backups folder.

Every export (PDF, CSV, a backup copy, anything added later) checks its target
here before it writes a byte. Replacing the database with a PDF, or a WAL file
with a CSV, destroys the record without a backup; a file written into the
backups folder would be thinned away, or thin the backups away. Symbolic links
and ``..`` are resolved first, so another spelling of the same file is
refused too.
"""

from __future__ import annotations

import os
from pathlib import Path

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import RefusalReason
from portfolio_app.paths import backups_dir
from portfolio_app.storage.faults import TranslatableRefusal

# the files SQLite and the writer lock keep next to the database
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")

IS_DATABASE = QT_TRANSLATE_NOOP(
    "storage", "{path} is the database itself or one of its own files ({database}); writing there would destroy it. "
    "Choose another file name; nothing was written.")
IN_BACKUPS = QT_TRANSLATE_NOOP(
    "storage", "{path} is inside the backups folder {folder}, which Portfolio manages and thins on its own. "
    "Choose another folder; nothing was written.")


def own_files(database: Path) -> list[Path]:
    """The database and the files SQLite and the writer lock keep next to it."""
    return [database, *(database.with_name(database.name + suffix) for suffix in COMPANION_SUFFIXES)]


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def _same_file(a: Path, b: Path) -> bool:
    if _resolved(a) == _resolved(b):
        return True
    try:
        return os.path.samefile(a, b)  # a hard link is the same file under another name
    except (OSError, ValueError):
        return False


def is_inside(path: Path, folder: Path) -> bool:
    return _resolved(path).is_relative_to(_resolved(folder))


def check_export_target(database: Path | str, target: Path | str) -> None:
    """Raise a DatabaseRefused (reason OWN_FILE) when ``target`` must not be written by an export."""
    database, target = Path(database).expanduser(), Path(target).expanduser()
    if any(_same_file(target, own) for own in own_files(database)):
        raise TranslatableRefusal(RefusalReason.OWN_FILE, IS_DATABASE, path=target, database=database)
    if is_inside(target, backups_dir()):
        raise TranslatableRefusal(RefusalReason.OWN_FILE, IN_BACKUPS, path=target, folder=backups_dir())
