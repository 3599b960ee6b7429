"""Reading many rows at the speed of the sqlite3 driver.

SQLAlchemy's result processing doubles the time of fetching 100,000 ids, which
the contributions table needs on every sort and search, and of the facts behind
the dashboard. Statements are still built with SQLAlchemy; only the fetch goes
to the driver, and callers convert the few typed columns themselves.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select

from portfolio_app.storage.database import Database


def _driver_value(value: object) -> object:
    # the types SQLAlchemy would have converted for us: dates as ISO text, as stored
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def raw_rows(db: Database, statement: Select) -> list[tuple]:
    """Every row ``statement`` returns as the driver gives it: dates stay ISO text, booleans 0/1."""
    compiled = statement.compile(dialect=db.engine.dialect)
    params = tuple(_driver_value(compiled.params[name]) for name in (compiled.positiontup or ()))
    with db.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None, "an open connection has its sqlite3 connection"
        cursor = driver.execute(str(compiled), params)
        try:
            return cursor.fetchall()
        finally:
            cursor.close()


def first_column(db: Database, statement: Select) -> list:
    """The first column of every row ``statement`` returns, in order."""
    return [row[0] for row in raw_rows(db, statement)]
