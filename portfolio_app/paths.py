"""Where the app keeps its files. Imports nothing heavy: the CLI needs it before anything else."""

from __future__ import annotations

import os
import re
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

from portfolio_app import APP_NAME, APP_ORGANISATION

DB_ENV = "PORTFOLIO_DB"
DB_FILENAME = "portfolio.sqlite"
DEMO_FILENAME = "demo.sqlite"
SETTINGS_FILENAME = "settings.json"  # written by services/preferences.py


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_ORGANISATION)


def backups_dir() -> Path:
    """The automatic backups of every database, one folder each (see services.backups)."""
    return data_dir() / "backups"


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_ORGANISATION)


def config_dir() -> Path:
    return user_config_path(APP_NAME, APP_ORGANISATION)


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILENAME


def chosen_database_path() -> Path | None:
    """The database the user moved to in Preferences, if any (a broken settings file counts as none)."""
    import json

    try:
        value = json.loads(settings_file().read_text(encoding="utf-8")).get("database")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(value).expanduser() if isinstance(value, str) and value.strip() else None


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_database_path(language: str = "en") -> Path:
    """The demo career lives in its own file, never in the user's database.

    One file per language ("demo.sqlite", "demo-de.sqlite"): a German window never reopens the English demo.
    """
    return data_dir() / (DEMO_FILENAME if language == "en" else f"demo-{language}.sqlite")


def is_demo_database(path: str | os.PathLike) -> bool:
    """Whether ``path`` is the demo's file, in any language."""
    found = Path(path).resolve()
    return found.parent == data_dir().resolve() and re.fullmatch(r"demo(-[a-z]{2})?\.sqlite", found.name) is not None


def resolve_database_path(cli_value: str | os.PathLike | None = None) -> Path:
    """--db wins, then $PORTFOLIO_DB, then the file chosen in Preferences, then the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(DB_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return chosen_database_path() or default_database_path()
