"""Create, read, update, delete and undo for every kind of record.

One generic service serves each table, configured with its validation rule
and with the links that point at it from other tables. Deleting never drops
contributions silently: linked rows make the delete refuse unless the caller
asks to detach them, and what a delete removed can be restored (undo).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import String, func, insert, or_, select, update
from sqlmodel import SQLModel

from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.validation import CHECKS, UNKNOWN_FIELD, Errors
from portfolio_app.errors import HasDependents, NotFound, ValidationError
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import (
    Audience,
    AudiencePeriodTotal,
    AudienceSnapshot,
    Campaign,
    Contribution,
    Employment,
    TableModel,
    Testimonial,
    utcnow,
)

M = TypeVar("M", bound=TableModel)

NO_SUCH_RECORD = QT_TRANSLATE_NOOP("validation", "The linked record does not exist.")
# fields only the app itself writes
_SYSTEM_FIELDS = frozenset({"id", "created_at", "updated_at", "import_snapshot"})


@dataclass(frozen=True)
class Link:
    """A column in another table that points at this one."""

    model: type[TableModel]
    column: str
    cascade: bool = False  # the linked rows belong to the parent and go with it (snapshots)


@dataclass
class Deleted:
    """What one delete removed, enough to put it back exactly."""

    table: str
    rows: list[dict]
    children: list[tuple[str, list[dict]]] = field(default_factory=list)
    detached: list[tuple[str, str, int, int]] = field(default_factory=list)  # table, column, row id, former parent id

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def changes(self) -> Changes:
        """The kinds and ids this delete touched (the same on undo)."""
        changes = Changes.of(self.table, (row["id"] for row in self.rows))
        for table, rows in self.children:
            changes |= Changes.of(table, (row["id"] for row in rows))
        for table, _column, row_id, _parent in self.detached:
            changes |= Changes.of(table, (row_id,))
        return changes


@dataclass(frozen=True)
class Saved:
    """A record an editor saved, and what that changed."""

    id: int
    changes: Changes


def _is_text(column) -> bool:
    # sqlmodel's AutoString is a TypeDecorator; look at what it stores
    kind = getattr(column.type, "impl", column.type)
    return isinstance(kind, String)


def row_dict(record: TableModel) -> dict:
    return {column.name: getattr(record, column.name) for column in record.__table__.columns}


class RecordService(Generic[M]):
    def __init__(
        self, model: type[M], *, links: Sequence[Link] = (), default_order: str = "id", date_column: str | None = None
    ):
        self.model = model
        self.date_column = date_column  # what a period filter applies to
        self.table = model.__table__
        self.kind = RecordKind(self.table.name)
        self.check: Callable[[Mapping], Errors] = CHECKS[self.kind]
        self.links = tuple(links)
        self.default_order = default_order
        self.editable = frozenset(c.name for c in self.table.columns) - _SYSTEM_FIELDS

    # reading ----------------------------------------------------------------
    def get(self, db: Database, record_id: int) -> M:
        with db.session() as session:
            record = session.get(self.model, record_id)
            if record is None:
                raise NotFound(f"No {self.table.name} with id {record_id}")
            return record

    def list(
        self,
        db: Database,
        *,
        order_by: str | None = None,
        descending: bool = False,
        text: str = "",
        start: dt.date | None = None,
        end: dt.date | None = None,
        **filters,
    ) -> list[M]:
        """Records in order; ``text`` matches any text field, ``start``/``end`` the record's date."""
        column = self.table.c[order_by or self.default_order]
        statement = select(self.model).order_by(column.desc() if descending else column, self.table.c.id)
        for name, value in filters.items():
            statement = statement.where(self.table.c[name] == value)
        text_columns = [c for c in self.table.columns if _is_text(c)]
        for word in text.split():
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            statement = statement.where(or_(*(c.ilike(pattern, escape="\\") for c in text_columns)))
        if self.date_column and start is not None:
            statement = statement.where(self.table.c[self.date_column] >= start)
        if self.date_column and end is not None:
            statement = statement.where(self.table.c[self.date_column] <= end)
        with db.session() as session:
            return list(session.scalars(statement))

    def count(self, db: Database) -> int:
        with db.session() as session:
            return session.execute(select(func.count()).select_from(self.table)).scalar_one()

    # writing ----------------------------------------------------------------
    def validate(self, db: Database, values: Mapping) -> Errors:
        """Field-level problems of a record that would hold ``values``."""
        errors = {name: UNKNOWN_FIELD for name in values if name not in self.editable and name != "id"}
        errors.update(self.check(values))
        with db.session() as session:
            for column in self.table.columns:
                target = values.get(column.name)
                if column.foreign_keys and target is not None and column.name not in errors:
                    parent = next(iter(column.foreign_keys)).column.table
                    if session.scalar(select(parent.c.id).where(parent.c.id == target)) is None:
                        errors[column.name] = NO_SUCH_RECORD
        return errors

    def _defaults(self) -> dict:
        defaults = {}
        for name, info in self.model.model_fields.items():
            if name in self.editable and not info.is_required():
                defaults[name] = info.get_default(call_default_factory=True)
        return defaults

    def create(self, db: Database, values: Mapping) -> M:
        merged = {**self._defaults(), **values}
        errors = self.validate(db, merged)
        if errors:
            raise ValidationError(errors)
        record = self.model(**{k: v for k, v in merged.items() if k in self.editable})
        with db.session() as session:
            session.add(record)
        return record

    def update(self, db: Database, record_id: int, changes: Mapping) -> M:
        current = row_dict(self.get(db, record_id))
        merged = {**current, **changes}
        errors = self.validate(db, {k: v for k, v in merged.items() if k in self.editable or k in changes})
        if errors:
            raise ValidationError(errors)
        with db.session() as session:
            record = session.get(self.model, record_id)
            if record is None:
                raise NotFound(f"No {self.table.name} with id {record_id}")
            for name, value in changes.items():
                setattr(record, name, value)
            if "updated_at" in self.table.c:
                record.updated_at = utcnow()
        return record

    def save(self, db: Database, record_id: int | None, values: Mapping) -> Saved:
        """Create (``record_id`` None) or update a record; its id and what changed."""
        record = self.create(db, values) if record_id is None else self.update(db, record_id, values)
        saved_id = record.id
        assert saved_id is not None, "a stored record has its id"
        return Saved(saved_id, Changes.of(self.kind, (saved_id,)))

    def dependents(self, db: Database, ids: Iterable[int]) -> int:
        """How many rows elsewhere point at these records and would be detached."""
        ids = list(ids)
        total = 0
        with db.session() as session:
            for link in self.links:
                if not link.cascade:
                    column = link.model.__table__.c[link.column]
                    total += session.execute(select(func.count()).where(column.in_(ids))).scalar_one()
        return total

    def delete(self, db: Database, ids: Iterable[int], *, detach: bool = False) -> Deleted:
        """Delete the records; rows linked to them are detached only when asked."""
        ids = sorted(set(ids))
        with db.session() as session:
            rows = [dict(r._mapping) for r in session.execute(select(self.table).where(self.table.c.id.in_(ids)))]
            if len(rows) != len(ids):
                raise NotFound(f"Some {self.table.name} records no longer exist")
            deleted = Deleted(table=self.table.name, rows=rows)
            for link in self.links:
                table = link.model.__table__
                column = table.c[link.column]
                linked = [dict(r._mapping) for r in session.execute(select(table).where(column.in_(ids)))]
                if not linked:
                    continue
                if link.cascade:
                    deleted.children.append((table.name, linked))
                    continue
                if not detach:
                    raise HasDependents(
                        f"{len(linked)} {table.name} record(s) are linked to the {self.table.name} to delete",
                        self.dependents(db, ids),
                    )
                deleted.detached.extend((table.name, link.column, row["id"], row[link.column]) for row in linked)
                session.execute(update(table).where(column.in_(ids)).values({link.column: None}))
            session.execute(self.table.delete().where(self.table.c.id.in_(ids)))
        return deleted

    def restore(self, db: Database, deleted: Deleted) -> Changes:
        """Undo a delete: put the rows back with their ids and re-attach what was detached."""
        tables = SQLModel.metadata.tables
        with db.session() as session:
            session.execute(insert(self.table), deleted.rows)
            for table_name, rows in deleted.children:
                session.execute(insert(tables[table_name]), rows)
            for table_name, column, row_id, parent_id in deleted.detached:
                table = tables[table_name]
                session.execute(update(table).where(table.c.id == row_id).values({column: parent_id}))
        return deleted.changes


def _on_contributions(column: str) -> Link:
    return Link(Contribution, column)


contributions = RecordService(
    Contribution, links=(Link(Testimonial, "contribution_id"),), default_order="date", date_column="date"
)
audiences = RecordService(
    Audience,
    links=(Link(AudienceSnapshot, "audience_id", cascade=True), Link(AudiencePeriodTotal, "audience_id", cascade=True),
           _on_contributions("audience_id")),
    default_order="name",
)
snapshots = RecordService(AudienceSnapshot, default_order="date", date_column="date")
campaigns = RecordService(
    Campaign,
    links=(_on_contributions("campaign_id"), Link(Testimonial, "campaign_id")),
    default_order="start_date",
    date_column="start_date",
)
employments = RecordService(
    Employment,
    links=(
        _on_contributions("employment_id"),
        Link(Audience, "employment_id"),
        Link(Campaign, "employment_id"),
        Link(Testimonial, "employment_id"),
    ),
    default_order="start_date",
    date_column="start_date",
)
testimonials = RecordService(Testimonial, default_order="date", date_column="date")

SERVICES: dict[RecordKind, RecordService] = {
    service.kind: service
    for service in (contributions, audiences, snapshots, campaigns, employments, testimonials)
}
