"""Adding and editing are undoable like deleting, through the window; the toolbar does not shift."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from portfolio_app.services import records
from portfolio_app.services.audience_sizes import size_history
from portfolio_app.ui.editors.base import RecordEditor


def in_editor(act):
    """Run ``act(editor)`` in the editor the next step opens, as a user types into it."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecordEditor):
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def toolbar_positions(window):
    return [window.toolbar.widgetForAction(action).geometry().x()
            for action in (window.app_actions.import_data, window.app_actions.export_pdf)]


def test_a_new_contribution_is_undone_and_redone(qtbot, make_window, demo_db, wait_idle):
    window = make_window(demo_db, "contribution")
    positions = toolbar_positions(window)

    def fill(editor):
        qtbot.keyClicks(editor.form.fields["title"], "Undo me")
        qtbot.wait(1)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    in_editor(fill)
    window.app_actions.new.trigger()
    assert records.contributions.count(demo_db) == 401
    assert window.app_actions.undo.text().replace("&", "") == "Undo Add contribution"
    assert window.toolbar.widgetForAction(window.app_actions.undo).text() == "Undo"
    assert toolbar_positions(window) == positions  # a longer undo text moves nothing
    window.app_actions.undo.trigger()
    assert records.contributions.count(demo_db) == 400
    window.app_actions.redo.trigger()
    assert records.contributions.count(demo_db) == 401
    assert [c.title for c in records.contributions.list(demo_db, text="Undo me")] == ["Undo me"]
    wait_idle()


def test_an_edit_is_undone_to_the_values_before(qtbot, make_window, demo_db, wait_idle):
    window = make_window(demo_db, "campaign")
    campaign = records.campaigns.list(demo_db)[0]

    def rename(editor):
        name = editor.form.fields["name"]
        name.selectAll()
        qtbot.keyClicks(name, "Renamed campaign")
        qtbot.wait(1)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    in_editor(rename)
    window.edit_record("campaign", campaign.id)
    assert records.campaigns.get(demo_db, campaign.id).name == "Renamed campaign"
    assert window.app_actions.undo.text().replace("&", "") == "Undo Edit campaign"
    window.app_actions.undo.trigger()
    assert records.campaigns.get(demo_db, campaign.id).name == campaign.name
    window.app_actions.redo.trigger()
    assert records.campaigns.get(demo_db, campaign.id).name == "Renamed campaign"
    wait_idle()


def test_an_audience_edit_with_its_sizes_is_undone_whole(qtbot, make_window, demo_db, wait_idle):
    window = make_window(demo_db, "audience")
    audience = records.audiences.list(demo_db)[0]
    sizes_before = [(e.date, e.size) for e in size_history(demo_db, audience.id)]

    def add_size(editor):
        qtbot.mouseClick(editor.sizes.add, Qt.MouseButton.LeftButton)
        row = editor.sizes.table.rowCount() - 1
        editor.sizes.table.item(row, 0).setData(Qt.ItemDataRole.EditRole, QDate(1999, 1, 1))
        editor.sizes.table.item(row, 1).setText("7")
        qtbot.wait(1)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    in_editor(add_size)
    window.edit_record("audience", audience.id)
    assert len(size_history(demo_db, audience.id)) == len(sizes_before) + 1
    window.app_actions.undo.trigger()
    assert [(e.date, e.size) for e in size_history(demo_db, audience.id)] == sizes_before
    wait_idle()


def test_cancelling_an_editor_adds_nothing_to_undo(qtbot, make_window, demo_db):
    window = make_window(demo_db, "contribution")
    in_editor(lambda editor: editor.reject())
    window.app_actions.new.trigger()
    assert not window.undo_stack.canUndo()
