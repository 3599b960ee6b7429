"""A rotating log file in the user log folder: tracebacks go here, never to the user's terminal."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from portfolio_app.paths import log_dir

LOG_FILENAME = "portfolio.log"
log = logging.getLogger("portfolio_app")


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Attach the rotating file handler once; return the log path, or None if it cannot be written."""
    path = log_file()
    for handler in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(handler.baseFilename) == path.absolute():
            return path
        # the log folder changed (tests, another user config): follow it
        log.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the app; messages still reach the user
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    return path
