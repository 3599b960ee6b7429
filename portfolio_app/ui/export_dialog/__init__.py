"""File → Export PDF…: options, a background export with progress, and an offer to open the file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from portfolio_app.ui.export_dialog.dialog import ExportDialog

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

__all__ = ["ExportDialog", "show_export_dialog"]


def show_export_dialog(parent: QWidget | None, db: Database) -> ExportDialog:
    """Show the options; the dialog exports in the background and closes itself after a success."""
    dialog = ExportDialog(db, parent)
    dialog.exec()
    return dialog
