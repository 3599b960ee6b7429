"""A bar behind a percentage: how far a campaign got towards a target, readable at a glance."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from portfolio_app.ui.tables.columns import SORT_ROLE, Column

MET = QColor(46, 139, 87, 110)
SHORT = QColor(214, 140, 40, 110)


class ProgressDelegate(QStyledItemDelegate):
    """Paints the share (SORT_ROLE, 1.0 = the target) as a bar, capped at the cell's width, then the text."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = index.data(SORT_ROLE)
        if isinstance(share, int | float):
            bar = QRect(option.rect.adjusted(3, 4, -3, -4))
            painter.save()
            painter.fillRect(bar, option.palette.color(QPalette.ColorRole.AlternateBase))
            bar.setWidth(int(bar.width() * max(0.0, min(float(share), 1.0))))
            painter.fillRect(bar, MET if share >= 1 else SHORT)
            painter.restore()
        super().paint(painter, option, index)


def install(view: QAbstractItemView, columns: Sequence[Column]) -> None:
    """Give every progress column of ``view`` the bar."""
    from portfolio_app.ui.tables.columns import PROGRESS

    for number, column in enumerate(columns):
        if column.kind == PROGRESS:
            view.setItemDelegateForColumn(number, ProgressDelegate(view))


__all__ = ["ProgressDelegate", "install"]
