"""The rest of the LinkedIn data export: Profile.csv, Positions.csv, Recommendations_Received.csv, articles.

Read only when a folder or the export's zip was given (a picked Shares.csv is
read alone). Each record carries a key of the export's own (company and start
month, author and date, article file) so a re-import finds it again after the
user edited it.

- Profile.csv: `First Name, Last Name, …, Headline, Summary, …, Geo Location, …, Websites`
- Positions.csv: `Company Name, Title, Description, Location, Started On, Finished On`
  with months written `Jan 2015` (an empty Finished On is the current role)
- Recommendations_Received.csv: `First Name, Last Name, Company, Job Title, Text,
  Creation Date, Status`, dates `07/21/09, 12:11 PM`; only VISIBLE ones are
  imported (a hidden one is not the user's to show)
- Articles/Articles/*.html: one published article each, its title in <h1> or <title>
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import ImportedPost, ImportRefused, ParsedExport, notes_from_text, title_from_text
from portfolio_app.importers.containers import Container, text_reader
from portfolio_app.importers.csvtext import CsvRows, LineCounter
from portfolio_app.importers.htmltext import html_to_text

MAX_NOTE_LINES = 20
MAX_ARTICLE_BYTES = 8 << 20

BAD_MONTH = QT_TRANSLATE_NOOP("importers", "unreadable month {value} (expected like \"Jan 2015\")")
NO_START = QT_TRANSLATE_NOOP("importers", "a position without its start")
NO_DATE = QT_TRANSLATE_NOOP("importers", "no date in the article")
BAD_DATE = QT_TRANSLATE_NOOP("importers", "unreadable date {value}")

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>|<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HEAD = re.compile(r"<head.*?</head>|<style.*?</style>|<script.*?</script>", re.IGNORECASE | re.DOTALL)
_PUBLISHED = re.compile(r"published[^0-9]{0,40}(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
_CREATED = re.compile(r"created[^0-9]{0,40}(\d{4}-\d{2}-\d{2})", re.IGNORECASE)


@dataclass(slots=True)
class ImportedRecord:
    """One employment or testimonial as the export has it; values use the table's field names."""

    source_id: str
    values: dict[str, object]
    line: int | None = None
    file: str | None = None


def read_career(container: Container, result: ParsedExport) -> None:
    """Fill result.profile, .employments, .testimonials and article posts from the export's other files."""
    profile = container.find("Profile.csv")
    if profile is not None:
        result.profile = _profile(container, profile)
    positions = container.find("Positions.csv")
    if positions is not None:
        result.employments = _positions(container, positions, result)
    recommendations = container.find("Recommendations_Received.csv")
    if recommendations is not None:
        result.testimonials = _recommendations(container, recommendations, result)
    for name in sorted(n for n in container.names() if _is_article(n)):
        post = _article(container, name, result)
        if post is not None:
            result.add(post)


def _table(container: Container, name: str,
           first_column: str) -> tuple[str, list[str], list[tuple[int, dict[str, str]]]]:
    display = container.display(name)
    with container.open_binary(name) as binary:
        rows = CsvRows(LineCounter(text_reader(binary, display), display))
        header: list[str] | None = None
        records = []
        for line, row in rows:
            fields = [field.strip() for field in row]
            if header is None:
                if fields and fields[0] == first_column:
                    header = fields
                elif line > MAX_NOTE_LINES:
                    break
                continue
            records.append((line, dict(zip(header, (field.strip() for field in row), strict=False))))
    return display, header or [], records


def _profile(container: Container, name: str) -> dict[str, str]:
    _display, _header, records = _table(container, name, "First Name")
    if not records:
        return {}
    values = records[0][1]
    person = " ".join(part for part in (values.get("First Name", ""), values.get("Last Name", "")) if part)
    website = re.search(r"https?://[^\s,\]]+", values.get("Websites", ""))
    return {key: value for key, value in {
        "name": person,
        "headline": values.get("Headline", ""),
        "summary": values.get("Summary", "").replace("\r\n", "\n"),
        "location": values.get("Geo Location", "") or values.get("Address", ""),
        "website": website.group(0) if website else "",
    }.items() if value}


def parse_month(value: str, end: bool = False) -> date:
    """`Jan 2015` (also `January 2015`, `2015`): the first day of it, or with end the last; ValueError otherwise."""
    parts = value.split()
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 4:
        year, month = int(parts[0]), 12 if end else 1
    elif len(parts) == 2 and parts[0][:3].lower() in _MONTHS and parts[1].isdigit():
        year, month = int(parts[1]), _MONTHS[parts[0][:3].lower()]
    else:
        raise ValueError(value)
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def _key(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _positions(container: Container, name: str, result: ParsedExport) -> list[ImportedRecord]:
    display, _header, records = _table(container, name, "Company Name")
    found = []
    for line, values in records:
        company, started = values.get("Company Name", ""), values.get("Started On", "")
        if not started:
            result.problem(display, line, NO_START)
            continue
        try:
            start = parse_month(started)
            finished = values.get("Finished On", "").strip()
            # current exports write "Present" for the role held now, older ones leave it empty
            end = parse_month(finished, end=True) if finished and finished.lower() != "present" else None
        except ValueError as error:
            result.problem(display, line, BAD_MONTH, value=repr(str(error))[:40])
            continue
        notes = "\n\n".join(part for part in (values.get("Description", ""), values.get("Location", "")) if part)
        found.append(ImportedRecord(
            source_id=f"position:{_key(company.lower(), started)}",
            values={"organisation": company, "role": values.get("Title", ""), "start_date": start,
                    "end_date": end, "notes": notes.replace("\r\n", "\n")},
            line=line, file=display))
    return found


def parse_recommendation_date(value: str) -> date | None:
    """`07/21/09, 12:11 PM` (month/day/two-digit year), or ISO; None when empty."""
    value = value.strip()
    if not value:
        return None
    for pattern in ("%m/%d/%y, %I:%M %p", "%m/%d/%y", "%m/%d/%Y, %I:%M %p", "%m/%d/%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    match = _ISO_DATE.match(value)
    if match:
        return date(*map(int, match.groups()))
    raise ValueError(value)


def _recommendations(container: Container, name: str, result: ParsedExport) -> list[ImportedRecord]:
    display, _header, records = _table(container, name, "First Name")
    found = []
    for line, values in records:
        if values.get("Status", "VISIBLE").strip().upper() not in ("VISIBLE", ""):
            continue  # hidden on the profile: the user chose not to show it
        author = " ".join(p for p in (values.get("First Name", ""), values.get("Last Name", "")) if p)
        created = values.get("Creation Date", "")
        try:
            day = parse_recommendation_date(created)
        except ValueError:
            result.problem(display, line, BAD_DATE, value=repr(created)[:40])
            continue
        # the company is the author's organisation (0008), not part of the role
        found.append(ImportedRecord(
            source_id=f"recommendation:{_key(author.lower(), created)}",
            values={"author": author, "author_role": values.get("Job Title", ""),
                    "author_organisation": values.get("Company", ""),
                    "text": values.get("Text", "").replace("\r\n", "\n"), "date": day, "may_publish": False},
            line=line, file=display))
    return found


def _is_article(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(".html") and "/articles/" in f"/{lowered}"


def _article(container: Container, name: str, result: ParsedExport) -> ImportedPost | None:
    display = container.display(name)
    with container.open_binary(name, limit=MAX_ARTICLE_BYTES) as binary:
        try:
            markup = binary.read().decode("utf-8")
        except UnicodeDecodeError:
            raise ImportRefused(QT_TRANSLATE_NOOP("importers", "the file is not UTF-8 text"), display) from None
    # the day it went public; a draft's creation day, or any date in it, only when that is missing
    found = _PUBLISHED.search(markup) or _CREATED.search(markup) or _ISO_DATE.search(markup)
    if found is None:
        result.problem(display, None, NO_DATE)
        return None
    text = found.group(1) if found.re is not _ISO_DATE else found.group(0)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        result.problem(display, None, BAD_DATE, value=repr(text))
        return None
    heading = _HEADING.search(markup)
    title = title_from_text(html_to_text((heading.group(1) or heading.group(2)) if heading else ""),
                            fallback=name.rsplit("/", 1)[-1].removesuffix(".html"))
    body = html_to_text(_HEAD.sub("", markup))
    return ImportedPost(source_id=f"article:{name.rsplit('/', 1)[-1]}", date=day, kind=ContributionKind.ARTICLE,
                        title=title, notes=notes_from_text(body, title), line=None, file=display)
