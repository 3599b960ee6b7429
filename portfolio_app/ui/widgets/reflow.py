"""Widgets in as many equal columns as the width allows, reflowed when the width changes.

The dashboard's tiles and charts sit in one of these instead of a fixed
four-column grid: at 1024 px the fourth column no longer hides behind a
horizontal scroll bar, the rows simply wrap. The grid asks for no more width
than its widest single item, so a scroll area around it never scrolls
sideways.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

Item = TypeVar("Item", bound=QWidget)


class ReflowGrid(QWidget):
    def __init__(self, *, min_width: int, max_columns: int, fill_last_row: bool = False,
                 spacing: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_width = min_width
        self.max_columns = max_columns
        self.fill_last_row = fill_last_row  # a last, incomplete row stretches its items over the rest
        self.items: list[QWidget] = []
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)

    def add(self, widget: Item) -> Item:
        widget.setParent(self)
        self.items.append(widget)
        self.columns = 0  # lay out again on the next resize (or now, when shown)
        self._reflow(self.width() or self.min_width * self.max_columns)
        return widget

    def item_width(self) -> int:
        """What one column needs: the configured minimum, or more when an item cannot be narrower."""
        widest = max((item.minimumSizeHint().width() for item in self.items if not item.isHidden()), default=0)
        return max(self.min_width, widest)

    def columns_for(self, width: int) -> int:
        spacing = self.grid.horizontalSpacing()
        fitting = (width + spacing) // (self.item_width() + spacing)
        return max(1, min(self.max_columns, fitting, max(len(self.items), 1)))

    def _reflow(self, width: int) -> None:
        columns = self.columns_for(width)
        if columns == self.columns:
            return
        self.columns = columns
        for item in self.items:
            self.grid.removeWidget(item)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        count = len(self.items)
        for index, item in enumerate(self.items):
            row, column = divmod(index, columns)
            span = 1
            last_row_items = count - row * columns
            if self.fill_last_row and last_row_items < columns and index == count - 1:
                span = columns - column
            self.grid.addWidget(item, row, column, 1, span)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
            self.grid.setColumnMinimumWidth(column, 0)
        self.updateGeometry()

    # geometry -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # never wider than one column: the parent may make us narrow, we then wrap into fewer columns
        hint = self.grid.minimumSize()
        return QSize(self.item_width(), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = self.grid.sizeHint()
        return QSize(self.item_width(), hint.height())
