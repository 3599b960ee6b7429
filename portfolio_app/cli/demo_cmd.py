"""portfolio-app demo: fill a database with a realistic demo career."""

from __future__ import annotations

import argparse

from portfolio_app.cli.arguments import count_up_to
from portfolio_app.services.demo_texts import DEMO_LANGUAGES


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("demo", help="fill an empty database with a demo career")
    parser.add_argument("--contributions", type=count_up_to(1_000_000), default=400, metavar="N",
                        help="number of contributions (default: 400)")
    parser.add_argument("--seed", type=int, default=1, metavar="N", help="another seed makes another career")
    parser.add_argument("--lang", choices=DEMO_LANGUAGES, default="en",
                        help="language of the demo's texts; the figures are the same in each (default: en)")
    return parser


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli.common import open_selected_for_writing
    from portfolio_app.services.demo import fill_demo

    with open_selected_for_writing(args) as writable:
        db = writable.db
        summary = fill_demo(db, contributions=args.contributions, seed=args.seed, language=args.lang)
    print(
        f"Demo career written to {db.path}: {summary.contributions} contributions, {summary.audiences} audiences "
        f"({summary.audience_snapshots} size snapshots), {summary.campaigns} campaigns, "
        f"{summary.employments} employments, {summary.testimonials} testimonials."
    )
    return 0
