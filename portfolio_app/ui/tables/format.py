"""Showing numbers and dates the way the user's locale writes them.

Unknown metrics are shown as a dash, never as 0 (unknown is not zero). Short
dates get a four-digit year: "3/9/24" is ambiguous, "3/9/2024" is not.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

UNKNOWN = "–"


def display_locale() -> QLocale:
    """The user's locale; the bare "C" locale (no LANG set) reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def short_date_format(locale: QLocale | None = None) -> str:
    pattern = (locale or display_locale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_int(value: int | None, locale: QLocale | None = None) -> str:
    if value is None:
        return UNKNOWN
    return (locale or display_locale()).toString(int(value))


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or display_locale()
    return locale.toString(QDate(value.year, value.month, value.day), short_date_format(locale))


def plural(text: str, n: int) -> str:
    """Resolve "(s)" in an untranslated English "%Ln thing(s)" text: "1 role", "3 roles".

    Call it on the result of translate(context, "%Ln thing(s)", "", n); a
    loaded translation has already chosen its plural form and is left alone.
    """
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text


def format_percent(share: float | None, locale: QLocale | None = None) -> str:
    """0.62 → "62 %" (whole percent: a target's progress, not a measurement to the decimal)."""
    if share is None:
        return UNKNOWN
    return (locale or display_locale()).toString(round(share * 100)) + "\u202f%"
