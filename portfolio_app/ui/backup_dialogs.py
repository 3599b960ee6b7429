"""File → Backup… and File → Restore…, and the offer to restore after a damaged file was found.

The work is done by services.backups; these dialogs only ask where and which,
and say what happened. Restoring closes the open database first (the service
refuses to swap a file that is still open) and hands the window a freshly
opened one, holding the writer lock throughout so no other instance slips in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.ui.documents_folder import documents_folder
from portfolio_app.ui.messages import translated_message
from portfolio_app.ui.operations import run_operation, run_query
from portfolio_app.ui.tables.format import format_date, plural
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import BackgroundTask, Progress, report_error, run_in_background

if TYPE_CHECKING:
    from portfolio_app.services.backup_and_restore import BackupEntry
    from portfolio_app.services.record_files import Restored
    from portfolio_app.storage.database import Database
    from portfolio_app.storage.integrity import DatabaseDamaged

COUNT_COLUMNS = (
    ("contributions", QT_TRANSLATE_NOOP("backups", "Contributions")),
    ("audiences", QT_TRANSLATE_NOOP("backups", "Audiences")),
    ("campaigns", QT_TRANSLATE_NOOP("backups", "Campaigns")),
    ("testimonials", QT_TRANSLATE_NOOP("backups", "Testimonials")),
)
REASONS = {
    "start": QT_TRANSLATE_NOOP("backups", "Daily, at start"),
    "before-import": QT_TRANSLATE_NOOP("backups", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "Before a restore"),
}
# Backup… -------------------------------------------------------------------------
def default_backup_name(now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H-%M")
    return fill(QCoreApplication.translate("backups", "Portfolio backup %1.sqlite"), stamp)


def backup_now(parent: QWidget, db: Database, target: str | Path | None = None) -> BackgroundTask | None:
    """Ask where, then write a consistent copy of ``db`` there in the background; returns the task."""
    if target is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("backups", "Save a backup"),
            str(documents_folder() / default_backup_name()),
            QCoreApplication.translate("backups", "Portfolio backups (*.sqlite);;All files (*)"),
        )
        if not chosen:
            return None
        target = chosen

    def work(_progress: Progress) -> BackupEntry:
        from portfolio_app.services.backup_and_restore import describe_backup, save_backup_as

        written = save_backup_as(db, target)
        return describe_backup(written)

    def done(entry: BackupEntry) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("backups", "Backup saved"),
                                backup_saved_text(entry.path, entry.counts))

    return run_in_background(parent, work, on_success=done, cancellable=False, report_errors=False,
                             label=QCoreApplication.translate("backups", "Saving the backup…"),
                             on_failure=lambda error: _show_error(parent, error))


def backup_time(created: dt.datetime) -> str:
    """When a backup was made, as the tables write dates, with the time ("30.11.2026 04:15" in German)."""
    return f"{format_date(created.date())} {created:%H:%M}"


def backup_saved_text(path: Path, counts: Mapping[str, int]) -> str:
    """Where the backup went and what it holds, counted in the UI's language ("1.234 Beiträge, 1 Zielgruppe")."""
    translate = QCoreApplication.translate
    contributions, audiences, campaigns = (counts.get(key, 0) for key in ("contributions", "audiences", "campaigns"))
    return fill(translate("backups", "The backup was saved to %1.\nIt holds %2, %3 and %4."), str(path),
                plural(translate("tables", "%Ln contribution(s)", "", contributions), contributions),
                plural(translate("tables", "%Ln audience(s)", "", audiences), audiences),
                plural(translate("tables", "%Ln campaign(s)", "", campaigns), campaigns))


def _show_error(parent: QWidget | None, error: BaseException) -> None:
    from portfolio_app.errors import PortfolioError

    if isinstance(error, PortfolioError):
        QMessageBox.warning(parent, QCoreApplication.translate("backups", "Could not finish"),
                            translated_message(error))
    else:
        report_error(parent, error)


# Restore… ------------------------------------------------------------------------
class RestoreDialog(QDialog):
    """The automatic backups, newest first, with their date, reason and record counts."""

    def __init__(self, entries: Iterable[BackupEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.entries = list(entries)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the state to go back to. The database as it is now is backed up first, "
            "so a restore can itself be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.entries), 2 + len(COUNT_COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Made")] + [QCoreApplication.translate("backups", label)
                                                  for _key, label in COUNT_COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.accept() if self._ok.isEnabled() else None)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There are no backups of this database yet."))
        self.empty.setVisible(not self.entries)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._ok: QPushButton = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
        first_good = next((row for row, entry in enumerate(self.entries) if entry.restorable), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._update_buttons()

    def _fill_row(self, row: int, entry: BackupEntry) -> None:
        when = QTableWidgetItem(backup_time(entry.created))
        reason = QTableWidgetItem(QCoreApplication.translate("backups", REASONS.get(entry.reason, entry.reason)))
        cells = [when, reason]
        for key, _label in COUNT_COLUMNS:
            item = QTableWidgetItem(QLocale().toString(entry.counts.get(key, 0)) if entry.restorable else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells.append(item)
        for column, item in enumerate(cells):
            if not entry.restorable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(fill(self.tr("Cannot be restored: %1"), entry.problem or ""))
            self.table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        self._ok.setEnabled(chosen is not None and chosen.restorable)

    def chosen(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None


def restore_backup(parent: QWidget, db: Database, on_opened: Callable[[Database], None], *,
                   confirm: bool = True) -> BackgroundTask:
    """File → Restore…: list the backups (each is checked, so in the background), then let the user pick."""
    from portfolio_app.services.backup_and_restore import list_backups

    def work(_progress: Progress) -> list[BackupEntry]:
        return list_backups(db.path)

    def listed(entries: list[BackupEntry]) -> None:
        choose_and_restore(parent, db, entries, on_opened, confirm=confirm)

    return run_query(parent, work, on_success=listed, show_progress=True, cancellable=False,
                     label=QCoreApplication.translate("backups", "Reading the backups…"))


def choose_and_restore(parent: QWidget, db: Database, entries: list[BackupEntry],
                       on_opened: Callable[[Database], None], *, confirm: bool = True) -> bool:
    """Pick a backup, confirm, swap in the background; ``on_opened`` gets the record opened again
    (restored, or as it was when the restore failed). False when the user backed out."""
    dialog = RestoreDialog(entries, parent)
    entry = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if entry is None:
        return False
    question = QCoreApplication.translate(
        "backups", "Your record will go back to the state of %1 (%2 contributions). "
                   "The current state is backed up first.")
    question = fill(question, backup_time(entry.created), QLocale().toString(entry.counts.get("contributions", 0)))
    from portfolio_app.ui.undo import confirm as ask

    # the buttons name the step, Restore / Cancel, and Cancel is the default: Enter replaces nothing
    if confirm and not ask(parent, QCoreApplication.translate("backups", "Restore this backup?"), question,
                           QCoreApplication.translate("backups", "&Restore"), button_icon="document-revert"):
        return False
    restore_file(parent, db, entry.path, on_opened)
    return True


def restore_file(parent: QWidget | None, db: Database, source: Path,
                 on_opened: Callable[[Database], None]) -> BackgroundTask:
    """Restore ``source`` into the open record in the background (services.record_files.restore_into_open)."""
    from portfolio_app.services.record_files import RestoreFailed, restore_into_open

    def restored(outcome: Restored) -> None:
        on_opened(outcome.db)
        if parent is not None:
            QMessageBox.information(
                parent, QCoreApplication.translate("backups", "Backup restored"),
                fill(QCoreApplication.translate("backups", "Your record now holds %1 contributions again."),
                     QLocale().toString(outcome.result.counts.get("contributions", 0))),
            )

    def failed(error: BaseException) -> None:
        if isinstance(error, RestoreFailed):  # the old file is unchanged and open again
            on_opened(error.db)
            error = error.cause
        _show_error(parent, error)

    def work(_progress: Progress) -> Restored:
        return restore_into_open(db, source)

    return run_operation(parent, work, on_success=restored, on_failure=failed, report_errors=False,
                         cancellable=False, label=QCoreApplication.translate("backups", "Restoring the backup…"))


def offer_restore_after_damage(parent: QWidget | None, error: DatabaseDamaged,
                               on_opened: Callable[[Database], None],
                               on_failed: Callable[[], None] | None = None) -> BackgroundTask | None:
    """After DatabaseDamaged: offer the newest good backup and restore it in the background; ``on_opened``
    gets the restored record, ``on_failed`` runs when the restore failed (the user was told why).
    None when there is no backup to offer or the user declined."""
    backup = error.newest_good_backup
    if backup is None:
        QMessageBox.critical(parent, QCoreApplication.translate("backups", "The database is damaged"),
                             translated_message(error))
        return None
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("backups", "The database is damaged"),
        translated_message(error) + "\n\n" + QCoreApplication.translate(
            "backups", "Restore this backup now? The damaged file is kept, unchanged, next to it."),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    from portfolio_app.services.record_files import restore_damaged

    def work(_progress: Progress) -> Restored:
        return restore_damaged(error.path, backup)

    def failed(failure: BaseException) -> None:
        _show_error(parent, failure)
        if on_failed is not None:
            on_failed()

    return run_operation(parent, work, on_success=lambda restored: on_opened(restored.db), on_failure=failed,
                         report_errors=False, cancellable=False,
                         label=QCoreApplication.translate("backups", "Restoring the backup…"))
