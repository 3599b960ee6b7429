"""Adding and editing are undoable like deleting, through the window; the toolbar does not shift."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from user_steps import in_editor

from portfolio_app.services import records
from portfolio_app.services.audience_sizes import size_history


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


def test_an_audience_made_with_new_inside_the_contribution_editor_is_undone_too(qtbot, make_window, demo_db,
                                                                                 wait_idle):
    window = make_window(demo_db, "contribution")
    audiences_before = records.audiences.count(demo_db)

    def name_audience(nested):
        qtbot.keyClicks(nested.form.fields["name"], "Met on the spot")
        qtbot.wait(1)
        qtbot.mouseClick(nested.save_button, Qt.MouseButton.LeftButton)

    def fill(editor):
        qtbot.keyClicks(editor.form.fields["title"], "With a new audience")
        in_editor(name_audience, "audience")  # the editor "New…" opens over this one
        qtbot.mouseClick(editor.audience.new_button, Qt.MouseButton.LeftButton)  # "New…" beside Audience
        assert editor.audience.combo.currentText().startswith("Met on the spot")
        qtbot.wait(1)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    in_editor(fill)
    window.app_actions.new.trigger()
    made = records.contributions.list(demo_db, text="With a new audience")
    assert len(made) == 1 and made[0].audience_id is not None
    assert records.audiences.count(demo_db) == audiences_before + 1
    assert window.undo_stack.count() == 2
    window.app_actions.undo.trigger()  # the contribution goes first
    assert records.contributions.list(demo_db, text="With a new audience") == []
    assert window.app_actions.undo.text().replace("&", "") == "Undo Add audience"
    window.app_actions.undo.trigger()  # then the audience made on the spot
    assert records.audiences.count(demo_db) == audiences_before
    window.app_actions.redo.trigger()
    window.app_actions.redo.trigger()
    again = records.contributions.list(demo_db, text="With a new audience")
    assert [c.audience_id for c in again] == [made[0].audience_id]  # put back with its link
    wait_idle()


def test_a_campaign_made_with_new_stays_undoable_when_the_contribution_is_discarded(qtbot, make_window, demo_db,
                                                                                     wait_idle):
    window = make_window(demo_db, "contribution")
    campaigns_before = records.campaigns.count(demo_db)

    def name_campaign(nested):
        qtbot.wait(1)
        qtbot.mouseClick(nested.save_button, Qt.MouseButton.LeftButton)

    def create_then_discard(editor):
        qtbot.keyClicks(editor.campaign.combo.lineEdit(), "Spring launch")  # a campaign that does not exist yet
        in_editor(name_campaign, "campaign")
        qtbot.mouseClick(editor.campaign.new_button, Qt.MouseButton.LeftButton)
        editor.discard()  # the contribution itself is not wanted after all

    in_editor(create_then_discard)
    window.app_actions.new.trigger()
    assert [c.name for c in records.campaigns.list(demo_db, text="Spring launch")] == ["Spring launch"]
    assert window.app_actions.undo.text().replace("&", "") == "Undo Add campaign"
    window.app_actions.undo.trigger()
    assert records.campaigns.count(demo_db) == campaigns_before
    wait_idle()


def test_mark_reviewed_is_undone_for_exactly_the_contributions_it_changed(qtbot, make_window, db, wait_idle):
    import datetime as dt

    from user_steps import press

    waiting = [records.contributions.create(db, {"title": f"Imported {n}", "kind": "post", "reviewed": False,
                                                 "date": dt.date(2025, 3, n + 1)}).id for n in range(3)]
    looked_at = records.contributions.create(db, {"title": "Seen", "kind": "post", "date": dt.date(2025, 3, 9)}).id
    window = make_window(db, "contribution")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.pages["contribution"]
    page.table.setFocus()
    press(page.table, "Ctrl+A")  # the reviewed one is selected too: it must stay reviewed after Undo
    qtbot.mouseClick(page.mark_reviewed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(records.contributions.get(db, i).reviewed for i in waiting), timeout=10_000)
    qtbot.waitUntil(window.undo_stack.canUndo)
    assert window.app_actions.undo.text().replace("&", "") == "Undo Mark reviewed"
    press(page.table, "Ctrl+Z")
    assert [records.contributions.get(db, i).reviewed for i in waiting] == [False, False, False]
    assert records.contributions.get(db, looked_at).reviewed
    press(page.table, "Ctrl+Y")
    assert all(records.contributions.get(db, i).reviewed for i in waiting)
    wait_idle()
