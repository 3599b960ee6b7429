"""Undoable deletes on a QUndoStack.

The services do the work: ``delete`` answers a Deleted record of what went
(rows, cascaded children, detached links) and ``restore`` puts exactly that
back. A command that was already carried out in a background thread (bulk
deletes) is pushed with ``done=deleted`` so pushing does not delete twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.text_fill import fill

# what the user sees in "Undo Delete 3 contributions"
_NOUNS = {
    "contribution": lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln contribution(s)", "", n), n),
    "audience": lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln audience(s)", "", n), n),
    "campaign": lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln campaign(s)", "", n), n),
    "employment": lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln role(s)", "", n), n),
    "testimonial": lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln testimonial(s)", "", n), n),
    "audience_snapshot": lambda n: plural(QCoreApplication.translate("undo", "Delete %Ln size record(s)", "", n), n),
}


def delete_text(table: str, count: int) -> str:
    make = _NOUNS.get(table)
    return make(count) if make else plural(QCoreApplication.translate("undo", "Delete %Ln record(s)", "", count), count)


class DeleteRecords(QUndoCommand):
    """Delete records of one table; undo restores them with their ids and links."""

    def __init__(
        self,
        db,
        table: str,
        ids: Sequence[int],
        *,
        detach: bool = False,
        done=None,
        on_change: Callable[[str], None] | None = None,
    ):
        super().__init__(delete_text(table, len(ids)))
        self.db = db
        self.table = table
        self.ids = list(ids)
        self.detach = detach
        self.deleted = done
        self._skip_first_redo = done is not None
        self._on_change = on_change

    def _service(self):
        from portfolio_app.services.records import SERVICES

        return SERVICES[self.table]

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
        else:
            self._guarded(lambda: setattr(self, "deleted", self._service().delete(self.db, self.ids, detach=self.detach)))
        self._changed()

    def undo(self) -> None:
        self._guarded(lambda: self._service().restore(self.db, self.deleted))
        self._changed()

    def _guarded(self, step: Callable[[], None]) -> None:
        # Qt calls undo/redo from C++, where a Python exception would vanish: report it here
        try:
            step()
        except Exception as error:  # noqa: BLE001 - shown to the user, logged when it is a bug
            from portfolio_app.ui.workers import report_error

            report_error(None, error)

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.table)


def new_undo_stack(parent=None) -> QUndoStack:
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


def confirm(parent, title: str, text: str, confirm_label: str, *, warning: bool = False) -> bool:
    """Ask before doing something; the confirming button names the action, Cancel is the default."""
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(confirm_label)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    return answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes.value)


def delete_with_consent(parent, db, stack: QUndoStack, table: str, ids: Sequence[int],
                        on_change: Callable[[str], None] | None = None) -> bool:
    """Ask, then delete undoably; linked records are detached only when the user agrees.

    Returns whether the delete started. Large deletes run off the UI thread and
    land on the undo stack when they finish.
    """
    from portfolio_app.errors import PortfolioError
    from portfolio_app.services.records import SERVICES
    from portfolio_app.ui.workers import report_error, run_in_background

    ids = list(ids)
    if not ids:
        return False
    translate = QCoreApplication.translate
    service = SERVICES[table]
    linked = service.dependents(db, ids)
    title = translate("undo", "Delete")
    if linked:
        agreed = confirm(parent, title, _detach_question(table, len(ids), linked), translate("undo", "Detach and delete"),
                         warning=True)
    else:
        agreed = confirm(parent, title, fill(translate("undo", "%1? You can undo this."), delete_text(table, len(ids))),
                         translate("undo", "Delete"))
    if not agreed:
        return False
    detach = bool(linked)
    if len(ids) >= BULK_DELETE:
        def work(_progress):
            return service.delete(db, ids, detach=detach)

        run_in_background(
            parent, work,
            on_success=lambda deleted: stack.push(
                DeleteRecords(db, table, ids, detach=detach, done=deleted, on_change=on_change)),
            label=translate("undo", "Deleting…"), cancellable=False,
        )
        return True
    try:
        # delete first and push what was done: an exception inside push() would be swallowed by Qt
        deleted = service.delete(db, ids, detach=detach)
    except PortfolioError as error:
        report_error(parent, error)
        return False
    stack.push(DeleteRecords(db, table, ids, detach=detach, done=deleted, on_change=on_change))
    return True
