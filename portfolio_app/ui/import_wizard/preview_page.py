"""Step 4: what the import would do (a dry run against the record), then Import with progress.

The dry run and the import take the export that was read on the earlier
page, so the counts shown are the counts that will be written. Rows that
cannot be used are listed with file and line; importing the rest needs the
user's explicit yes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from portfolio_app.ui.import_wizard.import_choices import ImportChoices
from portfolio_app.ui.import_wizard.page_work import PageRunner, cancellable, failure_text
from portfolio_app.ui.import_wizard.texts import number, problem_text, short_date, translate_marker
from portfolio_app.ui.import_wizard.widgets import CountTile, StatusLine, heading_label, hint_label
from portfolio_app.ui.operations import run_operation
from portfolio_app.ui.period_total_text import period_total_text
from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from portfolio_app.services.importing import ImportReport
    from portfolio_app.storage.database import Database

MAX_LISTED = 1000  # rows listed on screen; the count above says how many there are


class PreviewPage(QWizardPage):
    imported = Signal(object)  # the ImportReport of the real import

    def __init__(self, choices: ImportChoices, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.db = db
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("This is what the import will do. Nothing has been written yet."))
        self.setCommitPage(True)
        self.runner = PageRunner(self)
        self.runner.progressed.connect(lambda _stage, done, total: self.status.progress(done, total))
        self.report: ImportReport | None = None  # the dry run's report
        self.import_task: BackgroundTask | None = None
        self.done_import = False

        self.tiles = {
            "new": CountTile(self.tr("new"), self),
            "updated": CountTile(self.tr("updated"), self),
            "unchanged": CountTile(self.tr("unchanged"), self),
            "not_imported": CountTile(self.tr("not imported"), self),
        }
        tiles = QHBoxLayout()
        for key, tile in self.tiles.items():
            tile.setObjectName(f"tile_{key}")
            tiles.addWidget(tile)

        self.audience = QComboBox(self)
        self.audience.setObjectName("audience")
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.audience_note = hint_label("", self)
        form = QFormLayout()
        form.addRow(self.tr("Attach to audience:"), self.audience)
        form.addRow("", self.audience_note)

        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.problems_heading = heading_label("", self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setAlternatingRowColors(True)
        self.problems.setMinimumHeight(90)
        self.import_rest = QCheckBox(self)
        self.import_rest.setObjectName("importRest")
        self.import_rest.toggled.connect(self.completeChanged)
        self.status: StatusLine = StatusLine(self)

        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.details)
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problems)
        layout.addWidget(self.import_rest)
        layout.addStretch(1)
        layout.addWidget(self.status)

    # dry run -------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.done_import = False
        self.wizard().setButtonText(self.wizard().WizardButton.CommitButton, self.tr("Import"))
        self._fill_audiences()
        self._dry_run()

    def _fill_audiences(self) -> None:
        from portfolio_app.services.records import audiences

        chosen = self.choices.audience_id
        self.audience.blockSignals(True)
        self.audience.clear()
        self.audience.addItem(self._automatic_text(None), None)
        for audience in audiences.list(self.db, order_by="name"):
            self.audience.addItem(audience.name, audience.id)
        self.audience.setCurrentIndex(max(0, self.audience.findData(chosen)) if chosen is not None else 0)
        self.audience.blockSignals(False)

    def _automatic_text(self, report: ImportReport | None) -> str:
        parsed = self.choices.parsed
        if parsed is None or parsed.account is None:
            return self.tr("None")
        if report is None or not report.audience_name:
            return self.tr("The account of the export")
        if report.audience_created:
            return fill(self.tr("%1 (new)"), report.audience_name)
        return fill(self.tr("%1 (the account of the export)"), report.audience_name)

    def _audience_changed(self, _index: int) -> None:
        self.choices.audience_id = self.audience.currentData()
        self._dry_run()

    def _dry_run(self) -> None:
        from portfolio_app.services.importing import import_parsed

        self.report = None
        self.import_rest.setChecked(False)
        self._show(None)
        self.status.working(self.tr("Comparing with your record…"))
        db, choices = self.db, self.choices
        parsed, path, audience_id = choices.parsed, choices.label, choices.audience_id

        def work(report: Callable[[str, int, int], None], should_cancel: Callable[[], bool]) -> ImportReport:
            assert parsed is not None, "the earlier pages let no one on without a reading"
            return import_parsed(db, parsed, path=path, dry_run=True, audience_id=audience_id,
                                 progress=report, should_cancel=should_cancel)

        self.runner.start(work, on_success=self._dry_run_done, on_failure=self._failed)
        self.completeChanged.emit()

    def _dry_run_done(self, report: ImportReport) -> None:
        self.report = report
        self.status.clear()
        self._show(report)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.error(failure_text(error))
        self.completeChanged.emit()

    # showing -------------------------------------------------------------------
    def _show(self, report: ImportReport | None) -> None:
        for key, tile in self.tiles.items():
            tile.set_value(number(getattr(report, key)) if report is not None else "–")
        # an analytics export brings figures to posts already recorded: say so, not just "updated"
        figures_only = self.choices.parsed is not None and self.choices.parsed.update_fields != self._all_fields()
        self.tiles["updated"].caption.setText(self.tr("existing posts get figures") if figures_only
                                              else self.tr("updated"))
        self.tiles["new"].caption.setText(self.tr("new posts") if figures_only else self.tr("new"))
        self.audience.setItemText(0, self._automatic_text(report))
        self.audience_note.setText(self._audience_text(report) if report is not None else "")
        self.audience_note.setVisible(bool(self.audience_note.text()))
        self.details.setText(self._details(report) if report is not None else "")
        self.details.setVisible(bool(self.details.text()))
        problems = report.problems if report is not None else []
        self.problems.clear()
        self.problems.addItems([problem_text(problem) for problem in problems[:MAX_LISTED]])
        rows = report.rows_not_imported if report is not None else 0
        self.problems_heading.setText(plural(self.tr("%Ln row(s) cannot be imported:", "", rows), rows))
        usable = report.new + report.updated + report.unchanged if report is not None else 0
        self.import_rest.setText(plural(self.tr("Import the other %Ln post(s) without these rows", "", usable),
                                        usable))
        # a short list stays short; a long one scrolls
        shown = min(max(len(problems), 2), 8)
        self.problems.setFixedHeight(shown * (self.problems.fontMetrics().height() + 6) + 8)
        for widget in (self.problems_heading, self.problems, self.import_rest):
            widget.setVisible(bool(problems))

    @staticmethod
    def _all_fields() -> tuple[str, ...]:
        from portfolio_app.importers.base import IMPORTED_FIELDS

        return IMPORTED_FIELDS

    def _audience_text(self, report: ImportReport) -> str:
        lines = []
        if report.snapshot:
            day, size = report.snapshot
            if report.snapshot_added:
                lines.append(fill(self.tr("The export gives its size: %1 on %2; it will be recorded."), number(size),
                                  short_date(day)))
            else:
                lines.append(fill(self.tr("Its size on %1 is already recorded and stays."), short_date(day)))
        elif not report.audience_name:
            lines.append(self.tr("The contributions will not be linked to an audience; you can choose one."))
        return " ".join(lines)

    def _details(self, report: ImportReport) -> str:
        lines = [fill(self.tr("%1: %2"), translate_marker(way), number(count)) for way, count in report.matched.items()]
        for part, counts in report.parts.items():
            lines.append(fill(self.tr("%1: %2 new, %3 updated, %4 unchanged"), translate_marker(part),
                              number(counts["new"]), number(counts["updated"]), number(counts["unchanged"])))
        if report.sizes_added:
            lines.append(plural(self.tr("Audience sizes for %Ln day(s) will be recorded.", "", report.sizes_added),
                                report.sizes_added))
        for recorded in report.period_totals:  # the whole account over a period: not added to any post
            lines.append(fill(self.tr("For the whole account: %1"), period_total_text(recorded.total)))
        if report.kept_edits:
            lines.append(plural(self.tr("Kept as you edited them: %Ln field(s).", "", report.kept_edits),
                                report.kept_edits))
        for reason, count in sorted(report.skipped.items()):
            lines.append(fill(self.tr("Left out on purpose: %1 (%2)"), translate_marker(reason), number(count)))
        for note in report.notes:
            lines.append(fill(self.tr("Note: %1"), problem_text(note)))
        return "\n".join(lines)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.report is None or self.runner.busy or self.import_task is not None:
            return False
        return not self.report.problems or self.import_rest.isChecked()

    # the import ----------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Import clicked: run the real import; the wizard moves on once it succeeded."""
        if self.done_import:
            return True
        if self.isComplete():
            self._start_import()
        return False

    def _start_import(self) -> None:
        from portfolio_app.services.importing import import_parsed

        db, choices = self.db, self.choices
        parsed, path, audience_id = choices.parsed, choices.label, choices.audience_id

        def work(report: Callable[[str, int, int], None], should_cancel: Callable[[], bool]) -> ImportReport:
            # the service backs the database up before it writes
            assert parsed is not None, "the dry run took the same reading"
            return import_parsed(db, parsed, path=path, audience_id=audience_id,
                                 progress=report, should_cancel=should_cancel)

        self.status.clear()
        # an operation: once written, every view showing contributions (or the audience) hears of it
        self.import_task = run_operation(
            self, cancellable(work), label=self.tr("Importing…"), report_errors=False,
            on_success=self._imported, on_failure=self._import_failed, on_cancel=self._import_cancelled)
        self.completeChanged.emit()

    def _imported(self, outcome: ImportReport) -> None:
        self.import_task = None
        report = outcome
        wizard = self.wizard()
        self.choices.backup_path = report.backup
        self.choices.result = report
        self.done_import = True
        self.imported.emit(report)
        wizard.next()

    def _import_failed(self, error: BaseException) -> None:
        self.import_task = None
        self.status.error(fill(self.tr("Nothing was imported. %1"), failure_text(error, self.db.path)))
        self.completeChanged.emit()

    def _import_cancelled(self) -> None:
        self.import_task = None
        self.status.warning(self.tr("Import cancelled. Nothing was written."))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        self.runner.cancel()
