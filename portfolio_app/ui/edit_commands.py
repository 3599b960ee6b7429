"""Undo for what the editors save: a new record and an edited one, beside the deletes of ui.undo.

Whatever saves a record the user typed — an editor, an editor opened with
"New…" inside another one, a figure typed into a table cell — announces it
with :func:`announce_saved` (the record, and its values from before). The
window listens (:func:`listen_for_saves`) and puts it on its undo stack, so
nothing that saves needs to know the stack. The save has already happened
when the command is pushed, so the first redo does nothing. Undoing an add deletes the record through its service
(links to it detached, and put back on redo by ``restore``); undoing an edit
saves the values from before, redo the values after — the same service calls
as the editor's, announced on the same ``changes_applied`` path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.ui.operations import change_bus, publish
from portfolio_app.ui.record_kinds import entry

if TYPE_CHECKING:
    from portfolio_app.services.records import Deleted
    from portfolio_app.storage.database import Database

@dataclass(frozen=True)
class RecordState:
    """A record's editable values, and for an audience its size history (date, size, id)."""

    values: dict
    sizes: tuple | None = None


def record_state(db: Database, kind: RecordKind | str, record_id: int) -> RecordState:
    from portfolio_app.services.records import row_dict

    kind = RecordKind(kind)
    service = entry(kind).service
    # only what a save may write: created_at, updated_at and an import's snapshot are the app's own
    values = {name: value for name, value in row_dict(service.get(db, record_id)).items() if name in service.editable}
    sizes = None
    if kind == RecordKind.AUDIENCE:
        from portfolio_app.services.audience_sizes import size_history

        sizes = tuple(size_history(db, record_id))
    return RecordState(values, sizes)


def _apply(db: Database, kind: RecordKind, record_id: int, state: RecordState) -> None:
    if kind == RecordKind.AUDIENCE:
        from portfolio_app.services.audience_sizes import save_audience

        saved = save_audience(db, record_id, state.values, list(state.sizes or ()))
    else:
        saved = entry(kind).service.save(db, record_id, state.values)
    publish(saved.changes)


def _text(kind: RecordKind, index: int) -> str:
    """"Add contribution" (index 0) or "Edit contribution" (1), from the registry of kinds."""
    known = entry(kind)
    text = (known.add_text, known.edit_text)[index]
    return QCoreApplication.translate("undo", text) if text else ""


class _Done(QUndoCommand):
    """Pushed after the editor saved: the first redo is the save that already happened."""

    def __init__(self, text: str):
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def do(self) -> None: ...

    def undo_it(self) -> None: ...

    @staticmethod
    def _guarded(step: Callable[[], None]) -> None:
        # Qt calls these from C++, where a Python exception would vanish: report it
        try:
            step()
        except Exception as error:  # noqa: BLE001 - shown to the user
            from portfolio_app.ui.workers import report_error

            report_error(None, error)


class AddRecord(_Done):
    def __init__(self, db: Database, kind: RecordKind | str, record_id: int):
        self.kind = RecordKind(kind)
        super().__init__(_text(self.kind, 0))
        self.db, self.record_id = db, record_id
        self.deleted: Deleted | None = None

    def undo_it(self) -> None:
        self.deleted = entry(self.kind).service.delete(self.db, [self.record_id], detach=True)
        publish(self.deleted.changes)

    def do(self) -> None:
        if self.deleted is not None:
            publish(entry(self.kind).service.restore(self.db, self.deleted))


class EditRecord(_Done):
    def __init__(self, db: Database, kind: RecordKind | str, record_id: int, before: RecordState,
                 after: RecordState, text: str | None = None):
        self.kind = RecordKind(kind)
        super().__init__(text or _text(self.kind, 1))
        self.db, self.record_id, self.before, self.after = db, record_id, before, after

    def undo_it(self) -> None:
        _apply(self.db, self.kind, self.record_id, self.before)

    def do(self) -> None:
        _apply(self.db, self.kind, self.record_id, self.after)


def push_saved(stack: QUndoStack, db: Database, kind: RecordKind | str, record_id: int,
               before: RecordState | None, text: str | None = None) -> None:
    """Put what was just saved on the undo stack: an add, or an edit that changed something.

    ``text`` names an edit more closely than "Edit contribution" (a figure typed into a cell).
    """
    if before is None:
        stack.push(AddRecord(db, kind, record_id))
        return
    after = record_state(db, kind, record_id)
    if after != before:
        stack.push(EditRecord(db, kind, record_id, before, after, text))


class MarkReviewed(_Done):
    """"Mark reviewed" on many contributions; undo makes exactly those that changed unreviewed again."""

    def __init__(self, db: Database, ids: list[int]):
        super().__init__(QCoreApplication.translate("undo", "Mark reviewed"))
        self.db, self.ids = db, ids

    def _set(self, reviewed: bool) -> None:
        from portfolio_app.domain.kinds import Changes
        from portfolio_app.services.review import set_reviewed

        set_reviewed(self.db, self.ids, reviewed)
        publish(Changes.of(RecordKind.CONTRIBUTION, self.ids))

    def undo_it(self) -> None:
        self._set(False)

    def do(self) -> None:
        self._set(True)


# saves announced to whoever keeps the undo stack ---------------------------------------------
@dataclass(frozen=True)
class SavedRecord:
    """A record the user just saved: new when ``before`` is None, else edited from ``before``."""

    db: Database
    kind: RecordKind
    record_id: int
    before: RecordState | None
    text: str | None = None  # the undo text, when "Add …"/"Edit …" says too little


def state_before_edit(db: Database, kind: RecordKind | str, record_id: int | None) -> RecordState | None:
    """What an edit will be undone to; None for a record not made yet."""
    return None if record_id is None else record_state(db, kind, record_id)


def announce_saved(db: Database, kind: RecordKind | str, record_id: int, before: RecordState | None,
                   text: str | None = None) -> None:
    """Tell the undo stack's keeper that a record was saved (after the save, on the UI thread)."""
    change_bus().record_saved.emit(SavedRecord(db, RecordKind(kind), record_id, before, text))


class _SaveRelay(QObject):
    """Hands save notices to one listener; a child of it, so the connection goes when the listener goes."""

    def __init__(self, owner: QObject, on_saved: Callable[[Any], None]) -> None:
        super().__init__(owner)
        self._on_saved = on_saved

    @Slot(object)
    def deliver(self, saved: object) -> None:
        self._on_saved(saved)


@dataclass(frozen=True)
class DoneChange:
    """A change already carried out in ``db`` (a bulk one); its command's first redo does nothing."""

    db: Database
    command: QUndoCommand


def announce_done(db: Database, command: QUndoCommand) -> None:
    """Hand a change already carried out to the undo stack's keeper."""
    change_bus().command_done.emit(DoneChange(db, command))


def listen_for_saves(owner: QObject, on_saved: Callable[[SavedRecord], None],
                     on_done: Callable[[DoneChange], None]) -> None:
    """Call ``on_saved`` for every record saved, ``on_done`` for every other change done, while ``owner`` exists."""
    change_bus().record_saved.connect(_SaveRelay(owner, on_saved).deliver)
    change_bus().command_done.connect(_SaveRelay(owner, on_done).deliver)
