"""Turning the text of an export into numbers and dates, or None when unknown."""

from __future__ import annotations

import re
from datetime import date, datetime

_GROUPED = re.compile(r"^\d{1,3}(?:([,.' \u00a0\u202f])\d{3})(?:\1\d{3})*$")
_UNKNOWN = {"", "-", "–", "n/a", "na", "none", "null", "unknown"}


def parse_count(value: object) -> int | None:
    """A non-negative whole number, from an int or a string like "1,234"; None when unknown.

    Raises ValueError for text that is not a count (a negative, a fraction, a word),
    so a CSV importer can report the row; archives call it on well-formed strings.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if value < 0:
            raise ValueError(value)
        return value
    if isinstance(value, float):
        if value < 0 or not value.is_integer():
            raise ValueError(value)
        return int(value)
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    if text.lower() in _UNKNOWN:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if _GROUPED.match(text):
        return int(re.sub(r"\D", "", text))
    raise ValueError(value)


_FLOAT_COUNT = re.compile(r"^\s*(\d+)\.0*\s*$")


def parse_figure(text: str) -> int | None:
    """A count as analytics exports write it: `4715.0`, `4715`, `1,234`; `-` and empty are unknown."""
    match = _FLOAT_COUNT.match(text)
    if match:
        return int(match.group(1))
    return parse_count(text)


def safe_count(value: object) -> int | None:
    """parse_count for archive fields: anything unusable counts as unknown."""
    try:
        return parse_count(value)
    except ValueError:
        return None


def parse_iso_date(value: str) -> date:
    """`2025-07-01 14:33:22`, `2025-07-01T14:33:22Z`, `2025-07-01`; ValueError otherwise."""
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text).date()


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_WORDY_DATE = re.compile(r"(?:[A-Za-z]{3},\s*)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),\s*(\d{4})")


def parse_month_name_date(value: str) -> date | None:
    """`Sat, Aug 22, 2026`, `Aug 28, 2025`, `August 2, 2026` (English, as the platforms write it); None otherwise."""
    match = _WORDY_DATE.fullmatch(value.strip())
    if not match:
        return None
    month = _MONTHS.get(match.group(1).lower())
    if month is None:
        return None
    try:
        return date(int(match.group(3)), month, int(match.group(2)))
    except ValueError:
        return None
