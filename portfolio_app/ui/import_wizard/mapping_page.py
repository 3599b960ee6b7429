"""Step 3, CSV only: which column holds which field, the date format, and the first rows as imported.

Every change reads the file again in the background with the new mapping
(the same call the import makes), so the rows shown are exactly what will be
imported, and a mapping the file cannot satisfy is refused right here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from portfolio_app.domain.enums import METRIC_FIELDS
from portfolio_app.importers.base import ImportedPost, ParsedExport, RowProblem
from portfolio_app.ui.import_wizard.import_choices import ImportChoices
from portfolio_app.ui.import_wizard.page_work import PageRunner, failure_text
from portfolio_app.ui.import_wizard.texts import number, problem_detail, short_date, translate_marker
from portfolio_app.ui.import_wizard.widgets import ERROR_COLOR, StatusLine, hint_label
from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.widgets.form import ErrorLabel

if TYPE_CHECKING:
    from portfolio_app.importers.csv_mapped import CsvPreview

PREVIEW_ROWS = 8
EXAMPLE_DAY = dt.date(2024, 12, 31)  # day 31 shows at once which number is the day
DEBOUNCE_MS = 250


class MappingPage(QWizardPage):
    def __init__(self, choices: ImportChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.setTitle(self.tr("Which column holds what?"))
        self.setSubTitle(self.tr("A date and a title (or a text) are needed; everything else is optional. "
                                 "The table shows the first rows as they will be imported."))
        self.runner = PageRunner(self)
        self.runner.progressed.connect(lambda _stage, done, total: self.status.progress(done, total))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._read)
        self.checked_key: tuple | None = None
        self._columns_of: str | None = None  # the file whose columns fill the combos

        self.combos: dict[str, QComboBox] = {}
        post_box = QGroupBox(self.tr("The contribution"), self)
        post_form = QFormLayout(post_box)
        post_form.setVerticalSpacing(5)
        self.date_format = QComboBox(self)
        self.date_format.setObjectName("dateFormat")
        # a listed format, or one typed in (as the CLI's --date-format takes it), checked as typed
        self.date_format.setEditable(True)
        self.date_format.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.date_format.setToolTip(self.tr("Choose a format, or type one such as %d.%m.%Y"))
        self.date_format.currentIndexChanged.connect(self._changed)
        self.date_format.editTextChanged.connect(self._changed)
        self.format_error = ErrorLabel(self)
        self.format_error.setObjectName("error_dateFormat")
        self.format_problem: str | None = None
        self.detected = hint_label("", self)
        for name, label in self._post_fields():
            post_form.addRow(label, self._combo(name))
            if name == "date":  # the format belongs right under its column
                post_form.addRow(self.tr("Date format:"), self.date_format)
                post_form.addRow("", self.format_error)
                post_form.addRow("", self.detected)
        figures_box = QGroupBox(self.tr("Figures"), self)
        figures_layout = QVBoxLayout(figures_box)
        figures_form = QFormLayout()
        figures_form.setVerticalSpacing(5)
        figures_layout.addLayout(figures_form)
        figures_layout.addStretch(1)
        for name, label in self._figure_fields():
            figures_form.addRow(label, self._combo(name))
        boxes = QHBoxLayout()
        boxes.addWidget(post_box, 3)
        boxes.addWidget(figures_box, 2)

        self.table = QTableWidget(self)
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(170)
        self.status: StatusLine = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _post_fields(self) -> list[tuple[str, str]]:
        return [
            ("date", self.tr("Date:")), ("title", self.tr("Title:")), ("notes", self.tr("Text:")),
            ("kind", self.tr("Kind:")), ("url", self.tr("Link:")), ("tags", self.tr("Tags:")),
            ("language", self.tr("Language:")), ("id", self.tr("Unique id:")),
        ]

    def _figure_fields(self) -> list[tuple[str, str]]:
        labels = {
            "impressions": self.tr("Impressions:"), "reach": self.tr("Reach:"), "reactions": self.tr("Reactions:"),
            "comments": self.tr("Comments:"), "shares": self.tr("Shares:"), "clicks": self.tr("Clicks:"),
            "engagements": self.tr("Engagements:"),
            "attendees": self.tr("Attendees:"),
        }
        return [(name, labels[name]) for name in METRIC_FIELDS]

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"map_{name}")
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._changed)
        self.combos[name] = combo
        return combo

    # filling -------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        choices = self.choices
        preview = choices.csv_preview
        if preview is not None and self._columns_of != choices.path:
            self._fill(preview)
            self._columns_of = choices.path
        self._changed()

    def _fill(self, preview: CsvPreview) -> None:
        from portfolio_app.services.importing import DATE_FORMATS

        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for column in preview.columns:
                combo.addItem(column, column)
            suggested = preview.suggested.get(name)
            combo.setCurrentIndex(max(0, combo.findData(suggested)) if suggested else 0)
            combo.blockSignals(False)
        self.date_format.blockSignals(True)
        self.date_format.clear()
        self.date_format.addItem(self.tr("Detect from the values"), None)
        for fmt in DATE_FORMATS:
            self.date_format.addItem(self._example(fmt), fmt)
            self.date_format.setItemData(self.date_format.count() - 1, fmt, Qt.ItemDataRole.ToolTipRole)
        self.date_format.setCurrentIndex(0)
        self.date_format.blockSignals(False)

    @staticmethod
    def _example(fmt: str) -> str:
        from portfolio_app.services.importing import ISO

        return EXAMPLE_DAY.isoformat() if fmt == ISO else EXAMPLE_DAY.strftime(fmt)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def set_mapping(self, mapping: dict[str, str]) -> None:
        """Choose columns by field name (what a user does with the combos)."""
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(mapping[name])) if name in mapping else 0)

    def set_date_format(self, fmt: str | None) -> None:
        """Choose a listed format, or type one that is not listed (checked like one typed by hand)."""
        index = self.date_format.findData(fmt) if fmt else 0
        if index >= 0:
            self.date_format.setCurrentIndex(index)
            self.date_format.setEditText(self.date_format.itemText(index))
        else:
            self.date_format.setEditText(fmt or "")

    def chosen_date_format(self) -> str | None:
        """The listed format whose example is shown, else the text typed as a format; None: detect."""
        text = self.date_format.currentText().strip()
        index = self.date_format.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self.date_format.itemData(index)
        return text or None

    # reading -------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        choices = self.choices
        if choices.csv_preview is None:
            return
        self.runner.cancel()
        self.checked_key = None
        from portfolio_app.services.importing import date_format_problem

        mapping = self.mapping()
        date_format = self.chosen_date_format()
        self.format_problem = date_format_problem(date_format) if date_format else None
        self.format_error.setText(translate_marker(self.format_problem).format(format=f"“{date_format}”")
                                  if self.format_problem else "")
        self.format_error.setVisible(self.format_problem is not None)
        choices.set_mapping(mapping, None if self.format_problem else date_format)
        self._show_detected(mapping.get("date"))
        self.completeChanged.emit()
        if self.format_problem:  # refused at the field: no rows are read with it
            self.timer.stop()
            self.table.setRowCount(0)
            self.status.error(self.tr("Choose a date format that reads a day, a month and a year."))
            return
        if "date" not in mapping or not ({"title", "notes"} & mapping.keys()):
            self.timer.stop()
            self.table.setRowCount(0)
            self.status.warning(self.tr("Choose the column with the date, and the one with the title or the text."))
            return
        self.status.working(self.tr("Reading the rows with this mapping…"))
        self.timer.start()

    def _show_detected(self, column: str | None) -> None:
        preview = self.choices.csv_preview
        guess = preview.date_columns.get(column) if column and preview is not None else None
        if column is None:
            self.detected.setText("")
        elif guess is None or guess.format is None:  # (the preview keeps only columns with a format)
            self.detected.setText(fill(self.tr("No known date format fits the column “%1”."), column))
        else:
            text = fill(self.tr("Detected: %1 (%2 of %3 sample values fit)"), self._example(guess.format),
                        number(guess.matched), number(guess.sampled))
            if guess.ambiguous:
                text += " " + self.tr("— other formats fit as well; check the dates below.")
            self.detected.setText(text)
        self.detected.setVisible(bool(self.detected.text()))

    def _read(self) -> None:
        from portfolio_app.services.importing import read_export

        choices = self.choices
        key = choices.read_key()
        path, mapping, date_format = choices.path, dict(choices.mapping), choices.date_format

        def work(report: Callable[[str, int, int], None], should_cancel: Callable[[], bool]) -> ParsedExport:
            return read_export("csv", path, mapping=mapping, date_format=date_format,
                               progress=report, should_cancel=should_cancel)

        self.runner.start(work, on_success=lambda parsed: self._read_done(key, parsed), on_failure=self._refused)

    def _read_done(self, key: tuple, parsed: ParsedExport) -> None:
        self.choices.set_parsed(parsed)
        self.checked_key = key
        self._show_rows(parsed)
        usable = len(parsed.posts)
        text = plural(self.tr("%Ln row(s) can be imported.", "", usable), usable)
        if parsed.problems:
            count = len(parsed.problems)
            text += " " + plural(self.tr("%Ln row(s) cannot be used; the next step lists them.", "", count), count)
        if usable:
            self.status.ok(text)
        else:
            self.status.warning(text)
        self.completeChanged.emit()

    def _refused(self, error: BaseException) -> None:
        self.table.setRowCount(0)
        self.status.error(failure_text(error))
        self.completeChanged.emit()

    def _show_rows(self, parsed: ParsedExport) -> None:
        metrics = [name for name in METRIC_FIELDS if name in self.choices.mapping]
        labels = dict(self._figure_fields())
        headers = [self.tr("Line"), self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Link")]
        headers += [labels[name].rstrip(":") for name in metrics]
        entries: list[tuple[int, ImportedPost | RowProblem]] = [
            (post.line or 0, post) for post in parsed.posts[:PREVIEW_ROWS]]
        entries += [(problem.line or 0, problem) for problem in parsed.problems[:PREVIEW_ROWS]]
        entries.sort(key=lambda entry: entry[0])
        entries = entries[:PREVIEW_ROWS]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(entries))
        for row, (line, entry) in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(str(line) if line else ""))
            if isinstance(entry, ImportedPost):
                cells = [short_date(entry.date), QCoreApplication.translate("enum", entry.kind.label),
                         entry.title, entry.url or ""]
                cells += ["" if getattr(entry, name) is None else number(getattr(entry, name)) for name in metrics]
                for column, text in enumerate(cells, start=1):
                    item = QTableWidgetItem(text)
                    if column >= 5:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, column, item)
            else:
                item = QTableWidgetItem(fill(self.tr("Not imported: %1"), problem_detail(entry)))
                item.setForeground(QBrush(QColor(ERROR_COLOR)))
                self.table.setItem(row, 1, item)
                self.table.setSpan(row, 1, 1, len(headers) - 1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    # navigation ----------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        choices = self.choices
        return (self.format_problem is None and self.checked_key == choices.read_key() and choices.parsed is not None
                and bool(choices.parsed.posts))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.isComplete()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        self.timer.stop()
        self.runner.cancel()

