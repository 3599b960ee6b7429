"""File → Export PDF…: the options of the portfolio, where to save it, and the export in the background.

The dialog stays open while the PDF is written (its choices survive a failure
or a cancel) and closes on success, offering to open the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
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
from portfolio_app.ui.export_dialog.export_choices import (
    SECTION_NAMES,
    ExportChoices,
    safe_file_name,
    valid_currency,
)
from portfolio_app.ui.export_dialog.outcome import offer_to_open, tell_failure
from portfolio_app.ui.export_dialog.period import PeriodPicker
from portfolio_app.ui.messages import target_problem
from portfolio_app.ui.preferences_dialog import CURRENCIES
from portfolio_app.ui.settings import app_settings, write_last_choices
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import BackgroundTask, Progress, run_in_background

if TYPE_CHECKING:  # ReportLab and the database layer load with the export, not with the dialog
    from portfolio_app.domain.records import Period
    from portfolio_app.report.options import ReportOptions
    from portfolio_app.services.export_pdf import ExportResult
    from portfolio_app.storage.database import Database
    from portfolio_app.ui.export_dialog.preview import Preview, PreviewDialog

_SECTION_LABELS = {  # the report's own labels, under the report's translation context
    "cover": "Cover", "summary": "Summary", "charts": "Charts", "career": "Career", "campaigns": "Campaigns",
    "highlights": "Highlights", "audiences": "Audiences", "testimonials": "Testimonials", "method": "Method",
    "appendix": "Appendix",
}


def report_options(choices: ExportChoices, period: Period) -> ReportOptions:
    from portfolio_app.report.options import ReportOptions, parse_sections
    from portfolio_app.report.selection import AppendixMode

    return ReportOptions(
        period=period, sections=parse_sections(",".join(choices.sections)), language=choices.language,
        page_size=choices.page_size, prepared_for=choices.prepared_for, anonymize=choices.anonymize,
        show_money=choices.show_money, currency=choices.currency if choices.show_money else None,
        appendix=AppendixMode(choices.appendix),
    )


class ExportDialog(QDialog):
    """Choices in, a PDF out: ``task`` is the running export; the last choices are stored after a success."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        from portfolio_app.ui.export_dialog.starting import employment_spans, person_name, start_choices

        self.setWindowTitle(self.tr("Export PDF"))
        self.db = db
        self.settings = settings or app_settings()
        self.today = today or dt.date.today()
        self.person = person_name(db)
        from portfolio_app.services.profile_and_rates import get_value_rates

        self.rates = get_value_rates(db)  # to refuse a currency no rate can be converted to
        self.task: BackgroundTask | None = None  # while the PDF is written
        self.last_task: BackgroundTask | None = None
        self.exported: ExportResult | None = None  # after a success (not "result": QDialog.result() is the exit code)
        self.offer: QMessageBox | None = None
        self.failure: QMessageBox | None = None
        self.remembered = choices = start_choices(db, self.settings)
        employments = employment_spans(db)

        self.period = PeriodPicker(employments, self.today, self)
        self.section_checks: dict[str, QCheckBox] = {}
        sections = QGridLayout()
        sections.setHorizontalSpacing(24)
        half = (len(SECTION_NAMES) + 1) // 2
        for index, name in enumerate(SECTION_NAMES):  # two columns read top to bottom in report order
            check = QCheckBox(QCoreApplication.translate("report", _SECTION_LABELS[name]), self)
            self.section_checks[name] = check
            sections.addWidget(check, index % half, index // half)
        sections.setColumnStretch(2, 1)
        content = QGroupBox(self.tr("Content"), self)
        content_form = QFormLayout(content)
        content_form.addRow(self.tr("&Period:"), self.period)
        content_form.addRow(self.tr("Sections:"), sections)
        self.appendix = QComboBox(self)
        self.appendix.addItem(self.tr("Selected work: featured and strongest, no replies"), "selected")
        self.appendix.addItem(self.tr("Every contribution"), "full")
        self.appendix.addItem(self.tr("No appendix"), "none")
        content_form.addRow(self.tr("&Appendix:"), self.appendix)
        self.review_note = QLabel(self)  # imported contributions nobody has looked at yet would be printed too
        self.review_note.setWordWrap(True)
        content_form.addRow(self.review_note)

        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("German"), "de")
        self.page_size = QComboBox(self)
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.prepared_for = QLineEdit(self)
        self.prepared_for.setPlaceholderText(self.tr("Optional: the organisation named on the cover"))
        self.anonymize = QCheckBox(self.tr("Anonymise (“Organisation A”, “B”, …)"), self)
        self.show_money = QCheckBox(self.tr("Show estimates in"), self)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setMinimumContentsLength(4)
        self.show_money.setToolTip(
            self.tr("Earned media value and audience value, with the rates of Preferences → Value rates; "
                    "off by default"))
        money = QHBoxLayout()
        money.addWidget(self.show_money)
        money.addWidget(self.currency)
        money.addStretch(1)
        look = QGroupBox(self.tr("Presentation"), self)
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("&Language:"), self.language)
        look_form.addRow(self.tr("Page si&ze:"), self.page_size)
        look_form.addRow(self.tr("Prepared &for:"), self.prepared_for)
        look_form.addRow(self.tr("Organisations:"), self.anonymize)
        look_form.addRow(self.tr("Money:"), money)
        money_note = QLabel(self.tr("Estimates, off unless you tick them; their rates, sources and exchange rates "
                                    "are in Preferences → Value rates."), self)
        money_note.setWordWrap(True)
        look_form.addRow("", money_note)

        self.path = QLineEdit(self)
        self.browse = QPushButton(self.tr("C&hoose…"), self)
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_form = QFormLayout()
        save_as = QLabel(self.tr("Save &as:"), self)
        save_as.setBuddy(self.path)
        file_form.addRow(save_as, file_row)

        self.problem_label = QLabel(self)  # why Export is disabled, or what happened last
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.preview_button = self.buttons.addButton(self.tr("Pre&view"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(self.tr("See the first pages before saving"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_dialog: PreviewDialog | None = None
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        self.options = QWidget(self)  # everything that is frozen while the PDF is written
        options_layout = QVBoxLayout(self.options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(content)
        options_layout.addWidget(look)
        options_layout.addLayout(file_form)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.options)
        layout.addWidget(self.problem_label)
        self.glyph_label = QLabel(self)  # characters of the user's text that no bundled font prints
        self.glyph_label.setWordWrap(True)
        self.glyph_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.glyph_label)
        layout.addWidget(self.buttons)
        self.show_characters_without_glyph()

        self._align_labels(content_form, look_form)
        # at least what the fields need (a long German choice), which a fixed 580 px cut short
        self.setMinimumWidth(max(580, layout.minimumSize().width()))
        self.set_choices(choices)
        self.period.changed.connect(self.update_state)
        self.period.changed.connect(self.update_review_note)
        self.update_review_note()
        for check in self.section_checks.values():
            check.toggled.connect(self.update_state)
        self.show_money.toggled.connect(self.update_state)
        self.currency.currentTextChanged.connect(self.update_state)
        self.path.textChanged.connect(self.update_state)
        self.update_state()

    @staticmethod
    def _align_labels(*forms: QFormLayout) -> None:
        """One label column for both groups, so their fields start at the same x."""
        items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for form in forms for row in range(form.rowCount())]
        labels = [label for item in items if item is not None and (label := item.widget()) is not None]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def show_characters_without_glyph(self) -> None:
        """Name, before saving, the characters that will print as boxes (the CLI lists them too)."""
        from portfolio_app.services.export_pdf import characters_without_glyph

        missing = characters_without_glyph(self.db)
        self.glyph_label.setVisible(bool(missing))
        if missing:
            shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:12]) + (" …" if len(missing) > 12 else "")
            self.glyph_label.setText(fill(self.tr("No bundled font has these characters of your texts; they will "
                                                  "print as empty boxes: %1"), shown))

    # choices ------------------------------------------------------------------------------------------------
    def set_choices(self, choices: ExportChoices) -> None:
        self.period.set_choice(choices)
        for name, check in self.section_checks.items():
            check.setChecked(name in choices.sections)
        self.language.setCurrentIndex(max(self.language.findData(choices.language), 0))
        self.page_size.setCurrentIndex(max(self.page_size.findData(choices.page_size), 0))
        self.prepared_for.setText(choices.prepared_for)
        self.anonymize.setChecked(choices.anonymize)
        self.show_money.setChecked(choices.show_money)
        self.currency.setCurrentText(choices.currency)
        self.appendix.setCurrentIndex(max(self.appendix.findData(choices.appendix), 0))
        self.path.setText(str(self.default_folder(choices.folder) / self.default_name()))

    def choices(self) -> ExportChoices:
        kind, employment_id = self.period.kind()
        start, end = self.period.custom_dates()
        return ExportChoices(
            period_kind=kind, employment_id=employment_id,
            start=start if kind == "custom" else self.remembered.start,
            end=end if kind == "custom" else self.remembered.end,
            sections=tuple(name for name, check in self.section_checks.items() if check.isChecked()),
            language=self.language.currentData(), page_size=self.page_size.currentData(),
            prepared_for=self.prepared_for.text().strip(), anonymize=self.anonymize.isChecked(),
            show_money=self.show_money.isChecked(), currency=self.currency.currentText().strip().upper(),
            appendix=self.appendix.currentData(),
            folder=str(path.parent) if (path := self.checked_target().path) is not None else self.remembered.folder,
        )

    def default_name(self) -> str:
        day = self.today.isoformat()
        name = safe_file_name(self.person)
        if name:
            return fill(self.tr("Portfolio – %1 – %2.pdf"), name, day)
        return fill(self.tr("Portfolio – %1.pdf"), day)

    @staticmethod
    def default_folder(last: str) -> Path:
        if last and Path(last).is_dir():
            return Path(last)
        return documents_folder()

    def checked_target(self) -> Target:
        """What the typed path means (.pdf added when the name lacks it), or why it is not usable yet."""
        return save_target(self.path.text(), ".pdf", base=self.default_folder(self.remembered.folder))

    def target(self) -> Path:
        """The chosen file as typed (only called once problem() is empty; the writer reports the disk's say)."""
        path = save_target(self.path.text(), ".pdf", base=self.default_folder(self.remembered.folder),
                           check_disk=False).path
        assert path is not None
        return path

    def choose_file(self) -> None:
        target = self.checked_target()
        start = target.path if target.ok else self.default_folder(self.remembered.folder) / self.default_name()
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the PDF as"), str(start),
                                                      self.tr("PDF files (*.pdf)"))
        if chosen:
            self.path.setText(chosen)
            if (target := self.checked_target()).ok:
                self.path.setText(str(target.path))

    # validity -----------------------------------------------------------------------------------------------
    def problem(self) -> str:
        """Why the choices cannot be exported yet, or ""."""
        if reason := self.period.problem():
            return reason
        if not any(check.isChecked() for check in self.section_checks.values()):
            return self.tr("Choose at least one section.")
        if self.show_money.isChecked() and not valid_currency(self.currency.currentText().strip().upper()):
            return self.tr("The currency must be a three-letter code such as EUR.")
        if self.show_money.isChecked() and (missing := self._missing_exchange()):
            return fill(self.tr("No exchange rate from %1 to %2: set one in Preferences → Value rates, or show "
                                "the estimates in %1."),
                        ", ".join(missing), self.currency.currentText().strip().upper())
        if not self.path.text().strip():
            return self.tr("Choose where to save the PDF.")
        return target_problem(self.checked_target())

    def _missing_exchange(self) -> list[str]:
        from portfolio_app.domain.value import missing_exchange

        return missing_exchange(self.rates, self.currency.currentText().strip().upper())

    def update_state(self) -> None:
        self.currency.setEnabled(self.show_money.isChecked())
        reason = self.problem()
        self.export_button.setEnabled(not reason and self.task is None)
        self.export_button.setToolTip(reason)
        if reason:
            self._say(reason, error=True)
        elif self.target().is_file():
            self._say(fill(self.tr("%1 exists and will be replaced."), self.target().name))
        else:
            self._say("")

    def update_review_note(self) -> None:
        from portfolio_app.services.review import unreviewed_in_pdf
        from portfolio_app.ui.tables.format import plural

        if self.period.problem():
            self.review_note.setVisible(False)
            return
        period = self.period.period()
        count = unreviewed_in_pdf(self.db, period.start, period.end)
        self.review_note.setText(plural(self.tr(
            "Not reviewed yet: %Ln imported contribution(s) in this period. The PDF includes them.", "", count), count))
        self.review_note.setVisible(count > 0)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.problem_label.setText(text)
        self.problem_label.setStyleSheet("color: #b00020;" if error else "")
        self.problem_label.setVisible(bool(text))

    # the export ---------------------------------------------------------------------------------------------
    def export(self) -> BackgroundTask | None:
        """Start writing the PDF in the background; None when the choices are not valid yet."""
        # the state of the last edit decides (the disk may change after it: the writer then says what happened)
        if self.task is not None or not self.export_button.isEnabled():
            return None
        choices, out, period = self.choices(), self.target(), self.period.period()

        options = report_options(choices, period)
        db = self.db

        def work(progress: Progress) -> ExportResult:
            from portfolio_app.services.export_pdf import export_pdf

            return export_pdf(db, out, options, progress=lambda done, total: progress.report(done, total))

        self._set_busy(True)
        self._say(fill(self.tr("Writing %1…"), out.name))
        self.task = run_in_background(self, work, on_success=lambda result: self._succeeded(choices, result),
                                      on_failure=self._failed, on_cancel=self._cancelled, report_errors=False,
                                      label=self.tr("Writing the PDF…"))
        self.last_task = self.task
        return self.task

    def preview(self) -> BackgroundTask | None:
        """Write the PDF with these choices to a temporary file and show its first pages."""
        nothing_chosen = not any(check.isChecked() for check in self.section_checks.values())
        if self.task is not None or self.period.problem() or nothing_chosen:
            return None
        options, db = report_options(self.choices(), self.period.period()), self.db

        def work(progress: Progress) -> Preview:
            from portfolio_app.ui.export_dialog.preview import render_preview

            return render_preview(db, options, progress=lambda done, total: progress.report(done, total))

        def show(result: Preview) -> None:
            from portfolio_app.ui.export_dialog.preview import PreviewDialog

            self.preview_dialog = PreviewDialog(result, self)
            self.preview_dialog.show()

        self.last_task = run_in_background(self, work, on_success=show, on_failure=self._failed,
                                           label=self.tr("Preparing the preview…"), report_errors=False)
        return self.last_task

    def _set_busy(self, busy: bool) -> None:
        self.options.setEnabled(not busy)
        if not busy:
            self.task = None
        self.update_state()
        self.export_button.setEnabled(not busy and not self.problem())

    def _succeeded(self, choices: ExportChoices, result: ExportResult) -> None:
        self.remembered = choices
        self.exported = result
        write_last_choices(self.settings, choices)
        self._set_busy(False)
        self.accept()
        self.offer = offer_to_open(self.parentWidget() or self, result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.failure = tell_failure(self, error)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self._say(self.tr("Export cancelled. Any earlier file of that name is unchanged."))

    def reject(self) -> None:
        if self.task is not None:  # Cancel while writing stops the export, not the dialog
            self.task.cancel()
            return
        super().reject()
