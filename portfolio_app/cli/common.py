"""Helpers every command shares: opening the database the user chose."""

from __future__ import annotations

import argparse

from portfolio_app.paths import resolve_database_path


def open_selected_database(args: argparse.Namespace, *, missing_as_empty: bool = False):
    """The database named by --db, $PORTFOLIO_DB or the default, opened for reading only.

    Reading commands never write: a missing file is not created, an older schema is read from a
    migrated temporary copy (see storage.database.open_for_reading).
    """
    from portfolio_app.cli.arguments import database_path
    from portfolio_app.storage.database import open_for_reading

    return open_for_reading(database_path(args), missing_as_empty=missing_as_empty)


def open_selected_for_writing(args: argparse.Namespace):
    """The chosen database with the writer lock held (a context manager): one writer at a time."""
    from portfolio_app.services.opening import open_for_writing

    return open_for_writing(resolve_database_path(getattr(args, "db", None)))


def period_problem(args: argparse.Namespace) -> str | None:
    """Why --from/--to name no period that can be reported on (a usage error), or None.

    A period reaching into the future ends today; one that starts after today has not begun, and a
    report on it would print figures for days nobody has lived yet (a mistyped year, most likely).
    """
    import datetime as dt

    if args.start and args.end and args.end < args.start:
        return "--to is before --from"
    if args.start and args.start > dt.date.today():
        return f"--from {args.start.isoformat()} is after today: that period has not begun"
    return None
