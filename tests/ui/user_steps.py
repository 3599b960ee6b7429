"""Steps a user takes, for the window tests: press a shortcut, act in the dialog that opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def press(widget: QWidget, sequence: str) -> None:
    """Press a key combination ("Ctrl+4") on ``widget``, as the keyboard does."""
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def in_modal(act: Callable[[QDialog], None], wanted: Callable[[QWidget], bool] = lambda _dialog: True) -> list[str]:
    """Run ``act(dialog)`` in the next modal dialog (that is ``wanted``) once it is open; the names of what opened.

    Call before the step that opens the dialog: that step blocks until the dialog closes.
    """
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not wanted(dialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(type(dialog).__name__)
        act(dialog)  # type: ignore[arg-type]

    QTimer.singleShot(0, poll)
    return seen


def in_editor(act: Callable, kind: str | None = None) -> list[str]:
    """Run ``act(editor)`` in the next record editor (of ``kind``, a nested one too) once it is open."""
    from portfolio_app.ui.editors.base import RecordEditor

    return in_modal(act, lambda dialog: isinstance(dialog, RecordEditor) and kind in (None, dialog.table))
