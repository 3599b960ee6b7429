"""Argument types shared by the backup, restore and export commands."""

from __future__ import annotations

import argparse
from pathlib import Path


def file_path(text: str) -> Path:
    """An argparse type for file names: refuses what no file system accepts (empty, NUL bytes)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the file name is empty")
    if "\x00" in text:
        raise argparse.ArgumentTypeError("the file name contains a NUL character")
    if len(text.encode("utf-8", "surrogateescape")) > 4096:
        raise argparse.ArgumentTypeError("the file name is longer than any file system allows")
    return Path(text).expanduser()


def database_path(args: argparse.Namespace) -> Path:
    """The database the user chose (--db, $PORTFOLIO_DB or the default), checked like a file name."""
    from portfolio_app.paths import resolve_database_path

    chosen = getattr(args, "db", None)
    if chosen:
        try:
            file_path(chosen)
        except argparse.ArgumentTypeError as exc:
            from portfolio_app.errors import PortfolioError

            raise PortfolioError(f"--db {chosen!r}: {exc}") from None
    return resolve_database_path(chosen)


def count_up_to(limit: int):
    """An argparse type for counts: a whole number from 0 to ``limit`` (a typo of 2**63 must not run for ages)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text[:40]!r}") from None
        if not 0 <= value <= limit:
            raise argparse.ArgumentTypeError(f"must be between 0 and {limit:,}, not {text[:40]}")
        return value

    return parse
