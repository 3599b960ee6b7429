"""portfolio-app move FOLDER: move the database to another folder (the same use case as Preferences → Move…)."""

from __future__ import annotations

import argparse
import os

from portfolio_app.cli.arguments import file_path


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "move", help="move the database to another folder (the original file is kept)",
        description="Copies the database into FOLDER, checks the copy (SQLite's integrity check and the row "
                    "count of every table) and remembers it as the database to use from now on. The original "
                    "file is kept; delete it once you no longer need it. Refused while Portfolio has the "
                    "database open.")
    parser.add_argument("folder", type=file_path, metavar="FOLDER", help="the folder to move the database to")
    return parser


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli.arguments import database_path
    from portfolio_app.errors import PortfolioError
    from portfolio_app.paths import DB_ENV
    from portfolio_app.services.data_folder import move_database
    from portfolio_app.services.opening import open_for_writing

    database = database_path(args)
    if not database.is_file():
        raise PortfolioError(f"There is no database at {database}; nothing was moved.")
    with open_for_writing(database, daily_backup=False) as writable:  # one writer: refused while the app has it
        result = move_database(writable.db, args.folder)
    rows = sum(result.row_counts.values())
    print(f"Moved {result.old_path} to {result.new_path} ({rows:,} rows checked). "
          f"The original file is kept; delete it once you no longer need it.")
    if getattr(args, "db", None) or os.environ.get(DB_ENV, "").strip():
        print(f"Note: --db or ${DB_ENV} still decides which file a command or the app opens.")
    return 0
