"""Form fields that speak plain Python values.

Every field offers ``value()``, ``set_value(value)`` and a ``changed`` signal,
so a form can collect a dict of values and hand it to the services' own
validation: the rules stay in one place, shared with the CLI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from portfolio_app.domain.enums import Labelled
from portfolio_app.domain.typed_counts import CountReading, read_count
from portfolio_app.domain.validation import complete_url
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.widgets.numbers import format_int, number_locale

EARLIEST = QDate(1900, 1, 1)
LATEST = QDate(2100, 12, 31)


def date_format() -> str:
    """The locale's short date format, always with a four-digit year (no 1/2/26 ambiguity)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def enum_label(member: Labelled) -> str:
    return QCoreApplication.translate("enum", member.label)


class TextLine(QLineEdit):
    """One line of text; surrounding spaces are not part of the value."""

    changed = Signal()

    # the hint comes first and the parent only by name: PySide reads a leading str as the initial *text*,
    # and an example saved as real content ("e.g. product managers in Europe") is what we must never store
    def __init__(self, placeholder: str = "", *, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class UrlField(TextLine):
    """A web or mail address; the form checks it (http, https, mailto) as it is typed."""

    def __init__(self, *, parent: QWidget | None = None):
        super().__init__("https://…", parent=parent)
        self.setClearButtonEnabled(True)
        self.editingFinished.connect(self._complete)

    def value(self) -> str:
        """An address typed without a scheme ("example.com/talk") gets https://."""
        return complete_url(self.text())

    def note(self) -> str:
        value = self.value()
        return fill(self.tr("Saved as %1"), value) if value != self.text().strip() else ""

    def _complete(self) -> None:
        if self.value() != self.text().strip():
            self.setText(self.value())


class TextArea(QPlainTextEdit):
    """Several lines of text (notes, summaries); Tab moves on instead of typing a tab."""

    changed = Signal()

    def __init__(self, placeholder: str = "", *, lines: int = 4, parent: QWidget | None = None):
        super().__init__(parent)  # never the hint: QPlainTextEdit(str) would make it the text
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 8
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 3)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class CheckField(QCheckBox):
    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class MetricField(QLineEdit):
    """A whole number that may be unknown: empty means None, never 0.

    A line edit rather than a spin box: QSpinBox stops at 2^31-1 and cannot be
    empty, while metrics go up to 2^63-1 and "unknown" must stay distinct from 0.
    It takes what people type ("12k", "1.5k", "12 000", "12.000" in German —
    domain.typed_counts), names what it understood ("= 12,000") and, when the
    text cannot be one number, says why at the field (problem()).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("unknown"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setClearButtonEnabled(True)
        self.setMaxLength(64)
        self.textChanged.connect(self.changed)
        self.editingFinished.connect(self._regroup)

    def reading(self) -> CountReading:
        locale = QLocale()
        return read_count(self.text(), decimal=locale.decimalPoint(), group=locale.groupSeparator())

    def value(self) -> int | str | None:
        """The number, None when empty, or the text itself when it is not one number."""
        reading = self.reading()
        return reading.value if reading.ok else self.text()

    def problem(self) -> str | None:
        return count_problem(self.reading())

    def note(self) -> str:
        """What was understood, when the text does not already say it plainly."""
        reading = self.reading()
        if reading.value is None or self.text().strip() in (format_int(reading.value), str(reading.value)):
            return ""
        return "= " + format_int(reading.value)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else format_int(value))

    def _regroup(self) -> None:
        value = self.value()
        if isinstance(value, int):
            grouped = format_int(value)
            if grouped != self.text():
                self.setText(grouped)


def count_problem(reading: CountReading) -> str | None:
    """A typed count's reason in the user's language, with the readings filled in."""
    if reading.ok:
        return None
    return fill(QCoreApplication.translate("validation", reading.problem), *reading.details)


class RateField(QLineEdit):
    """A non-negative decimal such as a CPM; the locale's decimal separator is accepted."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(self.changed)

    def value(self) -> float | str:
        text = self.text().strip()
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text)
        return number if ok else text

    def set_value(self, value: float) -> None:
        self.setText(number_locale().toString(float(value), "f", 2))


class DateField(QDateEdit):
    """A required date with a calendar popup, shown in the user's locale."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setDateRange(EARLIEST, LATEST)
        self.setDate(QDate.currentDate())
        # as wide as a date needs, not the whole form row
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + 48)
        self.dateChanged.connect(self.changed)

    def value(self) -> dt.date:
        day = self.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())


class OptionalDateField(QWidget):
    """A date that may be absent: the date, then a check box saying what "no date" means.

    E.g. "Ended: [31/08/2020 ▾]  ☐ current role" — ticking the box clears the
    date (the edit shows a dash); unticking brings back the last date shown.
    """

    changed = Signal()

    def __init__(self, none_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = DateField(self)
        self.none_box = QCheckBox(none_text, self)
        self._remembered = QDate.currentDate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.edit)
        layout.addWidget(self.none_box)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.none_box.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self.changed)
        self._show_none()
        self.none_box.setChecked(True)

    def _show_none(self) -> None:
        self.edit.setSpecialValueText("–")
        self.edit.setDate(self.edit.minimumDate())
        self.edit.setEnabled(False)

    def _toggled(self, none: bool) -> None:
        if none:
            if self.edit.date() != self.edit.minimumDate():
                self._remembered = self.edit.date()
            self._show_none()
        else:
            self.edit.setSpecialValueText("")
            self.edit.setEnabled(True)
            self.edit.setDate(self._remembered)
        self.changed.emit()

    def value(self) -> dt.date | None:
        return None if self.none_box.isChecked() else self.edit.value()

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.none_box.setChecked(True)
            self._show_none()
        else:
            self._remembered = QDate(value.year, value.month, value.day)
            self.none_box.setChecked(False)
            self.edit.setDate(self._remembered)


class EnumCombo(QComboBox):
    """One of a closed vocabulary, shown with its translated label, valued by its stored string."""

    changed = Signal()

    def __init__(self, choices: Iterable[Labelled], parent: QWidget | None = None):
        super().__init__(parent)
        for member in choices:
            self.addItem(enum_label(member), member.value)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
