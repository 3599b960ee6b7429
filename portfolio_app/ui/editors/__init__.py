"""Modal editors for every kind of record, behind one call: ``edit_record``.

Which editor edits which kind is written in ``ui.record_kinds``; a saved
record is announced to every view by the editor itself (``operations.publish``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.ui.record_kinds import editor_class

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

__all__ = ["edit_record", "editor_class"]


def edit_record(
    parent: QWidget | None, db: Database, table: RecordKind | str, record_id: int | None = None,
    initial: Mapping | None = None,
) -> int | None:
    """Open the editor for a new (record_id None) or existing record; the saved id, or None when cancelled.

    ``initial`` pre-fills a new record (e.g. the name typed into a combo box).
    """
    from portfolio_app.errors import NotFound

    try:
        dialog = editor_class(table)(db, record_id, initial, parent)
    except NotFound:
        QMessageBox.information(parent, QCoreApplication.translate("edit_record", "Not found"),
                                QCoreApplication.translate("edit_record", "This record no longer exists."))
        return None
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None
    finally:
        dialog.deleteLater()
