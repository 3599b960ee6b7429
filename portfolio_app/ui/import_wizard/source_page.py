"""Step 1: which platform the export comes from, with a word on what that platform hands out."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from portfolio_app.ui.import_wizard.import_choices import (
    CSV,
    LINKEDIN,
    LINKEDIN_ANALYTICS,
    MASTODON,
    X_ANALYTICS,
    YOUTUBE,
    ImportChoices,
    X,
)
from portfolio_app.ui.import_wizard.widgets import hint_label


class SourcePage(QWizardPage):
    def __init__(self, choices: ImportChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.setTitle(self.tr("What do you want to import?"))
        self.setSubTitle(self.tr("Importing never duplicates: importing the same export again updates the "
                                 "figures and keeps what you edited by hand."))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        options = (
            (X, self.tr("X/Twitter archive"),
             self.tr("Settings › Your account › Download an archive of your data. Choose the .zip, its unpacked "
                     "folder or data/tweets.js. Your posts and replies are imported.")),
            (X_ANALYTICS, self.tr("X analytics"),
             self.tr("Analytics › Export data (one CSV per month, or the current Content export). Choose one "
                     "or several CSV files, their folder or a .zip. Brings impressions, replies and link "
                     "clicks to the posts the archive gave.")),
            (LINKEDIN, self.tr("LinkedIn data export"),
             self.tr("Settings › Data privacy › Get a copy of your data. Choose the .zip or its folder for "
                     "posts, articles, profile, positions and recommendations; or Shares.csv alone.")),
            (LINKEDIN_ANALYTICS, self.tr("LinkedIn analytics"),
             self.tr("Analytics › Content › Export (.xlsx). Impressions and engagements of your top posts, "
                     "and your follower count for every day.")),
            (MASTODON, self.tr("Mastodon archive"),
             self.tr("Preferences › Import and export › Request your archive. Choose the .tar.gz or "
                     "outbox.json. Boosts of other people's posts are left out and counted.")),
            (YOUTUBE, self.tr("YouTube Studio"),
             self.tr("Analytics › Advanced mode › Export › CSV. Choose the .zip or Table data.csv: each video "
                     "with its impressions and views.")),
            (CSV, self.tr("Any CSV file"),
             self.tr("A table from another tool or a spreadsheet, one row per contribution. On the next steps "
                     "you say which column holds the date, the title and the figures.")),
        )
        for key, label, hint in options:
            button = QRadioButton(label, self)
            button.setObjectName(f"source_{key}")
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self.group.addButton(button)
            self.buttons[key] = button
            text = hint_label(hint, self)
            text.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(button)
            layout.addWidget(text)
            if key == X:
                self.include_reposts = QCheckBox(self.tr("Also import retweets (other people's posts you shared)"),
                                                 self)
                self.include_reposts.setObjectName("includeReposts")
                indented = QHBoxLayout()
                indented.addSpacing(24)
                indented.addWidget(self.include_reposts, 1)
                layout.addLayout(indented)
            layout.addSpacing(6)
        layout.addStretch(1)
        self.buttons[X].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)
        self._toggled()

    def _toggled(self, *_args: object) -> None:
        self.include_reposts.setEnabled(self.source() == X)

    def source(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return X

    def set_source(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.choices.choose_source(self.source(), self.include_reposts.isChecked() and self.source() == X)
        return True
