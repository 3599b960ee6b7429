"""Whatever is typed into a path field is harmless until it is used: no crash, a reason at the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from portfolio_app.ui.csv_export_dialog import CsvExportDialog
from portfolio_app.ui.import_wizard import ImportWizard
from portfolio_app.ui.import_wizard.widgets import StatusLine

TYPED = ["/", "~", "~nosuchuser-portfolio/x", "/no/such/folder/file", "a\\b/", ".", "..", "  "]


@pytest.mark.parametrize("typed", TYPED)
def test_csv_export_path_field_says_why_and_never_exports_a_half_typed_path(qtbot, typed):
    dialog = CsvExportDialog(None, table="contributions")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, typed)
    assert not dialog.export_button.isEnabled()
    assert dialog.problem_label.isVisible() and dialog.problem_label.text()
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0


def test_csv_export_path_accepts_a_name_without_suffix(qtbot, tmp_path):
    dialog = CsvExportDialog(None, table="audiences")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "sizes"))
    assert dialog.export_button.isEnabled() and not dialog.problem_label.text()
    assert dialog.selection()[1] == tmp_path / "sizes.csv"


@pytest.mark.parametrize("typed, reason", [
    ("/no/such/folder/tweets.zip", "There is no file or folder at /no/such/folder/tweets.zip."),
    ("~nosuchuser-portfolio/x", "~nosuchuser-portfolio names no user's home folder on this computer."),
])
def test_import_wizard_file_field_names_what_is_wrong_with_a_typed_path(qtbot, db, typed, reason):
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.file_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, typed)
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    assert page.status.state == StatusLine.ERROR and page.status.text.text() == reason
    assert not page.isComplete() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
