"""Backup…, Restore… and Export table… as the user meets them (real widgets, real files)."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtWidgets import QMessageBox

from portfolio_app.services import records
from portfolio_app.services.backup_and_restore import backup_before_import, list_backups, save_backup_as
from portfolio_app.services.demo import fill_demo
from portfolio_app.services.figures import table_counts
from portfolio_app.services.opening import open_locked_database
from portfolio_app.storage.lock import holds_lock
from portfolio_app.ui.workers import running_tasks

pytest.importorskip("pytestqt")


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answer at once and remember what they said (a modal box would block the test)."""
    shown = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))

    def press_the_named_action(box):  # the Restore question: its buttons say what they do
        shown.append(("question", box.windowTitle(), box.text()))
        named = [button for button in box.buttons() if button.text().replace("&", "") == "Restore"]
        assert len(named) == 1, [button.text() for button in box.buttons()]
        return box.standardButton(named[0])

    monkeypatch.setattr(QMessageBox, "exec", press_the_named_action)
    return shown


@pytest.fixture
def locked_demo(db_path):
    db = open_locked_database(db_path)
    fill_demo(db, contributions=60, seed=3)
    yield db
    db.close()


def test_backup_now_writes_the_copy_and_says_what_it_holds(qtbot, locked_demo, tmp_path, boxes):
    from portfolio_app.ui.backup_dialogs import backup_now

    target = tmp_path / "Sicherung – März.sqlite"
    backup_now(None, locked_demo, target)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    assert target.exists()
    assert boxes[-1][0] == "information" and "60" in boxes[-1][2] and str(target) in boxes[-1][2]


def test_backup_now_refusal_is_a_warning_and_nothing_is_written(qtbot, locked_demo, tmp_path, boxes):
    from portfolio_app.ui.backup_dialogs import backup_now

    backup_now(None, locked_demo, locked_demo.path)  # onto the database itself
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    assert boxes[-1][0] == "warning" and "database itself" in boxes[-1][2]
    assert table_counts(locked_demo)["contributions"] == 60


def test_restore_dialog_lists_backups_and_disables_the_unusable(qtbot, locked_demo, db_path):
    import sqlite3

    from portfolio_app.ui.backup_dialogs import RestoreDialog

    backup_before_import(locked_demo)
    newer = backup_before_import(locked_demo)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    dialog = RestoreDialog(list_backups(db_path))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.chosen().restorable and dialog.chosen().path != newer  # the newest good one is preselected
    assert dialog.table.item(1, 2).text() == "60"
    assert dialog._ok.isEnabled()
    dialog.table.selectRow(0)
    assert not dialog._ok.isEnabled()  # a newer-schema backup cannot be chosen
    assert "Cannot be restored" in dialog.table.item(0, 0).toolTip()


def test_restore_file_swaps_and_reopens_holding_the_lock(qtbot, locked_demo, db_path, tmp_path, boxes):
    from sqlalchemy import delete

    from portfolio_app.storage.models import Contribution
    from portfolio_app.ui.backup_dialogs import restore_file

    saved = save_backup_as(locked_demo, tmp_path / "b.sqlite")
    with locked_demo.session() as session:
        session.execute(delete(Contribution))
    opened = []
    restore_file(None, locked_demo, saved, opened.append)  # in the background
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    restored = opened[0]
    try:
        assert table_counts(restored)["contributions"] == 60
        assert holds_lock(db_path)
        assert list_backups(db_path)[0].counts["contributions"] == 0  # the state before, kept
    finally:
        restored.close()
    assert not holds_lock(db_path)


def test_offer_after_damage_restores_the_newest_good_backup(qtbot, locked_demo, db_path, boxes):
    from portfolio_app.services.opening import open_for_writing
    from portfolio_app.storage.integrity import DatabaseDamaged
    from portfolio_app.ui.backup_dialogs import offer_restore_after_damage
    from safety_helpers import corrupt

    good = backup_before_import(locked_demo)
    locked_demo.close()
    corrupt(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as refused:
        from portfolio_app.services.opening import _check

        _check(db_path)
    assert refused.value.newest_good_backup == good
    opened = []
    task = offer_restore_after_damage(None, refused.value, opened.append)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):  # in the background
        pass
    db = opened[0]
    try:
        assert table_counts(db)["contributions"] == 60
        assert holds_lock(db_path)  # opened locked, the lock held from the restore on
    finally:
        db.close()
    assert boxes[-1][0] == "question" and str(good) in boxes[-1][2]
    assert [p for p in db_path.parent.iterdir() if ".damaged-" in p.name and p.read_bytes() == damaged]
    open_for_writing(db_path).close()


def test_csv_dialog_exports_with_the_chosen_options(qtbot, locked_demo, tmp_path, boxes):
    from portfolio_app.ui.csv_export_dialog import CsvExportDialog, export_in_background

    dialog = CsvExportDialog(None, table="contributions")
    qtbot.addWidget(dialog)
    assert dialog.include_private.isEnabled()
    dialog.table.setCurrentIndex(dialog.table.findData("audiences"))
    assert not dialog.include_private.isEnabled() and dialog.path.text().endswith("audiences.csv")
    dialog.table.setCurrentIndex(dialog.table.findData("contributions"))
    dialog.path.setText(str(tmp_path / "Beiträge.csv"))
    dialog.decimal.setCurrentIndex(dialog.decimal.findData(","))
    table, out, options = dialog.selection()
    assert (table, options.delimiter, options.bom, options.include_private) == ("contributions", ";", True, False)
    export_in_background(None, locked_demo, table, out, options)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert 0 < len(rows) <= 60 and boxes[-1][0] == "information"
    export_in_background(None, locked_demo, table, locked_demo.path, options)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    assert boxes[-1][0] == "warning" and "database itself" in boxes[-1][2]


def test_window_finding_a_damaged_database_offers_the_backup_and_opens_it(qtbot, locked_demo, db_path, boxes):
    from portfolio_app.ui.main_window import MainWindow
    from safety_helpers import corrupt

    backup_before_import(locked_demo)
    locked_demo.close()
    corrupt(db_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_database(str(db_path))
    qtbot.waitUntil(lambda: window.db is not None and running_tasks() == 0, timeout=20_000)
    assert [kind for kind, *_ in boxes] == ["question"]
    assert table_counts(window.db)["contributions"] == 60
    window.db.close()


# the window drives it ------------------------------------------------------------------------------


@pytest.fixture
def window_on(qtbot, monkeypatch):
    """A main window on ``db``, with File → Restore… choosing the newest good backup without a dialog."""
    from portfolio_app.ui.backup_dialogs import RestoreDialog
    from portfolio_app.ui.main_window import MainWindow

    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: RestoreDialog.DialogCode.Accepted)

    def make(db):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.set_database(db)
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
        return window

    return make


def test_file_restore_in_the_window_swaps_the_record_in_the_background(qtbot, locked_demo, db_path, window_on,
                                                                       boxes):
    import threading

    from sqlalchemy import delete

    from portfolio_app.services import record_files
    from portfolio_app.storage.models import Contribution

    backup_before_import(locked_demo)  # the state to go back to: 60 contributions
    with locked_demo.session() as session:
        session.execute(delete(Contribution))
    window = window_on(locked_demo)
    restored_in = []
    real = record_files.restore_backup

    def watched(source, database):
        restored_in.append(threading.current_thread())
        return real(source, database)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(record_files, "restore_backup", watched)
        window.app_actions.restore.trigger()
        qtbot.waitUntil(lambda: running_tasks() == 0 and window.db is not locked_demo, timeout=10_000)
    assert restored_in and restored_in[0] is not threading.main_thread()
    assert table_counts(window.db)["contributions"] == 60 and holds_lock(db_path)
    assert not window.record_is_empty
    assert boxes[-1][0] == "information" and "60" in boxes[-1][2]


def test_a_failed_restore_in_the_window_keeps_the_record_as_it_was(qtbot, locked_demo, db_path, window_on, boxes,
                                                                   monkeypatch):
    from portfolio_app.ui.backup_dialogs import RestoreDialog

    backup = backup_before_import(locked_demo)

    def spoiled_after_choosing(dialog: RestoreDialog) -> int:
        backup.write_bytes(b"not a database any more")  # listed as good, spoilt before the restore reads it
        return RestoreDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", spoiled_after_choosing)
    before = table_counts(locked_demo)
    titles = sorted(c.title for c in records.contributions.list(locked_demo))
    window = window_on(locked_demo)
    window.app_actions.restore.trigger()
    qtbot.waitUntil(lambda: running_tasks() == 0 and bool(boxes) and boxes[-1][0] == "warning", timeout=10_000)
    assert window.db is not None and table_counts(window.db) == before  # the record as it was, open again
    assert holds_lock(db_path) and "is not a Portfolio database" in boxes[-1][2]
    assert sorted(c.title for c in records.contributions.list(window.db)) == titles


@pytest.mark.parametrize(("language", "restore", "cancel"), [("en", "Restore", "Cancel"),
                                                               ("de", "Wiederherstellen", "Abbrechen")])
def test_the_restore_question_names_its_action_and_cancel_is_the_default(qtbot, qapp, locked_demo, monkeypatch,
                                                                          language, restore, cancel):
    """Restore / Cancel, not Yes / No; Enter on the question cancels, and cancelling replaces nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from portfolio_app.ui.backup_dialogs import RestoreDialog, choose_and_restore
    from portfolio_app.ui.translators import install_translators

    backup_before_import(locked_demo)
    before = table_counts(locked_demo)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: RestoreDialog.DialogCode.Accepted)
    seen: dict[str, object] = {}

    def look_and_press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = sorted(button.text().replace("&", "") for button in box.buttons())
        seen["default"] = box.defaultButton().text().replace("&", "")
        box.defaultButton().click()  # what Enter does

    install_translators(qapp, language)
    try:
        QTimer.singleShot(50, look_and_press_enter)
        started = choose_and_restore(None, locked_demo, list_backups(locked_demo.path), lambda db: None)
    finally:
        install_translators(qapp, "en")
    assert seen == {"buttons": sorted([restore, cancel]), "default": cancel}
    assert started is False and running_tasks() == 0
    assert table_counts(locked_demo) == before
