"""Preferences: language, value rates, default export options and the data folder.

Where each choice is kept:
- language and the database location: services/preferences.py (a JSON file the
  command line reads too);
- currency and value rates: the database (services.singletons), since the
  money figures of a record belong to it and travel with a backup;
- default export options: ui/settings.py, with the window's other settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.domain.records import ValueRates
from portfolio_app.errors import PortfolioError, ValidationError
from portfolio_app.paths import DB_ENV
from portfolio_app.services.data_folder import Moved, MoveRefused, move_and_open
from portfolio_app.services.preferences import SYSTEM_LANGUAGE, load_preferences, save_preferences
from portfolio_app.services.profile_and_rates import get_value_rates, save_value_rates
from portfolio_app.storage.database import Database
from portfolio_app.ui.messages import translated_message
from portfolio_app.ui.operations import publish, run_operation
from portfolio_app.ui.settings import ExportDefaults, app_settings, read_export_defaults, write_export_defaults
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import BackgroundTask, Progress, report_error

CURRENCIES = ("EUR", "USD", "CHF", "GBP", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD", "JPY")


def _default_sections() -> tuple[str, ...]:
    from portfolio_app.report.options import DEFAULT_SECTIONS

    return tuple(section.value for section in DEFAULT_SECTIONS)


def _section_labels() -> list[tuple[str, str]]:
    from portfolio_app.report.options import ALL_SECTIONS

    return [(section.value, QCoreApplication.translate("report", section.label)) for section in ALL_SECTIONS]


MovedHandler = Callable[[Database], None]


class PreferencesDialog(QDialog):
    """``on_moved`` takes the record, open and locked, after a move of the data folder (the window
    switches to it and closes the original)."""

    def __init__(self, db: Database | None, parent: QWidget | None = None, settings: QSettings | None = None,
                 on_moved: MovedHandler | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(620, 560)
        self.db = db
        self.settings = settings or app_settings()
        self.on_moved = on_moved
        self.moved_to: Path | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._value_tab(), self.tr("Value rates"))
        self.tabs.addTab(self._export_tab(), self.tr("Export"))
        self.tabs.addTab(self._data_tab(), self.tr("Data folder"))

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._load()

    # --- tabs -------------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System language"), SYSTEM_LANGUAGE)
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("German"), "de")
        note = QLabel(self.tr("A new language is used the next time Portfolio starts."))
        note.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(note)
        return page

    def _value_tab(self) -> QWidget:
        from portfolio_app.ui.value_rates import AUDIENCE, ValueRatesEditor

        page = QWidget()
        intro = QLabel(
            self.tr(
                "Money figures are estimates, off until you switch them on here. Earned media value uses "
                "the cost per 1,000 impressions (CPM) of each platform; audience value uses the value of one "
                "personally owned follower per month. Every rate says where it comes from and when."
            )
        )
        intro.setWordWrap(True)
        self.show_money_check = QCheckBox(self.tr("Show money figures"))
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.rates_editor = ValueRatesEditor(page)
        # the amounts, by the names the rest of the dialog and its tests use
        self.follower_value_spin = self.rates_editor.amount_spins[AUDIENCE]
        self.cpm_spins: dict[str, QDoubleSpinBox] = {
            key: spin for key, spin in self.rates_editor.amount_spins.items() if key != AUDIENCE}

        general = QFormLayout()
        general.addRow(self.show_money_check)
        general.addRow(self.tr("Show estimates in:"), self.currency_combo)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(general)
        layout.addWidget(self.rates_editor, 1)
        page.setEnabled(self.db is not None)
        return page

    def _export_tab(self) -> QWidget:
        page = QWidget()
        self.export_language_combo = QComboBox()
        self.export_language_combo.addItem(self.tr("Language of the app"), "")
        self.export_language_combo.addItem(self.tr("English"), "en")
        self.export_language_combo.addItem(self.tr("German"), "de")
        self.page_size_combo = QComboBox()
        self.page_size_combo.addItem(self.tr("A4"), "a4")
        self.page_size_combo.addItem(self.tr("US Letter"), "letter")
        self.anonymize_check = QCheckBox(self.tr("Replace organisation names with \"Organisation A\", \"B\", …"))
        sections_box = QGroupBox(self.tr("Sections"))
        sections_layout = QVBoxLayout(sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        for name, label in _section_labels():
            check = QCheckBox(label)
            self.section_checks[name] = check
            sections_layout.addWidget(check)
        form = QFormLayout()
        form.addRow(self.tr("PDF language:"), self.export_language_combo)
        form.addRow(self.tr("Page size:"), self.page_size_combo)
        form.addRow(self.anonymize_check)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("What a new PDF export starts with; you can change it for each export.")))
        layout.addLayout(form)
        layout.addWidget(sections_box)
        layout.addStretch(1)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit(str(self.db.path) if self.db else self.tr("No database open"))
        self.path_edit.setReadOnly(True)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setEnabled(self.db is not None and not self._is_demo())
        self.move_button.clicked.connect(self.choose_folder)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setEnabled(self.db is not None)
        self.open_folder_button.clicked.connect(self.open_folder)
        explanation = QLabel(
            self.tr(
                "Moving copies the database to the new folder, checks the copy and then uses it. "
                "The original file stays where it is until you delete it."
            )
        )
        explanation.setWordWrap(True)
        self.move_status = QLabel()
        self.move_status.setWordWrap(True)
        self.move_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.open_folder_button)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Database file:")))
        layout.addLayout(row)
        layout.addWidget(explanation)
        layout.addWidget(self.move_status)
        if self._is_demo():
            self.move_status.setText(self.tr("This is the demo data; go back to your record to move it."))
        layout.addStretch(1)
        return page

    # --- loading and saving -----------------------------------------------------------------------

    def _load(self) -> None:
        self._select(self.language_combo, load_preferences().language)
        if self.db is not None:
            rates = get_value_rates(self.db)
            self.show_money_check.setChecked(rates.show_money)
            self.currency_combo.setCurrentText(rates.currency)
            self.rates_editor.set_rates(rates)
        defaults = read_export_defaults(self.settings)
        self._select(self.export_language_combo, defaults.language)
        self._select(self.page_size_combo, defaults.page_size)
        self.anonymize_check.setChecked(defaults.anonymize)
        chosen = set(defaults.sections) or set(_default_sections())
        for name, check in self.section_checks.items():
            check.setChecked(name in chosen)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def value_rates(self) -> ValueRates:
        """The rates as shown; ValueError names the first one that cannot be read."""
        return self.rates_editor.rates(show_money=self.show_money_check.isChecked(),
                                       currency=self.currency_combo.currentText().strip().upper())

    def export_defaults(self) -> ExportDefaults:
        chosen = tuple(name for name, check in self.section_checks.items() if check.isChecked())
        return ExportDefaults(
            language=self.export_language_combo.currentData(),
            page_size=self.page_size_combo.currentData(),
            anonymize=self.anonymize_check.isChecked(),
            sections=() if chosen == _default_sections() else chosen,
        )

    def save(self) -> bool:
        """Store every choice; False (with the reasons shown) when something is not valid."""
        if self.db is not None:
            try:
                save_value_rates(self.db, self.value_rates())
            except ValueError as exc:
                self.show_errors({"rates": str(exc)})
                self.tabs.setCurrentIndex(1)
                return False
            except ValidationError as exc:
                self.show_errors(exc.errors)
                self.tabs.setCurrentIndex(1)
                return False
            publish(Changes.of(RecordKind.VALUE_SETTINGS))  # the dashboard's money figures follow
        if not any(check.isChecked() for check in self.section_checks.values()):
            self.show_errors({"sections": self.tr("Choose at least one section.")})
            self.tabs.setCurrentIndex(2)
            return False
        write_export_defaults(self.export_defaults(), self.settings)
        try:
            save_preferences(load_preferences().with_changes(language=self.language_combo.currentData()))
        except PortfolioError as exc:
            self.show_errors({"language": str(exc)})
            return False
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        lines = [QCoreApplication.translate("validation", reason) for reason in errors.values()]
        self.error_label.setText("\n".join(lines))
        self.error_label.show()

    def accept(self) -> None:
        if self.save():
            super().accept()

    # --- the data folder --------------------------------------------------------------------------

    @Slot()
    def choose_folder(self) -> None:
        if self.db is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Move the database to"), str(Path(self.db.path).parent)
        )
        if folder:
            self.move_to(Path(folder))

    def move_to(self, folder: Path) -> BackgroundTask | None:
        """Copy, verify and switch to the database in ``folder`` in the background (services.data_folder);
        the outcome is told in the tab, and ``on_moved`` gets the moved record."""
        db = self.db
        if db is None:
            return None
        self.move_button.setEnabled(False)

        def work(progress: Progress) -> Moved:
            return move_and_open(db, folder, progress=lambda done, total: progress.report(done, total))

        return run_operation(self, work, on_success=self._moved, on_failure=self._not_moved, report_errors=False,
                             cancellable=False, label=self.tr("Moving the database…"))

    def _moved(self, moved: Moved) -> None:
        result = moved.result
        self.db = moved.db  # choices saved from now on go to the moved file
        self.moved_to = result.new_path
        self.path_edit.setText(str(result.new_path))
        self.move_button.setEnabled(True)
        self.move_status.setText(
            fill(self.tr("Portfolio now uses %1. The original file %2 was kept; delete it once you no longer need it."),
                 str(result.new_path), str(result.old_path))
        )
        if os.environ.get(DB_ENV, "").strip():
            note = self.tr("Note: PORTFOLIO_DB is set and still decides which file opens at start.")
            self.move_status.setText(self.move_status.text() + "\n" + note)
        if self.on_moved is not None:
            self.on_moved(moved.db)

    def _not_moved(self, error: BaseException) -> None:
        self.move_button.setEnabled(True)
        if isinstance(error, MoveRefused):
            detail = f"{QCoreApplication.translate('data_folder', error.reason)} {error.detail}".strip()
        elif isinstance(error, PortfolioError):
            detail = translated_message(error)
        else:
            report_error(self, error)  # a bug: the usual message, with the log
            detail = f"{type(error).__name__}: {error}"
        self.move_status.setText(fill(self.tr("The database was not moved: %1"), detail))

    def _is_demo(self) -> bool:
        from portfolio_app.paths import is_demo_database

        return self.db is not None and is_demo_database(self.db.path)

    @Slot()
    def open_folder(self) -> None:
        if self.db is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.db.path).parent)))


def show_preferences(parent: QWidget | None, db: Database | None, on_moved: MovedHandler) -> None:
    """Show Preferences; after a move of the data folder, ``on_moved`` gets the moved record, open."""
    dialog = PreferencesDialog(db, parent, on_moved=on_moved)
    dialog.exec()
    dialog.deleteLater()
