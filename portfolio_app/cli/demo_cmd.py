"""portfolio-app demo: fill a database with a realistic demo career."""

from __future__ import annotations

import argparse

from portfolio_app.cli.arguments import count_up_to


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("demo", help="fill an empty database with a demo career")
    parser.add_argument("--contributions", type=count_up_to(1_000_000), default=400, metavar="N",
                        help="number of contributions (default: 400)")
    parser.add_argument("--seed", type=int, default=1, metavar="N", help="another seed makes another career")
    return parser


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli.common import open_selected_for_writing
    from portfolio_app.services.demo import fill_demo

    with open_selected_for_writing(args) as writable:
        db = writable.db
        summary = fill_demo(db, contributions=args.contributions, seed=args.seed)
    print(
        f"Demo career written to {db.path}: {summary.contributions} contributions, {summary.audiences} audiences "
        f"({summary.audience_snapshots} size snapshots), {summary.campaigns} campaigns, "
        f"{summary.employments} employments, {summary.testimonials} testimonials."
    )
    return 0
