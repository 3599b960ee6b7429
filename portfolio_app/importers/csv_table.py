"""A platform's CSV as a table: its columns checked by name, rows of the wrong width reported.

Shared by the importers of fixed-layout CSV exports (LinkedIn Shares.csv,
X analytics, YouTube Studio): a file without the columns is refused naming
file, line and what is missing; a row with too few or too many fields is
reported with its line and the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import ImportRefused, ParsedExport
from portfolio_app.importers.csvtext import CsvRows
from portfolio_app.importers.values import parse_figure

FIELD_COUNT = QT_TRANSLATE_NOOP("importers", "{count} fields where the header has {expected}")
BAD_NUMBER = QT_TRANSLATE_NOOP("importers", "{column}: {value} is not a count")


def require_columns(header: list[str], required: Sequence[str], reason: str, file: str, line: int) -> None:
    """Refuse the file when a needed column is missing; `reason` names the export ({missing}, {found})."""
    missing = [column for column in required if column not in header]
    if missing:
        raise ImportRefused(reason, file, line, missing=", ".join(missing), found=", ".join(header)[:200])


def complete_rows(rows: CsvRows, width: int, result: ParsedExport) -> Iterator[tuple[int, list[str]]]:
    """(line, fields) of every row as wide as the header; the others become problems."""
    for line, row in rows:
        if len(row) != width:
            result.problem(rows.name, line, FIELD_COUNT, count=len(row), expected=width)
            continue
        yield line, row


def figures_of(row: list[str], columns: dict[str, str], positions: dict[str, int], file: str, line: int,
               result: ParsedExport) -> dict[str, int | None] | None:
    """Our figure -> its count in this row, for `columns` (figure -> column name) found at `positions`
    (column name -> index); None, with a problem naming the column, when a cell is not a count."""
    figures: dict[str, int | None] = {}
    for field, column in columns.items():
        if column not in positions:
            figures[field] = None  # a column the user did not export: unknown, not zero
            continue
        cell = row[positions[column]]
        try:
            figures[field] = parse_figure(cell)
        except ValueError:
            result.problem(file, line, BAD_NUMBER, column=column, value=repr(cell)[:40])
            return None
    return figures
