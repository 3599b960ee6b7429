"""Small pieces the wizard pages share: a status line with progress, and a count tile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

ICON_SIZE = 16
ERROR_COLOR = "#b3261e"  # readable on light and dark backgrounds


class StatusLine(QWidget):
    """One line under a page's inputs: working (with a progress bar), fine, or a problem."""

    IDLE, WORKING, OK, WARNING, ERROR = range(5)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = self.IDLE
        self.icon = QLabel(self)
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.text = QLabel(self)
        self.text.setObjectName("statusText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.bar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignVCenter)
        self.clear()

    def _show(self, state: int, text: str, pixmap: QStyle.StandardPixmap | None, color: str | None = None) -> None:
        self.state = state
        self.text.setText(text)
        self.text.setStyleSheet(f"color: {color};" if color else "")
        if pixmap is None:
            self.icon.clear()
        else:
            self.icon.setPixmap(QApplication.style().standardIcon(pixmap).pixmap(ICON_SIZE, ICON_SIZE))
        self.bar.setVisible(state == self.WORKING)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self._show(self.IDLE, "", None)

    def working(self, text: str) -> None:
        self.bar.setRange(0, 0)
        self._show(self.WORKING, text, None)

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def ok(self, text: str) -> None:
        self._show(self.OK, text, QStyle.StandardPixmap.SP_DialogApplyButton)

    def warning(self, text: str) -> None:
        self._show(self.WARNING, text, QStyle.StandardPixmap.SP_MessageBoxWarning)

    def error(self, text: str) -> None:
        self._show(self.ERROR, text, QStyle.StandardPixmap.SP_MessageBoxCritical, ERROR_COLOR)


class CountTile(QFrame):
    """A big number with a caption under it: "12 / new"."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A secondary, wrapped explanation under an input."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def heading_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label

