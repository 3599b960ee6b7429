"""Numbers, money, percentages and dates the way a reader of the locale writes them.

Plain Python (no Babel, no Qt): the report speaks English and German, and the
region only changes separators: 1,234 (en), 1.234 (de_DE), 1’234 (de_CH).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

_LOCALE_PATTERN = re.compile(r"^(en|de)(?:[_-]([A-Za-z]{2}))?$")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    # Duden's abbreviations: short names stay whole, the others end in a full stop (never "Mär")
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
}
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


def _half_up(value: float, places: int) -> Decimal:
    """Round as people do on paper (1.25 → 1.3), not to even as float formatting does."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class NumberFormat:
    language: str  # "en" or "de"
    region: str  # "" or an ISO country code such as "CH"
    group: str
    decimal: str

    @property
    def tag(self) -> str:
        return f"{self.language}_{self.region}" if self.region else self.language


def parse_locale(tag: str) -> NumberFormat:
    """'en', 'en_GB', 'de', 'de_DE', 'de_CH', 'de-AT' … ; ValueError for anything else."""
    match = _LOCALE_PATTERN.match(tag.strip())
    if not match:
        raise ValueError(f"unsupported language {tag!r}: use en or de, optionally with a region such as de_CH")
    language, region = match.group(1), (match.group(2) or "").upper()
    if language == "en":
        return NumberFormat("en", region, ",", ".")
    if region in ("CH", "LI"):
        return NumberFormat("de", region, "’", ".")
    return NumberFormat("de", region, ".", ",")


class Formatter:
    """Formats figures for one locale; every number in the PDF goes through here."""

    def __init__(self, locale: str = "en"):
        self.number_format = parse_locale(locale)
        self.language = self.number_format.language

    def _group(self, digits: str) -> str:
        parts: list[str] = []
        while len(digits) > 3:
            parts.insert(0, digits[-3:])
            digits = digits[:-3]
        parts.insert(0, digits)
        return self.number_format.group.join(parts)

    def integer(self, value: int | float | None, unknown: str = "–") -> str:
        if value is None:
            return unknown
        rounded = value if isinstance(value, int) else int(_half_up(value, 0))
        sign = "−" if rounded < 0 else ""
        return sign + format(abs(rounded), ",").replace(",", self.number_format.group)

    def signed(self, value: int | None, unknown: str = "–") -> str:
        """Growth: +1,234 or −56 (a real minus sign), 0 without sign."""
        if value is None:
            return unknown
        return ("+" if value > 0 else "") + self.integer(value)

    def decimal(self, value: float | None, places: int = 1, unknown: str = "–") -> str:
        if value is None:
            return unknown
        magnitude = _half_up(abs(value), places)
        sign = "−" if value < 0 and magnitude > 0 else ""
        whole, _, fraction = f"{magnitude:.{places}f}".partition(".")
        text = self._group(whole)
        return sign + (text + self.number_format.decimal + fraction if places else text)

    def percent(self, share: float | None, places: int = 1, unknown: str = "–") -> str:
        """A share (0.042) as a percentage: 4.2% in English, 4,2 % in German."""
        if share is None:
            return unknown
        number = self.decimal(share * 100, places)
        return number + ("%" if self.language == "en" else NBSP + "%")

    def compact(self, value: int | None, unknown: str = "–") -> str:
        """Large figures for tiles: 12,345 stays whole; 1.2 M / 1,2 Mio. above a million."""
        if value is None:
            return unknown
        if abs(value) < 1_000_000:
            return self.integer(value)
        suffix = NBSP + ("M" if self.language == "en" else "Mio.")
        if abs(value) < 1_000_000_000:
            return self.decimal(value / 1_000_000, 1) + suffix
        return self.decimal(value / 1_000_000_000, 1) + NBSP + ("bn" if self.language == "en" else "Mrd.")

    def money(self, amount: float | None, currency: str, unknown: str = "–", compact: bool = False) -> str:
        """Estimates in whole units: 'EUR 1,234' (en, de_CH) or '1.234 EUR' (de).

        ``compact`` abbreviates by the same rule as :meth:`compact` (tiles: 'EUR 11.6 M').
        """
        if amount is None:
            return unknown
        number = self.compact(int(_half_up(amount, 0))) if compact else self.integer(amount)
        if self.language == "de" and self.number_format.region not in ("CH", "LI"):
            return f"{number}{NBSP}{currency}"
        return f"{currency}{NBSP}{number}"

    def date(self, day: dt.date | None, unknown: str = "–") -> str:
        """3 March 2024 / 3. März 2024."""
        if day is None:
            return unknown
        month = _MONTHS[self.language][day.month - 1]
        return f"{day.day} {month} {day.year}" if self.language == "en" else f"{day.day}. {month} {day.year}"

    def short_date(self, day: dt.date | None, unknown: str = "–") -> str:
        """For tables, in the same style as every other date: 3 Mar 2024 / 3. März 2024."""
        if day is None:
            return unknown
        month = _SHORT_MONTHS[self.language][day.month - 1]
        return f"{day.day} {month} {day.year}" if self.language == "en" else f"{day.day}. {month} {day.year}"

    def month(self, day: dt.date, short: bool = True) -> str:
        """Mar 2024 / März 2024, Okt. 2024."""
        names = _SHORT_MONTHS if short else _MONTHS
        return f"{names[self.language][day.month - 1]} {day.year}"

    def month_name(self, day: dt.date) -> str:
        return _SHORT_MONTHS[self.language][day.month - 1]

    def period(self, start: dt.date | None, end: dt.date | None, open_end: str = "") -> str:
        """'Mar 2018 – Sep 2026', or 'since Mar 2018' style via ``open_end`` text when end is None."""
        if start is None:
            return "" if end is None else f"– {self.month(end)}"
        if end is None:
            return f"{self.month(start)} – {open_end}".strip()
        if (start.year, start.month) == (end.year, end.month):
            return self.month(start)
        return f"{self.month(start)} – {self.month(end)}"

    def day_period(self, start: dt.date | None, end: dt.date | None) -> str:
        return f"{self.date(start)} – {self.date(end)}"
