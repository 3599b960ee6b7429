"""Writing many contribution rows at the speed of the sqlite3 driver, inside the caller's transaction.

SQLAlchemy builds the schema and the queries elsewhere; for 100,000 parameter
sets its compile and parameter processing cost more than SQLite's own work, so
a bulk writer hands ready tuples to the driver's executemany. A large insert
goes into the table with its sort indexes and search triggers set aside, and
both are built once at the end (search_index.py); a small one keeps them, as
rebuilding them costs time in proportion to the whole table.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from sqlalchemy import Connection, text

from portfolio_app.storage.engine import BULK_CACHE_KIB, CACHE_KIB
from portfolio_app.storage.search_index import SortIndexes

# An insert of at least this many rows, and at least a quarter of the table's size, sets the indexes aside.
BULK_ROWS = 5_000


def driver_connection(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy connection: the same transaction."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def stored_now() -> str:
    """The current UTC time as SQLAlchemy stores a DateTime in SQLite."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class BulkWriter:
    """Inserts and updates of contribution rows given as tuples in the column orders named here."""

    def __init__(self, conn: Connection, *, incoming: int, insert_columns: Sequence[str],
                 update_columns: Sequence[str]) -> None:
        self._sa = conn
        self._raw = driver_connection(conn)
        # column names come from our own code, values go in as parameters
        self._insert = (f"INSERT INTO contribution ({', '.join(insert_columns)}) "  # noqa: S608
                        f"VALUES ({', '.join('?' * len(insert_columns))})")
        self._update = f"UPDATE contribution SET {', '.join(f'{c} = ?' for c in update_columns)} WHERE id = ?"  # noqa: S608
        existing = self._raw.execute("SELECT count(*) FROM contribution").fetchone()[0]
        self.large = incoming >= BULK_ROWS and incoming * 4 >= existing
        self._indexes = SortIndexes(self._raw)
        self._search_suspended = False
        self._raw.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")

    def _suspend_search(self) -> None:
        if self.large and not self._search_suspended:
            self._sa.execute(text("UPDATE search_index_state SET suspended = 1 WHERE id = 1"))
            self._search_suspended = True

    def insert(self, rows: list[tuple]) -> None:
        if not rows:
            return
        if self.large:
            self._suspend_search()
            self._indexes.drop()
        self._raw.executemany(self._insert, rows)

    def update(self, rows: list[tuple]) -> None:
        """Rows of (update_columns…, id)."""
        if rows:
            self._suspend_search()
            self._raw.executemany(self._update, rows)

    def refresh(self, rows: list[tuple]) -> None:
        """Rows of (import_snapshot, id): only the snapshot changes, nothing a search or sort sees."""
        if rows:
            self._raw.executemany("UPDATE contribution SET import_snapshot = ? WHERE id = ?", rows)

    def finish(self) -> None:
        """Build what was set aside, once."""
        self._indexes.rebuild()
        self._raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if self._search_suspended:
            self._sa.execute(text("INSERT INTO contribution_fts(contribution_fts) VALUES ('rebuild')"))
            self._sa.execute(text("UPDATE search_index_state SET suspended = 0 WHERE id = 1"))
            self._search_suspended = False
