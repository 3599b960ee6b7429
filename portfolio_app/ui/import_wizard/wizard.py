"""The Import wizard: source, file, (CSV) column mapping, preview with counts, import, result.

The wizard keeps the choices made so far; each page reads what it needs from
it. The export is read once per choice (source, file, options, mapping) and
that same reading is compared (dry run) and then imported.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from portfolio_app.ui.import_wizard.done_page import DonePage
from portfolio_app.ui.import_wizard.file_page import FilePage
from portfolio_app.ui.import_wizard.mapping_page import MappingPage
from portfolio_app.ui.import_wizard.preview_page import PreviewPage
from portfolio_app.ui.import_wizard.source_page import CSV, SourcePage

SOURCE, FILE, MAPPING, PREVIEW, DONE = range(5)


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportReport, once the import has been written

    def __init__(self, db, parent=None):
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
        # the choices so far
        self.source = "x"
        self.include_reposts = False
        self.path = ""
        self.mapping: dict[str, str] = {}
        self.date_format: str | None = None
        self.audience_id: int | None = None
        # what was found
        self.csv_preview = None
        self.parsed = None
        self.parsed_key: tuple | None = None
        self.result = None  # the ImportReport of the import that was written
        self.backup_path = None

        self.source_page = SourcePage(self)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page_id, page in ((SOURCE, self.source_page), (FILE, self.file_page), (MAPPING, self.mapping_page),
                              (PREVIEW, self.preview_page), (DONE, self.done_page)):
            self.setPage(page_id, page)
        self.setStartId(SOURCE)
        self.preview_page.imported.connect(self.imported)

    # choices -------------------------------------------------------------------
    def choose_source(self, source: str, include_reposts: bool) -> None:
        if source != self.source:
            self.path = ""
            self.mapping = {}
            self.date_format = None
            self.audience_id = None
            self.file_page.path_edit.clear()
            self.file_page.status.clear()
        self.source = source
        self.include_reposts = include_reposts

    def set_path(self, path: str) -> None:
        if path != self.path:
            self.csv_preview = None
        self.path = path

    def set_mapping(self, mapping: dict[str, str], date_format: str | None) -> None:
        self.mapping = dict(mapping)
        self.date_format = date_format

    def read_key(self) -> tuple:
        """What a reading of the export depends on: a different key means read again."""
        if self.source == CSV:
            return (self.source, self.path, tuple(sorted(self.mapping.items())), self.date_format)
        return (self.source, self.path, self.include_reposts)

    def set_parsed(self, parsed) -> None:
        self.parsed = parsed
        self.parsed_key = self.read_key()

    # closing -------------------------------------------------------------------
    def busy(self) -> bool:
        return self.preview_page.import_task is not None

    def done(self, result: int) -> None:
        if self.busy():
            return  # the import is being written; its progress dialog has the Cancel button
        for page in (self.file_page, self.mapping_page, self.preview_page):
            page.runner.cancel()
        super().done(result)


def run_import_wizard(parent, db) -> bool:
    """Show the wizard; True when something was imported (the views hear of it on their own)."""
    wizard = ImportWizard(db, parent)
    wizard.exec()
    imported = wizard.result is not None
    wizard.deleteLater()
    return imported
