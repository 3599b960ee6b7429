"""portfolio-app backup: a consistent copy of the whole database in one file."""

from __future__ import annotations

import argparse

from portfolio_app.cli.arguments import file_path


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "backup", help="copy the whole database to one file (safe while the app is open)",
        description="Writes a consistent copy with SQLite's online backup API; the file appears whole or not at all.")
    parser.add_argument("--out", type=file_path, required=True, metavar="FILE", help="the backup file to write")
    return parser


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli.arguments import database_path
    from portfolio_app.services.backup_and_restore import describe_backup, save_backup_as

    source = database_path(args)
    written = save_backup_as(source, args.out)
    entry = describe_backup(written)
    print(f"Backup of {source} written to {written}: {_counts(entry.counts)}.")
    return 0


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in counts.items())
