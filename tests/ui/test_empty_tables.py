"""An empty table says how to fill it; a filled one just counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from portfolio_app.ui.translators import install_translators


@pytest.mark.parametrize("key", ["audience", "campaign", "employment", "testimonial"])
def test_an_empty_record_table_names_the_way_to_add_one(qtbot, db, make_window, wait_idle, key):
    window = make_window(db, key)
    wait_idle()
    status = window.pages[key].status.text()
    assert status.startswith("0 ") and "New… (Ctrl+N) adds the first one." in status


@pytest.fixture
def german(qapp):
    """German until the test's windows are closed (pytest-qt closes them before fixtures end)."""
    install_translators(qapp, "de")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_in_german_too(qtbot, german, db, make_window, wait_idle):
    window = make_window(db, "audience")
    wait_idle()
    assert window.pages["audience"].status.text() == "0 Zielgruppen · Neu… (Strg+N) legt die erste an."


def test_a_filled_table_only_counts(qtbot, demo_db, make_window, wait_idle):
    window = make_window(demo_db, "audience")
    wait_idle()
    assert window.pages["audience"].status.text() == "9 audiences"
