"""Writing the rest of a LinkedIn export: the profile, positions as employments, recommendations as testimonials.

Runs inside the import's transaction. The profile gets only the fields that
are still empty (what the user typed stays). Employments and testimonials are
found again by the export's own key (source `linkedin` + source_id) and merged
like contributions: a field the user edited since the last import keeps the
user's value. Imported testimonials may not be published until the user says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.validation import check_employment, check_testimonial
from portfolio_app.importers import ParsedExport, RowProblem
from portfolio_app.services.import_merge import load_snapshot, merge, plain, to_json
from portfolio_app.storage.models import Employment, Profile, Testimonial

PROFILE = QT_TRANSLATE_NOOP("importing", "Profile")
EMPLOYMENTS = QT_TRANSLATE_NOOP("importing", "Employments")
TESTIMONIALS = QT_TRANSLATE_NOOP("importing", "Testimonials")
INVALID = QT_TRANSLATE_NOOP("importing", "{field}: {reason}")

EMPLOYMENT_FIELDS = ("organisation", "role", "start_date", "end_date", "notes")
TESTIMONIAL_FIELDS = ("author", "author_role", "author_organisation", "text", "date", "may_publish")
PROFILE_FIELDS = ("name", "headline", "summary", "location", "website")


def import_career(conn: Connection, parsed: ParsedExport, source: str, write: bool,
                  problems: list[RowProblem]) -> dict[str, Counter[str]]:
    """{part: Counter(new=…, updated=…, unchanged=…, kept_edits=…)} for the parts the export has."""
    parts: dict[str, Counter[str]] = {}
    if parsed.profile:
        parts[PROFILE] = _profile(conn, parsed.profile, write)
    if parsed.employments:
        parts[EMPLOYMENTS] = _records(conn, Employment.__table__, EMPLOYMENT_FIELDS, parsed.employments, source,
                                      write, check_employment, problems)
    if parsed.testimonials:
        parts[TESTIMONIALS] = _records(conn, Testimonial.__table__, TESTIMONIAL_FIELDS, parsed.testimonials,
                                       source, write, check_testimonial, problems)
    return parts


def _profile(conn: Connection, fields: Mapping[str, str], write: bool) -> Counter[str]:
    table = Profile.__table__
    row = conn.execute(select(table).where(table.c.id == 1)).mappings().first()
    if row is None:
        if write:
            blank = {column.name: "" for column in table.c if column.name not in ("id", "photo")}
            given = {name: fields.get(name, "") for name in PROFILE_FIELDS}
            conn.execute(insert(table).values({**blank, "id": 1, **given}))
        return Counter(new=1)
    empty = {name: value for name, value in fields.items() if name in PROFILE_FIELDS and not row[name]}
    if not empty:
        return Counter(unchanged=1)
    if write:
        conn.execute(update(table).where(table.c.id == 1).values(**empty))
    return Counter(updated=1)


def _records(conn: Connection, table: Table, fields: tuple[str, ...], records: list, source: str, write: bool,
             check: Callable[[Mapping], dict[str, str]], problems: list[RowProblem]) -> Counter[str]:
    counts: Counter[str] = Counter()
    ids = [record.source_id for record in records]
    columns = [table.c.id, table.c.source_id, table.c.import_snapshot, *(table.c[name] for name in fields)]
    existing = {row[1]: row for row in conn.execute(
        select(*columns).where(table.c.source == source, table.c.source_id.in_(ids)))}
    inserts, changed = [], []
    for record in records:
        values = {name: record.values.get(name) for name in fields}
        errors = check(values)
        if errors:
            problems.extend(RowProblem(record.file or "", record.line, INVALID, (("field", name), ("reason", reason)))
                            for name, reason in errors.items())
            continue
        incoming = plain(values)
        row = existing.get(record.source_id)
        if row is None:
            counts["new"] += 1
            inserts.append({**values, "source": source, "source_id": record.source_id,
                            "import_snapshot": to_json(incoming)})
            continue
        current = plain(dict(zip(fields, row[3:], strict=True)))
        changes, snapshot, kept = merge(current, load_snapshot(row[2]), incoming, values, fields, fields)
        counts["kept_edits"] += kept
        counts["updated" if changes else "unchanged"] += 1
        if changes or snapshot != load_snapshot(row[2]):
            changed.append({**{name: row[3 + i] for i, name in enumerate(fields)}, **changes,
                            "row_id": row[0], "import_snapshot": to_json(snapshot)})
    if write:
        if inserts:
            conn.execute(insert(table), inserts)
        if changed:
            conn.execute(update(table).where(table.c.id == bindparam("row_id")), changed)
    return counts
