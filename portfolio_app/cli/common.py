"""Helpers every command shares: opening the database the user chose."""

from __future__ import annotations

import argparse

from portfolio_app.paths import resolve_database_path


def open_selected_database(args: argparse.Namespace):
    """The database named by --db, $PORTFOLIO_DB or the default, opened and migrated."""
    from portfolio_app.storage.database import open_database

    return open_database(resolve_database_path(getattr(args, "db", None)))


def positive_int(text: str) -> int:
    """An argparse type for counts: a whole number ≥ 0."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value
