"""Helpers every command shares: opening the database the user chose."""

from __future__ import annotations

import argparse

from portfolio_app.paths import resolve_database_path


def open_selected_database(args: argparse.Namespace):
    """The database named by --db, $PORTFOLIO_DB or the default, opened and migrated."""
    from portfolio_app.storage.database import open_database

    return open_database(resolve_database_path(getattr(args, "db", None)))


def open_selected_for_writing(args: argparse.Namespace):
    """The chosen database with the writer lock held (a context manager): one writer at a time."""
    from portfolio_app.services.opening import open_for_writing

    return open_for_writing(resolve_database_path(getattr(args, "db", None)))
