"""Column descriptions shared by the table models: what a column shows and how it sorts.

Every model answers SORT_ROLE with the native value (date, int, str, bool or
None) so sorting compares dates as dates and numbers as numbers, and ID_ROLE
with the record id the row stands for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from portfolio_app.domain.enums import Labelled
from portfolio_app.ui.tables.format import format_date, format_int, format_percent

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

TEXT, INT, DATE, FLAG, LABEL = "text", "int", "date", "flag", "label"
PROGRESS = "progress"  # a share of a target (1.0 = 100 %): a percentage over a bar (see tables.progress)
CHECK_MARK = "✓"
CONTEXT = "columns"  # translation context of column titles


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # source text, translated in the "columns" context when shown
    kind: str = TEXT
    width: int = 120  # default width in pixels before the user resizes
    value: Callable[[Any], Any] | None = None  # native value of a row; default: row[key] / row.key
    label: Callable[[Any], str] | None = None  # for LABEL columns: the text shown for the native value
    empty: Callable[[], str] | None = None  # text for an unknown value, when it means something ("current")
    stretch: bool = False  # takes the width the other columns leave (the one long text column)
    hidden: bool = False  # hidden until the user shows it from the header's menu

    def native(self, row: Any) -> Any:
        if self.value is not None:
            return self.value(row)
        if isinstance(row, dict):
            return row.get(self.key)
        return getattr(row, self.key, None)

    def display(self, value: Any) -> str:
        if value is None and self.empty is not None:
            return self.empty()
        if self.kind == INT:
            return format_int(value)
        if self.kind == DATE:
            return format_date(value) if isinstance(value, dt.date) else ""
        if self.kind == FLAG:
            return CHECK_MARK if value else ""
        if self.kind == PROGRESS:
            return format_percent(value) if value is not None else "–"
        if self.kind == LABEL and self.label is not None:
            return self.label(value) if value is not None else ""
        return "" if value is None else str(value)

    def header(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def alignment(self) -> Qt.AlignmentFlag:
        if self.kind in (INT, PROGRESS):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.kind == FLAG:
            return Qt.AlignmentFlag.AlignCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def sort_key(value: Any) -> tuple:
    """Orders None after every value, and text without regard to case."""
    if value is None:
        return (1, 0)
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


def enum_label(enum_type: Callable[[str], Labelled]) -> Callable[[str], str]:
    """The translated label of a stored enum value (the raw value when it is not a member)."""

    def label(value: str) -> str:
        try:
            return QCoreApplication.translate("enum", enum_type(value).label)
        except ValueError:
            return value

    return label
