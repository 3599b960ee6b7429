"""portfolio-app stats: what the database holds and its key figures."""

from __future__ import annotations

import argparse
import json

COUNT_KEYS = ("contributions", "audiences", "audience_snapshots", "campaigns", "employments", "testimonials")


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("stats", help="print record counts and the key figures of the value model")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    return parser


def _show(value) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli.common import open_selected_database
    from portfolio_app.services.stats import stats_document

    db = open_selected_database(args)
    try:
        document = stats_document(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(f"Database: {document['database']}")
    for key in COUNT_KEYS:
        print(f"  {key.replace('_', ' '):<20} {document[key]:>10,}")
    figures = dict(document["figures"])
    for key, value in figures.items():
        if key.endswith("_rate") and value is not None:
            figures[key] = f"{value:.2%}"
    print("Key figures (private contributions left out):")
    for key, value in figures.items():
        print(f"  {key.replace('_', ' '):<26} {_show(value)}")
    return 0
