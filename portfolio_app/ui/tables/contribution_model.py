"""The contributions table: 100,000 rows without holding 100,000 rows.

The model holds only the ordered list of matching ids (from one SQL query,
run in the thread pool so typing and sorting never freeze the window) and
fetches the rows it is asked to show in pages of PAGE_SIZE, keeping the most
recently used pages. Sorting and filtering are a new query: SQLite sorts with
its indexes and searches with FTS5; nothing is sorted in Python here. Orders
by every column are read ahead in the background (sort_orders.py), so a click
on a header usually needs no query at all.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections import OrderedDict
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.services.contribution_queries import (
    ContributionQuery,
    ContributionRow,
    contribution_ids,
    contribution_rows,
    count_contributions,
)
from portfolio_app.ui.operations import NewestWins, run_query
from portfolio_app.ui.tables.columns import DATE, FLAG, ID_ROLE, INT, LABEL, SORT_ROLE, Column, enum_label
from portfolio_app.ui.tables.metric_cells import is_metric, save_metric
from portfolio_app.ui.tables.sort_orders import SortOrders, same_filters
from portfolio_app.ui.workers import Progress

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

_Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
MAX_PAGES = 50  # 5,000 rows in memory at most
MAX_ORDERINGS = 6  # id lists kept for recent queries, so flipping back is instant


class Col(IntEnum):
    DATE = 0
    KIND = 1
    TITLE = 2
    AUDIENCE = 3
    CAMPAIGN = 4
    ORGANISATION = 5
    IMPRESSIONS = 6
    REACH = 7
    REACTIONS = 8
    COMMENTS = 9
    SHARES = 10
    CLICKS = 11
    ENGAGEMENTS = 12
    ATTENDEES = 13
    FEATURED = 14
    PRIVATE = 15


COLUMNS: tuple[Column, ...] = (
    Column("date", QT_TRANSLATE_NOOP("columns", "Date"), DATE, 92),
    Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), LABEL, 140, label=enum_label(ContributionKind)),
    Column("title", QT_TRANSLATE_NOOP("columns", "Title"), width=300, stretch=True),
    Column("audience", QT_TRANSLATE_NOOP("columns", "Audience"), width=200),
    Column("campaign", QT_TRANSLATE_NOOP("columns", "Campaign"), width=160, hidden=True),
    Column("organisation", QT_TRANSLATE_NOOP("columns", "On behalf of"), width=160, hidden=True),
    Column("impressions", QT_TRANSLATE_NOOP("columns", "Impressions"), INT, 96),
    Column("reach", QT_TRANSLATE_NOOP("columns", "Reach"), INT, 80),
    Column("reactions", QT_TRANSLATE_NOOP("columns", "Reactions"), INT, 80),
    Column("comments", QT_TRANSLATE_NOOP("columns", "Comments"), INT, 84, hidden=True),
    Column("shares", QT_TRANSLATE_NOOP("columns", "Shares"), INT, 70, hidden=True),
    Column("clicks", QT_TRANSLATE_NOOP("columns", "Clicks"), INT, 70, hidden=True),
    # the platform's total of interactions (LinkedIn): counted instead of the four columns before it
    Column("engagements", QT_TRANSLATE_NOOP("columns", "Engagements"), INT, 96, hidden=True),
    Column("attendees", QT_TRANSLATE_NOOP("columns", "Attendees"), INT, 84),
    Column("featured", QT_TRANSLATE_NOOP("columns", "Featured"), FLAG, 70, hidden=True),
    Column("private", QT_TRANSLATE_NOOP("columns", "Private"), FLAG, 64),
)
assert [c.key for c in COLUMNS] == [c.name.lower() for c in Col]

# columns that are never NULL: the descending order is exactly the ascending one reversed
_NOT_NULL = frozenset({"id", "date", "kind", "title", "featured", "private"})


class ContributionTableModel(QAbstractTableModel):
    loaded = Signal()  # the ids of the current query are in place (after every reset)
    busy_changed = Signal()  # a query started in the background: sorting_by() may have changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.query = ContributionQuery()
        self.ids: array = array("q")
        self.total = 0  # contributions in the database, filtered or not
        self._pages: OrderedDict[int, list[ContributionRow]] = OrderedDict()
        self._orderings: OrderedDict[ContributionQuery, array] = OrderedDict()
        self._reads = NewestWins()  # a query started later overtakes one still running
        self.loading = False
        self.shown_query: ContributionQuery | None = None  # whose ids are on screen; self.query may still run
        self.sort_orders = SortOrders((c.key for c in COLUMNS), lambda: self.loading, self)

    # loading -----------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.reload()

    def reload(self) -> None:
        """Run the current query again (the data changed)."""
        self._orderings.clear()
        self.sort_orders.clear()
        self._start_query(self.query)

    def set_query(self, query: ContributionQuery) -> None:
        if query == self.query and not self.loading and self._orderings:
            return
        cached = self._orderings.get(query)
        if cached is not None:
            self._orderings.move_to_end(query)
            self._apply(query, cached, self.total)
            return
        kept = self.sort_orders.order_for(query, self._ids_with_same_filters) if not self.loading else None
        if kept is not None:
            self._remember(query, kept)
            self._apply(query, kept, self.total)
            return
        reversed_ids = self._reversal(query)
        if reversed_ids is not None:
            self._remember(query, reversed_ids)
            self._apply(query, reversed_ids, self.total)
            return
        self._start_query(query)

    def _reversal(self, query: ContributionQuery) -> array | None:
        """The current ids reversed, when only the direction of a never-empty column changed."""
        flipped = dataclasses.replace(query, descending=not query.descending)
        if query.order_by in _NOT_NULL and flipped == self.query and not self.loading and self._orderings:
            result = array("q", self.ids)
            result.reverse()
            return result
        return None

    def _start_query(self, query: ContributionQuery) -> None:
        self.query = query
        if self.db is None:
            return
        self.loading = True
        self.busy_changed.emit()
        db = self.db

        def work(_progress: Progress) -> tuple[array, int]:
            return array("q", contribution_ids(db, query)), count_contributions(db)

        run_query(None, work, on_success=lambda result: self._on_loaded(query, *result), newest=self._reads)

    def _on_loaded(self, query: ContributionQuery, ids: array, total: int) -> None:
        self.loading = False
        self._remember(query, ids)
        self.sort_orders.keep(query, ids)
        self._apply(query, ids, total)
        self.sort_orders.warm(self.db)

    def _ids_with_same_filters(self, query: ContributionQuery) -> array | None:
        for known, ids in reversed(self._orderings.items()):
            if same_filters(known, query):
                return ids
        return None

    def _remember(self, query: ContributionQuery, ids: array) -> None:
        self._orderings[query] = ids
        while len(self._orderings) > MAX_ORDERINGS:
            self._orderings.popitem(last=False)

    def _apply(self, query: ContributionQuery, ids: array, total: int) -> None:
        self._reads.drop()  # an older query still running must not overwrite this
        self.loading = False
        self.shown_query = query
        if ids == self.ids and len(ids):
            # the same rows in the same order (a figure typed into a cell, an edit that moved nothing):
            # only values changed. No reset, so the current cell, the selection and a cell being typed
            # into stay where they are, and the next figure can follow at once
            self.query, self.total = query, total
            self._pages.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))
            self.loaded.emit()
            return
        self.beginResetModel()
        self.query = query
        self.ids = ids
        self.total = total
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit()

    def sorting_by(self) -> int | None:
        """The column the table is being sorted by in the background, or None.

        Only while a new order of the same rows is read: a search or filter is
        not a sort, and a sort overtaken by one (or done) is over.
        """
        shown, wanted = self.shown_query, self.query
        if not self.loading or shown is None or not same_filters(wanted, shown):
            return None
        if (wanted.order_by, wanted.descending) == (shown.order_by, shown.descending):
            return None  # the same order read again after a change
        keys = [c.key for c in COLUMNS]
        return keys.index(wanted.order_by) if wanted.order_by in keys else None

    # rows --------------------------------------------------------------------
    def row_at(self, row: int) -> ContributionRow | None:
        if not 0 <= row < len(self.ids):
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def _fetch_page(self, page_number: int) -> list[ContributionRow]:
        if self.db is None:  # no database open: no rows to show (nothing kept, the next one reads them)
            return []
        start = page_number * PAGE_SIZE
        wanted = self.ids[start : start + PAGE_SIZE].tolist()
        rows = contribution_rows(self.db, wanted)
        if len(rows) != len(wanted):
            # a row vanished since the ids were read: keep positions stable with what is left
            found = {r.id: r for r in rows}
            rows = [found[i] for i in wanted if i in found]
        self._pages[page_number] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return None

    # Qt model interface ------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment()
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.EditRole):
            return None
        record = self.row_at(index.row())
        if record is None:
            return None
        value = getattr(record, column.key)
        if role in (SORT_ROLE, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.title if index.column() == Col.TITLE and len(record.title) > 40 else None
        return column.display(value)

    # typing figures into the metric cells (ui.tables.metric_cells) ---------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and is_metric(COLUMNS[index.column()].key):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.db is None:
            return False
        key, record_id = COLUMNS[index.column()].key, self.id_at(index.row())
        if not is_metric(key) or record_id is None:
            return False
        self.refusal = save_metric(self.db, record_id, key, value, COLUMNS[index.column()].header())
        return self.refusal is None  # the change is announced: the views (this table too) read it again

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].header()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return COLUMNS[section].alignment()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(dataclasses.replace(self.query, order_by=COLUMNS[column].key, descending=descending))

    def sort_column(self) -> int:
        keys = [c.key for c in COLUMNS]
        return keys.index(self.query.order_by) if self.query.order_by in keys else Col.DATE
