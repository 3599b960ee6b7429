"""Running long work off the UI thread, with progress, cancel and error reporting in one call.

A call site is one line::

    run_in_background(self, lambda progress: fill_demo(db, progress=progress.report),
                      on_success=self.show_demo, label=self.tr("Creating the demo…"))

The work function runs in a thread of the global QThreadPool and receives a
:class:`Progress`; it reports with ``progress.report(done, total)`` and stops
early when ``progress.cancelled`` turns true (or calls ``progress.check()``,
which raises :class:`Cancelled`). Results, errors and progress come back to
the UI thread through queued signals: callbacks always run on the UI thread.
A PortfolioError is shown to the user as its message; anything else is a bug,
logged with its traceback and shown briefly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from portfolio_app.ui.text_fill import fill

log = logging.getLogger(__name__)

# the dialog appears only when the work takes longer than this (ms): short work shows nothing
PROGRESS_DELAY_MS = 400


class Cancelled(Exception):
    """Raised inside work that noticed the user pressed Cancel."""


class Progress:
    """Handed to the work function: report progress, look whether the user cancelled."""

    def __init__(self, task: BackgroundTask):
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Safe to call from the worker thread; also stops the work when the user cancelled."""
        self._task._progressed.emit(int(done), int(total), text)
        self.check()


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask, work: Callable[[Progress], Any]):
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:  # worker thread
        try:
            result = self._work(self._task.progress)
        except Cancelled:
            self._task._cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which reports it
            self._task._failed.emit(exc)
        else:
            self._task._succeeded.emit(result)


_running: set[BackgroundTask] = set()  # keeps tasks alive until their callbacks ran


class BackgroundTask(QObject):
    """One piece of work in the thread pool; ``finished`` is emitted after the callbacks ran."""

    finished = Signal()
    _progressed = Signal(int, int, str)
    _succeeded = Signal(object)
    _failed = Signal(object)
    _cancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        label: str | None = None,
        cancellable: bool = True,
        show_progress: bool = True,
        report_errors: bool = True,
    ):
        super().__init__()
        self.parent_widget = parent
        self.progress = Progress(self)
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._report_errors = report_errors
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        if show_progress:
            self.dialog = self._make_dialog(parent, label, cancellable)
        self._progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)

    def _make_dialog(self, parent: QWidget | None, label: str | None, cancellable: bool) -> QProgressDialog:
        translate = QCoreApplication.translate
        dialog = QProgressDialog(label or translate("workers", "Working…"), translate("workers", "Cancel"), 0, 0,
                                 parent)
        dialog.setWindowTitle(translate("workers", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.progress.cancel)
        dialog.setValue(0)
        return dialog

    def start(self) -> BackgroundTask:
        _running.add(self)
        QThreadPool.globalInstance().start(_Runner(self, self._work))
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    # UI thread ---------------------------------------------------------------
    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, text: str) -> None:
        if self.dialog is None or self.progress.cancelled:
            return
        if self.dialog.maximum() != max(total, 0):
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.progress.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finish(self) -> None:
        _running.discard(self)
        self.finished.emit()

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._close_dialog()
        self.result = result
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._close_dialog()
        self.error = error
        try:
            if self._report_errors:
                report_error(self.parent_widget, error)
            if self._on_failure is not None:
                self._on_failure(error)
        finally:
            self._finish()

    @Slot()
    def _on_cancelled(self) -> None:
        self._close_dialog()
        try:
            if self._on_cancel is not None:
                self._on_cancel()
        finally:
            self._finish()


def run_in_background(parent: QWidget | None, work: Callable[[Progress], Any], **options: Any) -> BackgroundTask:
    """Start ``work(progress)`` in the thread pool; see BackgroundTask for the options."""
    return BackgroundTask(parent, work, **options).start()


def report_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong: our own errors by their message, bugs with a pointer to the log."""
    from portfolio_app.errors import PortfolioError
    from portfolio_app.ui.messages import translated_message

    translate = QCoreApplication.translate
    if isinstance(error, PortfolioError):
        QMessageBox.warning(parent, translate("workers", "Could not finish"), translated_message(error))
        return
    log.error("Background work failed", exc_info=(type(error), error, error.__traceback__))
    QMessageBox.critical(
        parent,
        translate("workers", "Something went wrong"),
        fill(translate("workers", "The work stopped with an unexpected error:\n%1\n\nThe details are in the log file."),
             f"{type(error).__name__}: {error}"),
    )


def running_tasks() -> int:
    """How many background tasks have not finished yet (tests wait for zero)."""
    return len(_running)


def shutdown(timeout_ms: int = 3000) -> bool:
    """Ask every running task to stop and wait for the pool (before the interpreter exits)."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
