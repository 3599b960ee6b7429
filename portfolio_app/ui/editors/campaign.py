"""Editing one campaign: its goal, for whom, when, targets and outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.ui.editors import link_choices
from portfolio_app.ui.editors.base import RecordEditor
from portfolio_app.ui.widgets import FormSection, MetricField, OptionalDateField, RecordCombo, TextArea, TextLine


class CampaignEditor(RecordEditor):
    table = RecordKind.CAMPAIGN

    def window_title(self, new: bool) -> str:
        return self.tr("New campaign") if new else self.tr("Edit campaign")

    def build(self) -> QWidget:
        form, db = self.form, self.db
        section = FormSection("", self)
        form.add(section, "name", self.tr("&Name:"), TextLine())
        form.add(section, "objective", self.tr("&Objective:"), TextArea(self.tr("What it set out to achieve"), lines=3))
        form.add(section, "employment_id", self.tr("&For:"), RecordCombo(lambda: link_choices.employments(db),
                                                                         self.tr("myself")))
        form.add(section, "start_date", self.tr("&Started:"), OptionalDateField(self.tr("no start date")))
        form.add(section, "end_date", self.tr("&Ended:"), OptionalDateField(self.tr("no end date")))
        form.add(section, "target_reach", self.tr("Target &reach:"), MetricField())
        form.add(section, "target_engagements", self.tr("Target &interactions:"), MetricField())
        form.add(section, "outcome", self.tr("O&utcome:"), TextArea(self.tr("What it achieved"), lines=3))
        self.setMinimumWidth(560)
        return section
