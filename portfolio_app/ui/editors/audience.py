"""Editing one audience and its size history, saved together."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.kinds import RecordKind
from portfolio_app.services.audience_sizes import audience_errors, check_sizes, save_audience, size_history
from portfolio_app.services.period_totals import period_totals
from portfolio_app.services.records import Saved
from portfolio_app.ui.editors import link_choices
from portfolio_app.ui.editors.base import RecordEditor
from portfolio_app.ui.editors.size_history import SizeHistoryTable
from portfolio_app.ui.period_total_text import period_total_text
from portfolio_app.ui.widgets import EnumCombo, FormSection, RecordCombo, TextArea, TextLine, UrlField


class AudienceEditor(RecordEditor):
    table = RecordKind.AUDIENCE

    def window_title(self, new: bool) -> str:
        return self.tr("New audience") if new else self.tr("Edit audience")

    def build(self) -> QWidget:
        form, db = self.form, self.db
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)

        about = FormSection(self.tr("Audience"), body)
        form.add(about, "name", self.tr("&Name:"), TextLine(placeholder=self.tr("e.g. My LinkedIn followers")))
        form.add(about, "platform", self.tr("&Platform:"), EnumCombo(Platform))
        form.add(about, "handle", self.tr("&Handle:"), TextLine(placeholder=self.tr("e.g. @alex")))
        form.add(about, "url", self.tr("&Link:"), UrlField())
        form.add(about, "ownership", self.tr("&Owned by:"), EnumCombo(Ownership))
        form.add(about, "employment_id", self.tr("&Employment:"),
                 RecordCombo(lambda: link_choices.employments(db), self.tr("none")))
        form.add(about, "segment", self.tr("&Who they are:"), TextArea(self.tr("e.g. product managers in Europe"),
                                                                       lines=2))
        form.add(about, "notes", self.tr("No&tes:"), TextArea(lines=2))

        history = FormSection(self.tr("Size history"), body)
        self.sizes = SizeHistoryTable(history)
        history_layout = QVBoxLayout()
        history.rows.addRow(history_layout)
        history_layout.addWidget(self.sizes)
        self.sizes.changed.connect(form.changed)
        # what the platform reports for whole periods (LinkedIn's DISCOVERY): beside the sizes, never one of them
        self.period_totals = QLabel(history)
        self.period_totals.setObjectName("period_totals")
        self.period_totals.setWordWrap(True)
        self.period_totals.hide()
        history_layout.addWidget(self.period_totals)

        row.addWidget(about, 3)
        row.addWidget(history, 2)
        self.resize(860, 520)
        return body

    def load(self, record_id: int | None, initial: dict) -> dict:
        values = super().load(record_id, initial)
        values.setdefault("platform", Platform.LINKEDIN.value)
        values.setdefault("ownership", Ownership.PERSONAL.value)
        if record_id is not None:
            self.sizes.set_entries(size_history(self.db, record_id))
            totals = period_totals(self.db, record_id)
            if totals:
                platform = QCoreApplication.translate(
                    "enum", Platform(values.get("platform", Platform.LINKEDIN.value)).label)
                self.period_totals.setText("\n".join(
                    [self.tr("Reported for a whole period:")] + [period_total_text(t, platform) for t in totals]))
                self.period_totals.show()
        return values

    def state(self) -> object:
        return self.form.values(), self.sizes.entries()

    def errors(self, values: dict) -> dict[str, str]:
        problems = {**audience_errors(self.db, self.record_id, values), **self.form.problems()}
        by_row = check_sizes(self.sizes.entries())
        for index, row in self.sizes.typed_problems().items():  # the precise reason for text that is no number
            by_row.setdefault(index, {}).update(row)
        for index, row in by_row.items():
            problems.update({f"sizes.{index}.{name}": reason for name, reason in row.items()})
        return problems

    def show_errors(self, errors: Mapping[str, str]) -> None:
        by_row: dict[int, dict[str, str]] = {}
        for key, reason in errors.items():
            if key.startswith("sizes."):
                _, index, name = key.split(".")
                by_row.setdefault(int(index), {})[name] = reason
        self.sizes.show_problems(by_row)
        super().show_errors({k: v for k, v in errors.items() if not k.startswith("sizes.")})

    def save(self, values: dict) -> Saved:
        return save_audience(self.db, self.record_id, values, self.sizes.entries())
