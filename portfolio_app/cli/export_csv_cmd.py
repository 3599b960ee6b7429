"""portfolio-app export-csv: one table as a CSV file for spreadsheets."""

from __future__ import annotations

import argparse

from portfolio_app.cli.arguments import file_path

# kept in step with services.csv_export.TABLES (checked by a test); listed here so --help stays light
TABLE_NAMES = ("contributions", "audiences", "audience_snapshots", "audience_period_totals", "campaigns",
               "employments", "testimonials", "profile", "value_settings")


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export-csv", help="write one table as a CSV file (UTF-8, safe against formula injection)",
        description="Columns as stored, each link followed by the linked record's name; dates YYYY-MM-DD. "
                    "Private contributions and testimonials that may not be published are left out unless "
                    "--include-private is given.")
    parser.add_argument("--table", required=True, choices=TABLE_NAMES, help="which table to export")
    parser.add_argument("--out", required=True, type=file_path, metavar="FILE", help="the CSV file to write")
    parser.add_argument("--bom", action="store_true", help="start with a UTF-8 byte order mark (for Excel)")
    parser.add_argument("--decimal", choices=(".", ","), default=".",
                        help='decimal separator; with "," the delimiter is ";" (default: ".")')
    parser.add_argument("--include-private", action="store_true",
                        help="include private contributions and testimonials that may not be published")
    return parser


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli.common import open_selected_database
    from portfolio_app.services.csv_export import CsvOptions, export_table

    db = open_selected_database(args)
    try:
        result = export_table(db, args.table, args.out,
                              CsvOptions(bom=args.bom, decimal=args.decimal, include_private=args.include_private))
    finally:
        db.close()
    withheld = "not to be published" if args.table == "testimonials" else "private"
    note = f" ({result.private_left_out:,} {withheld} left out)" if result.private_left_out else ""
    print(f"{result.rows:,} {result.table.replace('_', ' ')} written to {result.path}{note}.")
    return 0
