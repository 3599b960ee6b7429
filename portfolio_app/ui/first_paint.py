"""Telling once that a widget has painted (launch waits for it before it loads the database)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, SignalInstance


class FirstPaint(QObject):
    """Installed on ``widget``: emits ``painted`` at its first paint, then takes itself off."""

    def __init__(self, widget: QObject, painted: SignalInstance) -> None:
        super().__init__(widget)
        self._painted = painted
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._painted.emit()
        return False
