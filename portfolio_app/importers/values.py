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
