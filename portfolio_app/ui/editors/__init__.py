"""Modal editors for every kind of record, behind one call: ``edit_record``."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class EditorSignals(QObject):
    """Announces every record an editor saved, nested ones included (a campaign made from "New…"
    is saved even when the contribution editor around it is then cancelled)."""

    saved = Signal(str, int)  # table, record id


_signals: EditorSignals | None = None


def editor_signals() -> EditorSignals:
    global _signals
    if _signals is None:
        _signals = EditorSignals()
    return _signals


def editor_class(table: str) -> type:
    from portfolio_app.ui.editors.audience import AudienceEditor
    from portfolio_app.ui.editors.campaign import CampaignEditor
    from portfolio_app.ui.editors.contribution import ContributionEditor
    from portfolio_app.ui.editors.employment import EmploymentEditor
    from portfolio_app.ui.editors.testimonial import TestimonialEditor

    editors = {
        "contribution": ContributionEditor,
        "audience": AudienceEditor,
        "campaign": CampaignEditor,
        "employment": EmploymentEditor,
        "testimonial": TestimonialEditor,
    }
    if table not in editors:
        raise ValueError(f"no editor for table {table!r}")
    return editors[table]


def edit_record(
    parent: QWidget | None, db, table: str, record_id: int | None = None, initial: Mapping | None = None
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
