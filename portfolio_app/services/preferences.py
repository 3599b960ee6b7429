"""App preferences that are not part of the user's record: language and which database file.

They live in one small JSON file in the user config folder (paths.settings_file())
so that the command line, which starts without Qt, reads the same choices as
the window. Defaults are declared once, here; unknown keys written by a newer
version are kept when saving. The file is replaced atomically, so a crash while
saving leaves the previous preferences.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from portfolio_app.errors import PortfolioError
from portfolio_app.paths import settings_file

SYSTEM_LANGUAGE = ""  # follow the system locale
LANGUAGES = ("en", "de")  # the languages the UI and the PDF are translated to


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str = SYSTEM_LANGUAGE  # "", "en" or "de"
    database: str = ""  # an absolute path chosen by "Move…"; "" = the default file

    def with_changes(self, **changes) -> Preferences:
        return replace(self, **changes)


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences; the defaults when the file is missing or unreadable."""
    raw = _read(path or settings_file())
    language = raw.get("language")
    database = raw.get("database")
    return Preferences(
        language=language if language in LANGUAGES else SYSTEM_LANGUAGE,
        database=database if isinstance(database, str) else "",
    )


def save_preferences(preferences: Preferences, path: Path | None = None) -> Path:
    if preferences.language not in (SYSTEM_LANGUAGE, *LANGUAGES):
        raise PortfolioError(f"Unknown language: {preferences.language!r}")
    path = path or settings_file()
    raw = _read(path)
    raw.update(language=preferences.language, database=preferences.database)
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(raw, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        raise PortfolioError(f"Cannot save the preferences to {path}: {exc.strerror}") from exc
    return path


def _read(path: Path) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}
