"""File → Export table…: one table as a CSV file for spreadsheets (services.csv_export does the work)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.services.save_target import Target, save_target
from portfolio_app.ui.documents_folder import documents_folder
from portfolio_app.ui.messages import target_problem, translated_message
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import BackgroundTask, Progress, report_error, run_in_background

if TYPE_CHECKING:  # loaded with the export, not with the window
    from portfolio_app.services.csv_export import CsvExportResult, CsvOptions
    from portfolio_app.storage.database import Database


class CsvExportDialog(QDialog):
    """Which table, where, and how the spreadsheet should read numbers."""

    def __init__(self, parent: QWidget | None = None, *, table: str | None = None):
        super().__init__(parent)
        from portfolio_app.services.csv_export import TABLE_LABELS, WITHHELD

        self._withheld = frozenset(WITHHELD)  # tables with records that stay here unless included
        self.setWindowTitle(self.tr("Export a table"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.table = QComboBox(self)
        for name, label in TABLE_LABELS.items():
            self.table.addItem(QCoreApplication.translate("csv_export", label), name)
        if table is not None and self.table.findData(table) >= 0:
            self.table.setCurrentIndex(self.table.findData(table))
        form.addRow(self.tr("&Table:"), self.table)

        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # a row of two widgets gets no buddy by itself: the "&" would show
        form.addRow(file_label, row)

        self.decimal = QComboBox(self)
        self.decimal.addItem(self.tr("Point (1.5), comma between values"), ".")
        self.decimal.addItem(self.tr("Comma (1,5), semicolon between values"), ",")
        # the separator of the user's locale is what their spreadsheet expects
        self.decimal.setCurrentIndex(1 if QLocale().decimalPoint() == "," else 0)
        form.addRow(self.tr("&Decimal separator:"), self.decimal)

        self.bom = QCheckBox(self.tr("Mark the file as UTF-8 for Excel (byte order mark)"), self)
        self.bom.setChecked(True)
        form.addRow("", self.bom)
        self.include_private = QCheckBox(self.tr("Include private records"), self)
        self.include_private.setToolTip(self.tr(
            "Private contributions and testimonials that may not be published never leave the machine unless you "
            "tick this."))
        form.addRow("", self.include_private)
        layout.addLayout(form)
        note = QLabel(self.tr("Text that a spreadsheet would run as a formula is exported with a leading apostrophe."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.problem_label = QLabel(self)  # why Export is disabled
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.currentIndexChanged.connect(self._suggest_name)
        self.table.currentIndexChanged.connect(self._update)
        self.path.textChanged.connect(self._update)
        self._suggest_name()
        self._update()

    def _suggest_name(self) -> None:
        folder = documents_folder()
        current = save_target(self.path.text(), ".csv", base=folder)
        if current.path is not None:
            folder = current.path.parent
        self.path.setText(str(folder / f"{self.table.currentData()}.csv"))

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), self.tr("CSV files (*.csv);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def target(self) -> Target:
        folder = documents_folder()
        return save_target(self.path.text(), ".csv", base=folder)

    def _update(self) -> None:
        self.include_private.setEnabled(self.table.currentData() in self._withheld)
        problem = target_problem(self.target())
        self.export_button.setEnabled(not problem)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def accept(self) -> None:
        if self.target().ok:  # Enter in the path field presses Export even while it is disabled
            super().accept()

    def selection(self) -> tuple[str, Path, CsvOptions]:
        """(table, out path, CsvOptions) as chosen."""
        from portfolio_app.services.csv_export import CsvOptions

        options = CsvOptions(
            bom=self.bom.isChecked(), decimal=self.decimal.currentData(),
            include_private=self.include_private.isChecked() and self.table.currentData() in self._withheld,
        )
        out = self.target().path
        assert out is not None, "accept() closes the dialog only with a usable file"
        return self.table.currentData(), out, options


def show_csv_export_dialog(parent: QWidget | None, db: Database, *, table: str | None = None
                           ) -> BackgroundTask | None:
    """Ask, then export in the background; returns the running task, or None when cancelled."""
    dialog = CsvExportDialog(parent, table=table)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return export_in_background(parent, db, *dialog.selection())


def exported_text(table: str, rows: int, path: Path, private_left_out: int) -> str:
    """How many rows went where, and what stayed here; numbers in the UI's locale ("1.234" in German)."""
    number = QLocale().toString
    text = fill(QCoreApplication.translate("csv_export", "%1 rows written to %2."), number(rows), str(path))
    if private_left_out and table == "testimonials":
        left_out = QCoreApplication.translate("csv_export", "%1 testimonials that may not be published were left out.")
        text += " " + fill(left_out, number(private_left_out))
    elif private_left_out:
        left_out = QCoreApplication.translate("csv_export", "%1 private contributions were left out.")
        text += " " + fill(left_out, number(private_left_out))
    return text


def export_in_background(parent: QWidget | None, db: Database, table: str, out: Path, options: CsvOptions
                         ) -> BackgroundTask:
    from portfolio_app.errors import PortfolioError
    from portfolio_app.services.csv_export import export_table

    def work(progress: Progress) -> CsvExportResult:
        return export_table(db, table, out, options, progress=lambda done, total: progress.report(done, total))

    def done(result: CsvExportResult) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("csv_export", "Table exported"),
                                exported_text(table, result.rows, result.path, result.private_left_out))

    def failed(error: BaseException) -> None:
        if isinstance(error, PortfolioError):
            QMessageBox.warning(parent, QCoreApplication.translate("csv_export", "Could not export"),
                                translated_message(error))
        else:
            report_error(parent, error)

    return run_in_background(parent, work, on_success=done, on_failure=failed, report_errors=False,
                             label=QCoreApplication.translate("csv_export", "Exporting…"))
