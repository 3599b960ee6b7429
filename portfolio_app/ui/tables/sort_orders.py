"""The order of the whole contributions table by each column, read in the background ahead of use.

Sorting 100,000 rows in SQLite takes 50–400 ms depending on the column (a join
for names, a sort step for nullable columns); too slow for a click. Once the
table is on screen, the orders by every column and direction are read one
after the other in the thread pool and kept as compact arrays (4 bytes an id,
about 12 MB for 100,000 rows and 30 orders). A click on a header then needs
no query: the whole table takes the kept order, a filtered table keeps the
ids of that order that pass its filter.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from portfolio_app.services.contribution_queries import ContributionQuery, contribution_ids
from portfolio_app.ui.operations import NewestWins
from portfolio_app.ui.workers import run_in_background

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

WARM_DELAY_MS = 500  # let the first screenful settle before reading ahead
_UNFILTERED = ContributionQuery()


def is_unfiltered(query: ContributionQuery) -> bool:
    return dataclasses.replace(query, order_by=_UNFILTERED.order_by, descending=_UNFILTERED.descending) == _UNFILTERED


def same_filters(a: ContributionQuery, b: ContributionQuery) -> bool:
    return dataclasses.replace(a, order_by=b.order_by, descending=b.descending) == b


def compact(ids: Iterable[int]) -> array:
    """An id array of 4-byte items when every id fits, else 8-byte ones."""
    ids = list(ids)
    return array("i" if not ids or max(ids) < 2**31 else "q", ids)


class SortOrders(QObject):
    def __init__(self, keys: Iterable[str], busy: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys = tuple(keys)
        self.busy = busy  # the owner is running a query of its own: wait, two big sorts at once double the memory
        self.orders: dict[tuple[str, bool], array] = {}
        self._reads = NewestWins()  # clear() drops the reads of the orders of the data before
        self._warming = False

    def clear(self) -> None:
        """The data changed: every kept order is stale."""
        self.orders.clear()
        self._reads.drop()
        self._warming = False

    def get(self, key: str, descending: bool) -> array | None:
        return self.orders.get((key, descending))

    def keep(self, query: ContributionQuery, ids: array) -> None:
        """Keep the result of an unfiltered query the model ran anyway."""
        if is_unfiltered(query):
            self.orders[(query.order_by, query.descending)] = compact(ids)

    def order_for(self, query: ContributionQuery, known: Callable[[ContributionQuery], array | None]) -> array | None:
        """The ids of ``query`` in its order without a query, or None when that needs SQL.

        ``known`` finds ids already read for a query with the same filters (in any order).
        """
        order = self.get(query.order_by, query.descending)
        if order is None:
            return None
        if is_unfiltered(query):
            return order
        members = known(query)
        if members is None:
            return None
        wanted = set(members)
        return array(order.typecode, (i for i in order if i in wanted))

    def warm(self, db: Database | None) -> None:
        """Read the missing orders one by one in the background (starts after a short pause)."""
        if self._warming or db is None:
            return
        self._warming = True
        ticket = self._reads.ticket()
        QTimer.singleShot(WARM_DELAY_MS, self, lambda: self._next(db, ticket))

    def _next(self, db: Database, ticket: int) -> None:
        if not self._reads.is_current(ticket):
            return
        if self.busy():
            QTimer.singleShot(100, self, lambda: self._next(db, ticket))
            return
        missing = [(key, descending) for key in self.keys for descending in (True, False)
                   if (key, descending) not in self.orders]
        if not missing:
            self._warming = False
            return
        key, descending = missing[0]
        query = ContributionQuery(order_by=key, descending=descending)

        def store(ids: array) -> None:
            if self._reads.is_current(ticket):
                self.orders[(key, descending)] = ids
                self._next(db, ticket)

        run_in_background(None, lambda _progress: compact(contribution_ids(db, query)), on_success=store,
                          show_progress=False, report_errors=False,
                          on_failure=lambda _error: setattr(self, "_warming", False))
