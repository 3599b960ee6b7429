"""Typing figures straight into the contributions table: the metric cells edit like the editor's fields.

Select a row, move to a metric column and type: "12k", "1.5k", "12 000" are
read as in the editor (domain.typed_counts); text that is not one whole
number is refused with its reason shown at the cell (Enter or Tab keep the
cell open with what was typed, to be corrected), and nothing changes. A
figure that is accepted is saved through the contribution service, whose
validation is the editor's, and announced like every other change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from portfolio_app.domain.enums import METRIC_FIELDS
from portfolio_app.ui.widgets.fields import MetricField

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database


_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class MetricDelegate(QStyledItemDelegate):
    """A MetricField in the cell; a refusal is shown as a tooltip where the cell is, the value kept."""

    refused = Signal(str)  # the reason, for tests and the status line

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        return MetricField(parent)

    def setEditorData(self, editor: QWidget,  # noqa: N802 - Qt's name
                      index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, MetricField) and not editor.isModified():
            # Qt calls this again when the table is read anew (after the previous figure was saved):
            # what the user has begun to type in this cell stays
            editor.set_value(value if isinstance(value, int) else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if not isinstance(editor, MetricField):
            return
        reason = editor.problem()
        if reason:
            self._refuse(editor, reason)
            return
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Qt closes the cell on Enter or Tab whatever was typed: text that is no figure would vanish
        # with its tooltip, so the cell stays open with it and the reason stays on screen
        if (isinstance(watched, MetricField) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() in _COMMIT_KEYS):
            reason = watched.problem()
            if reason:
                self._refuse(watched, reason)
                return True
        return super().eventFilter(watched, event)

    def _refuse(self, editor: MetricField, reason: str) -> None:
        QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), reason, editor)
        self.refused.emit(reason)


def is_metric(key: str) -> bool:
    return key in METRIC_FIELDS


def save_metric(db: Database, record_id: int, key: str, value: int | None, label: str) -> str | None:
    """Save one figure through the service (the editor's rules); the reason when it is refused.

    A saved figure is announced like an editor's save, so Ctrl+Z puts back the figure from before
    (also "unknown"); ``label`` is the column's name, for "Undo Edit figure: Reach".
    """
    from portfolio_app.domain.kinds import RecordKind
    from portfolio_app.errors import ValidationError
    from portfolio_app.services.records import contributions
    from portfolio_app.ui.edit_commands import announce_saved, state_before_edit
    from portfolio_app.ui.operations import publish
    from portfolio_app.ui.text_fill import fill
    from portfolio_app.ui.widgets.form import translated_reason

    before = state_before_edit(db, RecordKind.CONTRIBUTION, record_id)
    try:
        saved = contributions.save(db, record_id, {key: value})
    except ValidationError as error:
        return translated_reason(next(iter(error.errors.values()), ""))
    publish(saved.changes)
    announce_saved(db, RecordKind.CONTRIBUTION, record_id, before,
                   fill(QCoreApplication.translate("undo", "Edit figure: %1"), label))
    return None

