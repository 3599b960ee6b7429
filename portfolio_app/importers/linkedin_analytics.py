"""LinkedIn's creator analytics workbook (Analytics → Content → Export: `Content_….xlsx`,
since 2026 `AggregateAnalytics_<name>_<from>_<to>.xlsx`).

Sheets: DISCOVERY (impressions and members reached for the period),
ENGAGEMENT (per day), TOP POSTS (two tables side by side, `Post URL, Post
publish date, Engagements` | `Post URL, Post publish date, Impressions`;
headers on the third row in current files, on the first in some: found by
their names), FOLLOWERS (`Total followers on M/D/YYYY` above `Date, New
followers`), DEMOGRAPHICS. Numbers and dates may be stored as text
(`12/27/2024`, `1,234`), percentages as `< 1%`.

Read with openpyxl in read-only mode: rows stream, and the sheets are capped
in rows, columns and cell size before anything large is held. The workbook
names posts by `urn:li:activity:…`; matching them to the posts of Shares.csv
(which uses `urn:li:share:…` / `urn:li:ugcPost:…`) is the import service's
job, as it needs the database.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import (
    ImportedAccount,
    ImportedPost,
    ImportRefused,
    ParsedExport,
    PeriodTotal,
    ProgressHook,
)
from portfolio_app.importers.containers import MISSING_MEMBER, NOT_FOUND, Container, open_container
from portfolio_app.importers.identify import LABELS, LOOKS_LIKE, identify_file
from portfolio_app.importers.values import parse_count

SOURCE = "linkedin"
MAX_ROWS = 20_000  # a year of days or 50 top posts per sheet; far more is not this export
MAX_COLUMNS = 16
MAX_CELL_CHARS = 2_000
MAX_UNPACKED_BYTES = 64 << 20  # the whole workbook unpacked; real ones are a few hundred KB
MAX_WORKBOOK_BYTES = MAX_UNPACKED_BYTES  # a workbook inside a zip, as stored (itself compressed)
SPOOL_BYTES = 4 << 20  # a workbook taken out of a zip stays in memory up to this, then goes to a temporary file
METRICS = ("impressions", "engagements")
SHEETS = ("DISCOVERY", "ENGAGEMENT", "TOP POSTS", "FOLLOWERS", "DEMOGRAPHICS")

NOT_LINKEDIN = QT_TRANSLATE_NOOP(
    "importers", "this workbook is not LinkedIn's analytics export (sheets found: {found})")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("importers", "this is not a readable Excel workbook ({error})")
TOO_BIG = QT_TRANSLATE_NOOP("importers", "the workbook unpacks to more than {limit} MB; this is not LinkedIn's export")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("importers", "sheet {sheet}: more than {limit} rows; this is not LinkedIn's export")
CELL_TOO_LONG = QT_TRANSLATE_NOOP("importers", "sheet {sheet}, cell {cell}: more than {limit} characters")
BAD_CELL = QT_TRANSLATE_NOOP("importers", "sheet {sheet}, cell {cell}: {value} is not {what}")
NO_HEADER = QT_TRANSLATE_NOOP("importers", "sheet {sheet}: no header row with {expected}")
A_DATE = QT_TRANSLATE_NOOP("importers", "a date")
A_COUNT = QT_TRANSLATE_NOOP("importers", "a count")

_URN = re.compile(r"urn:li:(?:activity|share|ugcPost):\d+")
# since 2026 the post URLs are share links: /posts/<name>_<title-words>-share-<id>-<hash>; the id is the
# last such part (a title word "share-10-tips" comes before it)
_SLUG = re.compile(r"[-_](activity|share|ugcPost)-(\d+)(?=[-/?#]|$)")
_TOTAL = re.compile(r"total followers on\s+(\d{1,2}/\d{1,2}/\d{4})", re.IGNORECASE)
_DAY = r"(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
_PERIOD = re.compile(_DAY + r"\s*[-–]\s*" + _DAY)  # DISCOVERY's "12/1/2024 - 12/27/2024"
NO_PERIOD = QT_TRANSLATE_NOOP(
    "importers", "sheet DISCOVERY: the period its totals cover is not stated; the totals were not imported")


def parse_linkedin_analytics(path: str, progress: ProgressHook | None = None) -> ParsedExport:
    """The workbook's per-post figures and follower counts; raises ImportRefused for anything else.

    A workbook is itself a zip, so a picked workbook is read as it is (refused when its content is
    another kind); a folder, or a zip or .tar.gz holding the workbook (zipped on its own, or put into
    the whole LinkedIn data export), is searched for its first .xlsx.
    """
    file = Path(path)
    if not file.exists():
        raise ImportRefused(NOT_FOUND, str(file))
    if file.is_dir():
        found = _first_workbook([p.name for p in file.iterdir() if p.is_file()])
        if found is None:
            raise ImportRefused(MISSING_MEMBER, file.name, expected="Content_….xlsx")
        return _read_workbook(file / found, f"{file.name}/{found}")
    kind = identify_file(file)
    if kind in ("zip", "gzip"):
        with open_container(file) as container:
            return _read_packed_workbook(container)
    if kind != "xlsx":
        what = LABELS.get(kind or "", None)
        if what is not None:
            raise ImportRefused(LOOKS_LIKE, file.name, what=what, expected="LinkedIn's analytics workbook (.xlsx)")
    return _read_workbook(file, file.name)


def _first_workbook(names: list[str]) -> str | None:
    """The first .xlsx by path (a shallow one first: archives nest folders); Excel's ~$ lock files aside."""
    found = sorted((n.count("/"), n) for n in names
                   if n.lower().endswith(".xlsx") and not Path(n).name.startswith("~$"))
    return found[0][1] if found else None


def _read_packed_workbook(container: Container) -> ParsedExport:
    """The first workbook inside an archive, copied out in bounded memory (openpyxl needs to seek)."""
    found = _first_workbook(container.names())
    if found is None:
        raise ImportRefused(MISSING_MEMBER, container.label, expected="Content_….xlsx")
    display = container.display(found)
    with container.open_binary(found, limit=MAX_WORKBOOK_BYTES) as packed, \
            tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as copy:
        shutil.copyfileobj(packed, copy, 1 << 16)  # the stream is capped: a bomb stops at the limit
        copy.seek(0)
        return _read_workbook(copy, display)


def _read_workbook(file: Path | IO[bytes], display: str) -> ParsedExport:
    _check_unpacked_size(file, display)
    from openpyxl import load_workbook  # loaded on first use: the window starts without it

    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportRefused(NOT_A_WORKBOOK, display, error=str(error).splitlines()[0][:120] if str(error) else
                            type(error).__name__) from error
    try:
        names = {sheet.upper().strip(): sheet for sheet in workbook.sheetnames}
        if "TOP POSTS" not in names and "FOLLOWERS" not in names:
            raise ImportRefused(NOT_LINKEDIN, display, found=", ".join(workbook.sheetnames)[:200])
        # its posts are matched to those of Shares.csv by URN, else by publish date (services.linkedin_matching)
        result = ParsedExport(SOURCE, update_fields=METRICS, match_by_date=True)
        sizes: list[tuple[date, int]] = []
        if "TOP POSTS" in names:
            _read_top_posts(_rows(workbook[names["TOP POSTS"]], display), result, display)
        if "FOLLOWERS" in names:
            sizes = _read_followers(_rows(workbook[names["FOLLOWERS"]], display), display)
        if "DISCOVERY" in names:
            total = _read_discovery(_rows(workbook[names["DISCOVERY"]], display), display, result)
            result.period_totals = [total] if total is not None else []
        result.account = ImportedAccount(platform=Platform.LINKEDIN, handle=None, name="LinkedIn",
                                         size=sizes[-1][1] if sizes else None,
                                         size_date=sizes[-1][0] if sizes else None)
        result.sizes = sizes
        result.drop_duplicate_ids()
        return result
    finally:
        workbook.close()


def _check_unpacked_size(file: Path | IO[bytes], display: str) -> None:
    """A zip bomb dressed as a workbook is refused before openpyxl inflates any of it."""
    try:
        with zipfile.ZipFile(file) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise ImportRefused(NOT_A_WORKBOOK, display, error=str(error)[:120]) from error
    if total > MAX_UNPACKED_BYTES:
        raise ImportRefused(TOO_BIG, display, limit=MAX_UNPACKED_BYTES >> 20)


Row = tuple[int, list[Any]]


def _rows(sheet: Any, display: str) -> Iterator[Row]:
    """(row number, cell values) with the caps applied; empty rows are skipped."""
    title = sheet.title
    for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
        if number > MAX_ROWS:
            raise ImportRefused(TOO_MANY_ROWS, display, sheet=title, limit=MAX_ROWS)
        cells = list(values)
        for column, value in enumerate(cells):
            if isinstance(value, str):
                if len(value) > MAX_CELL_CHARS:
                    raise ImportRefused(CELL_TOO_LONG, display, sheet=title, cell=_cell(column, number),
                                        limit=MAX_CELL_CHARS)
                cells[column] = value.strip()
        if any(value not in (None, "") for value in cells):
            yield number, cells


def _cell(column: int, row: int) -> str:
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


def as_date(value: Any) -> date | None:
    """A date cell, or text `12/27/2024` / `2024-12-27`; None when it is neither."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for pattern in ("%m/%d/%Y", "%Y-%m-%d"):
            try:
                return datetime.strptime(value.strip(), pattern).date()
            except ValueError:
                continue
    return None


def as_count(value: Any) -> int | None:
    """A count cell or text (`1,234`); ValueError for anything else."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return parse_count(value)


def _bad(display: str, sheet: str, column: int, row: int, value: Any, what: str) -> ImportRefused:
    return ImportRefused(BAD_CELL, display, sheet=sheet, cell=_cell(column, row), value=repr(value)[:40], what=what)


def _read_top_posts(rows: Iterator[Row], result: ParsedExport, display: str) -> None:
    """Both side-by-side tables: every `Post URL` header starts one, its figure is two columns on."""
    tables: list[tuple[int, str]] = []  # (column of Post URL, metric)
    posts: dict[str, ImportedPost] = {}
    for number, cells in rows:
        if not tables:
            for column, value in enumerate(cells):
                metric = _metric(cells, column) if isinstance(value, str) and value.lower() == "post url" else None
                if metric is not None:
                    tables.append((column, metric))
            continue
        for column, metric in tables:
            url = cells[column] if column < len(cells) else None
            if not url:
                continue
            address = str(url)
            urn = post_urn(address)
            if urn is None:
                continue  # a row of notes (or a filler cell beside a shorter table), not a post
            day = as_date(cells[column + 1] if column + 1 < len(cells) else None)
            if day is None:
                raise _bad(display, "TOP POSTS", column + 1, number, cells[column + 1], A_DATE)
            figure_cell = cells[column + 2] if column + 2 < len(cells) else None
            try:
                figure = as_count(figure_cell)
            except ValueError:
                raise _bad(display, "TOP POSTS", column + 2, number, figure_cell, A_COUNT) from None
            post = posts.get(urn)
            if post is None:
                # a share link is kept (without its tracking query); a feed URL is written the one way
                link = address.split("?")[0] if "/posts/" in address else f"https://www.linkedin.com/feed/update/{urn}/"
                post = posts[urn] = ImportedPost(
                    source_id=urn, date=day, kind=ContributionKind.POST, title=placeholder_title(day),
                    url=link, line=number, file=display)
            setattr(post, metric, figure)
    if not tables:
        raise ImportRefused(NO_HEADER, display, sheet="TOP POSTS", expected="Post URL, Post publish date")
    result.posts.extend(posts.values())


def post_urn(url: str) -> str | None:
    """The post's URN from a TOP POSTS URL: `…/feed/update/urn:li:activity:…`, or a share link
    `…/posts/<name>_<words>-share-<id>-<hash>` (`-activity-`, `-ugcPost-` alike); None for anything else."""
    text = unquote(url)
    found = _URN.search(text)
    if found:
        return found.group(0)
    parts = _SLUG.findall(text.split("?")[0])
    return f"urn:li:{parts[-1][0]}:{parts[-1][1]}" if parts else None


def placeholder_title(day: date) -> str:
    """The title of a post the workbook names but no Shares.csv gave yet; a later Shares.csv import
    recognises the post by it (services.linkedin_matching.claim_workbook_posts)."""
    return f"LinkedIn post of {day.isoformat()}"


def _metric(cells: list[Any], column: int) -> str | None:
    """Which of our figures the table starting at this Post URL column holds (LinkedIn's engagements are
    one total of reactions, comments, reposts and clicks: recorded as engagements, never as their parts)."""
    header = cells[column + 2] if column + 2 < len(cells) else None
    if not isinstance(header, str):
        return None
    return {"impressions": "impressions", "engagements": "engagements"}.get(header.lower())


def _read_discovery(rows: Iterator[Row], display: str, result: ParsedExport) -> PeriodTotal | None:
    """Impressions and members reached over the period the sheet names ("Overall Performance" beside
    "M/D/YYYY - M/D/YYYY"); None (with a note) when no period is stated: a total needs its period."""
    period: tuple[date, date] | None = None
    figures: dict[str, int | None] = {}
    for number, cells in rows:
        for value in cells:
            match = _PERIOD.search(value) if isinstance(value, str) and period is None else None
            if match:
                start, end = as_date(match.group(1)), as_date(match.group(2))
                if start is not None and end is not None and start <= end:
                    period = (start, end)
        label = cells[0].lower() if cells and isinstance(cells[0], str) else ""
        name = {"impressions": "impressions", "members reached": "reached"}.get(label)
        if name is not None:
            try:
                figures[name] = as_count(cells[1] if len(cells) > 1 else None)
            except ValueError:
                raise _bad(display, "DISCOVERY", 1, number, cells[1], A_COUNT) from None
    if not figures or all(value is None for value in figures.values()):
        return None
    if period is None:
        result.note(display, None, NO_PERIOD)
        return None
    return PeriodTotal(period[0], period[1], figures.get("impressions"), figures.get("reached"))


def _read_followers(rows: Iterator[Row], display: str) -> list[tuple[date, int]]:
    """Dated sizes: the total on the export day, and each day before it less the new followers since."""
    total: tuple[date, int] | None = None
    total_day: date | None = None  # "Total followers on M/D/YYYY:" with the count on a line of its own below
    daily: list[tuple[date, int]] = []
    in_table = False
    for number, cells in rows:
        first = cells[0] if cells else None
        if not in_table:
            match = _TOTAL.search(first) if isinstance(first, str) else None
            if match or (total is None and total_day is not None and isinstance(first, str)
                         and first.lower().startswith("total followers")):
                day = as_date(match.group(1)) if match else total_day
                try:
                    count = as_count(cells[1] if len(cells) > 1 else None)
                except ValueError:
                    raise _bad(display, "FOLLOWERS", 1, number, cells[1], A_COUNT) from None
                total_day = day
                if day is not None and count is not None:
                    total = (day, count)
            elif isinstance(first, str) and first.lower() == "date":
                in_table = True
            continue
        day = as_date(first)
        if day is None:
            raise _bad(display, "FOLLOWERS", 0, number, first, A_DATE)
        try:
            new = as_count(cells[1] if len(cells) > 1 else None)
        except ValueError:
            raise _bad(display, "FOLLOWERS", 1, number, cells[1], A_COUNT) from None
        daily.append((day, new or 0))
    if total is None:
        return []
    return sizes_before(total, daily)


def sizes_before(total: tuple[date, int], daily: list[tuple[date, int]]) -> list[tuple[date, int]]:
    """The size at the end of each day: the total on its day, less the followers that came after."""
    end, size = total
    gained = {day: count for day, count in daily if day <= end}
    sizes = [(end, size)]
    if gained:
        day = end
        first = min(gained)
        while day > first:
            size = max(size - gained.get(day, 0), 0)
            day -= timedelta(days=1)
            sizes.append((day, size))
    return sorted(sizes)
