"""One table as a CSV file that spreadsheets open cleanly and cannot be turned against the reader.

Shape of the file:

* one header row with the column names as stored (``date``, ``title``,
  ``audience_id``…), then one row per record in id order; each link to
  another record is followed by that record's name (``audience_id``,
  ``audience``), so the sheet is readable without joins;
* UTF-8, optionally with a byte order mark (Excel needs it to see UTF-8);
  lines end in CRLF (RFC 4180);
* decimal numbers with the chosen separator; when it is a comma the
  delimiter is a semicolon, as spreadsheets in those locales expect;
  whole numbers without grouping; dates as YYYY-MM-DD, times as
  YYYY-MM-DD HH:MM:SS (UTC); true/false; unknown values empty;
* text that a spreadsheet would run as a formula (first character ``=``,
  ``+``, ``-``, ``@``, tab or carriage return) gets a leading apostrophe; NUL
  characters, which spreadsheets cut text at, become U+FFFD;
* private contributions and testimonials that may not be published are
  left out (a private contribution's title is not shown where other records
  link to it either) unless the caller includes them explicitly, as the PDF
  leaves them out;
  the profile photo and the importer's internal snapshot are not exported.

The file is written to a temporary name next to the target and renamed when
complete, so a failed export never leaves a half file or destroys an old one.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Table, func, select

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.services.export_target import check_export_target
from portfolio_app.storage.database import Database
from portfolio_app.storage.faults import StorageFault, check_file_name, storage_fault
from portfolio_app.storage.leftovers import remove_leftovers, temporary_name
from portfolio_app.storage.models import (
    Audience,
    AudiencePeriodTotal,
    AudienceSnapshot,
    Campaign,
    Contribution,
    Employment,
    Profile,
    TableModel,
    Testimonial,
    ValueSettings,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DECIMAL_SEPARATORS = (".", ",")
LEFT_OUT_COLUMNS = frozenset({"photo", "import_snapshot"})

# exported table name -> model; the names the CLI and the dialog offer
TABLES: dict[str, type[TableModel]] = {
    "contributions": Contribution,
    "audiences": Audience,
    "audience_snapshots": AudienceSnapshot,
    "audience_period_totals": AudiencePeriodTotal,
    "campaigns": Campaign,
    "employments": Employment,
    "testimonials": Testimonial,
    "profile": Profile,
    "value_settings": ValueSettings,
}
TABLE_LABELS = {
    "contributions": QT_TRANSLATE_NOOP("csv_export", "Contributions"),
    "audiences": QT_TRANSLATE_NOOP("csv_export", "Audiences"),
    "audience_snapshots": QT_TRANSLATE_NOOP("csv_export", "Audience sizes"),
    "audience_period_totals": QT_TRANSLATE_NOOP("csv_export", "Period figures, as the platform reports them"),
    "campaigns": QT_TRANSLATE_NOOP("csv_export", "Campaigns"),
    "employments": QT_TRANSLATE_NOOP("csv_export", "Employments"),
    "testimonials": QT_TRANSLATE_NOOP("csv_export", "Testimonials"),
    "profile": QT_TRANSLATE_NOOP("csv_export", "Profile"),
    "value_settings": QT_TRANSLATE_NOOP("csv_export", "Value settings"),
}
# Records that stay on the machine unless the caller includes them (CsvOptions.include_private).
WITHHELD = {
    "contributions": lambda columns: columns.private.is_(True),
    "testimonials": lambda columns: columns.may_publish.is_not(True),
}
# the column that names a record when another record links to it
NAME_COLUMNS = {"audience": "name", "employment": "organisation", "campaign": "name", "contribution": "title"}

UNKNOWN_TABLE = QT_TRANSLATE_NOOP("csv_export", "There is no table {table}; choose one of: {choices}.")
BAD_DECIMAL = QT_TRANSLATE_NOOP("csv_export", "The decimal separator must be \".\" or \",\", not {value}.")
OUT_IS_FOLDER = QT_TRANSLATE_NOOP("csv_export", "{path} is a folder; choose a file name.")
NO_FOLDER = QT_TRANSLATE_NOOP("csv_export", "The folder {path} does not exist.")


@dataclass(frozen=True)
class CsvOptions:
    bom: bool = False
    decimal: str = "."
    include_private: bool = False

    @property
    def delimiter(self) -> str:
        return ";" if self.decimal == "," else ","


@dataclass(frozen=True)
class CsvExportResult:
    path: Path
    table: str
    rows: int
    private_left_out: int  # private contributions, or testimonials that may not be published, left out


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as text, never runs as a formula."""
    text = text.replace("\x00", "\ufffd")
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(value: object, decimal: str = ".") -> str:
    """One value as the text of its cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", decimal)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return ""
    return neutralise(str(value))


def _converter(column_type, decimal: str) -> Callable[[object], str]:
    """The cell function for one column, chosen once: 100,000 rows × 27 columns add up."""
    try:
        kind = column_type.python_type
    except NotImplementedError:
        kind = object
    # SQLite lets any column hold any type: a value of another type takes the general (neutralising) path
    if kind is str:
        return lambda value: neutralise(value) if type(value) is str else csv_cell(value, decimal)
    if kind is int:
        return lambda value: str(value) if type(value) is int else csv_cell(value, decimal)
    if kind is dt.date:
        return lambda value: value.isoformat() if isinstance(value, dt.date) else csv_cell(value, decimal)
    return lambda value: csv_cell(value, decimal)  # booleans, datetimes, floats: the general rules


def _check_options(table: str, options: CsvOptions) -> None:
    if table not in TABLES:
        raise StorageFault(UNKNOWN_TABLE, table=table, choices=", ".join(TABLES))
    if options.decimal not in DECIMAL_SEPARATORS:
        raise StorageFault(BAD_DECIMAL, value=repr(options.decimal))


def _check_target(db: Database, out: Path) -> None:
    check_export_target(db.path, out)
    try:
        if out.is_dir():
            raise StorageFault(OUT_IS_FOLDER, path=out)
        if not out.parent.is_dir():
            raise StorageFault(NO_FOLDER, path=out.parent)
    except OSError as exc:  # a name too long for the file system, a folder we may not look into
        raise storage_fault(exc, out) from exc


def _query(exported: str, table: Table, include_private: bool):
    """The table's columns, each link followed by the linked record's name; withheld records left out."""
    columns: list[ColumnElement[Any]] = []
    joined: FromClause = table
    private_titles = table.name != "contribution" and not include_private
    for column in table.columns:
        if column.name in LEFT_OUT_COLUMNS:
            continue
        columns.append(column)
        if column.foreign_keys:
            linked = next(iter(column.foreign_keys)).column.table
            parent = linked.alias(f"linked_{column.name}")
            name: ColumnElement[Any] = parent.c[NAME_COLUMNS[linked.name]]
            if private_titles and "private" in parent.c:
                # a private contribution's title must not leave the machine through a link either
                name = func.iif(parent.c.private, None, name)
            label = column.name.removesuffix("_id")
            columns.append(name.label(label if label not in table.c else f"{label}_name"))
            joined = joined.outerjoin(parent, column == parent.c.id)
    statement = select(*columns).select_from(joined).order_by(table.c.id)
    withheld = WITHHELD.get(exported)
    if withheld is not None and not include_private:
        statement = statement.where(~withheld(table.c))
    return statement


def export_table(
    db: Database,
    table: str,
    out: Path | str,
    options: CsvOptions = CsvOptions(),
    progress: Callable[[int, int], None] | None = None,
) -> CsvExportResult:
    """Write ``table`` of ``db`` to ``out`` as described in the module text."""
    out = check_file_name(out).expanduser()
    _check_options(table, options)
    _check_target(db, out)
    model_table = TABLES[table].__table__
    statement = _query(table, model_table, options.include_private)
    with db.engine.connect() as connection:
        total = connection.execute(select(func.count()).select_from(model_table)).scalar_one()
        left_out = 0
        if table in WITHHELD and not options.include_private:
            left_out = connection.execute(
                select(func.count()).select_from(model_table).where(WITHHELD[table](model_table.c))
            ).scalar_one()
        result = connection.execute(statement)
        converters = [_converter(column.type, options.decimal) for column in statement.selected_columns]
        rows = _write_atomically(out, result.keys(), result, converters, options, progress, total - left_out)
    return CsvExportResult(path=out, table=table, rows=rows, private_left_out=left_out)


def _write_atomically(out, header, records, converters, options, progress, expected) -> int:
    remove_leftovers(out.parent)  # what a killed export left here
    temporary = temporary_name(out, ".partial")
    try:
        # not mkstemp: its 0600 would make the export unreadable to anyone the user shares the folder with
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise storage_fault(exc, out.parent) from exc
    rows = 0
    try:
        with open(fd, "w", encoding="utf-8-sig" if options.bom else "utf-8", newline="", errors="replace") as handle:
            writer = csv.writer(handle, delimiter=options.delimiter, lineterminator="\r\n")
            writer.writerow([neutralise(name) for name in header])
            for record in records:
                writer.writerow([convert(value) for convert, value in zip(converters, record)])
                rows += 1
                if progress is not None and rows % 250 == 0:
                    progress(rows, expected)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise storage_fault(exc, out) from exc
        raise
    if progress is not None:
        progress(rows, expected)
    return rows

