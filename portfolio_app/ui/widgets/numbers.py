"""Numbers as the user's locale writes them, always with thousands separators.

QLocale.c() (what an unset LANG gives) omits group separators by default;
a count of 1234567 must still read 1,234,567, so the option is switched on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    from portfolio_app.domain.plausibility import Doubt


def number_locale() -> QLocale:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def format_int(value: int) -> str:
    return number_locale().toString(int(value))


def format_signed(value: int) -> str:
    """Growth: +1,234 / −56 / 0."""
    text = format_int(abs(value))
    if value > 0:
        return "+" + text
    if value < 0:
        return "\u2212" + text
    return text


def format_percent(share: float) -> str:
    """0.0345 → 3.5 % in the locale's decimal style, one decimal."""
    return number_locale().toString(share * 100, "f", 1) + "\u202f%"


def format_money(amount: float, currency: str, decimals: int = 0) -> str:
    return f"{number_locale().toString(float(amount), 'f', decimals)}\u00a0{currency}"


def format_compact(value: float) -> str:
    """Axis labels: 950, 12k, 1.2M — short enough to sit beside a chart."""
    locale = number_locale()
    magnitude = abs(value)
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if magnitude >= limit:
            scaled = value / limit
            decimals = 0 if abs(scaled) >= 10 or scaled == int(scaled) else 1
            return locale.toString(scaled, "f", decimals) + suffix
    return locale.toString(int(value))


def doubt_text(doubt: Doubt) -> str:
    """A domain.plausibility warning in the user's language, its figures grouped as the locale writes them."""
    from PySide6.QtCore import QCoreApplication

    from portfolio_app.ui.text_fill import fill

    return fill(QCoreApplication.translate("plausibility", doubt.template), *map(format_int, doubt.numbers))
