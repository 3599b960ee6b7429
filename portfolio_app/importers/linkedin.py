"""The LinkedIn data export: Shares.csv for posts, Connections.csv for network size.

LinkedIn writes multi-line commentary with doubled quotes around every inner
line break: a CSV parser then leaves a stray `"` at the end of every line but
the last and at the start of every line but the first. That is undone here so
the text reads exactly as written. `Visibility` CONNECTIONS (and the like)
makes a post private; MEMBER_NETWORK, PUBLIC and ANYONE are public.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from urllib.parse import unquote

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
from portfolio_app.importers.csv_table import complete_rows, require_columns
from portfolio_app.importers.csvtext import CsvRows, LineCounter
from portfolio_app.importers.identify import members_of_kind, refuse_other_kind
from portfolio_app.importers.linkedin_career import read_career
from portfolio_app.importers.values import parse_iso_date

SOURCE = "linkedin"
SHARES_COLUMNS = ("Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility")
REQUIRED_COLUMNS = ("Date", "ShareCommentary")
CONNECTIONS_HEADER = "First Name"
MAX_NOTE_LINES = 20
PUBLIC_VISIBILITY = frozenset({"MEMBER_NETWORK", "PUBLIC", "ANYONE", "LOGGED_IN"})

WRONG_COLUMNS = QT_TRANSLATE_NOOP(
    "importers", "the columns are not those of LinkedIn's Shares.csv (missing {missing}; found {found})")
BAD_DATE = QT_TRANSLATE_NOOP("importers", "unreadable date {value}")
WORKBOOK_INSIDE = QT_TRANSLATE_NOOP(
    "importers", "it also holds an analytics workbook ({name}); import the same file as LinkedIn analytics "
    "for its impressions, engagements and followers")
NO_CONNECTIONS_HEADER = QT_TRANSLATE_NOOP(
    "importers", "no header line starting with \"First Name\"; the network size was not read")

_URN = re.compile(r"urn:li:(?:share|activity|ugcPost):\d+")


def undo_doubled_quotes(text: str) -> str:
    """Drop the stray quotes LinkedIn leaves around the inner line breaks of a post.

    Real exports write a multi-line post so that a `"` ends every line but the
    last and starts every line but the first; older ones (and hand-made files)
    only end the lines with one. Only when every line shows the pattern is it
    the export's quirk; text from other tools is left as it is.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) < 2 or not all(line.endswith('"') for line in lines[:-1]):
        return text
    inner = lines[1:-1]
    if lines[-1].startswith('"') and all(len(line) >= 2 and line.startswith('"') for line in inner):
        return "\n".join([lines[0][:-1], *(line[1:-1] for line in inner), lines[-1][1:]])
    return "\n".join([line[:-1] for line in lines[:-1]] + lines[-1:])


def is_private(visibility: str) -> bool:
    """Posts shown to connections only stay on the machine; MEMBER_NETWORK (anyone on LinkedIn),
    PUBLIC and ANYONE are public, as is an export without the column."""
    value = visibility.strip().upper()
    return bool(value) and value not in PUBLIC_VISIBILITY


def share_id(link: str, day: date, text: str) -> str:
    """The post's URN from its link (stable across exports), else a digest of date and text."""
    match = _URN.search(unquote(link))
    if match:
        return match.group(0)
    if link.strip():
        return link.strip()
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return f"{day.isoformat()}:{digest}"


def parse_linkedin_export(path: str, progress: ProgressHook | None = None) -> ParsedExport:
    with open_container(path) as container:
        refuse_other_kind(container, ("linkedin-shares",), "LinkedIn's Shares.csv")
        shares = container.main("Shares.csv") or next(iter(members_of_kind(container, "linkedin-shares")), None)
        if shares is None:
            raise ImportRefused(MISSING_MEMBER, container.label, expected="Shares.csv")
        result = ParsedExport(SOURCE)
        _read_shares(container, shares, result, progress)
        if container.picked is None:  # a folder or the zip: the whole export
            read_career(container, result)
            workbooks = sorted(n for n in container.names() if n.lower().endswith(".xlsx"))
            if workbooks:  # its figures come in by the analytics import, which takes this file too
                result.note(container.label, None, WORKBOOK_INSIDE, name=workbooks[0].rsplit("/", 1)[-1])
        result.account = _read_account(container, result)
        result.drop_duplicate_ids()
        return result


def _read_shares(container: Container, name: str, result: ParsedExport,
                 progress: ProgressHook | None) -> None:
    display = container.display(name)
    with container.open_binary(name, progress) as binary:
        rows = CsvRows(LineCounter(text_reader(binary, display), display))
        header_line, header = rows.header()
        require_columns(header, REQUIRED_COLUMNS, WRONG_COLUMNS, display, header_line)
        index = {column: header.index(column) for column in SHARES_COLUMNS if column in header}
        for line, row in complete_rows(rows, len(header), result):
            field = {column: row[i] for column, i in index.items()}
            try:
                day = parse_iso_date(field["Date"])
            except ValueError:
                result.problem(display, line, BAD_DATE, value=repr(field["Date"])[:60])
                continue
            text = undo_doubled_quotes(field["ShareCommentary"].replace("\r\n", "\n")).strip()
            link = field.get("ShareLink", "").strip()
            title = title_from_text(text)
            result.add(ImportedPost(
                source_id=share_id(link, day, text),
                date=day,
                kind=ContributionKind.POST,
                title=title,
                url=link if link.startswith(("https://", "http://")) else None,
                notes=notes_from_text(text, title),
                private=is_private(field.get("Visibility", "")),
                line=line,
                file=display,
            ))


def _read_account(container: Container, result: ParsedExport) -> ImportedAccount:
    """Profile.csv names the person; Connections.csv gives the network size on the export date."""
    name = (result.profile or {}).get("name")
    size = size_date = None
    connections = container.find("Connections.csv")
    if connections is not None:
        size = _count_connections(container, connections, result)
        size_date = container.modified(connections) if size is not None else None
    return ImportedAccount(
        platform=Platform.LINKEDIN,
        handle=None,
        name=f"LinkedIn – {name}" if name else "LinkedIn",
        size=size,
        size_date=size_date,
    )


def _count_connections(container: Container, name: str, result: ParsedExport) -> int | None:
    """Rows after the header line; the file opens with a few lines of notes."""
    display = container.display(name)
    with container.open_binary(name) as binary:
        lines = LineCounter(text_reader(binary, display), display)
        for line in lines:
            if line.startswith(CONNECTIONS_HEADER):
                break
            if lines.lines >= MAX_NOTE_LINES:
                result.problem(display, None, NO_CONNECTIONS_HEADER)
                return None
        else:
            result.problem(display, None, NO_CONNECTIONS_HEADER)
            return None
        return sum(1 for _ in CsvRows(lines))
