"""CSV rows with their line numbers, read within bounds.

csv.reader pulls whole lines; a 2 GB file without a line break would be one
line. Lines here are read with a length cap, a row (which quoted line breaks
spread over several lines) with a cap on its characters, and then on its
columns, so a small zip holding a file of a million columns is refused after
one row instead of filling the memory. A cell may be as long as a note may be
(domain.validation.MAX_TEXT). Every failure (bad UTF-8, a broken quote, a
bound crossed) becomes an ImportRefused naming the file and line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.validation import MAX_TEXT
from portfolio_app.importers.base import ImportRefused
from portfolio_app.importers.containers import NOT_UTF8, TextSource
from portfolio_app.importers.jsonstream import EMPTY

MAX_LINE_CHARS = 1 << 20
MAX_ROW_CHARS = 1 << 20  # one row, over all its lines
MAX_COLUMNS = 1_000  # platform exports have a few dozen
MAX_CELL_CHARS = MAX_TEXT  # the longest note: a cell a form would accept is never the reason to refuse a file

# csv's own limit (128 KiB by default) is one for the whole process, which others may set too: it
# only needs to let a row through; the cell bound is checked here on every row.
csv.field_size_limit(max(csv.field_size_limit(), MAX_ROW_CHARS))

LINE_TOO_LONG = QT_TRANSLATE_NOOP("importers", "a line longer than {limit} characters; this is not a CSV export")
ROW_TOO_LONG = QT_TRANSLATE_NOOP("importers", "a row longer than {limit} characters; this is not a CSV export")
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "importers", "a row of {count} columns, more than the {limit} this app reads; this is not a CSV export")
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "importers", "a value longer than {limit} characters, the longest a note may be; shorten it and import again")
BAD_CSV = QT_TRANSLATE_NOOP("importers", "the CSV data is damaged ({error})")
BINARY = QT_TRANSLATE_NOOP("importers", "the file holds binary data, not text")


class LineCounter:
    """Feeds csv.reader one capped line at a time and knows how many it gave."""

    def __init__(self, text: io.TextIOBase | TextSource, name: str, max_line: int = MAX_LINE_CHARS):
        self._text = text
        self.name = name
        self._max_line = max_line
        self.lines = 0

    def __iter__(self) -> LineCounter:
        return self

    def __next__(self) -> str:
        try:
            line = self._text.readline(self._max_line + 1)
        except UnicodeDecodeError as error:
            raise ImportRefused(NOT_UTF8, self.name, self.lines + 1) from error
        if not line:
            raise StopIteration
        self.lines += 1
        if len(line) > self._max_line:
            raise ImportRefused(LINE_TOO_LONG, self.name, self.lines, limit=self._max_line)
        if "\x00" in line:
            raise ImportRefused(BINARY, self.name, self.lines)
        return line


def sniff_delimiter(header_line: str) -> str:
    """Comma, semicolon (spreadsheets in many European locales) or tab: whichever the header uses most."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class CsvRows:
    """Iterate (first line of the row, fields); header skipped by the caller via next()."""

    def __init__(self, lines: LineCounter, delimiter: str = ","):
        self._lines = lines
        self._row_chars = 0
        self._reader = csv.reader(self._bounded(lines), delimiter=delimiter, strict=False)
        self.name = lines.name

    def _bounded(self, lines: Iterable[str]) -> Iterator[str]:
        """The lines, refused once one row has taken more than MAX_ROW_CHARS of them (before csv holds it)."""
        for line in lines:
            self._row_chars += len(line)
            if self._row_chars > MAX_ROW_CHARS:
                raise ImportRefused(ROW_TOO_LONG, self.name, self._lines.lines, limit=MAX_ROW_CHARS)
            yield line

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            start = self._lines.lines + 1
            self._row_chars = 0
            try:
                row = next(self._reader)
            except StopIteration:
                return
            except csv.Error as error:
                if "field larger than field limit" in str(error):
                    raise ImportRefused(CELL_TOO_LONG, self.name, start, limit=MAX_CELL_CHARS) from error
                raise ImportRefused(BAD_CSV, self.name, start, error=str(error)) from error
            if len(row) > MAX_COLUMNS:
                raise ImportRefused(TOO_MANY_COLUMNS, self.name, start, count=len(row), limit=MAX_COLUMNS)
            if row and max(map(len, row)) > MAX_CELL_CHARS:
                raise ImportRefused(CELL_TOO_LONG, self.name, start, limit=MAX_CELL_CHARS)
            if not row or all(not field.strip() for field in row):
                continue
            yield start, row

    def header(self) -> tuple[int, list[str]]:
        for line, row in self:
            return line, [field.strip() for field in row]
        raise ImportRefused(EMPTY, self.name)
