"""portfolio-app export: the PDF portfolio, the same use case as the window's "Export PDF…"."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from portfolio_app.cli.arguments import file_path

# kept in step with report.options.Section (checked by a test); listed here so --help stays light
SECTION_NAMES = ("cover", "summary", "charts", "career", "campaigns", "highlights", "audiences", "testimonials",
                 "method", "appendix")
APPENDIX_MODES = ("selected", "full", "none")  # report.selection.AppendixMode, checked by a test
_LANGUAGE = re.compile(r"^(en|de)([_-][A-Za-z]{2})?$")
_CURRENCY = re.compile(r"^[A-Za-z]{3}$")


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def language(text: str) -> str:
    if not _LANGUAGE.match(text.strip()):
        raise argparse.ArgumentTypeError(f"use en or de, optionally with a region such as de_CH: {text!r}")
    return text.strip()


def sections(text: str) -> tuple[str, ...]:
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in SECTION_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown section(s) {', '.join(unknown) or '(none given)'}; choose from {','.join(SECTION_NAMES)}")
    return tuple(names)


def currency(text: str) -> str:
    if not _CURRENCY.match(text.strip()):
        raise argparse.ArgumentTypeError(f"a three-letter currency code such as EUR: {text!r}")
    return text.strip().upper()


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export", help="write the PDF portfolio",
        description="Write the PDF portfolio for a period. Private contributions never appear. The file is "
                    "written whole or not at all: an existing file is replaced only by a complete PDF.")
    parser.add_argument("--out", required=True, type=file_path, metavar="FILE", help="the PDF file to write")
    parser.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD",
                        help="first day of the period (default: the first recorded day)")
    parser.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD",
                        help="last day of the period (default: today)")
    parser.add_argument("--lang", type=language, default="en", metavar="en|de",
                        help="language of the PDF; a region sets number formats, e.g. de_CH for 1'234 (default: en)")
    parser.add_argument("--page-size", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    parser.add_argument("--prepared-for", default="", metavar="ORG", help="organisation named on the cover")
    parser.add_argument("--anonymize", action="store_true", help="replace organisation names by neutral ones")
    parser.add_argument("--no-money", action="store_true", help="leave out money figures (estimates)")
    parser.add_argument("--currency", type=currency, metavar="CODE",
                        help="currency code for money figures (default: from the value settings)")
    parser.add_argument("--appendix", choices=APPENDIX_MODES, default="selected",
                        help="selected: featured and strongest work per employment or year, without replies "
                             "(default); full: every public contribution; none: no appendix")
    parser.add_argument("--sections", type=sections, metavar="LIST",
                        help=f"comma-separated sections to include (default: all): {','.join(SECTION_NAMES)}")
    return parser


def run(args: argparse.Namespace) -> int:
    from portfolio_app.cli import EXIT_USAGE
    from portfolio_app.cli.common import open_selected_database, period_problem
    from portfolio_app.domain.records import Period
    from portfolio_app.report.options import ReportOptions, parse_sections
    from portfolio_app.services.export_pdf import export_pdf

    problem = period_problem(args)
    if problem:
        print(f"portfolio-app export: {problem}", file=sys.stderr)
        return EXIT_USAGE
    options = ReportOptions(
        period=Period(args.start, args.end),
        sections=parse_sections(",".join(args.sections)) if args.sections else ReportOptions().sections,
        language=args.lang,
        page_size=args.page_size,
        prepared_for=args.prepared_for,
        anonymize=args.anonymize,
        show_money=False if args.no_money else None,
        currency=args.currency,
        appendix=args.appendix,
    )
    db = open_selected_database(args)
    try:
        result = export_pdf(db, args.out, options)
    finally:
        db.close()
    glyphs = result.glyphs
    line = (f"{result.path}: {result.pages} page{'' if result.pages == 1 else 's'}, "
            f"{result.size_bytes / 1024:,.0f} KB, {result.contributions:,} public contribution"
            f"{'' if result.contributions == 1 else 's'}")
    if glyphs.distinct:  # the user's own texts; a PDF without any has nothing to count
        line += (f"; {glyphs.printed:,} of the {glyphs.distinct:,} distinct characters of your texts "
                 f"({glyphs.share:.1%}) print with a real glyph")
    print(line + ".")
    if glyphs.missing:
        shown = " ".join(f"U+{ord(ch):04X}" for ch in glyphs.missing[:20])
        print(f"No bundled font has: {shown}{' …' if len(glyphs.missing) > 20 else ''}")
    return 0
