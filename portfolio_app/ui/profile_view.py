"""The profile (who the portfolio is about) and the value settings behind money figures.

Both forms validate as they are typed with the domain's rules (the same the
CLI and the services apply) and are saved through services.singletons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.enums import Platform
from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.domain.validation import check_profile, check_value_settings
from portfolio_app.errors import PortfolioError, ValidationError
from portfolio_app.ui.actions import action_icon
from portfolio_app.ui.operations import publish, subscribe
from portfolio_app.ui.unsaved import Answer, ask_to_save
from portfolio_app.ui.widgets import CheckField, Form, FormSection, RateField, TextArea, TextLine, UrlField
from portfolio_app.ui.widgets.fields import enum_label
from portfolio_app.ui.widgets.photo import PhotoField

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

PROFILE_SHOWS = frozenset({RecordKind.PROFILE, RecordKind.VALUE_SETTINGS})
PROFILE_FIELDS = ("name", "headline", "email", "phone", "location", "website", "summary", "photo")


class ProfileView(QWidget):
    saved = Signal()  # the profile or the value settings changed in the database

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._stale = False
        self._stored: dict = {}
        self.form = Form(self)
        self._build()
        self.form.changed.connect(self.revalidate)
        self.setEnabled(False)
        subscribe(self, PROFILE_SHOWS)

    def _build(self) -> None:
        form = self.form
        profile = FormSection(self.tr("Profile"), self)
        form.add(profile, "name", self.tr("&Name:"), TextLine())
        form.add(profile, "headline", self.tr("&Headline:"), TextLine(placeholder=self.tr("e.g. Developer advocate")))
        form.add(profile, "email", self.tr("E-&mail:"), TextLine())
        form.add(profile, "phone", self.tr("Phon&e:"), TextLine())
        form.add(profile, "location", self.tr("&Location:"), TextLine(placeholder=self.tr("e.g. Berlin, Germany")))
        form.add(profile, "website", self.tr("&Website:"), UrlField())
        form.add(profile, "summary", self.tr("&Summary:"),
                 TextArea(self.tr("A few sentences for the portfolio's cover"), lines=6))
        form.add(profile, "photo", self.tr("&Photo:"), PhotoField())

        value = FormSection(self.tr("Value settings"), self)
        note = QLabel(self.tr("Money figures are estimates of what the same attention would have cost to buy, "
                              "not a measure of outcomes. Each rate's currency, source and date, and exchange "
                              "rates, are in Preferences → Value rates."), value)
        note.setWordWrap(True)
        value.rows.addRow(note)
        form.add(value, "show_money", "", CheckField(self.tr("Show money f&igures")))
        form.add(value, "currency", self.tr("Show es&timates in:"), TextLine(placeholder="EUR")).setMaximumWidth(120)
        form.add(value, "value_per_follower_month", self.tr("Value per &follower-month:"),
                 RateField()).setMaximumWidth(120)
        cpm_caption = QLabel(self.tr("Cost per thousand impressions (CPM) by platform:"), value)
        value.rows.addRow(cpm_caption)
        cpm = QWidget(value)
        grid = QGridLayout(cpm)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        cpm_section = FormSection("", cpm)
        cpm_section_2 = FormSection("", cpm)
        for index, platform in enumerate(Platform):
            section = cpm_section if index < (len(Platform) + 1) // 2 else cpm_section_2
            form.add(section, f"cpm.{platform.value}", enum_label(platform) + ":", RateField())
        grid.addWidget(cpm_section, 0, 0)
        grid.addWidget(cpm_section_2, 0, 1)
        value.rows.addRow(cpm)

        heading = QLabel(self.tr("Profile and value settings"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.revert_button = self.buttons.button(QDialogButtonBox.StandardButton.Discard)
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setIcon(action_icon("document-revert"))  # the style's Discard icon is a bin
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.status = QLabel(self)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(profile, 3)
        columns.addWidget(value, 2)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(18, 14, 18, 18)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addLayout(columns)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.buttons)
        column.addLayout(footer)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # data ------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.setEnabled(db is not None)
        if db is not None:
            self.load()

    def apply_changes(self, changes: Changes) -> None:
        self.mark_stale()

    def mark_stale(self) -> None:
        """Something changed elsewhere (e.g. a restore): re-read when next shown, never over unsaved edits."""
        if self.db is None or self.has_unsaved_changes():
            return
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._stale and not self.has_unsaved_changes():
            self.load()

    def load(self) -> None:
        """Show what is stored, dropping unsaved edits."""
        from portfolio_app.services.profile_and_rates import get_profile, get_value_rates

        db = self.db
        if db is None:  # closed since it went stale: set_database() loads the next one
            return
        self._stale = False
        profile = get_profile(db)
        rates = get_value_rates(db)
        values = {name: getattr(profile, name) for name in PROFILE_FIELDS}
        values.update(currency=rates.currency, show_money=rates.show_money,
                      value_per_follower_month=rates.value_per_follower_month)
        values.update({f"cpm.{platform.value}": rates.cpm[platform.value].amount if platform.value in rates.cpm else 0.0
                       for platform in Platform})
        self.form.touched.clear()
        self.form.set_values(values)
        self._stored = self.form.values()
        self.status.setText("")
        self.revalidate()

    def _profile_values(self, values: dict) -> dict:
        return {name: values[name] for name in PROFILE_FIELDS}

    def _rates(self, values: dict) -> dict:
        return {
            "currency": values["currency"],
            "value_per_follower_month": values["value_per_follower_month"],
            "cpm": {platform.value: values[f"cpm.{platform.value}"] for platform in Platform},
        }

    def errors(self) -> dict[str, str]:
        values = self.form.values()
        return {**check_profile(self._profile_values(values)), **check_value_settings(self._rates(values)),
                **self.form.problems()}

    def has_unsaved_changes(self) -> bool:
        return self.db is not None and self.form.values() != self._stored

    def revalidate(self) -> bool:
        errors = self.errors()
        self.form.show_errors(errors)
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty and not errors)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.status.setText(self.tr("Correct the marked fields to save.") if errors else self.tr("Unsaved changes"))
        return not errors

    def settle_unsaved(self, parent: QWidget | None = None) -> bool:
        """Before the view is left or the window closes: Save, Discard or Cancel; True when it may go on."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_to_save(parent or self, self.tr("Your changes to the profile have not been saved."))
        if answer is Answer.SAVE:
            return self.save()
        if answer is Answer.DISCARD:
            self.load()
            return True
        return False

    def save(self) -> bool:
        from portfolio_app.services.profile_and_rates import (
            get_value_rates,
            save_profile,
            save_value_rates,
            with_amounts,
        )

        db = self.db
        if db is None:  # nothing to save into (and nothing unsaved: see has_unsaved_changes)
            return False
        self.form.touch_all()
        if not self.revalidate():
            return False
        values = self.form.values()
        rates = self._rates(values)
        try:
            save_profile(db, self._profile_values(values))
            save_value_rates(db, with_amounts(
                get_value_rates(db), currency=rates["currency"], show_money=values["show_money"],
                follower_value=rates["value_per_follower_month"], cpm=rates["cpm"]))
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return False
        except PortfolioError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return False
        self.load()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
        publish(Changes(PROFILE_SHOWS))
        return True
