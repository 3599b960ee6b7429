"""Where the app keeps its files. Imports nothing heavy: the CLI needs it before anything else."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from portfolio_app import APP_NAME, APP_ORGANISATION

DB_ENV = "PORTFOLIO_DB"
DB_FILENAME = "portfolio.sqlite"
DEMO_FILENAME = "demo.sqlite"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_ORGANISATION)


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_ORGANISATION)


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_database_path() -> Path:
    """The demo career lives in its own file, never in the user's database."""
    return data_dir() / DEMO_FILENAME


def resolve_database_path(cli_value: str | os.PathLike | None = None) -> Path:
    """--db wins, then $PORTFOLIO_DB, then the file in the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(DB_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_database_path()
