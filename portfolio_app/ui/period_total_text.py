"""A platform's figures for a period (LinkedIn's DISCOVERY) as one line, with whose figure and which period.

Shown by the import wizard and the audience editor alike; a figure the
platform did not report reads "not reported", never 0.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from portfolio_app.importers.base import PeriodTotal
from portfolio_app.ui.tables.format import format_date, format_int
from portfolio_app.ui.text_fill import fill


def period_total_text(total: PeriodTotal, platform: str = "LinkedIn") -> str:
    def figure(value: int | None) -> str:
        return format_int(value) if value is not None else QCoreApplication.translate("PeriodTotal", "not reported")

    template = QCoreApplication.translate(
        "PeriodTotal", "impressions %1, members reached %2, as %3 reports for %4 – %5")
    return fill(template, figure(total.impressions), figure(total.reached), platform, format_date(total.start),
                format_date(total.end))
