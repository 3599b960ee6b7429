"""Importing a platform export: the use case behind the Import wizard and `portfolio-app import`.

Reading (importers/) never touches the database. Writing happens in one
transaction: the audience is found or created, each post is inserted or
updated by (source, source_id), and a failure or a cancel leaves the file as
it was. A dry run does the same planning and writes nothing.

Hand edits survive re-imports: every imported row keeps, in
``import_snapshot``, the values as they were last imported. On the next
import a field is updated only where its current value still equals that
snapshot; a field the user changed since then keeps the user's value.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from portfolio_app.domain.enums import METRIC_FIELDS, Ownership, Platform
from portfolio_app.domain.kinds import NO_CHANGES, Changes, RecordKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.validation import check_contribution
from portfolio_app.importers import (
    ImportCancelled,
    ImportedAccount,
    ImportedPost,
    ParsedExport,
    RowProblem,
    parse_csv,
    parse_linkedin_analytics,
    parse_linkedin_export,
    parse_mastodon_archive,
    parse_x_analytics,
    parse_x_archive,
    parse_youtube_table,
)
from portfolio_app.importers.base import IMPORTED_FIELDS, entries_of
from portfolio_app.importers.csv_mapped import (  # noqa: F401 - the wizard imports them from here
    DATE_FORMATS,
    ISO,
    MAPPABLE_FIELDS,
    ImportRefused,
    date_format_problem,
    preview_csv,
)
from portfolio_app.services.backup_and_restore import backup_before_import
from portfolio_app.services.career_import import import_career
from portfolio_app.services.import_merge import load_snapshot as _load_snapshot
from portfolio_app.services.import_merge import merge as _merge
from portfolio_app.services.import_merge import to_json as _to_json
from portfolio_app.services.linkedin_matching import claim_workbook_posts, match_posts
from portfolio_app.services.period_totals import RecordedTotal, record_period_totals
from portfolio_app.storage.bulk_insert import BulkWriter, driver_connection, stored_now
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import Audience, AudienceSnapshot

CONTEXT = "importing"
SOURCES = ("x", "x-analytics", "linkedin", "linkedin-analytics", "mastodon", "youtube", "csv")
SOURCE_LABELS = {
    "x": QT_TRANSLATE_NOOP("importing", "X/Twitter archive"),
    "x-analytics": QT_TRANSLATE_NOOP("importing", "X analytics export"),
    "linkedin": QT_TRANSLATE_NOOP("importing", "LinkedIn data export"),
    "linkedin-analytics": QT_TRANSLATE_NOOP("importing", "LinkedIn analytics workbook"),
    "mastodon": QT_TRANSLATE_NOOP("importing", "Mastodon archive"),
    "youtube": QT_TRANSLATE_NOOP("importing", "YouTube Studio table"),
    "csv": QT_TRANSLATE_NOOP("importing", "CSV file"),
}
READING = QT_TRANSLATE_NOOP("importing", "Reading the export")
SAVING = QT_TRANSLATE_NOOP("importing", "Saving")
COMPARING = QT_TRANSLATE_NOOP("importing", "Comparing with what is already recorded")
INVALID = QT_TRANSLATE_NOOP("importing", "{field}: {reason}")
NO_SUCH_AUDIENCE = QT_TRANSLATE_NOOP(
    "importing", "there is no audience named {name}; create it first (a CSV does not say which platform it is on)")

CHUNK = 2_000  # posts compared and written per round trip (also bounds the SQL IN list)
_TEXT_FIELDS = ("title", "url", "notes", "tags", "language")  # NOT NULL text columns: "" when absent

# progress(stage, done, total); total 0 when unknown. stage is a translatable marker.
Progress = Callable[[str, int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass
class ImportReport:
    """What an import did, or (dry run) would do."""

    source: str
    path: str
    dry_run: bool
    posts_in_export: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_edits: int = 0  # fields left as the user edited them
    skipped: Counter[str] = field(default_factory=Counter)  # reason marker -> count
    problems: list[RowProblem] = field(default_factory=list)  # rows not imported, with file and line
    notes: list[RowProblem] = field(default_factory=list)  # worth knowing; did not stop any row
    audience_name: str | None = None
    audience_created: bool = False
    snapshot: tuple[dt.date, int] | None = None  # the audience size the export gave
    snapshot_added: bool = False
    backup: Path | None = None  # the copy made before writing (None for a dry run or an empty database)
    matched: Counter[str] = field(default_factory=Counter)  # way of matching or merging -> posts (LinkedIn)
    parts: dict[str, Counter[str]] = field(default_factory=dict)  # profile/employments/testimonials -> counts
    sizes_added: int = 0  # dated audience sizes written beyond the one snapshot
    period_totals: list[RecordedTotal] = field(default_factory=list)  # the platform's figures for a period

    @property
    def not_imported(self) -> int:
        return sum(self.skipped.values()) + self.rows_not_imported

    @property
    def rows_not_imported(self) -> int:
        """Entries left out for a problem (not lines: one line of a JSON export may hold them all)."""
        return entries_of(self.problems)

    @property
    def changes(self) -> Changes:
        """What the import changed in the database (nothing for a dry run)."""
        if self.dry_run:
            return NO_CHANGES
        changes = Changes.of(RecordKind.CONTRIBUTION) if self.new or self.updated else NO_CHANGES
        if self.audience_created:
            changes |= Changes.of(RecordKind.AUDIENCE)
        if self.snapshot_added:
            changes |= Changes.of(RecordKind.AUDIENCE_SNAPSHOT)
        if any(recorded.status != "unchanged" for recorded in self.period_totals):
            changes |= Changes.of(RecordKind.AUDIENCE_PERIOD_TOTAL)
        return changes


# -- reading ----------------------------------------------------------------------

PathArg = str | Path | Sequence[str | Path]


def export_paths(path: PathArg) -> list[str]:
    """One path or several, as strings."""
    if isinstance(path, (str, Path)):
        return [str(path)]
    return [str(p) for p in path]


def read_export(kind: str, path: PathArg, *, include_reposts: bool = False,
                mapping: Mapping[str, str] | None = None, date_format: str | None = None,
                progress: Progress | None = None, should_cancel: ShouldCancel | None = None) -> ParsedExport:
    """Parse an export (one path, or several files of it) into plain records; raises ImportRefused."""
    if kind not in SOURCES:
        raise ValueError(f"unknown source {kind!r}; one of {', '.join(SOURCES)}")

    def hook(done: int, total: int) -> None:
        if should_cancel and should_cancel():
            raise ImportCancelled()
        if progress:
            progress(READING, done, total)

    paths = export_paths(path)
    if kind == "x-analytics":
        return parse_x_analytics(paths, progress=hook)
    if kind == "csv" and mapping is None:
        raise ValueError("a CSV import needs a column mapping")
    parsed: ParsedExport | None = None
    for one in paths:
        part = _read_one(kind, one, hook, include_reposts, mapping, date_format)
        if parsed is None:
            parsed = part
        else:
            parsed.extend(part)
    assert parsed is not None, "no path given"
    if len(paths) > 1:
        parsed.drop_duplicate_ids()
    return parsed


def _read_one(kind: str, path: str, hook: Callable[[int, int], None], include_reposts: bool,
              mapping: Mapping[str, str] | None, date_format: str | None) -> ParsedExport:
    if kind == "x":
        return parse_x_archive(path, include_reposts=include_reposts, progress=hook)
    if kind == "linkedin":
        return parse_linkedin_export(path, progress=hook)
    if kind == "mastodon":
        return parse_mastodon_archive(path, progress=hook)
    if kind == "youtube":
        return parse_youtube_table(path, progress=hook)
    if kind == "linkedin-analytics":
        return parse_linkedin_analytics(path, progress=hook)
    return parse_csv(path, dict(mapping or {}), date_format=date_format, progress=hook)


# -- planning ---------------------------------------------------------------------

def _plain(values: Mapping[str, object]) -> dict[str, object]:
    """Field values as JSON holds them (ISO dates, true/false), so rows and snapshots compare equal."""
    plain = dict(values)
    day = plain["date"]
    if isinstance(day, dt.date):
        plain["date"] = day.isoformat()
    plain["private"] = bool(plain["private"])
    return plain


def imported_values(post: ImportedPost) -> dict[str, object]:
    """The Contribution columns an import sets, in database form."""
    values: dict[str, object] = {name: getattr(post, name) for name in IMPORTED_FIELDS}
    values["kind"] = post.kind.value
    for name in _TEXT_FIELDS:
        if values[name] is None:
            values[name] = ""
    return values


def _find_audience(conn: Connection, account: ImportedAccount) -> int | None:
    table = Audience.__table__
    handle = account.handle or ""
    found = conn.execute(
        select(table.c.id).where(table.c.platform == account.platform.value, table.c.handle == handle)
        .order_by(table.c.id)
    ).first()
    if found:
        return found[0]
    if not account.handle:
        # an export that does not name its handle (LinkedIn) goes to the one personal account there
        personal = conn.execute(
            select(table.c.id).where(table.c.platform == account.platform.value,
                                     table.c.ownership == Ownership.PERSONAL.value)
        ).all()
        if len(personal) == 1:
            return personal[0][0]
    return None


def _audience_values(account: ImportedAccount) -> dict:
    return {
        "name": account.name[:200] or account.platform.label, "platform": Platform(account.platform).value,
        "handle": account.handle or "", "url": account.url or "", "ownership": Ownership.PERSONAL.value,
        "employment_id": None, "segment": "", "notes": "",
    }


_EXISTING_COLUMNS = ", ".join(("id", "source_id", "import_snapshot", *IMPORTED_FIELDS))


def _existing(raw: sqlite3.Connection, source: str, source_ids: list[str]) -> dict[str, tuple]:
    """The rows already imported from these ids, as the driver gives them (dates ISO text, flags 0/1)."""
    marks = ",".join("?" * len(source_ids))
    rows = raw.execute(  # our column names; the ids go in as parameters
        f"SELECT {_EXISTING_COLUMNS} FROM contribution WHERE source = ? AND source_id IN ({marks})",  # noqa: S608
        (source, *source_ids))
    return {row[1]: row for row in rows}


def _named_audience(conn: Connection, parsed: ParsedExport, name: str, report: ImportReport, write: bool) -> int | None:
    """The audience the user named (any case), or a new personal one of that name on the export's platform."""
    table = Audience.__table__
    found = conn.execute(select(table.c.id, table.c.name).where(func.lower(table.c.name) == name.strip().lower())
                         .order_by(table.c.id)).first()
    if found:
        report.audience_name = found[1]
        return found[0]
    if parsed.account is None:  # a CSV names no platform: a new audience would have none
        raise ImportRefused(NO_SUCH_AUDIENCE, name=name.strip())
    values = _audience_values(ImportedAccount(platform=parsed.account.platform, handle=None, name=name.strip()))
    report.audience_created = True
    report.audience_name = values["name"]
    return _insert_audience(conn, values) if write else None


def _insert_audience(conn: Connection, values: dict) -> int:
    key = conn.execute(insert(Audience.__table__).values(values)).inserted_primary_key
    assert key is not None, "an insert gives its key"
    return key[0]


def _resolve_audience(conn: Connection, parsed: ParsedExport, report: ImportReport, audience_id: int | None,
                      write: bool, audience_name: str | None = None) -> int | None:
    table = Audience.__table__
    if audience_id is None and audience_name and audience_name.strip():
        return _named_audience(conn, parsed, audience_name, report, write)
    if audience_id is None and parsed.account is not None:
        audience_id = _find_audience(conn, parsed.account)
        if audience_id is None:
            values = _audience_values(parsed.account)
            report.audience_created = True
            report.audience_name = values["name"]
            if write:
                audience_id = _insert_audience(conn, values)
            return audience_id
    if audience_id is not None:
        report.audience_name = conn.execute(select(table.c.name).where(table.c.id == audience_id)).scalar()
    return audience_id


def _insert_row(plain: dict[str, object], post: ImportedPost, source: str, audience_id: int | None,
                now: str) -> tuple:
    """One row for BulkWriter.INSERT; plain holds the values in their stored form, as the snapshot does."""
    return (*_stored(plain), audience_id, 0, 0, source, post.source_id, _to_json(plain), now, now)


# the column orders of the tuples _insert_row and _compare_and_write build
_INSERT_COLUMNS = (*IMPORTED_FIELDS, "audience_id", "featured", "reviewed", "source", "source_id",
                   "import_snapshot", "created_at", "updated_at")
_UPDATE_COLUMNS = (*IMPORTED_FIELDS, "import_snapshot", "updated_at")


def _stored(plain: Mapping[str, object]) -> list[object]:
    """The imported fields as SQLite stores them, in IMPORTED_FIELDS order, from their plain (JSON) form:
    the dates are ISO text there already, only the private flag becomes 0/1."""
    row = list(map(plain.__getitem__, IMPORTED_FIELDS))
    row[_PRIVATE] = int(row[_PRIVATE])  # type: ignore[call-overload]
    return row


_PRIVATE = IMPORTED_FIELDS.index("private")


def _compare_and_write(conn: Connection, parsed: ParsedExport, report: ImportReport, audience_id: int | None,
                       writer: BulkWriter | None, progress: Progress | None,
                       should_cancel: ShouldCancel | None) -> None:
    """Classify every post against the database, CHUNK by CHUNK, writing each chunk through `writer`.

    Working in chunks keeps memory flat: only one chunk of existing rows and
    ready-made rows is held at a time, whatever the size of the export.
    """
    raw = driver_connection(conn)
    now = stored_now()
    total = len(parsed.posts)
    stage = SAVING if writer else COMPARING
    for start in range(0, total, CHUNK):
        if should_cancel and should_cancel():
            raise ImportCancelled()
        chunk = parsed.posts[start:start + CHUNK]
        existing = _existing(raw, parsed.source, [post.source_id for post in chunk])
        inserts: list[tuple] = []
        changed: list[tuple] = []
        refreshed: list[tuple] = []
        for post in chunk:
            values = imported_values(post)
            incoming = _plain(values)
            row = existing.get(post.source_id)
            snapshot = _load_snapshot(row[2]) if row is not None else {}
            # values exactly as imported last time were checked then; anything else is checked now
            if incoming != snapshot:
                errors = check_contribution(values)
                if errors:
                    report.problems.extend(
                        RowProblem(post.file or report.path, post.line, INVALID, (("field", name), ("reason", reason)),
                                   post.entry)
                        for name, reason in errors.items())
                    continue
            if row is None:
                report.new += 1
                if writer:
                    inserts.append(_insert_row(incoming, post, parsed.source, audience_id, now))
                continue
            current = dict(zip(IMPORTED_FIELDS, row[3:], strict=True))
            changes, new_snapshot, kept = _merge(_plain(current), snapshot, incoming, values, parsed.update_fields,
                                                 IMPORTED_FIELDS, METRIC_FIELDS)
            report.kept_edits += kept
            if changes:
                report.updated += 1
                # updated_at moves only when a visible field changed
                changed.append((*_stored(_plain({**current, **changes})), _to_json(new_snapshot), now, row[0]))
            else:
                report.unchanged += 1
                if new_snapshot != snapshot:
                    refreshed.append((_to_json(new_snapshot), row[0]))
        if writer:
            writer.insert(inserts)
            writer.update(changed)
            writer.refresh(refreshed)
        if progress:
            progress(stage, start + len(chunk), total)


def _audience_size(conn: Connection, account: ImportedAccount | None, audience_id: int | None,
                   report: ImportReport, write: bool) -> None:
    """The export's audience size becomes a snapshot, unless one for that day is already recorded."""
    if account is None or account.size is None or not account.size_date:
        return
    report.snapshot = (account.size_date, account.size)
    if audience_id is None:
        report.snapshot_added = True  # a new audience: dry run only
        return
    table = AudienceSnapshot.__table__
    if write:
        result = conn.execute(
            sqlite_insert(table).values(audience_id=audience_id, date=account.size_date, size=account.size)
            .on_conflict_do_nothing(index_elements=["audience_id", "date"]))
        report.snapshot_added = result.rowcount == 1
    else:
        report.snapshot_added = conn.execute(select(table.c.id).where(
            table.c.audience_id == audience_id, table.c.date == account.size_date)).first() is None


def _dated_sizes(conn: Connection, audience_id: int, sizes: list[tuple[dt.date, int]], write: bool) -> int:
    """Sizes for days not yet recorded (a size typed in or imported before for that day is kept)."""
    table = AudienceSnapshot.__table__
    recorded = {day for (day,) in conn.execute(select(table.c.date).where(table.c.audience_id == audience_id))}
    missing = [{"audience_id": audience_id, "date": day, "size": size} for day, size in sizes if day not in recorded]
    if write and missing:
        conn.execute(sqlite_insert(table).on_conflict_do_nothing(index_elements=["audience_id", "date"]), missing)
    return len(missing)


def import_parsed(db: Database, parsed: ParsedExport, *, path: str | Path = "", dry_run: bool = False,
                  audience_id: int | None = None, audience_name: str | None = None, progress: Progress | None = None,
                  should_cancel: ShouldCancel | None = None) -> ImportReport:
    """Write what an export holds, all or nothing; with dry_run, only say what would happen."""
    report = ImportReport(source=parsed.source, path=str(path), dry_run=dry_run,
                          posts_in_export=len(parsed.posts), skipped=Counter(parsed.skipped),
                          problems=list(parsed.problems), notes=list(parsed.notes))
    write = not dry_run
    if write:
        report.backup = backup_before_import(db)
    # engine.begin(): one transaction, committed at the end, rolled back by any exception (or a cancel)
    with db.faults_told(), (db.engine.begin() if write else db.engine.connect()) as conn:
        audience = _resolve_audience(conn, parsed, report, audience_id, write, audience_name)
        if parsed.match_by_date:
            report.matched = match_posts(conn, parsed)
        elif parsed.source == "linkedin":  # Shares.csv after the workbook: one post, not two
            report.matched = claim_workbook_posts(conn, parsed)
        writer = BulkWriter(conn, incoming=len(parsed.posts), insert_columns=_INSERT_COLUMNS,
                            update_columns=_UPDATE_COLUMNS) if write else None
        _compare_and_write(conn, parsed, report, audience, writer, progress, should_cancel)
        if writer:
            writer.finish()
        _audience_size(conn, parsed.account, audience, report, write)
        report.parts = import_career(conn, parsed, parsed.source, write, report.problems)
        if parsed.sizes and audience is not None:
            report.sizes_added = _dated_sizes(conn, audience, parsed.sizes, write)
        if parsed.period_totals:
            report.period_totals = record_period_totals(conn, audience, parsed.period_totals, parsed.source, write)
        if not write:
            conn.rollback()
    return report


def paths_label(path: PathArg) -> str:
    """How a report names what was imported: the path, or the first of several and how many more."""
    paths = export_paths(path)
    if len(paths) == 1:
        return paths[0]
    return f"{paths[0]} (+{len(paths) - 1})"


def run_import(db: Database, kind: str, path: PathArg, *, dry_run: bool = False, include_reposts: bool = False,
               mapping: Mapping[str, str] | None = None, date_format: str | None = None,
               audience_id: int | None = None, progress: Progress | None = None,
               should_cancel: ShouldCancel | None = None) -> ImportReport:
    """Read and import one export. Raises ImportRefused (nothing written) or ImportCancelled."""
    parsed = read_export(kind, path, include_reposts=include_reposts, mapping=mapping, date_format=date_format,
                         progress=progress, should_cancel=should_cancel)
    return import_parsed(db, parsed, path=paths_label(path), dry_run=dry_run, audience_id=audience_id,
                         progress=progress, should_cancel=should_cancel)


# -- the report as text (CLI; the GUI shows the same fields in its own layout) ------

REPORT_HEAD = QT_TRANSLATE_NOOP("importing", "{what} {path}")
DRY_RUN_NOTE = QT_TRANSLATE_NOOP("importing", "Dry run: nothing was written.")
NOTE_LINE = QT_TRANSLATE_NOOP("importing", "Note: {text}")
AUDIENCE_NEW = QT_TRANSLATE_NOOP("importing", "Audience: {name} (new)")
AUDIENCE_FOUND = QT_TRANSLATE_NOOP("importing", "Audience: {name}")
SNAPSHOT_LINE = QT_TRANSLATE_NOOP("importing", "Audience size {size} on {date}{note}")
SNAPSHOT_KEPT = QT_TRANSLATE_NOOP("importing", " (a size for that day was already recorded and is kept)")
COUNT_LINES = (
    ("new", QT_TRANSLATE_NOOP("importing", "new")),
    ("updated", QT_TRANSLATE_NOOP("importing", "updated")),
    ("unchanged", QT_TRANSLATE_NOOP("importing", "unchanged")),
)
KEPT_LINE = QT_TRANSLATE_NOOP("importing", "{count} fields kept as edited by hand")
PART_LINE = QT_TRANSLATE_NOOP("importing", "{part}: {new} new, {updated} updated, {unchanged} unchanged")
SIZES_LINE = QT_TRANSLATE_NOOP("importing", "Audience sizes added for {count} days")
PERIOD_LINE = QT_TRANSLATE_NOOP(
    "importing", "Impressions {impressions}, members reached {reached}, as {platform} reports for {start} – {end} "
    "({status}; the whole account over that period, not added to any post)")
PERIOD_STATUS = {
    "new": QT_TRANSLATE_NOOP("importing", "new"),
    "updated": QT_TRANSLATE_NOOP("importing", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("importing", "unchanged"),
}
NOT_REPORTED = QT_TRANSLATE_NOOP("importing", "not reported")
SKIPPED_HEAD = QT_TRANSLATE_NOOP("importing", "Skipped:")
PROBLEMS_HEAD = QT_TRANSLATE_NOOP("importing", "Rows not imported: {count}")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("importing", "… and {count} more")
BACKUP_LINE = QT_TRANSLATE_NOOP("importing", "Backup made before the import: {path}")


def report_lines(report: ImportReport, kind: str | None = None, max_problems: int = 50,
                 translate: Callable[[str], str] = lambda text: text) -> list[str]:
    """The report as lines of text; `translate` maps each marked template (identity for English)."""
    t = translate
    what = t(SOURCE_LABELS.get(kind or report.source.split(":")[0], SOURCE_LABELS["csv"]))
    lines = [t(REPORT_HEAD).format(what=what, path=report.path)]
    if report.dry_run:
        lines.append(t(DRY_RUN_NOTE))
    lines.extend(t(NOTE_LINE).format(text=_problem_text(note, t)) for note in report.notes)
    if report.audience_name:
        lines.append(t(AUDIENCE_NEW if report.audience_created else AUDIENCE_FOUND).format(name=report.audience_name))
    if report.snapshot:
        day, size = report.snapshot
        lines.append(t(SNAPSHOT_LINE).format(size=f"{size:,}", date=day.isoformat(),
                                             note="" if report.snapshot_added else t(SNAPSHOT_KEPT)))
    for attribute, label in COUNT_LINES:
        lines.append(f"  {t(label):<12} {getattr(report, attribute):>9,}")
    lines.extend(f"  {t(way)}: {count:,}" for way, count in report.matched.items())
    if report.kept_edits:
        lines.append("  " + t(KEPT_LINE).format(count=report.kept_edits))
    if report.sizes_added:
        lines.append(t(SIZES_LINE).format(count=report.sizes_added))
    lines.extend(period_line(recorded, t) for recorded in report.period_totals)
    for part, counts in report.parts.items():
        lines.append(t(PART_LINE).format(part=t(part), new=counts["new"], updated=counts["updated"],
                                         unchanged=counts["unchanged"]))
        if counts["kept_edits"]:
            lines.append("  " + t(KEPT_LINE).format(count=counts["kept_edits"]))
    if report.skipped:
        lines.append(t(SKIPPED_HEAD))
        lines.extend(f"  {t(reason)}: {count:,}" for reason, count in sorted(report.skipped.items()))
    if report.problems:
        lines.append(t(PROBLEMS_HEAD).format(count=report.rows_not_imported))
        lines.extend("  " + _problem_text(p, t) for p in report.problems[:max_problems])
        if len(report.problems) > max_problems:
            lines.append("  " + t(MORE_PROBLEMS).format(count=len(report.problems) - max_problems))
    if report.backup:
        lines.append(t(BACKUP_LINE).format(path=report.backup))
    return lines


def period_line(recorded: RecordedTotal, t: Callable[[str], str] = lambda text: text) -> str:
    """A period total with its period and whose figure it is; an unreported figure says so, never 0."""
    total = recorded.total

    def figure(value: int | None) -> str:
        return f"{value:,}" if value is not None else t(NOT_REPORTED)

    return t(PERIOD_LINE).format(impressions=figure(total.impressions), reached=figure(total.reached),
                                 platform="LinkedIn", start=total.start.isoformat(), end=total.end.isoformat(),
                                 status=t(PERIOD_STATUS[recorded.status]))


def _problem_text(problem: RowProblem, t: Callable[[str], str]) -> str:
    args = {name: t(value) if isinstance(value, str) and name == "reason" else value for name, value in problem.args}
    try:
        detail = t(problem.reason).format(**args)
    except (KeyError, IndexError, ValueError):
        detail = problem.reason
    where = f"{problem.file}, line {problem.line}" if problem.line else problem.file
    if problem.line and problem.entry:
        where += f", entry {problem.entry}"
    return f"{where}: {detail}"
