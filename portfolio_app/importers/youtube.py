"""YouTube Studio's table export: Analytics → Advanced mode → Export → `Table data.csv`.

Studio hands out a zip (`Table data.csv`, `Chart data.csv`, `Totals.csv`) or,
unpacked, the CSV. Its columns depend on the metrics the user ticked, so they
are found by name; `Content` (the video id) and `Video title` are needed.
The first data row is the `Total` of all videos and is skipped. Dates read
like `Aug 28, 2025`.

Column → figure (docs/importing.md): Impressions → impressions (how often a
thumbnail was shown), Views → clicks (a view starts with a click on the
thumbnail or a link: views are not people, so never reach), Likes → reactions,
Comments added → comments, Shares → shares. Watch time, subscribers and
click-through rate are not figures of ours.
"""

from __future__ import annotations

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import (
    ImportedAccount,
    ImportedPost,
    ImportRefused,
    ParsedExport,
    ProgressHook,
    title_from_text,
)
from portfolio_app.importers.containers import MISSING_MEMBER, Container, open_container, text_reader
from portfolio_app.importers.csv_table import complete_rows, figures_of, require_columns
from portfolio_app.importers.csvtext import CsvRows, LineCounter
from portfolio_app.importers.identify import refuse_other_kind
from portfolio_app.importers.values import parse_iso_date, parse_month_name_date

SOURCE = "youtube"
TABLE = "Table data.csv"
REQUIRED = ("Content", "Video title")
FIGURES = {"impressions": "Impressions", "clicks": "Views", "reactions": "Likes", "comments": "Comments added",
           "shares": "Shares"}
PLATFORM_ONLY = ImportedAccount(platform=Platform.YOUTUBE, handle=None, name="YouTube")

WRONG_COLUMNS = QT_TRANSLATE_NOOP(
    "importers", "the columns are not those of a YouTube Studio table export (missing {missing}; found {found})")
BAD_DATE = QT_TRANSLATE_NOOP("importers", "unreadable date {value}")
NO_DATE = QT_TRANSLATE_NOOP("importers", "a video without its publish time")
SKIP_UNPUBLISHED = QT_TRANSLATE_NOOP("importers", "videos never made public (no publish time)")


def parse_youtube_table(path: str, progress: ProgressHook | None = None) -> ParsedExport:
    with open_container(path) as container:
        refuse_other_kind(container, ("youtube",), TABLE)
        table = container.main(TABLE)
        if table is None:
            raise ImportRefused(MISSING_MEMBER, container.label, expected=TABLE)
        result = ParsedExport(SOURCE, account=PLATFORM_ONLY)
        _read_table(container, table, result, progress)
        result.drop_duplicate_ids()
        return result


def _read_table(container: Container, name: str, result: ParsedExport, progress: ProgressHook | None) -> None:
    display = container.display(name)
    with container.open_binary(name, progress) as binary:
        rows = CsvRows(LineCounter(text_reader(binary, display), display))
        header_line, header = rows.header()
        require_columns(header, REQUIRED, WRONG_COLUMNS, display, header_line)
        index = {column: position for position, column in enumerate(header)}
        for line, row in complete_rows(rows, len(header), result):
            video_id = row[index["Content"]].strip()
            if video_id.lower() == "total":
                continue  # the sum of all videos, not a video
            post = _video(video_id, row, index, display, line, result)
            if post is not None:
                result.add(post)


def _video(video_id: str, row: list[str], index: dict[str, int], file: str, line: int,
           result: ParsedExport) -> ImportedPost | None:
    if "Video publish time" not in index:
        result.problem(file, line, NO_DATE)
        return None
    published = row[index["Video publish time"]].strip()
    if not published:  # Studio leaves it empty for a private video or a draft: never shown to an audience
        result.skip(SKIP_UNPUBLISHED)
        return None
    day = parse_month_name_date(published)
    if day is None:
        try:
            day = parse_iso_date(published)
        except ValueError:
            result.problem(file, line, BAD_DATE, value=repr(published)[:60])
            return None
    figures = figures_of(row, FIGURES, index, file, line, result)
    if figures is None:
        return None
    return ImportedPost(
        source_id=video_id,
        date=day,
        kind=ContributionKind.VIDEO,
        title=title_from_text(row[index["Video title"]]),
        url=f"https://www.youtube.com/watch?v={video_id}",
        line=line,
        file=file,
        **figures,  # type: ignore[arg-type]  # only the metric fields, all int | None
    )
