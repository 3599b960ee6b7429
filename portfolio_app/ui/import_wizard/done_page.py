"""Step 5: what was imported, and where the copy from before the import is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget, QWizardPage

from portfolio_app.ui.import_wizard.import_choices import ImportChoices
from portfolio_app.ui.import_wizard.texts import number
from portfolio_app.ui.import_wizard.widgets import CountTile, hint_label
from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.text_fill import fill


class DonePage(QWizardPage):
    def __init__(self, choices: ImportChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("Your record has been updated."))
        self.setFinalPage(True)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(32, 32))
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.summary, 1)
        self.tiles = {
            "new": CountTile(self.tr("added"), self),
            "updated": CountTile(self.tr("updated"), self),
            "unchanged": CountTile(self.tr("unchanged"), self),
            "not_imported": CountTile(self.tr("not imported"), self),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.backup = hint_label("", self)
        self.backup.setObjectName("backup")
        self.backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(tiles)
        layout.addSpacing(8)
        layout.addWidget(self.backup)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        report = self.choices.result
        assert report is not None, "the wizard comes here only once the import was written"
        for key, tile in self.tiles.items():
            tile.set_value(number(getattr(report, key)))
        count = report.new + report.updated + report.unchanged
        text = plural(self.tr("Your record now holds %Ln contribution(s) from this export.", "", count), count)
        if report.audience_name:
            what = self.tr("They belong to the audience “%1”.") if not report.audience_created else self.tr(
                "They belong to the new audience “%1”.")
            text += " " + fill(what, report.audience_name)
        if report.snapshot and report.snapshot_added:
            day, size = report.snapshot
            text += " " + fill(self.tr("Its size, %1, was recorded."), number(size))
        self.summary.setText(text)
        if self.choices.backup_path:
            self.backup.setText(fill(self.tr("Your record as it was before the import was saved as %1."),
                                     str(self.choices.backup_path)))
        self.backup.setVisible(bool(self.choices.backup_path))
