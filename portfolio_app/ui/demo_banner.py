"""A strip above the pages while the demo career is open: whose data this is, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

BANNER_BACKGROUND = "#fff4d6"
BANNER_TEXT = "#5c3d00"


class DemoBanner(QFrame):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BANNER_BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, BANNER_TEXT)
        self.setPalette(palette)
        self.text = QLabel(self.tr("You are looking at demo data, not your record. Changes here stay in the demo."),
                           self)
        self.text.setWordWrap(True)
        self.back = QPushButton(self.tr("Back to &my record"), self)
        self.back.clicked.connect(self.back_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.back)
        self.hide()
