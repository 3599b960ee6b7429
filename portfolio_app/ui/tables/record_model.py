"""A table model over a small list of rows (audiences, campaigns, roles, testimonials).

These tables hold tens or hundreds of rows, so a QSortFilterProxyModel over
them is fast enough; it sorts by SORT_ROLE (native values, unknown last) and
filters on the shown text of every column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from portfolio_app.ui.tables.columns import ID_ROLE, SORT_ROLE, Column, sort_key

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Mapping[str, Any]] = []  # as services.table_rows reads them

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> int | None:
        return self.rows[row].get("id")

    # Qt model interface ------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(column.native(record))
        if role == SORT_ROLE:
            return column.native(record)
        if role == ID_ROLE:
            return self.row_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment()
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text":
            text = column.display(column.native(record))
            return text if len(text) > 40 else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self.columns[section].alignment()
        return None


class RecordSortFilterProxy(QSortFilterProxyModel):
    """Sorts by the native values of the source rows (unknown last, text without regard to case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802 - Qt's name
        # read the rows directly: a round trip through QVariant would turn dates into QDate
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return super().lessThan(left, right)
        column = model.columns[left.column()]
        a, b = column.native(model.rows[left.row()]), column.native(model.rows[right.row()])
        if a is None or b is None:
            # unknown values go last in both directions, as in the contributions table
            unknown_is_small = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is None and b is not None) if unknown_is_small else (b is None and a is not None)
        return sort_key(a) < sort_key(b)
