"""A set of named fields that shows validation reasons right under the field concerned.

The form only collects values and displays reasons; which values are valid
is decided by the services (domain.validation), the same rules as the CLI's.
A "Required." is held back until the user has touched the field, so a new
record does not open covered in red, while Save stays disabled all the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from portfolio_app.domain.validation import REQUIRED

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"  # amber dark enough to read on white: allowed, but have a look


@runtime_checkable
class Field(Protocol):
    """What a form asks of a field widget (see widgets.fields): its value both ways and a signal after each edit."""

    @property
    def changed(self) -> SignalInstance: ...

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def setToolTip(self, text: str) -> None: ...  # noqa: N802 - QWidget's


@runtime_checkable
class KnowsProblem(Protocol):
    """A field that can tell a reason of its own (a typed name that matches no record, an unreadable number)."""

    def problem(self) -> str | None: ...


@runtime_checkable
class GivesNote(Protocol):
    """A field that says what it understood ("= 12,000" for "12k"), shown when there is nothing else to say."""

    def note(self) -> str: ...


FieldWidget = TypeVar("FieldWidget", bound=QWidget)


def translated_reason(reason: str) -> str:
    """Reasons from the domain are marked for the "validation" context; ours come translated already."""
    return QCoreApplication.translate("validation", reason)


class FormSection(QGroupBox):
    """A titled group of rows: label on the left, field with its error line on the right."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.rows = QFormLayout(self)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.rows.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rows.setVerticalSpacing(6)
        if not title:
            self.setFlat(True)
            self.setStyleSheet("QGroupBox { border: none; margin-top: 0; padding-top: 0; }")


class ErrorLabel(QLabel):
    """The line under a field: a reason it cannot be saved (red), a warning (amber) or a note (muted)."""

    ERROR, WARNING, NOTE = "error", "warning", "note"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.tone = self.ERROR
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self._colour(self.ERROR)
        self.hide()

    def reserve_line(self) -> None:
        """Keep one line's room while empty, so showing a reason moves nothing."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing())

    def _colour(self, tone: str) -> None:
        palette = self.palette()
        colours = {self.ERROR: ERROR_COLOUR, self.WARNING: WARNING_COLOUR}
        colour = colours.get(tone) or palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)

    def show_reason(self, text: str, tone: str = ERROR) -> None:
        if tone != self.tone:
            self.tone = tone
            self._colour(tone)
        self.setText(text)
        self.setVisible(bool(text))


class Form(QObject):
    """Fields by name: values(), set_values(), show_errors(); ``changed`` after any edit (coalesced)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.touched: set[str] = set()
        self._loading = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.changed)

    def add(
        self, section: FormSection, name: str, label: str, widget: FieldWidget, *, error_name: str | None = None
    ) -> FieldWidget:
        """Add a row; returns the widget so callers can keep a handle in one line."""
        holder = QWidget(section)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel(holder)
        error.setObjectName(f"error_{name}")
        error.reserve_line()  # a reason appearing does not push the fields below down under the mouse
        column.addWidget(error)
        caption = QLabel(label, section)
        caption.setBuddy(widget)
        section.rows.addRow(caption, holder)
        self.labels[name] = caption
        self.errors[name] = error
        return self.register(name, widget)

    def register(self, name: str, widget: FieldWidget) -> FieldWidget:
        """Take part in values() without a row of its own (check boxes laid out by the caller)."""
        if not isinstance(widget, Field):
            raise TypeError(f"{name}: a {type(widget).__name__} has no value(), set_value() and changed")
        self.fields[name] = widget
        widget.changed.connect(lambda name=name: self._edited(name))
        return widget

    def _edited(self, name: str) -> None:
        if not self._loading:
            self.touched.add(name)
        self._pending.start()

    @property
    def loading(self) -> bool:
        """True while set_values() fills the fields (their changes are not the user's)."""
        return self._loading

    def touch_all(self) -> None:
        self.touched.update(self.fields)

    def values(self) -> dict:
        return {name: widget.value() for name, widget in self.fields.items()}

    def set_values(self, values: Mapping) -> None:
        self._loading = True
        try:
            for name, widget in self.fields.items():
                if name in values:
                    widget.set_value(values[name])
        finally:
            self._loading = False
        self._pending.start()

    def problems(self) -> dict[str, str]:
        """Reasons the fields know themselves (e.g. a typed name that matches no record)."""
        found = {}
        for name, widget in self.fields.items():
            reason = widget.problem() if isinstance(widget, KnowsProblem) else None
            if reason:
                found[name] = reason
        return found

    def show_errors(self, errors: Mapping[str, str], warnings: Mapping[str, str] | None = None) -> dict[str, str]:
        """Show each reason at its field, else its warning (translated text), else what the field
        understood (e.g. "= 12,000" for "12k"); returns the reasons that belong to no field here."""
        warnings = warnings or {}
        for name, widget in self.fields.items():
            label = self.errors.get(name)
            reason = errors.get(name)
            if reason == REQUIRED and name not in self.touched:
                reason = None
            text = translated_reason(reason) if reason else ""
            tone = ErrorLabel.ERROR
            if not text and warnings.get(name):
                text, tone = warnings[name], ErrorLabel.WARNING
            if not text and isinstance(widget, GivesNote):
                text, tone = widget.note(), ErrorLabel.NOTE
            if label is not None:
                label.show_reason(text, tone)
            widget.setToolTip(text)
        return {name: reason for name, reason in errors.items() if name not in self.errors}
