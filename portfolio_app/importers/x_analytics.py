"""X analytics CSV: the per-post figures the archive lacks (impressions, replies, link clicks).

Two layouts are in users' hands:

- the legacy monthly export `tweet_activity_metrics_<account>_<from>_<to>_<lang>.csv`:
  40 quoted columns from `"Tweet id"` to `"promoted media engagements"`;
  numbers written as floats (`"4715.0"`), promoted cells `"-"`, time
  `2017-01-30 19:05 +0000`, text HTML-escaped (`&amp;`) with t.co links;
- the current `account_analytics_content_*.csv` (often renamed): `Post id,
  Date, Post text, Post Link, Impressions, Likes, …`, dates `"Sat, Aug 22, 2026"`.

Users download one file per month, so several files, a folder or a zip of
them make one import. Column → metric (docs/importing.md says the same):
impressions → impressions, likes → reactions, replies → comments,
retweets/reposts → shares, url clicks → clicks. Everything else (engagements,
profile clicks, detail expands, bookmarks …) is not one of our metrics and is
left out rather than mixed into one. Rows are posts with source `x` and the
post id, so they meet the same posts from the archive in either order.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date, datetime
from urllib.parse import urlparse

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import (
    ImportedAccount,
    ImportedPost,
    ImportRefused,
    ParsedExport,
    ProgressHook,
    notes_from_text,
    title_from_text,
)
from portfolio_app.importers.containers import MISSING_MEMBER, Container, open_container, text_reader
from portfolio_app.importers.csv_table import complete_rows, figures_of, require_columns
from portfolio_app.importers.csvtext import CsvRows, LineCounter
from portfolio_app.importers.identify import members_of_kind, refuse_other_kind
from portfolio_app.importers.values import parse_month_name_date

SOURCE = "x"
METRICS = ("impressions", "reactions", "comments", "shares", "clicks")
EXPECTED = "tweet_activity_metrics_….csv / account_analytics_content_….csv"

# our field -> the column in each layout
LEGACY = {"id": "Tweet id", "url": "Tweet permalink", "text": "Tweet text", "date": "time",
          "impressions": "impressions", "reactions": "likes", "comments": "replies", "shares": "retweets",
          "clicks": "url clicks"}
CURRENT = {"id": "Post id", "url": "Post Link", "text": "Post text", "date": "Date",
           "impressions": "Impressions", "reactions": "Likes", "comments": "Replies", "shares": "Reposts",
           "clicks": "URL Clicks"}

WRONG_COLUMNS = QT_TRANSLATE_NOOP(
    "importers", "the columns are not those of an X analytics export (missing {missing}; found {found})")
BAD_DATE = QT_TRANSLATE_NOOP("importers", "unreadable date {value}")
NO_ID = QT_TRANSLATE_NOOP("importers", "a post without an id")
NOT_AN_ID = QT_TRANSLATE_NOOP(
    "importers", "{value} is not a post id (a spreadsheet may have rounded it; export the file again)")

_HANDLE_PATH = re.compile(r"^/([A-Za-z0-9_]{1,30})/status/\d+")


def parse_x_date(text: str) -> date:
    """`2017-01-30 19:05 +0000`, `Sat, Aug 22, 2026`, `Aug 22, 2026` or ISO; ValueError otherwise."""
    text = text.strip()
    day = parse_month_name_date(text)
    if day is not None:
        return day
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M %z").date()
    except ValueError:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()


def handle_from_url(url: str) -> str | None:
    try:
        path = urlparse(url.strip()).path
    except ValueError:
        return None
    match = _HANDLE_PATH.match(path)
    return match.group(1) if match and match.group(1).lower() != "i" else None


def parse_x_analytics(paths: Sequence[str], progress: ProgressHook | None = None) -> ParsedExport:
    """Every X analytics CSV in the given files, folders and zips, as posts carrying figures."""
    result = ParsedExport(SOURCE, update_fields=METRICS)
    handles: dict[str, int] = {}
    for path in paths:
        with open_container(path) as container:
            refuse_other_kind(container, ("x-analytics",), EXPECTED)
            members = [container.picked] if container.picked else members_of_kind(container, "x-analytics")
            if not members:
                raise ImportRefused(MISSING_MEMBER, container.label, expected=EXPECTED)
            for name in members:
                _read_file(container, name, result, handles, progress)
    result.account = _account(handles)
    result.drop_duplicate_ids()
    return result


def _read_file(container: Container, name: str, result: ParsedExport, handles: dict[str, int],
               progress: ProgressHook | None) -> None:
    display = container.display(name)
    with container.open_binary(name, progress) as binary:
        rows = CsvRows(LineCounter(text_reader(binary, display), display))
        header_line, header = rows.header()
        columns = LEGACY if "Tweet id" in header else CURRENT
        required = (columns["id"], columns["date"], columns["impressions"])
        require_columns(header, required, WRONG_COLUMNS, display, header_line)
        index = {field: header.index(column) for field, column in columns.items() if column in header}
        for line, row in complete_rows(rows, len(header), result):
            post = _post(row, index, columns, display, line, result)
            if post is not None:
                result.add(post)
                handle = handle_from_url(post.url or "")
                if handle:
                    handles[handle] = handles.get(handle, 0) + 1


def _post(row: list[str], index: dict[str, int], columns: dict[str, str], file: str, line: int,
          result: ParsedExport) -> ImportedPost | None:
    post_id = row[index["id"]].strip()
    if not post_id:
        result.problem(file, line, NO_ID)
        return None
    if not post_id.isdigit():  # a spreadsheet that saved the file again writes ids like 8.26144E+17
        result.problem(file, line, NOT_AN_ID, value=repr(post_id)[:40])
        return None
    raw_date = row[index["date"]]
    try:
        day = parse_x_date(raw_date)
    except ValueError:
        result.problem(file, line, BAD_DATE, value=repr(raw_date)[:60])
        return None
    positions = {columns[field]: position for field, position in index.items()}
    figures = figures_of(row, {field: columns[field] for field in METRICS}, positions, file, line, result)
    if figures is None:
        return None
    text = html.unescape(row[index["text"]]).strip() if "text" in index else ""
    title = title_from_text(text)
    url = row[index["url"]].strip() if "url" in index else ""
    return ImportedPost(
        source_id=post_id,
        date=day,
        # the export does not say what a post answers; one that opens with a mention is a reply on X
        kind=ContributionKind.ANSWER if text.startswith("@") else ContributionKind.POST,
        title=title,
        url=url if url.startswith(("https://", "http://")) else f"https://x.com/i/web/status/{post_id}",
        notes=notes_from_text(text, title),
        line=line,
        file=file,
        **figures,  # type: ignore[arg-type]  # only the metric fields, all int | None
    )


def _account(handles: dict[str, int]) -> ImportedAccount:
    """The account whose posts these are: the handle in most permalinks, else X's one account recorded."""
    if not handles:
        return ImportedAccount(platform=Platform.X, handle=None, name="X")
    handle = max(handles, key=lambda h: handles[h])
    return ImportedAccount(platform=Platform.X, handle="@" + handle, name=f"X – @{handle}",
                           url=f"https://x.com/{handle}")
