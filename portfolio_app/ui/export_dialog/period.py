"""The period of the PDF: a few ready ranges, each employment, or two dates from calendars."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from portfolio_app.domain.records import Period
from portfolio_app.ui.export_dialog.export_choices import ExportChoices, resolve_period
from portfolio_app.ui.tables.format import display_locale, short_date_format
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.widgets.fields import DateField


@dataclass(frozen=True, slots=True)
class EmploymentSpan:
    id: int
    organisation: str
    role: str
    start: dt.date
    end: dt.date | None


class PeriodPicker(QWidget):
    """A combo of ranges; "Custom" shows a from–to pair with calendar popups."""

    changed = Signal()

    def __init__(self, employments: list[EmploymentSpan], today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.employments = {span.id: (span.start, span.end) for span in employments}
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("All time"), "all")
        self.combo.addItem(self.tr("This year"), "year")
        self.combo.addItem(self.tr("Last 12 months"), "12m")
        if employments:
            self.combo.insertSeparator(self.combo.count())
        for span in employments:
            label = f"{span.organisation} – {span.role}" if span.role else span.organisation
            years = f"{span.start.year}–{span.end.year if span.end else self.tr('today')}"
            self.combo.addItem(fill(self.tr("At %1 (%2)"), label, years),
                               f"employment:{span.id}")
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(self.tr("Custom dates…"), "custom")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)

        self.start = DateField(self)  # the app's date field: calendar popup, four-digit year
        self.end = DateField(self)
        self.dates = QWidget(self)
        row = QHBoxLayout(self.dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("From"), self.dates))
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to"), self.dates))
        row.addWidget(self.end)
        row.addStretch(1)
        self.summary = QLabel(self)  # the dates a ready range stands for
        self.summary.setEnabled(False)  # drawn in the muted text colour of the style

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.dates)
        layout.addWidget(self.summary)
        self.start.set_value(dt.date(today.year, 1, 1))
        self.end.set_value(today)
        self.combo.currentIndexChanged.connect(self._update)
        self.start.changed.connect(self._update)
        self.end.changed.connect(self._update)
        self._update()

    # choices ------------------------------------------------------------------------------------------------
    def set_choice(self, choices: ExportChoices) -> None:
        wanted = choices.period_kind
        if wanted == "employment":
            wanted = f"employment:{choices.employment_id}"
        index = self.combo.findData(wanted)
        self.combo.setCurrentIndex(index if index >= 0 else 0)
        if choices.start:
            self.start.set_value(choices.start)
        if choices.end:
            self.end.set_value(choices.end)
        self._update()

    def kind(self) -> tuple[str, int | None]:
        """("employment", its id) or (one of the other period kinds, None)."""
        data = str(self.combo.currentData() or "all")
        kind, _colon, number = data.partition(":")
        return kind, int(number) if number else None

    def select(self, kind: str, employment_id: int | None = None) -> bool:
        index = self.combo.findData(f"{kind}:{employment_id}" if kind == "employment" else kind)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def custom_dates(self) -> tuple[dt.date, dt.date]:
        return self.start.value(), self.end.value()

    def period(self) -> Period:
        kind, employment_id = self.kind()
        start, end = self.custom_dates()
        choice = ExportChoices(period_kind=kind, employment_id=employment_id, start=start, end=end)
        return resolve_period(choice, self.today, self.employments)

    def problem(self) -> str:
        """Why the period cannot be exported, or ""."""
        start, end = self.custom_dates()
        if self.kind()[0] == "custom" and end < start:
            return self.tr("The period ends before it starts: choose an end date on or after the start date.")
        return ""

    def _update(self) -> None:
        custom = self.kind()[0] == "custom"
        self.dates.setVisible(custom)
        self.summary.setVisible(not custom)
        period = self.period()
        locale, pattern = display_locale(), short_date_format()

        def show(day: dt.date | None, open_text: str) -> str:
            return locale.toString(QDate(day.year, day.month, day.day), pattern) if day else open_text

        self.summary.setText(fill(self.tr("From %1 to %2"), show(period.start, self.tr("the first record")),
                                  show(period.end, self.tr("today"))))
        self.changed.emit()
