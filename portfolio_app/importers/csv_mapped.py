"""Any CSV, through a mapping of contribution fields to its columns.

The user names which column holds what (`date=Posted on,title=Headline,
impressions=Views`); the date format is detected from the values, and a
preview shows the first rows before anything is imported.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypedDict

from portfolio_app.domain.enums import METRIC_FIELDS, ContributionKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import (
    ImportedPost,
    ImportRefused,
    ParsedExport,
    ProgressHook,
    notes_from_text,
    title_from_text,
)
from portfolio_app.importers.containers import MISSING_MEMBER, Container, open_container, text_reader
from portfolio_app.importers.csvtext import CsvRows, LineCounter, sniff_delimiter
from portfolio_app.importers.values import parse_count


class _MetricCounts(TypedDict, total=False):
    """The metrics a row gives (the mapped ones of METRIC_FIELDS), to pass on to ImportedPost."""

    impressions: int | None
    reach: int | None
    reactions: int | None
    comments: int | None
    shares: int | None
    clicks: int | None
    engagements: int | None
    attendees: int | None


SOURCE_PREFIX = "csv:"
MAPPABLE_FIELDS = ("id", "date", "kind", "title", "url", "notes", "tags", "language", *METRIC_FIELDS)
# The sample that dates are detected in and the preview shows stays small whatever the file holds.
SAMPLE_ROWS = 500
SAMPLE_CELL_CHARS = 1_000  # a cell of the sample is cut here: dates are short, a preview cell shows less
SAMPLE_CHARS = 2_000_000  # all cells of the sample together

ISO = "ISO 8601"
DATE_FORMATS = (
    ISO, "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y", "%d/%m/%y", "%m/%d/%y", "%Y/%m/%d",
    "%d-%m-%Y", "%m-%d-%Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%d. %B %Y",
)
# A time of day after the date is dropped before matching: the day is what counts.
_TIME = re.compile(
    r"(?:[ T]|, )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?$")

BAD_SPEC = QT_TRANSLATE_NOOP("importers", "\"{part}\" is not of the form field=Column")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("importers", "\"{name}\" is not a field that can be imported; use one of {fields}")
TWICE = QT_TRANSLATE_NOOP("importers", "the field \"{name}\" is mapped twice")
NEEDS = QT_TRANSLATE_NOOP("importers", "the mapping needs a date column and a title or notes column")
MISSING_COLUMNS = QT_TRANSLATE_NOOP("importers", "the file has no column {missing} (columns: {found})")
NO_DATE_FORMAT = QT_TRANSLATE_NOOP("importers", "the column \"{column}\" holds no dates in a format known here")
BAD_DATE = QT_TRANSLATE_NOOP("importers", "unreadable date {value} (expected {format})")
NO_DATE = QT_TRANSLATE_NOOP("importers", "no date")
AMBIGUOUS_DATES = QT_TRANSLATE_NOOP(
    "importers", "the dates in \"{column}\" fit more than one format; they were read as {format} "
    "(choose another date format if that is wrong)")
BAD_DATE_FORMAT = QT_TRANSLATE_NOOP(
    "importers", "{format} does not read a day, month and year; use e.g. %d.%m.%Y, %m/%d/%Y or %Y-%m-%d")
BAD_NUMBER = QT_TRANSLATE_NOOP("importers", "\"{column}\" is not a whole number ≥ 0: {value}")
BAD_KIND = QT_TRANSLATE_NOOP("importers", "unknown kind {value}")
SHORT_ROW = QT_TRANSLATE_NOOP("importers", "{count} fields where the header has {expected}")


class MappingError(ValueError):
    """The mapping itself is wrong (a usage error), independent of any file."""

    def __init__(self, reason: str, **args: object):
        self.reason = reason
        self.args_ = args
        super().__init__(reason.format(**args))


def parse_mapping(spec: str) -> dict[str, str]:
    """`date=Posted on,title=Headline` → {"date": "Posted on", "title": "Headline"}."""
    mapping: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        name, sep, column = part.partition("=")
        name, column = name.strip().lower(), column.strip()
        if not sep or not name or not column:
            raise MappingError(BAD_SPEC, part=part.strip())
        if name not in MAPPABLE_FIELDS:
            raise MappingError(UNKNOWN_FIELD, name=name, fields=", ".join(MAPPABLE_FIELDS))
        if name in mapping:
            raise MappingError(TWICE, name=name)
        mapping[name] = column
    check_mapping(mapping)
    return mapping


def check_mapping(mapping: dict[str, str]) -> None:
    unknown = [name for name in mapping if name not in MAPPABLE_FIELDS]
    if unknown:
        raise MappingError(UNKNOWN_FIELD, name=unknown[0], fields=", ".join(MAPPABLE_FIELDS))
    if "date" not in mapping or not ({"title", "notes"} & mapping.keys()):
        raise MappingError(NEEDS)


# -- dates ------------------------------------------------------------------

def parse_date(value: str, fmt: str) -> date:
    """One value in one format; ValueError when it does not fit."""
    text = _TIME.sub("", value.strip())
    if fmt == ISO:
        return date.fromisoformat(text)
    return datetime.strptime(text, fmt).date()


@dataclass(frozen=True, slots=True)
class DateGuess:
    format: str | None  # None: no known format fits
    matched: int  # sample values that fit it
    sampled: int
    ambiguous: bool  # another format fits as well and reads some day differently (3/4 vs 4/3)


def detect_date_format(values: list[str]) -> DateGuess:
    sample = [v for v in values if v.strip()]
    best: tuple[str, int] | None = None
    fits: dict[str, int] = {}
    for fmt in DATE_FORMATS:
        count = 0
        for value in sample:
            try:
                parse_date(value, fmt)
                count += 1
            except ValueError:
                pass
        fits[fmt] = count
        if count and (best is None or count > best[1]):
            best = (fmt, count)
    if best is None:
        return DateGuess(None, 0, len(sample), False)
    fmt, count = best
    ambiguous = any(
        other != fmt and fits[other] == count and _reads_differently(sample, fmt, other)
        for other in DATE_FORMATS
    )
    return DateGuess(fmt, count, len(sample), ambiguous)


def _reads_differently(sample: list[str], one: str, other: str) -> bool:
    for value in sample:
        try:
            if parse_date(value, one) != parse_date(value, other):
                return True
        except ValueError:
            continue
    return False


# -- preview ----------------------------------------------------------------

@dataclass(slots=True)
class CsvPreview:
    file: str
    delimiter: str
    columns: list[str]
    rows: list[list[str]]  # the first few, as in the file (each cell cut at SAMPLE_CELL_CHARS)
    date_columns: dict[str, DateGuess] = field(default_factory=dict)  # columns that hold dates
    suggested: dict[str, str] = field(default_factory=dict)  # field -> column, from the column names


_SUGGEST = {
    "date": ("date", "datum", "posted", "published", "created"),
    "title": ("title", "headline", "titel", "subject", "name"),
    "url": ("url", "link"),
    "notes": ("text", "content", "body", "description", "notes", "commentary"),
    "impressions": ("impressions", "views", "impressionen", "aufrufe"),
    "reach": ("reach", "reichweite"),
    "reactions": ("reactions", "likes", "reaktionen"),
    "comments": ("comments", "kommentare", "replies"),
    "shares": ("shares", "reposts", "retweets"),
    "clicks": ("clicks", "klicks"),
    "engagements": ("engagements", "interactions", "interaktionen"),
    "attendees": ("attendees", "participants", "teilnehmer"),
    "kind": ("kind", "type", "art"),
    "tags": ("tags", "hashtags"),
    "language": ("language", "lang", "sprache"),
}


def suggest_mapping(columns: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for name, words in _SUGGEST.items():
        for column in columns:
            lowered = column.lower()
            if column not in taken and any(word in lowered for word in words):
                mapping[name] = column
                taken.add(column)
                break
    return mapping


def _csv_member(container: Container) -> str:
    if container.picked:
        return container.picked
    found = sorted(n for n in container.names() if n.lower().endswith(".csv"))
    if not found:
        raise ImportRefused(MISSING_MEMBER, container.label, expected="*.csv")
    return found[0]


def _read_header(binary: io.BufferedReader, display: str, delimiter: str | None) -> tuple[CsvRows, int, list[str], str]:
    text = text_reader(binary, display)
    lines = LineCounter(text, display)
    # Sniff the delimiter on the first line, then hand that line back to the reader.
    first = next(lines, "")
    chosen = delimiter or sniff_delimiter(first)
    replay = _Replay(first, lines)
    rows = CsvRows(replay, chosen)  # type: ignore[arg-type]
    line, header = rows.header()
    return rows, line, header, chosen


class _Replay:
    """A LineCounter that gives one already-read line again first."""

    def __init__(self, first: str, lines: LineCounter):
        self._first = first
        self._inner = lines
        self.name = lines.name
        self.lines = 0

    def __iter__(self) -> _Replay:
        return self

    def __next__(self) -> str:
        if self._first:
            line, self._first = self._first, ""
            self.lines = 1
            return line
        line = next(self._inner)
        self.lines = self._inner.lines
        return line


def _sample(path: str, delimiter: str | None) -> tuple[str, str, list[str], list[list[str]]]:
    """(file as shown, delimiter, columns, the first SAMPLE_ROWS rows)."""
    with open_container(path) as container:
        name = _csv_member(container)
        display = container.display(name)
        with container.open_binary(name) as binary:
            reader, _line, columns, chosen = _read_header(binary, display, delimiter)
            sample: list[list[str]] = []
            room = SAMPLE_CHARS
            for _line, row in reader:
                kept = [cell[:SAMPLE_CELL_CHARS] for cell in row]
                sample.append(kept)
                room -= sum(map(len, kept)) + len(kept)
                if len(sample) >= SAMPLE_ROWS or room <= 0:
                    break
    return display, chosen, columns, sample


def _column_values(columns: list[str], sample: list[list[str]], column: str) -> list[str]:
    index = columns.index(column)
    return [row[index] for row in sample if index < len(row)]


def preview_csv(path: str, rows: int = 5, delimiter: str | None = None) -> CsvPreview:
    display, chosen, columns, sample = _sample(path, delimiter)
    guesses = {}
    for column in columns:
        guess = detect_date_format(_column_values(columns, sample, column))
        if guess.format and guess.matched * 2 > guess.sampled:
            guesses[column] = guess
    suggested = suggest_mapping(columns)
    date_column = suggested.get("date")
    if guesses and (date_column is None or date_column not in guesses):
        suggested["date"] = next(iter(guesses))
    return CsvPreview(display, chosen, columns, sample[:rows], guesses, suggested)


# -- import -----------------------------------------------------------------

def _kind_of(value: str) -> ContributionKind | None:
    text = value.strip().lower()
    if not text:
        return ContributionKind.POST
    for kind in ContributionKind:
        if text in (kind.value, kind.label.lower()):
            return kind
    return None


def date_format_problem(date_format: str) -> str | None:
    """Why a date format cannot be used (BAD_DATE_FORMAT, to fill with ``format``), or None.

    A usable format writes a day with day, month and year all different and
    reads the same day back; anything else would refuse every row.
    """
    if date_format == ISO:
        return None
    sample = date(2001, 2, 3)
    try:
        fits = datetime.strptime(sample.strftime(date_format), date_format).date() == sample
    except (ValueError, re.error):  # "%m/%m/%Y" names a part twice: strptime's pattern does not compile
        fits = False
    return None if fits else BAD_DATE_FORMAT


def parse_csv(path: str, mapping: dict[str, str], source_name: str | None = None,
              date_format: str | None = None, delimiter: str | None = None,
              progress: ProgressHook | None = None) -> ParsedExport:
    check_mapping(mapping)
    if date_format is not None and date_format_problem(date_format):
        raise ImportRefused(BAD_DATE_FORMAT, format=repr(date_format[:60]))
    result = ParsedExport(SOURCE_PREFIX + (source_name or Path(path).stem))
    if date_format is None:
        display, _chosen, columns, sample = _sample(path, delimiter)
        if mapping["date"] not in columns:
            raise ImportRefused(MISSING_COLUMNS, display, 1, missing=f'"{mapping["date"]}"',
                                found=", ".join(columns)[:200])
        guess = detect_date_format(_column_values(columns, sample, mapping["date"]))
        if guess.format is None:
            raise ImportRefused(NO_DATE_FORMAT, display, column=mapping["date"])
        date_format = guess.format
        if guess.ambiguous:
            result.note(display, None, AMBIGUOUS_DATES, column=mapping["date"], format=date_format)
    with open_container(path) as container:
        name = _csv_member(container)
        display = container.display(name)
        with container.open_binary(name, progress) as binary:
            rows, header_line, columns, _chosen = _read_header(binary, display, delimiter)
            missing = [column for column in mapping.values() if column not in columns]
            if missing:
                raise ImportRefused(MISSING_COLUMNS, display, header_line,
                                    missing=", ".join(f'"{m}"' for m in missing),
                                    found=", ".join(columns)[:200])
            index = {name: columns.index(column) for name, column in mapping.items()}
            for line, row in rows:
                post = _post_from(row, index, columns, date_format, display, line, result)
                if post is not None:
                    result.add(post)
    result.drop_duplicate_ids()
    return result


def _post_from(row: list[str], index: dict[str, int], columns: list[str], date_format: str, file: str,
               line: int, result: ParsedExport) -> ImportedPost | None:
    if max(index.values()) >= len(row):
        result.problem(file, line, SHORT_ROW, count=len(row), expected=max(index.values()) + 1)
        return None
    value = {name: row[i].strip() for name, i in index.items()}
    if not value["date"]:
        result.problem(file, line, NO_DATE)
        return None
    try:
        day = parse_date(value["date"], date_format)
    except ValueError:
        result.problem(file, line, BAD_DATE, value=repr(value["date"])[:60], format=date_format)
        return None
    metrics: _MetricCounts = {}
    for name in METRIC_FIELDS:
        if name in value:
            try:
                metrics[name] = parse_count(value[name])
            except ValueError:
                result.problem(file, line, BAD_NUMBER, column=columns[index[name]], value=repr(value[name])[:40])
                return None
    kind = _kind_of(value.get("kind", ""))
    if kind is None:
        result.problem(file, line, BAD_KIND, value=repr(value["kind"])[:40])
        return None
    text = value.get("notes", "")
    title = value.get("title") or title_from_text(text)
    notes = notes_from_text(text, title) if "notes" in value else None
    url = value.get("url") or None
    source_id = value.get("id") or url or _digest(day, title, text)
    return ImportedPost(
        source_id=source_id, date=day, kind=kind, title=title, url=url, notes=notes,
        tags=value.get("tags") or None, language=value.get("language") or None,
        line=line, file=file, **metrics,
    )


def _digest(day: date, title: str, text: str) -> str:
    digest = hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()[:16]
    return f"{day.isoformat()}:{digest}"
