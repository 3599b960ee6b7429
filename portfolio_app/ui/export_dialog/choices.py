"""What the export dialog remembers between exports, and how a period choice becomes dates.

The last choices live in the window's QSettings under "export_last/"; until the
user has exported once, the dialog starts from the defaults of Preferences →
Export ("export/", see ui/preferences_dialog.py) and from the value settings.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

from portfolio_app.domain.records import Period

LAST_GROUP = "export_last"
PERIOD_KINDS = ("all", "year", "12m", "employment", "custom")
APPENDIX_MODES = ("selected", "full", "none")  # report.selection.AppendixMode; a test keeps them in step
SECTION_NAMES = ("cover", "summary", "charts", "career", "campaigns", "highlights", "audiences", "testimonials",
                 "method", "appendix")  # report.options.Section order; a test keeps them in step
# page 1 is the executive summary; the cover in front of it is optional (report.options.DEFAULT_SECTIONS)
DEFAULT_SECTIONS = tuple(name for name in SECTION_NAMES if name != "cover")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class ExportChoices:
    period_kind: str = "all"
    employment_id: int | None = None  # when period_kind is "employment"
    start: dt.date | None = None  # when period_kind is "custom"
    end: dt.date | None = None
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    language: str = "en"
    page_size: str = "a4"
    prepared_for: str = ""
    anonymize: bool = False
    show_money: bool = True
    currency: str = "EUR"
    appendix: str = "selected"
    folder: str = ""  # the folder of the last PDF

    def with_changes(self, **changes) -> ExportChoices:
        return replace(self, **changes)


def valid_currency(code: str) -> bool:
    return bool(_CURRENCY.match(code))


def months_back(today: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier, clamped to the end of a shorter month."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return dt.date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def resolve_period(choices: ExportChoices, today: dt.date, employments: dict[int, tuple[dt.date, dt.date | None]]
                   ) -> Period:
    """The dates a choice stands for; an open end means "up to today" in the report."""
    kind = choices.period_kind
    if kind == "year":
        return Period(dt.date(today.year, 1, 1), today)
    if kind == "12m":
        return Period(months_back(today, 12) + dt.timedelta(days=1), today)
    if kind == "employment" and choices.employment_id in employments:
        return Period(*employments[choices.employment_id])
    if kind == "custom":
        return Period(choices.start, choices.end)
    return Period()


def safe_file_name(text: str) -> str:
    """``text`` without the characters Windows, macOS or Linux refuse in a file name."""
    return _UNSAFE_IN_FILE_NAMES.sub(" ", text).strip(" .")


# remembering --------------------------------------------------------------------------------------------------
def has_last_choices(settings: QSettings) -> bool:
    return settings.contains(f"{LAST_GROUP}/language")


def read_last_choices(settings: QSettings, fallback: ExportChoices) -> ExportChoices:
    """The choices of the last export; ``fallback`` field by field for anything missing or unreadable."""
    if not has_last_choices(settings):
        return fallback

    def value(key: str, default):
        return settings.value(f"{LAST_GROUP}/{key}", default)

    def text(key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        raw = value(key, default)
        raw = raw if isinstance(raw, str) else default
        return raw if allowed is None or raw in allowed else default

    def flag(key: str, default: bool) -> bool:
        raw = value(key, default)
        return raw in (True, "true", "1", 1) if raw is not None else default

    def day(key: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text(key, ""))
        except ValueError:
            return None

    try:
        employment_id = int(value("employment_id", 0) or 0) or None
    except (TypeError, ValueError):
        employment_id = None
    sections = tuple(name for name in SECTION_NAMES if name in text("sections", "").split(","))
    currency = text("currency", fallback.currency)
    return ExportChoices(
        period_kind=text("period", fallback.period_kind, PERIOD_KINDS),
        employment_id=employment_id,
        start=day("start"),
        end=day("end"),
        sections=sections or fallback.sections,
        language=text("language", fallback.language, ("en", "de")),
        page_size=text("page_size", fallback.page_size, ("a4", "letter")),
        prepared_for=text("prepared_for", fallback.prepared_for),
        anonymize=flag("anonymize", fallback.anonymize),
        show_money=flag("show_money", fallback.show_money),
        currency=currency if valid_currency(currency) else fallback.currency,
        appendix=text("appendix", fallback.appendix, APPENDIX_MODES),
        folder=text("folder", fallback.folder),
    )


def write_last_choices(settings: QSettings, choices: ExportChoices) -> None:
    values = {
        "period": choices.period_kind,
        "employment_id": choices.employment_id or 0,
        "start": choices.start.isoformat() if choices.start else "",
        "end": choices.end.isoformat() if choices.end else "",
        "sections": ",".join(choices.sections),
        "language": choices.language,
        "page_size": choices.page_size,
        "prepared_for": choices.prepared_for,
        "anonymize": bool(choices.anonymize),
        "show_money": bool(choices.show_money),
        "currency": choices.currency,
        "appendix": choices.appendix,
        "folder": choices.folder,
    }
    for key, value in values.items():
        settings.setValue(f"{LAST_GROUP}/{key}", value)
    settings.sync()
