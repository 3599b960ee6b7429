"""Keeping the contributions search index and sort indexes in step with bulk writes.

Row by row, the FTS5 triggers cost about 25 times more than one rebuild, so a
bulk writer suspends them inside its own transaction and rebuilds at the end.
Likewise a large insert goes faster into the bare table, with the sort indexes
built once afterwards, than through twenty indexes updated per row. Everything
happens in that one transaction: if it fails or the process dies, the flag, the
dropped indexes and the rows roll back together.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


@contextlib.contextmanager
def bulk_contribution_writes(session: Session | Connection) -> Iterator[None]:
    """Suspend per-row search indexing for the block; rebuild the index once after it."""
    session.execute(text("UPDATE search_index_state SET suspended = 1 WHERE id = 1"))
    yield
    session.execute(text("INSERT INTO contribution_fts(contribution_fts) VALUES ('rebuild')"))
    session.execute(text("UPDATE search_index_state SET suspended = 0 WHERE id = 1"))


class SortIndexes:
    """The contribution table's sort indexes, dropped for a large insert and built again once.

    Only the indexes declared with CREATE INDEX are dropped; the uniqueness of
    (source, source_id), a table constraint, stays in force throughout.
    """

    def __init__(self, driver_connection) -> None:
        self._conn = driver_connection
        self._dropped: list[tuple[str, str]] = []

    @property
    def dropped(self) -> bool:
        return bool(self._dropped)

    def drop(self) -> None:
        if self._dropped:
            return
        self._dropped = self._conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contribution' "
            "AND sql IS NOT NULL").fetchall()
        for name, _sql in self._dropped:
            self._conn.execute(f'DROP INDEX "{name}"')

    def rebuild(self) -> None:
        for _name, sql in self._dropped:
            self._conn.execute(sql)
        self._dropped = []
