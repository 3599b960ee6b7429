"""The main window driven like a user: menus, keys, dialogs; every outcome checked in the database file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from portfolio_app.services import records
from portfolio_app.services.contribution_queries import ContributionQuery, count_contributions
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.tables.columns import ID_ROLE, SORT_ROLE
from portfolio_app.ui.tables.contribution_model import Col
from portfolio_app.ui.tables.specs import CampaignCol


@pytest.fixture
def answer(monkeypatch):
    """Answer the next confirmation boxes: answer("yes") or answer("cancel"); records what was asked."""
    asked: list[str] = []

    def set_answer(reply: str):
        button = QMessageBox.StandardButton.Yes if reply == "yes" else QMessageBox.StandardButton.Cancel

        def exec_(box):
            asked.append(box.text())
            return button

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return asked

    return set_answer


def in_modal(qtbot, act):
    """Run ``act(dialog)`` on the modal dialog that the next step opens."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        finally:
            done.append(dialog)

    QTimer.singleShot(0, poll)
    return done


def select_rows(page, rows):
    page.table.clearSelection()
    page.table.selectRow(rows[0])
    model = page.table.selectionModel()
    for row in rows[1:]:
        index = page.table.model().index(row, 0)
        model.select(index, model.SelectionFlag.Select | model.SelectionFlag.Rows)


def test_navigation_reaches_every_view(make_window, demo_db):
    window = make_window(demo_db)
    keys = [window.navigation.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.navigation.count())]
    assert {"contribution", "audience", "campaign", "employment", "testimonial"} <= set(keys)
    for row, key in enumerate(keys):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
    assert window.windowTitle() == "Portfolio — portfolio.sqlite"


def test_standard_shortcuts_are_on_the_actions(make_window, demo_db):
    window = make_window(demo_db)
    a = window.app_actions
    assert a.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a.delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert a.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert a.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert a.redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert a.quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert all(not action.icon().isNull() for action in (a.new, a.edit, a.delete, a.undo, a.redo))


def test_new_contribution_through_the_editor_lands_in_the_database(qtbot, make_window, demo_db, wait_idle):
    window = make_window(demo_db)
    before = records.contributions.count(demo_db)

    def fill(dialog):
        title = dialog.form.fields["title"]
        title.clear()
        qtbot.keyClicks(title, "Keynote at PyCon")
        qtbot.waitUntil(dialog.save_button.isEnabled)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = in_modal(qtbot, fill)
    window.app_actions.new.trigger()
    assert done
    assert records.contributions.count(demo_db) == before + 1
    saved = [c for c in records.contributions.list(demo_db) if c.title == "Keynote at PyCon"]
    assert len(saved) == 1
    wait_idle()
    page = window.pages["contribution"]
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    assert page.status.text() == f"{before + 1} contributions"


def test_enter_on_a_row_edits_it(qtbot, make_window, demo_db, wait_idle):
    window = make_window(demo_db)
    page = window.pages["contribution"]
    page.table.setFocus()
    page.table.selectRow(0)
    record_id = page.model.id_at(0)

    def retitle(dialog):
        title = dialog.form.fields["title"]
        title.selectAll()
        qtbot.keyClicks(title, "Renamed in the table")
        qtbot.waitUntil(dialog.save_button.isEnabled)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = in_modal(qtbot, retitle)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert done
    assert records.contributions.get(demo_db, record_id).title == "Renamed in the table"
    wait_idle()
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of(record_id), Col.TITLE).data() == "Renamed in the table")


def test_filter_then_delete_and_undo_and_redo(qtbot, make_window, demo_db, answer, wait_idle):
    window = make_window(demo_db)
    page = window.pages["contribution"]
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(page.search, "keynote")
    shown = page.model.rowCount()
    assert 0 < shown < 400
    select_rows(page, [0, 1, 2])
    doomed = page.selected_ids()
    assert len(doomed) == 3
    asked = answer("yes")
    window.app_actions.delete.trigger()
    assert asked and "3 contributions" in asked[0]
    assert records.contributions.count(demo_db) == 397
    assert window.app_actions.undo.isEnabled() and "Delete 3 contributions" in window.app_actions.undo.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == shown - 3)

    window.app_actions.undo.trigger()
    assert records.contributions.count(demo_db) == 400
    assert {records.contributions.get(demo_db, i).id for i in doomed} == set(doomed)
    qtbot.waitUntil(lambda: page.model.rowCount() == shown)
    window.app_actions.redo.trigger()
    assert records.contributions.count(demo_db) == 397
    wait_idle()


def test_cancelled_delete_deletes_nothing(qtbot, make_window, demo_db, answer):
    window = make_window(demo_db)
    page = window.pages["contribution"]
    page.table.selectRow(0)
    answer("cancel")
    window.app_actions.delete.trigger()
    assert records.contributions.count(demo_db) == 400
    assert not window.undo_stack.canUndo()


def test_deleting_a_campaign_with_contributions_detaches_them_when_asked(qtbot, make_window, demo_db, answer):
    window = make_window(demo_db, page="campaign")
    page = window.pages["campaign"]
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, CampaignCol.CONTRIBUTIONS).data(SORT_ROLE))
    campaign_id = page.proxy.index(row, 0).data(ID_ROLE)
    linked = [c.id for c in records.contributions.list(demo_db, campaign_id=campaign_id)]
    assert linked
    # the question counts every linked record: the campaign's contributions and testimonials about it
    linked_records = len(linked) + len(records.testimonials.list(demo_db, campaign_id=campaign_id))
    page.table.selectRow(row)

    asked = answer("cancel")
    window.app_actions.delete.trigger()
    assert f"{linked_records} other record" in asked[0] and "detached" in asked[0]
    assert records.campaigns.get(demo_db, campaign_id)  # nothing deleted silently

    asked = answer("yes")
    window.app_actions.delete.trigger()
    assert [c.id for c in records.campaigns.list(demo_db)].count(campaign_id) == 0
    assert count_contributions(demo_db, ContributionQuery(campaign_id=campaign_id)) == 0
    assert all(records.contributions.get(demo_db, i).campaign_id is None for i in linked)  # kept, detached
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 4)

    window.app_actions.undo.trigger()
    assert records.campaigns.get(demo_db, campaign_id).name
    assert all(records.contributions.get(demo_db, i).campaign_id == campaign_id for i in linked)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 5)


def test_deleting_an_audience_and_a_role_from_their_views(qtbot, make_window, demo_db, answer, wait_idle):
    window = make_window(demo_db, page="audience")
    audiences = window.pages["audience"]
    # an audience with a size history (the demo's offline audience has none), so undo has it to bring back
    with_history = {s.audience_id for s in records.snapshots.list(demo_db)}
    row = next(r for r in range(audiences.proxy.rowCount()) if audiences.proxy.index(r, 0).data(ID_ROLE) in with_history)
    audiences.table.selectRow(row)
    audience_id = audiences.selected_ids()[0]
    answer("yes")
    window.app_actions.delete.trigger()
    assert audience_id not in {a.id for a in records.audiences.list(demo_db)}
    assert not records.snapshots.list(demo_db, audience_id=audience_id)  # its size history went with it

    window.show_page("employment")
    wait_idle()
    roles = window.pages["employment"]
    roles.table.selectRow(0)
    role_id = roles.selected_ids()[0]
    window.app_actions.delete.trigger()
    assert role_id not in {e.id for e in records.employments.list(demo_db)}
    window.app_actions.undo.trigger()
    window.app_actions.undo.trigger()
    assert role_id in {e.id for e in records.employments.list(demo_db)}
    assert len(records.snapshots.list(demo_db, audience_id=audience_id)) > 0


def test_bulk_delete_runs_in_the_background_and_undoes(qtbot, make_window, db, answer, wait_idle):
    from portfolio_app.services.demo import fill_demo

    fill_demo(db, contributions=700, seed=2)
    window = make_window(db)
    page = window.pages["contribution"]
    page.table.selectAll()
    answer("yes")
    window.app_actions.delete.trigger()
    wait_idle()
    assert records.contributions.count(db) == 0
    assert window.undo_stack.count() == 1
    window.app_actions.undo.trigger()
    assert records.contributions.count(db) == 700


def test_find_puts_the_cursor_in_the_search_field(qtbot, make_window, demo_db):
    window = make_window(demo_db, page="campaign")
    window.activateWindow()
    window.app_actions.find.trigger()
    assert QApplication.focusWidget() is window.pages["campaign"].search


def test_window_state_survives_a_restart(qtbot, demo_db, wait_idle):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.set_database(demo_db)
    first.resize(790, 600)  # the offscreen screen is 800 wide: restoreGeometry keeps windows on screen
    first.splitter.setSizes([240, 760])
    header = first.pages["contribution"].table.horizontalHeader()
    header.resizeSection(Col.AUDIENCE, 233)
    header.moveSection(header.visualIndex(Col.REACH), 1)
    first.show_page("campaign")
    wait_idle()
    sizes = first.splitter.sizes()
    first.close()

    from portfolio_app.storage.database import open_database

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.set_database(open_database(demo_db.path))
    wait_idle()
    assert (second.width(), second.height()) == (790, 600)
    assert second.splitter.sizes() == sizes
    header = second.pages["contribution"].table.horizontalHeader()
    assert header.sectionSize(Col.AUDIENCE) == 233
    assert header.visualIndex(Col.REACH) == 1
    assert second.current_key() == "campaign"
    second.close()


def test_first_run_offers_three_ways_and_the_demo_stays_separate(qtbot, make_window, db, wait_idle):
    from portfolio_app.paths import demo_database_path

    window = make_window(db)
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.add_choice.button.isEnabled()
    qtbot.mouseClick(window.empty_state.demo_choice.button, Qt.MouseButton.LeftButton)
    wait_idle(30_000)
    assert window.is_demo
    assert "demo" in window.windowTitle()
    assert window.db.path == demo_database_path()
    assert records.contributions.count(window.db) > 0
    from portfolio_app.storage.database import open_database

    mine = open_database(db.path)
    assert records.contributions.count(mine) == 0  # the user's file got nothing of the demo
    mine.close()
    assert window.stack.currentWidget() is window.pages["contribution"]
    window.app_actions.leave_demo.trigger()
    wait_idle()
    assert not window.is_demo and window.db.path == db.path


def test_the_window_paints_before_the_database_layer_is_imported(tmp_path):
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from portfolio_app.ui.launch import prepare_application
        from portfolio_app.ui.main_window import MainWindow
        app = prepare_application([])
        window = MainWindow()
        def painted():
            print("heavy:", sorted(m for m in ("sqlmodel", "sqlalchemy", "alembic", "reportlab") if m in sys.modules))
            app.quit()
        window.first_painted.connect(painted)
        window.show()
        QTimer.singleShot(10_000, app.quit)
        app.exec()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert "heavy: []" in result.stdout, result.stdout + result.stderr


# background work ---------------------------------------------------------------------------------
def test_background_work_reports_progress_and_can_be_cancelled(qtbot, wait_idle):
    import threading

    from portfolio_app.ui.workers import run_in_background

    release = threading.Event()
    outcome = []

    def work(progress):
        for step in range(1000):
            release.wait(5)
            progress.report(step, 1000)
        return "finished"

    task = run_in_background(None, work, on_success=outcome.append, on_cancel=lambda: outcome.append("cancelled"),
                             label="Counting")
    task.dialog.canceled.emit()  # what the Cancel button sends
    release.set()
    wait_idle()
    assert outcome == ["cancelled"]


def test_background_errors_reach_the_user_as_their_message(qtbot, wait_idle, monkeypatch):
    from portfolio_app.errors import PortfolioError
    from portfolio_app.ui.workers import run_in_background

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    failures = []

    def work(_progress):
        raise PortfolioError("The file is locked by another program")

    run_in_background(None, work, on_failure=failures.append)
    wait_idle()
    assert shown == ["The file is locked by another program"]
    assert isinstance(failures[0], PortfolioError)


@pytest.mark.parametrize(
    ("action_name", "dialog_class"),
    [("import_data", "ImportWizard"), ("export_pdf", "ExportDialog"), ("about", "AboutDialog")],
)
def test_file_and_help_actions_open_their_dialogs(qtbot, make_window, demo_db, action_name, dialog_class):
    window = make_window(demo_db)
    action = getattr(window.app_actions, action_name)
    assert action.isEnabled(), action.toolTip()
    seen = []

    def close(dialog):
        seen.append(type(dialog).__name__)
        dialog.reject()

    in_modal(qtbot, close)
    action.trigger()
    assert seen == [dialog_class]


def test_a_german_window_opens_the_demo_in_german(qtbot, make_window, db, wait_idle, german):
    """Its own file, so the English demo of an earlier English session is not reopened in a German window."""
    from sqlalchemy import select

    from portfolio_app.paths import demo_database_path, is_demo_database
    from portfolio_app.storage.models import Campaign

    window = make_window(db)
    qtbot.mouseClick(window.empty_state.demo_choice.button, Qt.MouseButton.LeftButton)
    wait_idle(30_000)
    assert window.is_demo and window.db.path == demo_database_path("de") != demo_database_path()
    assert is_demo_database(window.db.path) and is_demo_database(demo_database_path())
    assert not is_demo_database(db.path)
    with window.db.session() as session:
        names = set(session.scalars(select(Campaign.name)))
    assert "Recruiting-Kampagne" in names and "Hiring campaign" not in names
    window.app_actions.leave_demo.trigger()
    wait_idle()


def test_a_demo_that_cannot_open_leaves_the_window_on_your_record(qtbot, make_window, db, monkeypatch, wait_idle):
    """The demo's file is another program's (not ours to fill): the user is told, nothing is written."""
    import sqlite3

    from portfolio_app.paths import demo_database_path

    demo_path = demo_database_path()
    demo_path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(demo_path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    before = demo_path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args: told.append(text))
    window = make_window(db)
    qtbot.mouseClick(window.empty_state.demo_choice.button, Qt.MouseButton.LeftButton)
    wait_idle(30_000)
    assert told and str(demo_path) in told[0]
    assert window.db is db and not window.is_demo and "demo" not in window.windowTitle()
    assert demo_path.read_bytes() == before
    assert records.contributions.count(db) == 0
