"""The command line: the same use cases as the window, for scripts and checks.

Exit status: 0 success, 2 usage error (argparse), 1 refused or failed, with a
one-line message on stderr; tracebacks go to the log file only. Commands live
in one module each and import their heavy dependencies inside ``run`` so that
starting the window stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

import portfolio_app

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """--db is accepted before and after the command name."""
    import argparse
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="database file (default: $PORTFOLIO_DB, else the file in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not at the top: `--version` answers without it

    parser = argparse.ArgumentParser(
        prog="portfolio-app",
        description="Portfolio: keep a record of your communication work and export it as a PDF portfolio.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {portfolio_app.__version__}")
    add_db_option(parser, top_level=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # each command module has register(subparsers) and run(args) -> int, and loads its heavy parts in run
    from portfolio_app.cli import (
        backup_cmd,
        demo_cmd,
        export_cmd,
        export_csv_cmd,
        import_cmd,
        move_cmd,
        restore_cmd,
        stats_cmd,
    )

    for module in (demo_cmd, stats_cmd, backup_cmd, restore_cmd, move_cmd, export_csv_cmd, import_cmd, export_cmd):
        command = module.register(subparsers)
        add_db_option(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # answered before argparse and the command modules load: nothing heavy for a version
        print(f"portfolio-app {portfolio_app.__version__}")
        return EXIT_OK
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from portfolio_app.ui.launch import launch

        return launch(args.db)
    return run_command(args)


def one_line(exc: BaseException, limit: int = 200) -> str:
    """An exception as one short line: the first line of its text, cut at ``limit``."""
    text = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run_command(args: argparse.Namespace) -> int:
    from portfolio_app.errors import PortfolioError
    from portfolio_app.logs import log, setup_logging

    setup_logging()
    try:
        return args.run(args)
    except PortfolioError as exc:
        log.warning("%s refused: %s", args.command, exc)
        print(f"portfolio-app {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"portfolio-app {args.command}: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # the reader stopped early (`| head`): no error to report, the output is just incomplete.
        # What is still buffered goes nowhere, so the interpreter's last flush stays quiet (Python docs, SIGPIPE)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - a bug: the user gets one line, the log gets the traceback
        log.exception("%s failed", args.command)
        from portfolio_app.logs import log_file

        print(
            f"portfolio-app {args.command}: unexpected error: {one_line(exc)} (details in {log_file()})",
            file=sys.stderr,
        )
        return EXIT_FAILED
