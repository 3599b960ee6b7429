"""The kinds of record the app keeps, and the value that says which of them a change touched.

``RecordKind`` values are the table names, so a kind can stand wherever a
table name was used. ``Changes`` is what every data-changing service returns
and what the window broadcasts after an operation: which kinds changed and,
where known, which ids. Views refresh only for the kinds they show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class RecordKind(StrEnum):
    CONTRIBUTION = "contribution"
    AUDIENCE = "audience"
    AUDIENCE_SNAPSHOT = "audience_snapshot"
    AUDIENCE_PERIOD_TOTAL = "audience_period_total"  # a platform's figures for a period (0010)
    CAMPAIGN = "campaign"
    EMPLOYMENT = "employment"
    TESTIMONIAL = "testimonial"
    PROFILE = "profile"
    VALUE_SETTINGS = "value_settings"


# the kinds with a table page, an editor and undoable deletes
TABLE_KINDS = (
    RecordKind.CONTRIBUTION,
    RecordKind.AUDIENCE,
    RecordKind.CAMPAIGN,
    RecordKind.EMPLOYMENT,
    RecordKind.TESTIMONIAL,
)


@dataclass(frozen=True)
class Changes:
    """Which kinds of record an operation changed, and the ids where they are known.

    ``database`` is set when a whole database arrived (opened, restored,
    swapped for the demo): every view shows something new.
    """

    kinds: frozenset[RecordKind] = frozenset()
    ids: Mapping[RecordKind, frozenset[int]] = field(default_factory=dict)
    database: bool = False

    @classmethod
    def of(cls, kind: RecordKind | str, ids: Iterable[int] = ()) -> Changes:
        kind = RecordKind(kind)
        return cls(frozenset({kind}), {kind: frozenset(ids)})

    @classmethod
    def whole_database(cls) -> Changes:
        return cls(frozenset(RecordKind), {}, database=True)

    def __or__(self, other: Changes) -> Changes:
        ids = {kind: self.ids.get(kind, frozenset()) | other.ids.get(kind, frozenset())
               for kind in self.ids.keys() | other.ids.keys()}
        return Changes(self.kinds | other.kinds, ids, self.database or other.database)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, kinds: Iterable[RecordKind]) -> bool:
        """Whether any of ``kinds`` changed (always, after a whole database arrived)."""
        return self.database or not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: RecordKind) -> frozenset[int]:
        return self.ids.get(kind, frozenset())


NO_CHANGES = Changes()
