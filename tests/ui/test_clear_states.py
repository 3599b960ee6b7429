"""Clear states: the demo says so in the window, the dashboard period fits the record, defaults agree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from portfolio_app.ui.export_dialog import ExportDialog
from portfolio_app.ui.preferences_dialog import PreferencesDialog


@pytest.mark.parametrize("territory, paper", [(QLocale.Country.UnitedStates, "letter"), (QLocale.Country.Germany, "a4")])
def test_preferences_and_the_export_dialog_start_with_the_same_paper(qtbot, demo_db, territory, paper):
    QLocale.setDefault(QLocale(QLocale.Language.English, territory))
    try:
        preferences = PreferencesDialog(demo_db)
        qtbot.addWidget(preferences)
        export = ExportDialog(demo_db)
        qtbot.addWidget(export)
        assert preferences.page_size_combo.currentData() == paper
        assert export.page_size.currentData() == paper
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_demo_has_a_banner_with_the_way_back(qtbot, make_window, db, tmp_path, wait_idle):
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    window = make_window(db, "contribution")
    assert not window.demo_banner.isVisible()
    demo = open_database(tmp_path / "demo.sqlite")
    fill_demo(demo, contributions=30, seed=2)
    window.set_database(demo, demo=True)
    assert window.demo_banner.isVisible() and "demo data" in window.demo_banner.text.text()
    window.demo_banner.back.click()
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == db.path, timeout=10_000)
    wait_idle()
    assert not window.demo_banner.isVisible() and not window.is_demo


def test_another_database_starts_the_dashboard_at_all_time(qtbot, make_window, demo_db, tmp_path, wait_idle):
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    window = make_window(demo_db, "dashboard")
    dashboard = window.pages["dashboard"]
    dashboard.select_period("year")
    wait_idle()
    other = open_database(tmp_path / "imported.sqlite")
    fill_demo(other, contributions=20, seed=3)
    window.set_database(other)
    wait_idle()
    assert dashboard.period_box.currentData() == "all"
    dashboard.select_period("12m")
    wait_idle()
    window.set_database(other)  # the same file again keeps its choice
    wait_idle()
    assert dashboard.period_box.currentData() == "12m"


def test_a_second_window_on_a_held_file_says_who_holds_it_and_closes(qtbot, db_path, monkeypatch):
    """Another process holds the file: the window names it, then closes instead of staying dead."""
    import subprocess
    import sys
    import textwrap

    from PySide6.QtWidgets import QMessageBox

    from portfolio_app.storage.database import open_database
    from portfolio_app.ui.main_window import MainWindow

    open_database(db_path).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from portfolio_app.services.opening import open_locked_database
        db = open_locked_database({str(db_path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        told = []
        monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append((title, text)))
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.open_database(str(db_path))
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        [(title, text)] = told
        assert title == "Portfolio is already open"
        assert str(db_path) in text and f"process {holder.pid}" in text
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_tags_complete_from_the_tags_in_use(qtbot, db):
    from portfolio_app.services import records
    from portfolio_app.services.tags import tags_in_use
    from portfolio_app.ui.editors import editor_class

    import datetime as dt

    for title, tags in (("A", "Hiring, ai"), ("B", "hiring, data privacy"), ("C", "AI")):
        records.contributions.create(db, {"title": title, "kind": "post", "date": dt.date(2025, 1, 1), "tags": tags})
    assert tags_in_use(db) == ["ai", "Hiring", "data privacy"]  # most used first, one spelling each
    dialog = editor_class("contribution")(db, None, None, None)
    dialog.show()
    try:
        field = dialog.form.fields["tags"]
        field.setFocus()
        qtbot.keyClicks(field, "ai, da")
        popup = field.completer_.popup()
        qtbot.waitUntil(popup.isVisible)
        assert field.completer_.currentCompletion() == "data privacy"
        field.completer_.activated.emit("data privacy")
        assert field.text() == "ai, data privacy"
        assert field.value() == "ai, data privacy"
    finally:
        dialog.discard()
        dialog.deleteLater()
