"""Whole-database copies through SQLite's online backup API.

The copy is consistent even while the app has the database open, and it is
written to a temporary name first so a half-written backup never exists.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from portfolio_app.errors import PortfolioError


def copy_database(source: Path, target: Path) -> Path:
    """Copy the database at ``source`` to ``target`` atomically; return ``target``."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src:
            with contextlib.closing(sqlite3.connect(partial)) as dst:
                src.backup(dst)
                # a backup must be one self-contained file, not a WAL pair
                dst.execute("PRAGMA journal_mode=DELETE")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise PortfolioError(f"Could not back up {source} to {target}: {exc}") from exc
    return target


def sibling_backup_path(path: Path, reason: str) -> Path:
    """A backup name next to ``path`` that says why and when it was made."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")
