"""portfolio-app import: bring in the export a platform gave you, or any CSV."""

from __future__ import annotations

import argparse
import sys

SOURCES = ("x", "x-analytics", "linkedin", "linkedin-analytics", "mastodon", "youtube", "csv")


def _mapping(text: str) -> dict[str, str]:
    from portfolio_app.importers import MappingError, parse_mapping

    try:
        return parse_mapping(text)
    except MappingError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date_format(text: str) -> str:
    """A date format that reads back the day it writes; a nonsense one would reject every row and exit 0."""
    from portfolio_app.importers.csv_mapped import date_format_problem

    problem = date_format_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(problem.format(format=repr(text[:60])))
    return text


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import", help="import an X/Twitter archive or analytics export, a LinkedIn export, a Mastodon archive "
                       "or a CSV file",
        description="Import all or nothing: a damaged file is refused and the database stays as it was. "
                    "Importing the same export again updates figures and never overwrites what you edited.")
    parser.add_argument("source", choices=SOURCES, help="what kind of export PATH is")
    parser.add_argument("path", metavar="PATH", nargs="+",
                        help="the .zip/.tar.gz archive, its unpacked folder, or the file; several where the "
                             "platform gives several files (e.g. one X analytics CSV per month)")
    parser.add_argument("--dry-run", action="store_true", help="print what would be imported, write nothing")
    parser.add_argument("--audience", metavar="NAME",
                        help="the audience new posts land on (found by name, else created on the export's "
                             "platform); by default the account the export names, or that platform's one account")
    parser.add_argument("--include-reposts", action="store_true",
                        help="X: import retweets too (they are skipped and counted by default)")
    parser.add_argument("--map", type=_mapping, metavar="FIELD=COLUMN,…",
                        help='CSV: which column holds which field, e.g. "date=Posted on,title=Headline,'
                             'impressions=Views" (needs date, and title or notes)')
    parser.add_argument("--date-format", metavar="FORMAT", type=_date_format,
                        help="CSV: the date format, e.g. %%d.%%m.%%Y (detected from the values when left out)")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.source == "csv" and args.map is None:
        print("portfolio-app import: a CSV import needs --map, e.g. --map \"date=Date,title=Title\"",
              file=sys.stderr)
        return 2
    if args.source != "csv" and (args.map is not None or args.date_format):
        print("portfolio-app import: --map and --date-format apply to csv only", file=sys.stderr)
        return 2
    if args.include_reposts and args.source != "x":
        print("portfolio-app import: --include-reposts applies to x only", file=sys.stderr)
        return 2
    import contextlib

    from portfolio_app.cli.common import open_selected_database, open_selected_for_writing
    from portfolio_app.services.importing import import_parsed, paths_label, read_export, report_lines

    # read first: a refused file never opens (or creates) the database
    parsed = read_export(args.source, args.path, include_reposts=args.include_reposts, mapping=args.map,
                         date_format=args.date_format)
    if args.dry_run:  # reads only: no need to wait for, or keep out, another writer
        with contextlib.closing(open_selected_database(args, missing_as_empty=True)) as db:
            report = import_parsed(db, parsed, path=paths_label(args.path), dry_run=True, audience_name=args.audience)
    else:
        with open_selected_for_writing(args) as writable:
            report = import_parsed(writable.db, parsed, path=paths_label(args.path), audience_name=args.audience)
    print("\n".join(report_lines(report, args.source)))
    return 0
