"""SQLAlchemy engines for a database file, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 4 * 1024
BULK_CACHE_KIB = 32 * 1024  # inserts into the indexed contribution table thrash a small cache


def _configure_connection(dbapi_connection, _record) -> None:
    # Take transaction control from the sqlite3 module, which would otherwise
    # commit DDL on its own; SQLAlchemy's "begin" hook below emits BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Foreign keys are off by default in SQLite; WAL lets readers run beside the
    # writer and survives a kill mid-write; the busy timeout waits out a short lock.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 4 MB of page cache per connection: the window keeps several (background readers), and at 32 MB
    # each they held 80 MB of a 100,000-contribution file; a bulk writer takes more for its own run
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _configure_reader(dbapi_connection, _record) -> None:
    # a reading connection changes nothing: no journal mode (a header write), no synchronous setting
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        from portfolio_app.storage.sqlite_copy import connect_read_only

        engine = create_engine("sqlite://", poolclass=QueuePool, creator=lambda: connect_read_only(
            path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000))
        event.listen(engine, "connect", _configure_reader)
    else:
        engine = create_engine(
            URL.create("sqlite", database=str(path)),  # a URL string would cut the path at "?" or "#"
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine
