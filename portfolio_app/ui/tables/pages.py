"""One page per kind of record: a search field, the table and a status line.

The main window treats every page alike: it tells a page which database to
show, asks it for the selected ids, and listens for edit requests. A page
follows changes itself: it subscribes to the kinds it shows (``ui.operations``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.ui.operations import NewestWins, run_query, subscribe
from portfolio_app.ui.record_kinds import entry
from portfolio_app.ui.tables.columns import Column
from portfolio_app.ui.tables.record_model import RecordSortFilterProxy, RecordTableModel
from portfolio_app.ui.tables.specs import TableSpec
from portfolio_app.ui.tables.table_view import RecordTable
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not start a search


class SearchField(QLineEdit):
    """A search line at least as wide as its hint ("Search titles, notes and tags"), so the hint is whole."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 48  # frame, margins, clear button
        return QSize(min(max(hint.width(), wanted), self.maximumWidth()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(min(self.sizeHint().width(), 220), super().minimumSizeHint().height())


class TablePage(QWidget):
    edit_requested = Signal(str, int)  # table, record id
    selection_changed = Signal()
    status_changed = Signal(str)

    def __init__(self, table: RecordKind, columns: Sequence[Column], parent: QWidget | None = None):
        super().__init__(parent)
        self.table_name = RecordKind(table)
        self.db: Database | None = None
        self.stale = True
        self.search = SearchField()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setMinimumWidth(140)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.apply_search)
        self.table = RecordTable(table, columns)
        self.table.edit_requested.connect(lambda record_id: self.edit_requested.emit(self.table_name, record_id))
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filter_bar = FlowLayout(spacing=8)  # filters wrap onto a second row rather than squeeze their texts
        self.filter_bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        subscribe(self, entry(table).shows)

    def order_tabs(self) -> None:
        """Tab goes through the search and the filters as they appear, then into the table."""
        items = [self.filter_bar.itemAt(i) for i in range(self.filter_bar.count())]
        chain = [widget for item in items if item is not None and (widget := item.widget()) is not None]
        chain.append(self.table)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _connect_selection(self) -> None:
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        # a reload (after a delete, undo, a new search) clears the selection without selectionChanged:
        # Edit and Delete must hear of it too, or they stay enabled with nothing to act on
        model = self.table.model()
        for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
            signal.connect(lambda *_: self.selection_changed.emit())

    # what the window calls ---------------------------------------------------
    def set_database(self, db: Database) -> None:
        """Show this database; a hidden page reads it only when it is shown."""
        self.db = db
        self.mark_stale()

    def apply_changes(self, changes: Changes) -> None:
        """Something this page shows changed."""
        self.mark_stale()

    def refresh(self) -> None:
        """Read the rows again; each page reads its own way."""

    def mark_stale(self) -> None:
        """The data changed while the page was hidden: reload when it shows next."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale and self.db is not None:
            self.refresh()

    def apply_search(self) -> None:
        """Filter by what is in the search field; each page filters its own way."""

    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def current_id(self) -> int | None:
        return self.table.current_id()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status_changed.emit(text)

    def save_state(self) -> None:
        self.table.save_columns()

    def restore_state(self) -> None:
        self.table.restore_columns()


class RecordPage(TablePage):
    """A small table (audiences, campaigns, roles, testimonials), sorted and searched in memory.

    Its rows are read in the thread pool (services.table_rows, one query per
    figure); ``loaded`` says when they are in.
    """

    loaded = Signal()

    def __init__(self, spec: TableSpec, parent: QWidget | None = None):
        super().__init__(spec.table, spec.columns, parent)
        self.spec = spec
        self._reads = NewestWins()
        self.rows_read = False  # until the first read is in, an empty model only means "not yet"
        self.search.setPlaceholderText(spec.search_hint() or self.tr("Search"))
        self.search.setMaximumWidth(360)
        self.filter_bar.addStretch(1)
        self.model = RecordTableModel(spec.columns, self)
        self.proxy = RecordSortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        column, descending = spec.default_sort
        self.table.sortByColumn(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self._connect_selection()
        self.order_tabs()
        self.proxy.modelReset.connect(self._update_status)
        self.proxy.rowsInserted.connect(self._update_status)
        self.proxy.rowsRemoved.connect(self._update_status)
        self.proxy.layoutChanged.connect(self._update_status)

    def refresh(self) -> None:
        if self.db is None:
            return
        self.stale = False
        db, load = self.db, self.spec.load
        run_query(None, lambda _progress: load(db), on_success=self._show_rows, newest=self._reads)

    def _show_rows(self, rows: list[dict]) -> None:
        selected = self.selected_ids()
        self.rows_read = True
        self.model.set_rows(rows)
        for record_id in selected[:1]:
            self.table.select_id(record_id)
        self._update_status()
        self.loaded.emit()

    def apply_search(self) -> None:
        self.proxy.setFilterFixedString(self.search.text().strip())
        self._update_status()

    def _update_status(self, *_args: object) -> None:
        text = self.spec.count_text(self.model.rowCount(), self.proxy.rowCount())
        if self.rows_read and self.model.rowCount() == 0:
            # an empty table says how to fill it (audiences, campaigns, roles, testimonials: all feminine in German)
            shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
            text += " · " + fill(self.tr("New… (%1) adds the first one."), shortcut)
        self.show_status(text)
