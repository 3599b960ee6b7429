"""Counts as people type them: "12k", "1.5k", "12 000", "12.000" in German, "1,234" in English.

``read_count`` turns the text of a count field (impressions, a follower count,
a target) into a whole number, or says why it cannot: not a number, not
whole, negative, too large, or ambiguous — "12.000" typed in an English
locale could be twelve or twelve thousand, and a silent guess is what made
"12k" turn into 12 before. The locale's own writing wins; the other
convention (point vs comma) is accepted where only it makes sense.

Pure: no Qt. The caller passes the locale's decimal and group separators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.validation import MAX_INT, NEGATIVE, TOO_LARGE

NOT_A_COUNT = QT_TRANSLATE_NOOP("validation", "Not a number: type digits such as 12000, 12 000 or 12k.")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "validation", "Could be %1 or %2: type the number without separators, or with k (thousand) or M (million).")
NOT_WHOLE_COUNT = QT_TRANSLATE_NOOP("validation", "Must be a whole number: %1 is not.")

SUFFIXES = {
    "k": 1_000, "tsd": 1_000, "tsd.": 1_000, "thousand": 1_000, "tausend": 1_000,
    "m": 1_000_000, "mio": 1_000_000, "mio.": 1_000_000, "mn": 1_000_000, "million": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "mrd": 1_000_000_000, "mrd.": 1_000_000_000,
    "billion": 1_000_000_000,
}
_SPACE_GROUP = "\x01"  # spaces, no-break spaces and apostrophes group thousands in any locale
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]+")
_SUFFIX = re.compile(r"^(.*?)\s*([a-z.]+)$", re.IGNORECASE)
_MINUS = ("-", "\u2212", "\u2013")


@dataclass(frozen=True)
class CountReading:
    """``value`` (None = unknown, the field is empty) or ``problem``: a marked reason, filled with ``details``."""

    value: int | None = None
    problem: str = ""
    details: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problem


def _read_plain(body: str, decimal: str, group: str) -> tuple[Fraction, bool] | None:
    """``body`` under one convention: (value, whether it used a decimal separator before exactly three digits)."""
    if body.count(decimal) > 1:
        return None
    whole, has_decimal, fraction = body.partition(decimal)
    if has_decimal and not (fraction.isdigit() and fraction.isascii()):
        return None
    parts = re.split(f"[{re.escape(group)}{_SPACE_GROUP}]", whole)
    if len(parts) > 1:  # grouped: 1 to 3 digits first, then groups of exactly 3
        if not (1 <= len(parts[0]) <= 3) or any(len(part) != 3 for part in parts[1:]):
            return None
    digits = "".join(parts)
    if not (digits.isdigit() and digits.isascii()):
        return None
    value = Fraction(int(digits))
    if has_decimal:
        value += Fraction(int(fraction), 10 ** len(fraction))
    return value, bool(has_decimal) and len(fraction) == 3


def _conventions(decimal: str) -> list[tuple[str, str]]:
    """(decimal, group) pairs to try: the locale's first, then the other of point and comma."""
    local = (decimal, "," if decimal == "." else ".")
    other = (local[1], local[0])
    return [local, other]


def _shown(value: Fraction, group: str) -> str:
    return f"{int(value):,}".replace(",", group if group.strip() else "\u202f")


def read_count(text: str, *, decimal: str = ".", group: str = ",") -> CountReading:
    """What a typed count means. Empty is unknown (None), never 0."""
    text = (text or "").strip()
    if not text:
        return CountReading(None)
    if text.startswith(_MINUS):
        return CountReading(problem=NEGATIVE)
    if text.startswith("+"):
        text = text[1:].lstrip()
    multiplier = 1
    match = _SUFFIX.match(text)
    if match and match.group(2).lower() in SUFFIXES:
        text, multiplier = match.group(1), SUFFIXES[match.group(2).lower()]
    body = _SPACES.sub(_SPACE_GROUP, text.strip())
    if not body or len(body) > 64:
        return CountReading(problem=NOT_A_COUNT)

    readings = []
    for index, (dec, grp) in enumerate(_conventions(decimal)):
        reading = _read_plain(body, dec, grp)
        if reading is not None:
            readings.append((index, reading[0] * multiplier, reading[1]))
    if not readings:
        return CountReading(problem=NOT_A_COUNT)
    first_index, first_value, looks_grouped = readings[0]
    if first_index == 0 and not looks_grouped:
        value = first_value  # the locale's own writing, nothing to doubt
    else:
        values = sorted({value for _, value, _ in readings})
        if len(values) > 1:
            shown = tuple(_format_plain(v, decimal, group) for v in values)
            return CountReading(problem=AMBIGUOUS, details=shown)
        value = values[0]
    if value.denominator != 1:
        return CountReading(problem=NOT_WHOLE_COUNT, details=(_format_plain(value, decimal, group),))
    if value > MAX_INT:
        return CountReading(problem=TOO_LARGE)
    return CountReading(int(value))


def _format_plain(value: Fraction, decimal: str, group: str) -> str:
    """A reading as the locale writes it: 12,000 / 12 / 1.5 (for the reasons, not for storage)."""
    whole = _shown(value, group)
    rest = value - int(value)
    if not rest:
        return whole
    digits = f"{float(rest):.6f}"[2:].rstrip("0") or "0"
    return f"{whole}{decimal}{digits}"

