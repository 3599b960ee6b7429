"""Keeping the contributions search index in step with bulk writes.

Row by row, the FTS5 triggers cost about 25 times more than one rebuild, so a
bulk writer suspends them inside its own transaction and rebuilds at the end.
Everything happens in that one transaction: if it fails or the process dies,
the flag and the rows roll back together.
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
