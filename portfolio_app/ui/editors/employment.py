"""Editing one employment: organisation, role and when."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.ui.editors.base import RecordEditor
from portfolio_app.ui.widgets import DateField, FormSection, OptionalDateField, TextArea, TextLine


class EmploymentEditor(RecordEditor):
    table = RecordKind.EMPLOYMENT

    def window_title(self, new: bool) -> str:
        return self.tr("New employment") if new else self.tr("Edit employment")

    def build(self) -> QWidget:
        section = FormSection("", self)
        self.form.add(section, "organisation", self.tr("&Organisation:"), TextLine())
        self.form.add(section, "role", self.tr("&Role:"), TextLine(placeholder=self.tr("e.g. Head of Communications")))
        self.form.add(section, "start_date", self.tr("&Started:"), DateField())
        self.form.add(section, "end_date", self.tr("&Ended:"), OptionalDateField(self.tr("current role")))
        self.form.add(section, "notes", self.tr("&Notes:"), TextArea(lines=4))
        self.setMinimumWidth(520)
        return section
