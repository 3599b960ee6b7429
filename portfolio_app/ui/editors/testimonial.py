"""Editing one testimonial: who said it, what, and what it is about."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.ui.editors import link_choices
from portfolio_app.ui.editors.base import RecordEditor
from portfolio_app.ui.widgets import (
    CheckField,
    FormSection,
    OptionalDateField,
    RecordCombo,
    SearchRecordCombo,
    TextArea,
    TextLine,
)


class TestimonialEditor(RecordEditor):
    __test__ = False  # not a pytest test class, despite its name

    table = RecordKind.TESTIMONIAL

    def window_title(self, new: bool) -> str:
        return self.tr("New testimonial") if new else self.tr("Edit testimonial")

    def build(self) -> QWidget:
        form, db = self.form, self.db
        linked = self.record_id and self.service.get(db, self.record_id).contribution_id
        section = FormSection("", self)
        form.add(section, "author", self.tr("&Author:"), TextLine())
        form.add(section, "author_role", self.tr("Author's &role:"), TextLine(placeholder=self.tr("e.g. CEO")))
        form.add(section, "author_organisation", self.tr("Author's or&ganisation:"),
                 TextLine(placeholder=self.tr("e.g. Northwind")))
        form.add(section, "text", self.tr("&Text:"), TextArea(lines=6))
        form.add(section, "date", self.tr("&Date:"), OptionalDateField(self.tr("no date")))
        form.add(section, "employment_id", self.tr("&Employment:"),
                 RecordCombo(lambda: link_choices.employments(db), self.tr("none")))
        form.add(section, "campaign_id", self.tr("&Campaign:"), RecordCombo(lambda: link_choices.campaigns(db),
                                                                            self.tr("none")))
        # any contribution, however old: typing searches them all (the list offers the newest)
        self.contribution = SearchRecordCombo(lambda text: link_choices.contributions(db, linked or None, text),
                                              self.tr("none"))
        self.contribution.combo.setToolTip(self.tr("Type words of its title, notes or tags to find it"))
        form.add(section, "contribution_id", self.tr("C&ontribution:"), self.contribution)
        form.add(section, "may_publish", "", CheckField(self.tr("&May be published in the portfolio")))
        self.setMinimumWidth(560)
        return section
