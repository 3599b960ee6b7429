"""CSV rows with their line numbers, read in bounded lines.

csv.reader pulls whole lines; a 2 GB file without a line break would be one
line. Lines here are read with a length cap, and every failure (bad UTF-8,
a broken quote) becomes an ImportRefused naming the file and line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from portfolio_app.domain.i18n import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import ImportRefused
from portfolio_app.importers.jsonstream import EMPTY
from portfolio_app.importers.sources import NOT_UTF8

MAX_LINE_CHARS = 1 << 20

LINE_TOO_LONG = QT_TRANSLATE_NOOP("importers", "a line longer than {limit} characters; this is not a CSV export")
BAD_CSV = QT_TRANSLATE_NOOP("importers", "the CSV data is damaged ({error})")
BINARY = QT_TRANSLATE_NOOP("importers", "the file holds binary data, not text")


class LineCounter:
    """Feeds csv.reader one capped line at a time and knows how many it gave."""

    def __init__(self, text: io.TextIOBase, name: str, max_line: int = MAX_LINE_CHARS):
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
        self._reader = csv.reader(lines, delimiter=delimiter, strict=False)
        self.name = lines.name

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            start = self._lines.lines + 1
            try:
                row = next(self._reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ImportRefused(BAD_CSV, self.name, start, error=str(error)) from error
            if not row or all(not field.strip() for field in row):
                continue
            yield start, row

    def header(self) -> tuple[int, list[str]]:
        for line, row in self:
            return line, [field.strip() for field in row]
        raise ImportRefused(EMPTY, self.name)
