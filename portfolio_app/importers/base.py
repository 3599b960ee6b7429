"""What every importer hands back: plain records, row problems, skip counts.

Importers only read. They never touch the database, so a preview (dry run)
and the real import see exactly the same records.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.errors import PortfolioError

CONTEXT = "importers"

# Called now and then with (bytes read, bytes expected or 0 when unknown).
# To cancel, the hook raises ImportCancelled; nothing has been written then.
ProgressHook = Callable[[int, int], None]


class ImportRefused(PortfolioError):
    """The whole input is unusable; nothing of it may be imported.

    ``reason`` is an English template marked for translation; ``args`` fill it.
    ``str()`` gives the one-line English message "file, line N: reason".
    """

    def __init__(self, reason: str, file: str | None = None, line: int | None = None, **args: object):
        self.reason = reason
        self.file = file
        self.line = line
        self.args_ = args
        super().__init__(self.message)

    @property
    def detail(self) -> str:
        try:
            return self.reason.format(**self.args_)
        except (KeyError, IndexError, ValueError):
            return self.reason

    @property
    def message(self) -> str:
        return _locate(self.file, self.line) + self.detail


class ImportCancelled(Exception):
    """The user stopped the import; raised by a progress hook."""


def _locate(file: str | None, line: int | None, entry: int | None = None) -> str:
    if file and line and entry:
        return f"{file}, line {line}, entry {entry}: "
    if file and line:
        return f"{file}, line {line}: "
    if file:
        return f"{file}: "
    return ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One entry that could not be used; the rest of the import can go on."""

    file: str
    line: int | None
    reason: str  # English template marked with QT_TRANSLATE_NOOP
    args: tuple[tuple[str, object], ...] = ()
    entry: int | None = None  # the entry's number in a JSON array, whose one line may hold them all

    @property
    def detail(self) -> str:
        try:
            return self.reason.format(**dict(self.args))
        except (KeyError, IndexError, ValueError):
            return self.reason

    @property
    def message(self) -> str:
        return _locate(self.file, self.line, self.entry) + self.detail


def entries_of(problems: Iterable[RowProblem]) -> int:
    """How many entries ``problems`` keep out: one entry may have several (a field each), and one line
    of a JSON export may hold every entry, so they count by file, line and entry number."""
    return len({(problem.file, problem.line, problem.entry) for problem in problems})


@dataclass(slots=True)
class ImportedPost:
    """One contribution as the export describes it; field names match Contribution."""

    source_id: str
    date: date
    kind: ContributionKind
    title: str
    url: str | None = None
    notes: str | None = None
    tags: str | None = None
    language: str | None = None
    impressions: int | None = None
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    clicks: int | None = None
    engagements: int | None = None  # the platform's total of interactions (LinkedIn)
    attendees: int | None = None
    private: bool = False
    line: int | None = None  # where the entry starts in its file, for the report
    file: str | None = None
    entry: int | None = None  # its number in a JSON array (see RowProblem.entry)


IMPORTED_FIELDS = (
    "date", "kind", "title", "url", "notes", "tags", "language",
    "impressions", "reach", "reactions", "comments", "shares", "clicks", "engagements", "attendees",
    "private",
)
"""The Contribution fields an import may set (and later update)."""


@dataclass(frozen=True, slots=True)
class ImportedAccount:
    """The account the export belongs to: becomes (or finds) an Audience."""

    platform: Platform
    handle: str | None
    name: str
    url: str | None = None
    size: int | None = None  # followers/connections at export time, when the export tells
    size_date: date | None = None


@dataclass(frozen=True, slots=True)
class PeriodTotal:
    """Figures the platform reports for the whole account over a period (LinkedIn's DISCOVERY sheet);
    stored with that period, never spread over posts or days."""

    start: date
    end: date
    impressions: int | None = None
    reached: int | None = None  # people (LinkedIn: members) reached in the period


@dataclass(slots=True)
class ParsedExport:
    """Everything one export holds, ready for the import service."""

    source: str  # stored on each contribution: "x", "linkedin", "mastodon", "csv:<name>"
    account: ImportedAccount | None = None
    posts: list[ImportedPost] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason template -> count
    notes: list[RowProblem] = field(default_factory=list)  # worth knowing, imported all the same
    # what a re-import may change on a post already recorded: analytics exports bring figures only,
    # so the archive's text, links and kind are never replaced by their shorter versions
    update_fields: tuple[str, ...] = IMPORTED_FIELDS
    # dated audience sizes beyond account.size (LinkedIn's daily followers)
    sizes: list[tuple[date, int]] = field(default_factory=list)
    # figures for the account over a stated period (LinkedIn's DISCOVERY)
    period_totals: list[PeriodTotal] = field(default_factory=list)
    # posts named by another id than the posts already recorded (LinkedIn analytics): matched by day too
    match_by_date: bool = False
    # the rest of a whole LinkedIn export: profile fields, positions and recommendations
    profile: dict[str, str] | None = None
    employments: list[Any] = field(default_factory=list)  # linkedin_career.ImportedRecord
    testimonials: list[Any] = field(default_factory=list)

    def extend(self, other: ParsedExport) -> None:
        """Take in the records of another file of the same export (several files, one import)."""
        self.posts.extend(other.posts)
        self.problems.extend(other.problems)
        self.skipped.update(other.skipped)
        self.notes.extend(other.notes)
        if self.account is None or (other.account is not None and other.account.handle and not self.account.handle):
            self.account = other.account

    def add(self, post: ImportedPost) -> None:
        self.posts.append(post)

    def skip(self, reason: str, count: int = 1) -> None:
        self.skipped[reason] += count

    def problem(self, file: str, line: int | None, reason: str, *, entry: int | None = None, **args: object) -> None:
        self.problems.append(RowProblem(file, line, reason, tuple(args.items()), entry))

    def note(self, file: str, line: int | None, reason: str, **args: object) -> None:
        self.notes.append(RowProblem(file, line, reason, tuple(args.items())))

    def drop_duplicate_ids(self) -> None:
        """Keep the last entry per source_id (split or overlapping files repeat some)."""
        seen: dict[str, int] = {}
        for index, post in enumerate(self.posts):
            seen[post.source_id] = index
        if len(seen) == len(self.posts):
            return
        keep = set(seen.values())
        self.skip(SKIP_DUPLICATE, len(self.posts) - len(keep))
        self.posts = [post for index, post in enumerate(self.posts) if index in keep]


SKIP_REPOST = QT_TRANSLATE_NOOP("importers", "reposts of other people's posts")
SKIP_DUPLICATE = QT_TRANSLATE_NOOP("importers", "entries listed twice in the export")
SKIP_OTHER_ACTIVITY = QT_TRANSLATE_NOOP("importers", "activities that are not posts")

TITLE_LENGTH = 120
# Control characters (other than line breaks and tabs) are never meant as text in a post.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
UNTITLED = QT_TRANSLATE_NOOP("importers", "Post without text")


def title_from_text(text: str, fallback: str = UNTITLED) -> str:
    """A one-line title: the first non-empty line, shortened at a word boundary."""
    for line in text.splitlines():
        line = " ".join(_CONTROL.sub("", line).split())
        if line:
            if len(line) <= TITLE_LENGTH:
                return line
            cut = line[: TITLE_LENGTH - 1]
            space = cut.rfind(" ")
            if space > TITLE_LENGTH // 2:
                cut = cut[:space]
            return cut.rstrip(" ,;:.") + "…"
    return fallback


def notes_from_text(text: str, title: str) -> str | None:
    """The full text goes to notes unless the title already says all of it."""
    text = _CONTROL.sub("", text).strip("\n")
    return None if not text or text == title else text
