"""What marks a file as a Portfolio database, and which database it is.

Recognised positively, never by the absence of a problem: SQLite's
``application_id`` in the file header is ours (set by migration 0006, so files
from before carry 0), the ``alembic_version`` table names a revision we
shipped, and the tables every Portfolio schema has had since the first one are
there. Anything else is another program's file and is left byte for byte.

Each database also carries an identity (a random id made once, when the
database is created or upgraded to 0006). Backups are kept and listed by it,
so two databases with the same file name never share or thin each other's
backups. A backup is a copy, so it carries the identity of the database it
was made from.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.storage.sqlite_copy import connect_read_only

APPLICATION_ID = 0x50664F6C  # "PfOl" in the SQLite header, offset 68
IDENTITY_TABLE = "database_identity"
IDENTITY_REVISION = "0006"  # the first revision whose files carry APPLICATION_ID and an identity
# the tables of revision 0001, which every later schema keeps
CORE_TABLES = frozenset({"alembic_version", "employment", "profile", "value_settings", "audience", "campaign",
                         "audience_snapshot", "contribution", "testimonial"})


@dataclass(frozen=True)
class FileMark:
    """What an SQLite file says about itself, read without changing it."""

    application_id: int
    user_version: int
    tables: frozenset[str]  # and its views, triggers and indexes other than SQLite's own
    revision: str | None  # None: no alembic_version table, or an empty one
    identity: str | None

    @property
    def is_empty(self) -> bool:
        """A brand-new SQLite file with no other program's mark and no data: ours to fill.

        Alembic creates its empty version table before the first migration; a kill just then leaves
        that table alone, which is still a new file of ours (another program's has tables beside it).
        """
        unmarked = self.application_id in (0, APPLICATION_ID) and self.user_version == 0
        return unmarked and self.revision is None and self.tables <= {"alembic_version"}


def read_mark(conn: sqlite3.Connection) -> FileMark:
    """The mark of the database on ``conn`` (any connection; only reads)."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    names = conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex_%'").fetchall()
    tables = frozenset(name for (name,) in names)
    revision = identity = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if IDENTITY_TABLE in tables:
        row = conn.execute(f"SELECT identity FROM {IDENTITY_TABLE} WHERE id = 1").fetchone()  # noqa: S608
        identity = row[0] if row else None
    return FileMark(application_id, user_version, tables, revision, identity)


def read_identity(path: Path) -> str | None:
    """The identity of the Portfolio file at ``path``; None when it has none or cannot be read."""
    try:
        with contextlib.closing(connect_read_only(path)) as conn:
            return read_mark(conn).identity
    except (sqlite3.Error, OSError):
        return None


def stamp_identity(conn: sqlite3.Connection, identity: str) -> None:
    """Give the database on ``conn`` the identity ``identity``.

    A restored backup goes on as the database it replaced."""
    conn.execute(f"UPDATE {IDENTITY_TABLE} SET identity = ? WHERE id = 1", (identity,))  # noqa: S608


def header_application_id(path: Path) -> int | None:
    """The application_id in the file header, read as bytes: it survives damage to the pages after it."""
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    return int.from_bytes(header[68:72], "big", signed=True) if len(header) == 100 else None
