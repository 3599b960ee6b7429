"""portfolio-app stats: what the database holds and its key figures."""

from __future__ import annotations

import argparse
import json
import sys

COUNT_KEYS = ("contributions", "audiences", "audience_snapshots", "campaigns", "employments", "testimonials")


def register(subparsers) -> argparse.ArgumentParser:
    from portfolio_app.cli.export_cmd import iso_date

    parser = subparsers.add_parser("stats", help="print record counts and the key figures of the value model")
    parser.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD",
                        help="first day of the period (default: the first recorded day)")
    parser.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD",
                        help="last day of the period (default and latest: today)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    return parser


# a size at the period's end is none, not unmeasured, when no audience of its kind was still the person's
_HELD_AT_END = {"audience_size_at_end": "audiences_at_end", "audience_size": "audiences_at_end",
                "portable_audience_size": "portable_audiences_at_end",
                "employer_audience_size": "employer_audiences_at_end",
                "shared_audience_size": "shared_audiences_at_end"}


# an engagement rate is none, not unmeasured, where no contribution was made on such channels
_CHANNEL_CONTRIBUTIONS = {"personal_engagement_rate": ("personal_channel_contributions", "personally owned"),
                          "corporate_engagement_rate": ("employer_channel_contributions", "employer-owned")}


# keys kept for scripts of earlier versions; the text says what they repeat ("engagements" is all
# interactions here, not LinkedIn's engagements of one post)
_EARLIER_KEYS = {"public_contributions": "contributions", "engagements": "interactions",
                 "audience_size": "audience size at end"}


def _show(value, key: str = "", figures: dict | None = None) -> str:
    if value is None and key in _HELD_AT_END and figures is not None and figures.get(_HELD_AT_END[key]) == 0:
        return "none at period end"
    if value is None and key in _CHANNEL_CONTRIBUTIONS and figures is not None:
        count_key, kind = _CHANNEL_CONTRIBUTIONS[key]
        if figures.get(count_key) == 0:
            return f"no contribution on {kind} channels"
    if value is None:
        return "not measured"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, dict):
        return " + ".join(f"{currency} {amount:,.2f}" for currency, amount in value.items())
    return str(value)


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli import EXIT_USAGE
    from portfolio_app.cli.common import open_selected_database, period_problem
    from portfolio_app.domain.records import Period
    from portfolio_app.services.stats import stats_document

    problem = period_problem(args)
    if problem:
        print(f"portfolio-app stats: {problem}", file=sys.stderr)
        return EXIT_USAGE
    db = open_selected_database(args)
    try:
        document = stats_document(db, Period(args.start, args.end))
    finally:
        db.close()
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(f"Database: {document['database']}")
    for key in COUNT_KEYS:
        print(f"  {key.replace('_', ' '):<20} {document[key]:>10,}")
    # the per-role and per-campaign lists are in --json; the text shows the period's figures
    figures = {k: v for k, v in document["figures"].items() if not isinstance(v, list) and k != "between_roles"}
    for key, value in figures.items():
        if key.endswith("_rate") and value is not None:
            figures[key] = f"{value:.2%}"
    print("Key figures (private contributions left out; 'not measured' where no contribution had the figure):")
    for key, value in figures.items():
        shown = _show(value, key, figures)
        if key in _EARLIER_KEYS:
            shown += f"  (earlier name of {_EARLIER_KEYS[key]})"
        print(f"  {key.replace('_', ' '):<30} {shown}")
    return 0
