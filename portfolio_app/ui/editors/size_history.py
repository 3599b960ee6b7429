"""The size history of an audience as an editable table (date, size).

Rows are edited in place with a calendar date editor and a whole-number
field; "Record today's size" adds (or jumps to) today's row. Nothing is
written until the audience editor saves, then all rows go in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.plausibility import size_warnings
from portfolio_app.domain.typed_counts import CountReading, read_count
from portfolio_app.services.audience_sizes import SizeEntry
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.widgets.fields import DateField, MetricField, count_problem, date_format
from portfolio_app.ui.widgets.form import ErrorLabel, translated_reason
from portfolio_app.ui.widgets.numbers import doubt_text, format_int

DATE, SIZE = 0, 1
ID_ROLE = Qt.ItemDataRole.UserRole + 1
INVALID_BACKGROUND = QColor("#fbe9e7")


WARNING_BACKGROUND = QColor("#fff4d6")
_Index = QModelIndex | QPersistentModelIndex


def read_size(text: str) -> CountReading:
    """What a typed size means ("12k", "16 332", "12.000" in German): domain.typed_counts."""
    locale = QLocale()
    return read_count(text, decimal=locale.decimalPoint(), group=locale.groupSeparator())


def parse_size(text: str) -> int | str | None:
    """The size, None when empty, or the text itself when it is not one whole number."""
    reading = read_size(text)
    return reading.value if reading.ok else text


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        return DateField(parent)

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:  # noqa: N802 - Qt's name
        return value.toString(date_format()) if isinstance(value, QDate) else str(value)


class SizeDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        return MetricField(parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802 - Qt's name
        if not isinstance(editor, MetricField):  # the editor made above
            return super().setEditorData(editor, index)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if not isinstance(editor, MetricField):
            return super().setModelData(editor, model, index)
        # what was understood goes in ("12k" → 12,000, shown grouped); text that is no number stays as typed
        value = editor.value()
        model.setData(index, str(value) if isinstance(value, int) else editor.text().strip(), Qt.ItemDataRole.EditRole)

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:  # noqa: N802 - Qt's name
        size = parse_size(str(value))
        return format_int(size) if isinstance(size, int) else str(value)


class SizeHistoryTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(DATE, DateDelegate(self.table))
        self.table.setItemDelegateForColumn(SIZE, SizeDelegate(self.table))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

        self.record_today = QPushButton(self.tr("Record today's si&ze"), self)
        self.record_today.clicked.connect(self.add_today)
        self.add = QPushButton(self.tr("&Add"), self)
        self.add.setToolTip(self.tr("Add a size on another date"))
        self.add.clicked.connect(self.add_row)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.clicked.connect(self.remove_selected)
        self.error = ErrorLabel(self)
        self.error.setObjectName("error_sizes")

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_today)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # rows ------------------------------------------------------------------------
    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "_append gives every row both its items"
        return item

    def _append(self, day: dt.date | None, size: object, snapshot_id: int | None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        date_item = QTableWidgetItem()
        date_item.setData(Qt.ItemDataRole.EditRole, QDate(day.year, day.month, day.day) if day else QDate())
        date_item.setData(ID_ROLE, snapshot_id)
        size_item = QTableWidgetItem("" if size is None else str(size))
        size_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, DATE, date_item)
        self.table.setItem(row, SIZE, size_item)
        self.table.blockSignals(False)
        return row

    def set_entries(self, entries: list[SizeEntry]) -> None:
        self.table.setRowCount(0)
        for entry in entries:
            self._append(entry.date, entry.size, entry.id)
        self.table.scrollToBottom()  # the latest sizes matter most
        self.changed.emit()

    def entries(self) -> list[SizeEntry]:
        result = []
        for row in range(self.table.rowCount()):
            date_item, size_item = self._item(row, DATE), self._item(row, SIZE)
            day = date_item.data(Qt.ItemDataRole.EditRole)
            result.append(SizeEntry(
                dt.date(day.year(), day.month(), day.day()) if isinstance(day, QDate) and day.isValid() else None,
                parse_size(size_item.text()),
                date_item.data(ID_ROLE),
            ))
        return result

    def add_today(self) -> None:
        """Go to today's row, adding it when there is none, and start typing the size."""
        today = dt.date.today()
        rows = [r for r, e in enumerate(self.entries()) if e.date == today]
        row = rows[0] if rows else self._append(today, None, None)
        self.table.setCurrentCell(row, SIZE)
        self.table.setFocus()
        self.table.editItem(self._item(row, SIZE))
        self.changed.emit()

    def add_row(self) -> None:
        """A new row to fill in (its date starts as today: change it to when the size was seen)."""
        row = self._append(dt.date.today(), None, None)
        self.table.setCurrentCell(row, DATE)
        self.table.setFocus()
        self.table.editItem(self._item(row, DATE))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    # problems ------------------------------------------------------------------------
    def typed_problems(self) -> dict[int, dict[str, str]]:
        """Why a typed size is not one number ("Could be 12 or 12,000: …"), by row; translated."""
        found = {}
        for row in range(self.table.rowCount()):
            reason = count_problem(read_size(self._item(row, SIZE).text()))
            if reason:
                found[row] = {"size": reason}
        return found

    def warnings(self) -> dict[int, str]:
        """Sizes that fall by 99 % or jump a hundredfold from the size before: shown, not refused."""
        entries = [(entry.date, entry.size) for entry in self.entries()]
        return {row: doubt_text(doubt) for row, doubt in size_warnings(entries).items()}

    def show_problems(self, problems: Mapping[int, Mapping[str, str]]) -> None:
        """Tint the cells at fault, name the reason in a tooltip and under the table; then the warnings."""
        self.table.blockSignals(True)
        lines = []
        warnings = self.warnings()
        for row in range(self.table.rowCount()):
            row_problems = problems.get(row, {})
            for column, name in ((DATE, "date"), (SIZE, "size")):
                item = self._item(row, column)
                reason = row_problems.get(name)
                warning = warnings.get(row) if column == SIZE and not row_problems else None
                background = INVALID_BACKGROUND if reason else WARNING_BACKGROUND if warning else None
                item.setBackground(QBrush(background) if background else QBrush())
                item.setToolTip(translated_reason(reason) if reason else warning or "")
                if reason:
                    lines.append(fill(self.tr("Row %1: %2"), str(row + 1), translated_reason(reason)))
        self.table.blockSignals(False)
        if lines:
            self.error.show_reason("\n".join(lines[:3]))
        else:
            shown = [fill(self.tr("Row %1: %2"), str(row + 1), text) for row, text in sorted(warnings.items())]
            self.error.show_reason("\n".join(shown[:3]), self.error.WARNING)
