"""Figures typed into the contributions table with real key presses, and taken back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from portfolio_app.services import records
from portfolio_app.ui.editors.base import RecordEditor
from portfolio_app.ui.tables.contribution_model import Col
from portfolio_app.ui.tables.format import UNKNOWN
from portfolio_app.ui.widgets.fields import MetricField


def unknown_reach_row(page, db) -> int:
    """A row on screen whose contribution has no reach yet (unknown, not 0)."""
    for row in range(min(page.model.rowCount(), 100)):
        if records.contributions.get(db, page.model.id_at(row)).reach is None:
            return row
    raise AssertionError("the demo has no contribution without a reach on its first page")


def click_cell(qtbot, page, row: int, column: int) -> None:
    table = page.table
    index = page.model.index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert table.currentIndex() == index


def open_cell_editor() -> MetricField | None:
    """The editor open in a cell with the keyboard focus (a closed one lingers hidden until deleted)."""
    editor = QApplication.focusWidget()
    return editor if isinstance(editor, MetricField) and editor.isVisible() else None


def cell_editor(qtbot) -> MetricField:
    """The editor the table opened in the cell, which has the keyboard focus."""
    qtbot.waitUntil(lambda: open_cell_editor() is not None)
    editor = open_cell_editor()
    assert isinstance(editor, MetricField)
    return editor


def type_figure(qtbot, page, text: str) -> None:
    """Type ``text`` into the current cell (typing opens its editor) and press Enter."""
    qtbot.keyClicks(page.table, text[0])
    editor = cell_editor(qtbot)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def open_window(qtbot, make_window, db):
    window = make_window(db, "contribution")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, window.pages["contribution"]


def test_typing_12k_and_enter_stores_12000(qtbot, make_window, demo_db, wait_idle):
    window, page = open_window(qtbot, make_window, demo_db)
    row = unknown_reach_row(page, demo_db)
    record_id = page.model.id_at(row)
    click_cell(qtbot, page, row, Col.REACH)
    qtbot.keyClicks(page.table, "1")  # just start typing: the cell opens with the key typed
    editor = cell_editor(qtbot)
    qtbot.keyClicks(editor, "2k")
    assert editor.text() == "12k"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the cell saves it (and no editor dialog opens)
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).reach == 12_000)
    assert not isinstance(QApplication.activeModalWidget(), RecordEditor)
    wait_idle()
    qtbot.waitUntil(lambda: page.model.index(row, Col.REACH).data() == "12,000")


def test_an_ambiguous_figure_is_refused_with_its_reason_and_nothing_changes(qtbot, make_window, demo_db, wait_idle):
    window, page = open_window(qtbot, make_window, demo_db)
    record_id = page.model.id_at(0)
    before = records.contributions.get(demo_db, record_id).impressions
    refused: list[str] = []
    page.metric_delegate.refused.connect(refused.append)
    click_cell(qtbot, page, 0, Col.IMPRESSIONS)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = cell_editor(qtbot)
    editor.selectAll()
    qtbot.keyClicks(editor, "12.000")  # 12 or 12,000? in English the dot is a decimal point
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(refused))
    assert refused[0].startswith("Could be 12 or 12,000")
    assert records.contributions.get(demo_db, record_id).impressions == before
    assert not window.undo_stack.canUndo()
    wait_idle()


def test_escape_cancels_what_was_typed(qtbot, make_window, demo_db, wait_idle):
    window, page = open_window(qtbot, make_window, demo_db)
    record_id = page.model.id_at(0)
    before = records.contributions.get(demo_db, record_id).attendees
    click_cell(qtbot, page, 0, Col.ATTENDEES)
    qtbot.keyClicks(page.table, "9")
    editor = cell_editor(qtbot)
    qtbot.keyClicks(editor, "99")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_cell_editor() is None)
    assert records.contributions.get(demo_db, record_id).attendees == before
    assert not window.undo_stack.canUndo()
    wait_idle()


def test_ctrl_z_takes_a_typed_figure_back_to_unknown_and_ctrl_y_brings_it_again(qtbot, make_window, demo_db,
                                                                                  wait_idle):
    window, page = open_window(qtbot, make_window, demo_db)
    row = unknown_reach_row(page, demo_db)
    record_id = page.model.id_at(row)
    click_cell(qtbot, page, row, Col.REACH)
    qtbot.keyClicks(page.table, "1")
    editor = cell_editor(qtbot)
    qtbot.keyClicks(editor, ".5k")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).reach == 1_500)
    assert window.app_actions.undo.text().replace("&", "") == "Undo Edit figure: Reach"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert records.contributions.get(demo_db, record_id).reach is None  # unknown again, not 0
    wait_idle()
    qtbot.waitUntil(lambda: page.model.index(row, Col.REACH).data() == UNKNOWN)  # shown as unknown again
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert records.contributions.get(demo_db, record_id).reach == 1_500
    wait_idle()


def test_a_cell_edit_and_an_editor_edit_undo_one_after_the_other(qtbot, make_window, demo_db, wait_idle):
    window, page = open_window(qtbot, make_window, demo_db)
    record_id = page.model.id_at(0)
    old = records.contributions.get(demo_db, record_id)
    click_cell(qtbot, page, 0, Col.REACTIONS)
    type_figure(qtbot, page, "7")
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).reactions == 7)
    click_cell(qtbot, page, 0, Col.ATTENDEES)
    type_figure(qtbot, page, "3")
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).attendees == 3)
    now = records.contributions.get(demo_db, record_id)
    assert (now.reactions, now.attendees) == (7, 3)
    window.app_actions.undo.trigger()
    now = records.contributions.get(demo_db, record_id)
    assert (now.reactions, now.attendees) == (7, old.attendees)
    window.app_actions.undo.trigger()
    now = records.contributions.get(demo_db, record_id)
    assert (now.reactions, now.attendees) == (old.reactions, old.attendees)
    wait_idle()


def test_after_enter_the_next_figure_follows_with_an_arrow_key(qtbot, make_window, demo_db, wait_idle):
    """Fast entry: the table is read again after a save, and the cell the user is on stays current."""
    window, page = open_window(qtbot, make_window, demo_db)
    record_id = page.model.id_at(2)
    click_cell(qtbot, page, 2, Col.REACTIONS)
    type_figure(qtbot, page, "4")
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).reactions == 4)
    wait_idle()  # the table has read the changed row again
    qtbot.waitUntil(lambda: page.model.index(2, Col.REACTIONS).data() == "4")
    assert page.table.currentIndex() == page.model.index(2, Col.REACTIONS)
    qtbot.keyClick(page.table, Qt.Key.Key_Right)  # the columns in between are hidden: on to Attendees
    assert page.table.currentIndex() == page.model.index(2, Col.ATTENDEES)
    type_figure(qtbot, page, "5")
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).attendees == 5)
    wait_idle()


def test_what_is_being_typed_survives_the_table_being_read_again(qtbot, make_window, demo_db, wait_idle):
    """The previous save makes the table read its rows again; that must not close or overwrite this cell."""
    window, page = open_window(qtbot, make_window, demo_db)
    record_id = page.model.id_at(1)
    click_cell(qtbot, page, 1, Col.IMPRESSIONS)
    qtbot.keyClicks(page.table, "4")
    editor = cell_editor(qtbot)
    qtbot.keyClicks(editor, "2")
    page.model.reload()  # as after the figure typed just before this one
    wait_idle()
    qtbot.waitUntil(lambda: not page.model.loading)
    assert open_cell_editor() is editor and editor.text() == "42"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).impressions == 42)
    wait_idle()


def test_a_refused_figure_stays_in_its_cell_with_the_reason_on_screen(qtbot, make_window, demo_db, wait_idle):
    """Enter on "12.000" must not make what was typed vanish without a word: it stays, and the reason shows."""
    from PySide6.QtWidgets import QToolTip

    window, page = open_window(qtbot, make_window, demo_db)
    record_id = page.model.id_at(0)
    before = records.contributions.get(demo_db, record_id).impressions
    click_cell(qtbot, page, 0, Col.IMPRESSIONS)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = cell_editor(qtbot)
    editor.selectAll()
    qtbot.keyClicks(editor, "12.000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert open_cell_editor() is editor and editor.text() == "12.000"  # kept, to be corrected
    assert QToolTip.isVisible() and QToolTip.text().startswith("Could be 12 or 12,000")
    assert page.status.text().startswith("Could be 12 or 12,000")  # also after the tooltip has gone
    editor.selectAll()
    qtbot.keyClicks(editor, "12,000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.contributions.get(demo_db, record_id).impressions == 12_000)
    assert before != 12_000
    wait_idle()
