"""portfolio-app restore: replace the database with a backup, after backing up the current one."""

from __future__ import annotations

import argparse

from portfolio_app.cli.arguments import file_path


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)",
        description="Checks that FILE is a whole Portfolio database this version can open, backs up the "
                    "current database into the backups folder, then replaces it in one step. "
                    "With --list, shows the automatic backups with their dates and record counts.")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("file", nargs="?", type=file_path, metavar="FILE", help="the backup to restore")
    what.add_argument("--list", action="store_true", help="list the automatic backups, newest first")
    return parser


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli.arguments import database_path
    from portfolio_app.cli.backup_cmd import _counts
    from portfolio_app.services.backup_and_restore import backups_folder, list_backups, restore_backup

    database = database_path(args)
    if args.list:
        entries = list_backups(database)
        print(f"Backups of {database} in {backups_folder(database)}:" if entries else
              f"No backups of {database} in {backups_folder(database)} yet.")
        for entry in entries:
            state = _counts(entry.counts) if entry.restorable else f"cannot be restored: {entry.problem}"
            print(f"  {entry.created:%Y-%m-%d %H:%M:%S}  {entry.reason:<15} {state}  {entry.path}")
        return 0
    result = restore_backup(args.file, database)
    print(f"Restored {database} from {result.restored_from}: {_counts(result.counts)}.")
    if result.safety_backup:
        print(f"The database as it was before is kept in {result.safety_backup}.")
    if result.damaged_copy:
        print(f"The damaged database was moved aside to {result.damaged_copy}, unchanged.")
    return 0
