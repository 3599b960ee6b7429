"""Export and backup suggest a folder that exists: Documents, else the home folder.

Before, a home without a Documents folder opened "Export table…" with "The
folder …/Documents does not exist" in red and Export disabled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from portfolio_app.ui.documents_folder import documents_folder


@pytest.fixture
def home_without_documents(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs naming another folder
    return home


def test_a_home_without_documents_gets_the_home_folder(home_without_documents):
    assert documents_folder() == home_without_documents


def test_a_home_with_documents_gets_documents(home_without_documents):
    (home_without_documents / "Documents").mkdir()
    assert documents_folder() == home_without_documents / "Documents"


def test_export_table_opens_without_a_complaint(qtbot, home_without_documents):
    from portfolio_app.ui.csv_export_dialog import CsvExportDialog

    dialog = CsvExportDialog(None, table="contribution")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem_label.text() == ""
    assert dialog.export_button.isEnabled()
    assert Path(dialog.path.text()).parent == home_without_documents
