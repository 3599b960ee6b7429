"""The Import wizard: source, file, (CSV) column mapping, preview with counts, import, result.

The choices made so far live in one ImportChoices object the pages share;
each page reads what it needs from it. The export is read once per choice
(source, files, options, mapping) and that same reading is compared (dry
run) and then imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from portfolio_app.ui.import_wizard.done_page import DonePage
from portfolio_app.ui.import_wizard.file_page import FilePage
from portfolio_app.ui.import_wizard.import_choices import ImportChoices
from portfolio_app.ui.import_wizard.mapping_page import MappingPage
from portfolio_app.ui.import_wizard.page_ids import DONE, FILE, MAPPING, PREVIEW, SOURCE
from portfolio_app.ui.import_wizard.preview_page import PreviewPage
from portfolio_app.ui.import_wizard.source_page import SourcePage

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportReport, once the import has been written

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setMinimumSize(720, 560)
        self.resize(860, 680)
        self.choices = ImportChoices()

        self.source_page = SourcePage(self.choices, self)
        self.file_page = FilePage(self.choices, self)
        self.mapping_page = MappingPage(self.choices, self)
        self.preview_page = PreviewPage(self.choices, db, self)
        self.done_page = DonePage(self.choices, self)
        for page_id, page in ((SOURCE, self.source_page), (FILE, self.file_page), (MAPPING, self.mapping_page),
                              (PREVIEW, self.preview_page), (DONE, self.done_page)):
            self.setPage(page_id, page)
        self.setStartId(SOURCE)
        self.preview_page.imported.connect(self.imported)

    # closing -------------------------------------------------------------------
    def busy(self) -> bool:
        return self.preview_page.import_task is not None

    def done(self, result: int) -> None:
        if self.busy():
            return  # the import is being written; its progress dialog has the Cancel button
        for page in (self.file_page, self.mapping_page, self.preview_page):
            page.runner.cancel()
        super().done(result)


def run_import_wizard(parent: QWidget | None, db: Database) -> bool:
    """Show the wizard; True when something was imported (the views hear of it on their own)."""
    wizard = ImportWizard(db, parent)
    wizard.exec()
    imported = wizard.choices.result is not None
    wizard.deleteLater()
    return imported
