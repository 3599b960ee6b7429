"""Hand edits win: merging what an export says now with what it said last time and what the user has.

Every imported row keeps, as JSON, the values as they were last imported (its
snapshot). On the next import a field changes only where its current value
still equals that snapshot; a field the user changed since keeps the user's
value. Shared by contributions, employments and testimonials.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping


def plain(values: Mapping[str, object]) -> dict[str, object]:
    """Field values as JSON holds them (ISO dates), so rows and snapshots compare equal."""
    return {name: value.isoformat() if isinstance(value, dt.date) else value for name, value in values.items()}


# made once: json.dumps with options builds a new encoder on every call (a tenth of a 100k import)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def to_json(plain: Mapping[str, object]) -> str:
    return _ENCODER.encode(plain)


def merge(current: Mapping[str, object], snapshot: Mapping[str, object], incoming: Mapping[str, object],
          values: Mapping[str, object], fields: tuple[str, ...], all_fields: tuple[str, ...],
          never_erase: tuple[str, ...] = ()) -> tuple[dict[str, object], dict[str, object], int]:
    """(fields to write, the new snapshot, fields kept as edited by hand).

    current, snapshot and incoming are plain (JSON) forms; changes take their values from values.
    Only `fields` may change; the others of `all_fields` keep their snapshot as it was.
    A `never_erase` field the export leaves empty keeps the value there is.
    """
    changes: dict[str, object] = {}
    new_snapshot: dict[str, object] = {}
    kept = 0
    for name in all_fields:
        now, new = current[name], incoming[name]
        last_imported = snapshot.get(name, _MISSING)
        if name not in fields:
            if last_imported is not _MISSING:
                new_snapshot[name] = last_imported
            continue
        if new is None and now is not None and name in never_erase:
            # an export without this figure never erases a known one
            new_snapshot[name] = last_imported if last_imported is not _MISSING else now
            continue
        new_snapshot[name] = new
        if now == new:
            continue
        # a field an earlier version did not import yet (no snapshot) is filled while it is still empty
        if now == last_imported or (last_imported is _MISSING and now in (None, "")):
            changes[name] = values[name]
        else:
            kept += 1
    return changes, new_snapshot, kept


_MISSING = object()


def load_snapshot(text: str | None) -> dict[str, object]:
    try:
        snapshot = json.loads(text) if text else {}
    except ValueError:
        return {}
    return snapshot if isinstance(snapshot, dict) else {}


