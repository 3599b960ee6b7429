"""Undoable deletes on a QUndoStack.

The services do the work: ``delete`` answers a Deleted record of what went
(rows, cascaded children, detached links) and ``restore`` puts exactly that
back. A command that was already carried out in a background thread (bulk
deletes) is pushed with ``done=deleted`` so pushing does not delete twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.ui.operations import publish, run_operation
from portfolio_app.ui.record_kinds import delete_text, entry
from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.text_fill import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from portfolio_app.services.records import Deleted
    from portfolio_app.storage.database import Database

__all__ = ["DeleteRecords", "confirm", "delete_text", "delete_with_consent", "new_undo_stack"]



class DeleteRecords(QUndoCommand):
    """Delete records of one table; undo restores them with their ids and links.

    Undo and redo tell every view what changed, the same way an operation does.
    """

    def __init__(self, db: Database, table: RecordKind | str, ids: Sequence[int], *, detach: bool = False,
                 done: Deleted | None = None):
        super().__init__(delete_text(table, len(ids)))
        self.db = db
        self.table = RecordKind(table)
        self.ids = list(ids)
        self.detach = detach
        self.deleted = done
        self._skip_first_redo = done is not None  # carried out (and announced) before it was pushed

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._delete)

    def undo(self) -> None:
        self._guarded(self._restore)

    def _delete(self) -> None:
        self.deleted = entry(self.table).service.delete(self.db, self.ids, detach=self.detach)
        publish(self.deleted.changes)

    def _restore(self) -> None:
        if self.deleted is not None:
            publish(entry(self.table).service.restore(self.db, self.deleted))

    def _guarded(self, step: Callable[[], None]) -> None:
        # Qt calls undo/redo from C++, where a Python exception would vanish: report it here
        try:
            step()
        except Exception as error:  # noqa: BLE001 - shown to the user, logged when it is a bug
            from portfolio_app.ui.workers import report_error

            report_error(None, error)


def new_undo_stack(parent: QObject | None = None) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(100)
    return stack


# deleting with the user's consent ------------------------------------------------------------
BULK_DELETE = 500  # from this many rows on, the delete runs in the thread pool


def _detach_question(table: str, count: int, linked: int) -> str:
    translate = QCoreApplication.translate
    what = delete_text(table, count)
    return plural(
        translate(
            "undo",
            "%Ln other record(s) (contributions, testimonials or others) are linked to what you are deleting. "
            "They will be kept and detached from it.",
            "",
            linked,
        ),
        linked,
    ) + "\n\n" + fill(translate("undo", "%1? You can undo this."), what)


def confirm(parent: QWidget | None, title: str, text: str, confirm_label: str, *, warning: bool = False,
            button_icon: str = "edit-delete") -> bool:
    """Ask before a step that replaces or removes data (a delete, a restore): the confirming button names the
    action and shows ``button_icon`` (the trash can for a delete), Cancel is the default."""
    from PySide6.QtWidgets import QMessageBox

    from portfolio_app.ui.actions import action_icon

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(confirm_label)
    yes.setIcon(action_icon(button_icon))  # the style's "Yes" icon is a green tick: wrong for a delete
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    return answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes.value)


def delete_with_consent(parent: QWidget | None, db: Database, stack: QUndoStack, table: RecordKind | str,
                        ids: Sequence[int]) -> bool:
    """Ask, then delete undoably; linked records are detached only when the user agrees.

    Returns whether the delete started. Large deletes run off the UI thread and
    land on the undo stack when they finish; either way every view hears of it.
    """
    from portfolio_app.errors import PortfolioError
    from portfolio_app.ui.workers import report_error

    ids = list(ids)
    if not ids:
        return False
    kind = RecordKind(table)
    translate = QCoreApplication.translate
    service = entry(kind).service
    linked = service.dependents(db, ids)
    title = translate("undo", "Delete")
    if linked:
        agreed = confirm(parent, title, _detach_question(kind, len(ids), linked),
                         translate("undo", "Detach and delete"), warning=True)
    else:
        agreed = confirm(parent, title, fill(translate("undo", "%1? You can undo this."), delete_text(kind, len(ids))),
                         translate("undo", "Delete"))
    if not agreed:
        return False
    detach = bool(linked)
    if len(ids) >= BULK_DELETE:
        run_operation(
            parent, lambda _progress: service.delete(db, ids, detach=detach),
            on_success=lambda deleted: stack.push(DeleteRecords(db, kind, ids, detach=detach, done=deleted)),
            label=translate("undo", "Deleting…"), cancellable=False,
        )
        return True
    try:
        # delete first and push what was done: an exception inside push() would be swallowed by Qt
        deleted = service.delete(db, ids, detach=detach)
    except PortfolioError as error:
        report_error(parent, error)
        return False
    stack.push(DeleteRecords(db, kind, ids, detach=detach, done=deleted))
    publish(deleted.changes)
    return True
