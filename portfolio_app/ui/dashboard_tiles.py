"""A key-figure tile: caption, the figure, and one line saying what it rests on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class Tile(QFrame):
    def __init__(self, key: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.caption = QLabel(caption, self)
        self.value = QLabel("–", self)
        self.detail = QLabel("", self)
        muted = self.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.caption.setPalette(muted)
        self.caption.setWordWrap(True)  # a long (German) caption wraps rather than widening every column
        self.detail.setPalette(muted)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(big)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)
        self.detail.setWordWrap(True)
        # three lines of detail always fit, so tiles keep one height and nothing is cut off
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3 + 2)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)  # in a row of taller tiles the figures stay at the top, level with their neighbours

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(f"{self.caption.text()}: {value}\n{detail}".strip())
