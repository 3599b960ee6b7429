"""What the export dialog remembers between exports, and how a period choice becomes dates.

The last choices are kept by ui/settings.py; until the user has exported once,
the dialog starts from the defaults of Preferences → Export (also there) and
from the value settings.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from portfolio_app.domain.records import Period

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
