"""One path for every change: run an operation in the background, then tell every view what changed.

An *operation* changes data: its work function runs in the thread pool and
returns a :class:`Changes` (or a result with a ``changes`` attribute, like
``Deleted`` or ``ImportReport``). When it succeeds, its callback runs and the
changes are broadcast on one application-wide signal, ``changes_applied``.
A *query* only reads: the same helper without the broadcast. Either can be
"newest wins" (:class:`NewestWins`): a result overtaken by a newer request of
the same kind is dropped.

Views listen through :func:`subscribe`, naming the kinds they show; they are
told only about changes to those kinds (and about a whole new database).
Edits on the UI thread (editor saves, undo and redo) broadcast through
:func:`publish`, the same signal. See docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from portfolio_app.domain.kinds import NO_CHANGES, Changes, RecordKind
from portfolio_app.ui.workers import BackgroundTask, Progress, run_in_background

T = TypeVar("T")


class ChangeListener(Protocol):
    """A view that shows records of some kinds; told when they change."""

    def apply_changes(self, changes: Changes) -> None: ...


class ChangeBus(QObject):
    """Carries ``changes_applied``; several changes in one turn of the event loop arrive as one.

    (A campaign made inside the contribution editor, then the contribution:
    the views refresh once.)
    """

    changes_applied = Signal(object)  # Changes
    # a record the user saved (an edit_commands.SavedRecord), for whoever keeps the undo stack
    record_saved = Signal(object)
    command_done = Signal(object)  # an edit_commands.DoneChange (a bulk change), for the undo stack

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = NO_CHANGES
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        self._pending |= changes
        self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Deliver what is pending now (tests and shutdown; normally the timer does it)."""
        self._timer.stop()
        changes, self._pending = self._pending, NO_CHANGES
        if changes:
            self.changes_applied.emit(changes)


_bus: ChangeBus | None = None


def change_bus() -> ChangeBus:
    """The application's one bus (made on first use, owned by the QApplication)."""
    global _bus
    if _bus is None:
        _bus = ChangeBus(QCoreApplication.instance())
        _bus.destroyed.connect(_forget_bus)
    return _bus


def _forget_bus(*_args: object) -> None:
    global _bus
    _bus = None


def publish(changes: Changes) -> None:
    """Tell every view what changed (edits made on the UI thread: editors, undo, redo)."""
    change_bus().publish(changes)


class _Relay(QObject):
    """Hands a listener the changes to the kinds it shows. A child of the listener: it goes with it,
    and so does its connection."""

    def __init__(self, listener: ChangeListener, owner: QObject, kinds: frozenset[RecordKind]) -> None:
        super().__init__(owner)
        self._listener = listener
        self._kinds = kinds

    @Slot(object)
    def deliver(self, changes: Changes) -> None:
        if changes.touches(self._kinds):
            self._listener.apply_changes(changes)


def subscribe(listener: ChangeListener, kinds: Iterable[RecordKind]) -> None:
    """Call ``listener.apply_changes(changes)`` whenever one of ``kinds`` changed.

    ``listener`` is a QObject (a page, the window): the subscription ends when it is destroyed.
    """
    if not isinstance(listener, QObject):
        raise TypeError(f"a listener must be a QObject, not {type(listener).__name__}")
    relay = _Relay(listener, listener, frozenset(kinds))
    change_bus().changes_applied.connect(relay.deliver)


@runtime_checkable
class CarriesChanges(Protocol):
    """A service's result that says what it changed (Saved, Deleted, ImportReport, Reopened …)."""

    @property
    def changes(self) -> Changes: ...


def changes_of(result: object) -> Changes:
    """The Changes an operation returned, directly or as its ``changes``."""
    if isinstance(result, Changes):
        return result
    if not isinstance(result, CarriesChanges) or not isinstance(result.changes, Changes):
        raise TypeError(f"an operation must return Changes or a result with .changes, not {type(result).__name__}")
    return result.changes


class NewestWins:
    """Newest request wins: results of requests that a newer one overtook are dropped.

    ``ticket()`` starts a request; ``is_current(ticket)`` says whether its
    result is still wanted; ``drop()`` discards everything under way.
    """

    def __init__(self) -> None:
        self._generation = 0

    def ticket(self) -> int:
        self._generation += 1
        return self._generation

    def is_current(self, ticket: int) -> bool:
        return ticket == self._generation

    def drop(self) -> None:
        self._generation += 1

    def guard(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """Start a request: ``callback`` runs with its result only if no newer request started meanwhile."""
        ticket = self.ticket()

        def deliver(result: T) -> None:
            if self.is_current(ticket):
                callback(result)

        return deliver


def run_query(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None],
    newest: NewestWins | None = None,
    show_progress: bool = False,
    **options: Any,
) -> BackgroundTask:
    """Read in the background; with ``newest``, only the latest request's result arrives."""
    deliver = newest.guard(on_success) if newest is not None else on_success
    return run_in_background(parent, work, on_success=deliver, show_progress=show_progress, **options)


def run_operation(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    **options: Any,
) -> BackgroundTask:
    """Change data in the background with progress and error reporting, then broadcast what changed.

    ``work`` returns Changes or a result carrying them; ``on_success`` runs
    first, then every view that shows a changed kind hears of it.
    """

    def succeeded(result: T) -> None:
        try:
            if on_success is not None:
                on_success(result)
        finally:
            publish(changes_of(result))

    return run_in_background(parent, work, on_success=succeeded, **options)
