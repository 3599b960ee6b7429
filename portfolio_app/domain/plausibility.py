"""Figures that are allowed but unlikely: warned about at the field, never refused.

A reach of 15 beside a million reactions, or an audience that shrinks from
16,332 to 12 in a month, is usually a typo ("12k" read as 12). The user may
still be right, so these are warnings: the form shows them and saves anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP

INTERACTION_FIELDS = ("reactions", "comments", "shares", "clicks")

MORE_INTERACTIONS_THAN_IMPRESSIONS = QT_TRANSLATE_NOOP(
    "plausibility", "More interactions (%1) than impressions (%2): is one of them mistyped?")
MORE_INTERACTIONS_THAN_REACH = QT_TRANSLATE_NOOP(
    "plausibility", "More interactions (%1) than people reached (%2): is one of them mistyped?")
REACH_ABOVE_IMPRESSIONS = QT_TRANSLATE_NOOP(
    "plausibility", "More people reached (%1) than impressions (%2): is one of them mistyped?")
SIZE_DROP = QT_TRANSLATE_NOOP("plausibility", "Down from %1 on the size before: is it mistyped?")
SIZE_JUMP = QT_TRANSLATE_NOOP("plausibility", "Up from %1 on the size before: is it mistyped?")

DROP_SHARE = 0.01  # keeping 1 % or less of the size before is a drop of 99 % or more
JUMP_FACTOR = 100


@dataclass(frozen=True)
class Doubt:
    """A marked template and the whole numbers that fill its %1, %2."""

    template: str
    numbers: tuple[int, ...]


def _known(values: Mapping, name: str) -> int | None:
    value = values.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def contribution_warnings(values: Mapping) -> dict[str, Doubt]:
    """Warnings by field for a contribution's metrics; unknown figures are never compared."""
    warnings: dict[str, Doubt] = {}
    known = {name: _known(values, name) for name in INTERACTION_FIELDS}
    typed = {name: value for name, value in known.items() if value is not None}
    engagements = _known(values, "engagements")
    if engagements is not None:  # the platform's total stands for the parts (domain.value.interactions_of)
        typed = {"engagements": engagements}
    impressions, reach = _known(values, "impressions"), _known(values, "reach")
    if typed:
        interactions = sum(typed.values())
        largest = max(typed, key=lambda name: typed[name])  # where a slipped "000" most likely is
        if impressions is not None and interactions > impressions:
            warnings[largest] = Doubt(MORE_INTERACTIONS_THAN_IMPRESSIONS, (interactions, impressions))
        elif reach is not None and interactions > reach:
            warnings[largest] = Doubt(MORE_INTERACTIONS_THAN_REACH, (interactions, reach))
    if reach is not None and impressions is not None and reach > impressions:
        warnings["reach"] = Doubt(REACH_ABOVE_IMPRESSIONS, (reach, impressions))
    return warnings


def size_warnings(entries: Sequence[tuple[dt.date | None, object]]) -> dict[int, Doubt]:
    """Warnings by row index for a size history (date, size) in any order: a fall of 99 % or a rise of 100×."""
    dated = sorted(
        ((day, size, index) for index, (day, size) in enumerate(entries)
         if isinstance(day, dt.date) and isinstance(size, int) and not isinstance(size, bool)),
        key=lambda row: (row[0], row[2]),
    )
    warnings: dict[int, Doubt] = {}
    for (_, before, _), (_, size, index) in zip(dated, dated[1:], strict=False):
        if before > 0 and size <= before * DROP_SHARE:
            warnings[index] = Doubt(SIZE_DROP, (before,))
        elif size > 0 and size >= max(before, 1) * JUMP_FACTOR and before >= 10:
            warnings[index] = Doubt(SIZE_JUMP, (before,))
    return warnings
