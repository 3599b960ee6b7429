"""Editing one contribution: what, where and on whose behalf, and its metrics."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.services.records import Saved
from portfolio_app.ui.editors import link_choices
from portfolio_app.ui.editors.base import RecordEditor
from portfolio_app.ui.widgets import (
    CheckField,
    DateField,
    EnumCombo,
    FormSection,
    MetricField,
    RecordCombo,
    TextArea,
    TextLine,
    UrlField,
)
from portfolio_app.ui.widgets.tags_field import TagsField


class ContributionEditor(RecordEditor):
    table = RecordKind.CONTRIBUTION

    def window_title(self, new: bool) -> str:
        return self.tr("New contribution") if new else self.tr("Edit contribution")

    def metric_labels(self) -> dict[str, str]:
        return {
            "impressions": self.tr("Impressions"),
            "reach": self.tr("Reach"),
            "reactions": self.tr("Reactions"),
            "comments": self.tr("Comments"),
            "shares": self.tr("Shares"),
            "clicks": self.tr("Clicks"),
            "engagements": self.tr("Engagements"),
            "attendees": self.tr("Attendees"),
        }

    def build(self) -> QWidget:
        from portfolio_app.ui.editors import edit_record  # nested editors; imported late to avoid a cycle

        form, db = self.form, self.db
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)

        what = FormSection(self.tr("Contribution"), body)
        form.add(what, "date", self.tr("&Date:"), DateField())
        form.add(what, "kind", self.tr("&Kind:"), EnumCombo(ContributionKind))
        form.add(what, "title", self.tr("&Title:"), TextLine(placeholder=self.tr("What it was about")))
        form.add(what, "url", self.tr("&Link:"), UrlField())
        self.tags = form.add(what, "tags", self.tr("Ta&gs:"),
                             TagsField(placeholder=self.tr("comma separated, e.g. ai, hiring")))
        from portfolio_app.services.tags import tags_in_use

        self.tags.set_tags(tags_in_use(db))  # completes the tag being typed from those already in use
        form.add(what, "language", self.tr("Lang&uage:"), TextLine(placeholder=self.tr("e.g. en, de")))
        form.add(what, "notes", self.tr("&Notes:"), TextArea(lines=5))
        flags = QWidget(what)
        row = QHBoxLayout(flags)
        row.setContentsMargins(0, 0, 0, 0)
        self.featured = CheckField(self.tr("&Featured in the portfolio"))
        self.private = CheckField(self.tr("&Private (never exported)"))
        row.addWidget(self.featured)
        row.addWidget(self.private)
        row.addStretch(1)
        what.rows.addRow("", flags)
        form.register("featured", self.featured)
        form.register("private", self.private)
        # the line under a featured work on the PDF's first page; typed here, never imported
        self.why = form.add(what, "why_it_mattered", self.tr("&Why it mattered:"), TextLine(
            placeholder=self.tr("e.g. “Cut support tickets by a third”")))
        self.why.setToolTip(self.tr("One line shown under this work when it is featured on the portfolio's first page"))

        context = FormSection(self.tr("Where and for whom"), body)
        self.audience = form.add(context, "audience_id", self.tr("&Audience:"), RecordCombo(
            lambda: link_choices.audiences(db), self.tr("no audience"),
            on_new=lambda typed: edit_record(self, db, "audience", initial={"name": typed} if typed else None),
            new_tooltip=self.tr("Create a new audience"),
        ))
        self.employment = form.add(context, "employment_id", self.tr("On &behalf of:"), RecordCombo(
            lambda: link_choices.employments(db), self.tr("myself"),
        ))
        self.campaign = form.add(context, "campaign_id", self.tr("Ca&mpaign:"), RecordCombo(
            lambda: link_choices.campaigns(db), self.tr("no campaign"),
            on_new=lambda typed: edit_record(self, db, "campaign", initial=self._new_campaign_values(typed)),
            new_tooltip=self.tr("Create a new campaign"),
        ))

        self.audience.changed.connect(self._employment_from_audience)

        metrics = FormSection(self.tr("Metrics (leave empty when unknown)"), body)
        for name, label in self.metric_labels().items():
            form.add(metrics, name, label + ":", MetricField())
        form.fields["engagements"].setToolTip(self.tr(
            "The platform's own total of interactions (LinkedIn's engagements). Where it is given, it counts "
            "as the interactions instead of reactions + comments + shares + clicks, so nothing counts twice."))

        grid.addWidget(what, 0, 0, 2, 1)
        grid.addWidget(context, 0, 1)
        grid.addWidget(metrics, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return body

    def _employment_from_audience(self) -> None:
        """An employer-owned audience says on whose behalf the post was made; fill that in if still empty."""
        from portfolio_app.services import records

        audience_id = self.audience.value()
        if self.form.loading or audience_id is None or self.employment.value() is not None or self.employment.problem():
            return
        owner = records.audiences.get(self.db, audience_id).employment_id
        if owner is not None:
            self.employment.set_value(owner)

    def _new_campaign_values(self, typed: str) -> dict | None:
        values: dict[str, str | int] = {"name": typed} if typed else {}
        employment_id = self.employment.value()
        if employment_id is not None:
            values["employment_id"] = employment_id
        return values or None

    def warnings(self, values: dict) -> dict[str, str]:
        from portfolio_app.domain.plausibility import contribution_warnings
        from portfolio_app.ui.widgets.numbers import doubt_text

        return {name: doubt_text(doubt) for name, doubt in contribution_warnings(values).items()}

    def save(self, values: dict) -> Saved:
        # saving in the editor is the user's look at it: an imported contribution counts as reviewed
        return super().save({**values, "reviewed": True})

    def load(self, record_id: int | None, initial: dict) -> dict:
        values = super().load(record_id, initial)
        values.setdefault("kind", ContributionKind.POST.value)
        if record_id is not None and values.get("reviewed") is False:
            # opening an imported contribution is the look it was waiting for (the table's filter hears of it)
            from portfolio_app.services.review import mark_reviewed
            from portfolio_app.ui.operations import publish

            mark_reviewed(self.db, [record_id])
            values["reviewed"] = True
            publish(Changes.of(RecordKind.CONTRIBUTION, [record_id]))
        return values

