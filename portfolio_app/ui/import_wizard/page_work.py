"""One piece of import work at a time for a wizard page, in the background, with progress on the page.

Reading an export or comparing it with the record can take seconds for a big
archive; the page shows its own progress bar instead of a dialog, and a newer
request (another file, another mapping) cancels the older one, whose late
answer is then ignored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from portfolio_app.ui.operations import NewestWins
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import BackgroundTask, Cancelled, Progress, run_in_background

log = logging.getLogger(__name__)

# work(report, should_cancel): report(stage_marker, done, total) also stops the work once cancelled
Work = Callable[[Callable[[str, int, int], None], Callable[[], bool]], Any]


def cancellable(work: Work, on_progress: Callable[[str, int, int], None] | None = None
                ) -> Callable[[Progress], Any]:
    """Adapt service work (progress + should_cancel callbacks, ImportCancelled) to workers.run_in_background."""
    from portfolio_app.services.importing import ImportCancelled

    def run(progress: Progress) -> Any:
        def report(stage: str, done: int, total: int) -> None:
            progress.check()
            if on_progress is not None:
                on_progress(stage, done, total)
            else:
                progress.report(done, total, stage_text(stage, done, total))

        try:
            return work(report, lambda: progress.cancelled)
        except ImportCancelled:
            raise Cancelled() from None

    return run


def stage_text(stage: str, done: int, total: int) -> str:
    """ "Saving: 2,000 of 50,000" for the progress dialog."""
    from portfolio_app.ui.import_wizard.texts import number

    name = QCoreApplication.translate("importing", stage)
    if total <= 0:
        return name
    return (fill(QCoreApplication.translate("ImportWizard", "%1: %2 of %3"), name, number(done), number(total)))


def failure_text(error: BaseException, database_path: Path | str | None = None) -> str:
    """What the page says when work failed: a refusal names file and line; a bug points to the log."""
    from portfolio_app.errors import PortfolioError
    from portfolio_app.services.importing import ImportRefused
    from portfolio_app.storage.faults import is_storage_failure, storage_fault
    from portfolio_app.ui.import_wizard.texts import fault_text, refusal_text

    if isinstance(error, ImportRefused):
        return refusal_text(error)
    if database_path is not None and is_storage_failure(error):
        # a full disk or another program's lock, raised by the import's transaction: say what and where
        error = storage_fault(error, database_path)
    if isinstance(error, PortfolioError):
        return fault_text(error) if error.template else str(error)
    log.error("Import work failed", exc_info=(type(error), error, error.__traceback__))
    return fill(QCoreApplication.translate(
        "ImportWizard", "Something went wrong: %1. The details are in the log file."
    ), f"{type(error).__name__}: {error}")


class PageRunner(QObject):
    """Runs work for one page; progress arrives as the `progressed` signal on the UI thread."""

    progressed = Signal(str, int, int)  # stage marker, done, total

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self._answers = NewestWins()  # answers of work that a newer start replaced (or the wizard closed) are dropped

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, work: Work, *, on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None], on_cancel: Callable[[], None] | None = None) -> None:
        self.cancel()
        ticket = self._answers.ticket()

        def current(callback: Callable[..., None] | None) -> Callable[..., None]:
            def deliver(*args: Any) -> None:
                if self._answers.is_current(ticket):
                    self.task = None
                    if callback is not None:
                        callback(*args)
            return deliver

        self.task = run_in_background(
            None, cancellable(work, lambda stage, done, total: self.progressed.emit(stage, done, total)),
            on_success=current(on_success), on_failure=current(on_failure), on_cancel=current(on_cancel),
            show_progress=False, report_errors=False)

    def cancel(self) -> None:
        """Stop the running work (if any); its answer will not be delivered."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._answers.drop()
