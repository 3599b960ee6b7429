"""The delete question's confirming button shows the trash can, not the style's green "Yes" tick."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

from portfolio_app.ui.actions import action_icon
from portfolio_app.ui.undo import confirm


def _image(icon) -> QImage:
    return icon.pixmap(16, 16).toImage()


def test_the_delete_button_carries_the_delete_icon(qtbot):
    seen: dict[str, QImage] = {}

    def look_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = box.button(QMessageBox.StandardButton.Yes)
        seen["text"] = button.text()
        seen["icon"] = _image(button.icon())
        seen["tick"] = _image(box.style().standardIcon(QStyle.StandardPixmap.SP_DialogYesButton))
        box.reject()

    QTimer.singleShot(50, look_and_cancel)
    assert confirm(None, "Delete", "Delete 1 audience? You can undo this.", "Delete") is False
    assert seen["text"] == "Delete"
    assert seen["icon"] == _image(action_icon("edit-delete"))
    assert seen["icon"] != seen["tick"]
