"""A row of widgets that wraps onto further rows when the width runs out (Qt's flow layout example).

The tables' filter bars use it: at 1024 px a German filter bar no longer
squeezes "Gesamter Zeitraum" to "Gesamter Ze" or widens the window; the
filters continue on a second row, each as wide as its text needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class StretchItem(QWidgetItem):
    """A widget's place in the flow and its stretch (0: as wide as it needs)."""

    def __init__(self, widget: QWidget, stretch: int) -> None:
        super().__init__(widget)
        self.stretch = stretch


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # the QHBoxLayout calls the pages make -------------------------------------------------------
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt's name
        """Like QBoxLayout.addWidget; a stretch means "as wide as the row allows" (the search field)."""
        self.addChildWidget(widget)
        self._items.append(StretchItem(widget, stretch))
        self.invalidate()

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 - Qt's name
        """Nothing to do: a flow keeps its items at the start of each row."""

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(self._width(item) for item in self._visible()) + self.spacing() * max(len(self._visible()) - 1, 0)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(QSize(self._width(item), item.minimumSize().height()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # placing --------------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _width(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = self._width(item)
            if rows[-1] and used + self.spacing() + width > area.width():
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(item.sizeHint().height() for item in row)
            widths = [self._width(item) for item in row]
            spare = area.width() - sum(widths) - self.spacing() * (len(row) - 1)
            growing = [i for i, item in enumerate(row) if isinstance(item, StretchItem) and item.stretch]
            for i in growing:  # the search field takes the room left in its row, up to its maximum
                maximum = row[i].maximumSize().width()
                extra = min(max(spare, 0) // len(growing), maximum - widths[i])
                widths[i] += max(extra, 0)
            x = area.x()
            for item, width in zip(row, widths):
                if apply:
                    widget = item.widget()
                    policy = widget.sizePolicy() if widget else None
                    item_height = height if policy is None or policy.verticalPolicy() != QSizePolicy.Policy.Fixed \
                        else item.sizeHint().height()
                    item.setGeometry(QRect(QPoint(x, y + (height - item_height) // 2), QSize(width, item_height)))
                x += width + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()
