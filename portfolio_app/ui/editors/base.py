"""The dialog every record editor shares: fields, live validation, Save, Cancel.

A subclass lays out its fields in ``build()``; this class loads the record,
validates through the record's service on every edit, keeps Save disabled
while anything is invalid, and saves through the same service (create or
update). It never touches SQL or sessions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.errors import PortfolioError, ValidationError
from portfolio_app.services.records import SERVICES, RecordService, Saved, row_dict
from portfolio_app.ui.edit_commands import announce_saved, state_before_edit
from portfolio_app.ui.operations import publish
from portfolio_app.ui.unsaved import Answer, ask_to_save
from portfolio_app.ui.widgets.form import ErrorLabel, Form, translated_reason

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database


class RecordEditor(QDialog):
    table: ClassVar[RecordKind]

    def __init__(self, db: Database, record_id: int | None = None, initial: Mapping | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.saved_id: int | None = None
        self.current_warnings: dict[str, str] = {}  # by field, translated; set by revalidate()
        self.service: RecordService = SERVICES[self.table]
        # what Undo puts back after a save (read before load(), which may mark a contribution reviewed)
        self._before = state_before_edit(db, self.table, record_id)
        self.form = Form(self)
        self.setWindowTitle(self.window_title(record_id is None))
        self.setSizeGripEnabled(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.build(), 1)
        self.other_errors = ErrorLabel(self)
        self.other_errors.setObjectName("error_other")
        layout.addWidget(self.other_errors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.form.set_values(self.load(record_id, dict(initial or {})))
        if record_id is not None:
            self.form.touch_all()  # an existing record's problems are shown at once
        self.form.changed.connect(self.revalidate)
        self.revalidate()
        self._loaded_state = self.state()

    # for subclasses ----------------------------------------------------------------
    def window_title(self, new: bool) -> str:
        raise NotImplementedError

    def build(self) -> QWidget:
        """The fields, each registered in self.form."""
        raise NotImplementedError

    def load(self, record_id: int | None, initial: dict) -> dict:
        """The values the form starts with."""
        if record_id is None:
            return initial
        return row_dict(self.service.get(self.db, record_id))

    def errors(self, values: dict) -> dict[str, str]:
        """Every problem with ``values``: the service's rules plus what the fields know."""
        return {**self.service.validate(self.db, values), **self.form.problems()}

    def save(self, values: dict) -> Saved:
        return self.service.save(self.db, self.record_id, values)

    def state(self) -> object:
        """Everything the user can change here, to tell whether anything was."""
        return self.form.values()

    # the shared behaviour ---------------------------------------------------------
    def values(self) -> dict:
        return self.form.values()

    def has_unsaved_changes(self) -> bool:
        return self.state() != self._loaded_state

    def reject(self) -> None:
        """Cancel, Esc or closing the window: Save, Discard or Cancel before typed-in work is thrown away."""
        if self.has_unsaved_changes():
            answer = ask_to_save(self, self.tr("Your changes to this record have not been saved."))
            if answer is Answer.SAVE:
                self.accept()  # stays open, the problems marked, when the record cannot be saved yet
                return
            if answer is Answer.CANCEL:
                return
        self.discard()

    def discard(self) -> None:
        """Close without saving and without asking."""
        super().reject()

    def warnings(self, values: dict) -> dict[str, str]:
        """Figures that are allowed but unlikely, by field, translated (shown; Save stays enabled)."""
        return {}

    def revalidate(self) -> bool:
        values = self.values()
        errors = self.errors(values)
        self.current_warnings = self.warnings(values)
        self.show_errors(errors)
        self.save_button.setEnabled(not errors)
        self.save_button.setToolTip("" if not errors else self.tr("Correct the marked fields to save."))
        return not errors

    def show_errors(self, errors: Mapping[str, str]) -> None:
        rest = self.form.show_errors(errors, self.current_warnings)
        self.other_errors.show_reason(
            "\n".join(f"{name}: {translated_reason(reason)}" for name, reason in rest.items())
        )
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Reasons take room: grow rather than squash the fields when they appear."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.sizeHint()
        if wanted.height() > self.height() or wanted.width() > self.width():
            self.resize(max(wanted.width(), self.width()), max(wanted.height(), self.height()))

    def accept(self) -> None:
        self.form.touch_all()
        if not self.revalidate():
            return
        try:
            saved = self.save(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except PortfolioError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return
        self.saved_id = saved.id
        # every view hears of it, also of a record saved in a nested editor whose parent is then cancelled
        publish(saved.changes)
        announce_saved(self.db, self.table, saved.id, self._before)  # onto the undo stack, nested editors too
        super().accept()
