"""The table widget every list in the app uses.

Whole rows are selected (several with Shift/Ctrl), headers sort on click and
can be dragged to reorder, and Enter or a double-click asks to edit the row
under the cursor. Column widths and order are saved under the table's key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from portfolio_app.ui import settings
from portfolio_app.ui.tables import progress
from portfolio_app.ui.tables.columns import ID_ROLE, Column

# the long text column (Title, Name) gives up at most a quarter of its width, never below this, before the
# table scrolls sideways: the last columns stay whole when a little room is missing, titles stay readable
STRETCH_FLOOR = 160


def stretch_floor(width: int) -> int:
    """How narrow a long text column of nominal ``width`` may become to make room for the others."""
    return min(width, max(STRETCH_FLOOR, width * 3 // 4))


@runtime_checkable
class FindsRows(Protocol):
    """A model that knows the row of a record without reading every row (ContributionTableModel)."""

    def row_of(self, record_id: int) -> int | None: ...


class ConventionalSortArrow(QProxyStyle):
    """Sort arrows as people expect them: ▲ for ascending (A→Z, oldest first), ▼ for descending.

    QHeaderView hands the style "SortDown" for ascending order, so Fusion drew
    an up arrow over the newest-first date column; this swaps the two.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__()
        self.setParent(parent)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            swapped = QStyleOptionHeader(option)
            flip = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
                    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}
            swapped.sortIndicator = flip.get(option.sortIndicator, option.sortIndicator)
            option = swapped
        super().drawPrimitive(element, option, painter, widget)


class RecordTable(QTableView):
    edit_requested = Signal(int)  # record id

    def __init__(self, key: str, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.columns = tuple(columns)
        self._fitting = False  # the stretch column is being resized by fit_stretch_column()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStyle(ConventionalSortArrow(header))
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between rows)
        self.doubleClicked.connect(self._on_double_clicked)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSortIndicatorShown(True)  # so the widths below leave room for the sort arrow
        for number, column in enumerate(self.columns):
            # never narrower than the (translated) header text: "Teilnehmende" needs more than "Attendees"
            header.resizeSection(number, max(column.width, header.sectionSizeHint(number)))
            header.setSectionHidden(number, column.hidden)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionResized.connect(self._other_column_resized)
        header.sectionCountChanged.connect(lambda *_: self.fit_stretch_column())
        progress.install(self, self.columns)

    # the one long text column ------------------------------------------------
    def _stretch_number(self) -> int | None:
        return next((number for number, column in enumerate(self.columns) if column.stretch), None)

    def fit_stretch_column(self) -> None:
        """The long text column (Title) takes the room the others leave, giving up at most down to stretch_floor().

        Qt's Stretch mode would squeeze it to 48 px ("Wha…") when the metric
        columns fill a 1024 px window; here it shrinks only to a readable width
        (so the last columns are not cut off when a little room is missing),
        and beyond that the table scrolls sideways.
        """
        number = self._stretch_number()
        header = self.horizontalHeader()
        if number is None or self.model() is None or header.isSectionHidden(number):
            return
        header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
        others = sum(header.sectionSize(n) for n in range(header.count())
                     if n != number and not header.isSectionHidden(n))
        floor = max(stretch_floor(self.columns[number].width), header.sectionSizeHint(number))
        wanted = max(floor, self.viewport().width() - others)
        if header.sectionSize(number) != wanted:
            self._fitting = True
            try:
                header.resizeSection(number, wanted)
            finally:
                self._fitting = False

    def _other_column_resized(self, number: int, _old: int, _new: int) -> None:
        if number != self._stretch_number() and not self._fitting:
            self.fit_stretch_column()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_stretch_column()

    def _column_menu(self, position: QPoint) -> None:
        """Right-click on the header: choose which columns show (remembered with the widths)."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        for number, column in enumerate(self.columns):
            action = menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: header.setSectionHidden(n, not shown))
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    # column state ------------------------------------------------------------
    def restore_columns(self) -> bool:
        """Widths, order and sort column as the user left them; call after setModel."""
        restored = settings.restore_state(f"table/{self.key}", self.horizontalHeader())
        self.fit_stretch_column()  # a state saved by an older version may carry Qt's Stretch mode
        return restored

    def save_columns(self) -> None:
        settings.save_state(f"table/{self.key}", self.horizontalHeader())

    # selection ---------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()}) if self.selectionModel() else []
        model = self.model()
        ids = [model.index(row, 0).data(ID_ROLE) for row in rows]
        return [i for i in ids if i is not None]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if index.isValid() and self.selectionModel().isSelected(index):
            return index.data(ID_ROLE)
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_id(self, record_id: int) -> bool:
        model = self.model()
        if isinstance(model, FindsRows):  # the lazy contributions model finds a row without loading all of them
            row = model.row_of(record_id)
            if row is None:
                return False
            self.selectRow(row)
            self.scrollTo(model.index(row, 0))
            return True
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == record_id:
                self.selectRow(row)
                self.scrollTo(model.index(row, 0))
                return True
        return False

    # editing -----------------------------------------------------------------
    def _on_double_clicked(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        modifier = Qt.KeyboardModifier
        chords = modifier.ControlModifier | modifier.AltModifier | modifier.MetaModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & chords:
            if self.state() == QAbstractItemView.State.EditingState:
                # the Enter that confirms a figure typed into a cell, passed on by the cell's editor:
                # the delegate saves it; it must not also open the record's editor
                event.accept()
                return
            record_id = self.current_id()
            if record_id is not None:
                self.edit_requested.emit(record_id)
                return
        super().keyPressEvent(event)
