"""Typed-in work is never dropped silently: Save / Discard / Cancel on quit, page switch and window close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from portfolio_app.services import records
from portfolio_app.services.profile_and_rates import get_profile
from portfolio_app.ui.editors import editor_class

asked: list[str] = []


def answer_with(button_text: str) -> None:
    """Click ``button_text`` ("Save", "Discard", "Cancel") in the next message box, as a user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        asked.append(box.text())
        buttons = {button.text().replace("&", ""): button for button in box.buttons()}
        assert set(buttons) == {"Save", "Discard", "Cancel"}, buttons
        assert {button.text() for button in box.buttons()} == {"&Save", "&Discard", "&Cancel"}  # mnemonics
        buttons[button_text].click()

    QTimer.singleShot(0, click)


@pytest.fixture(autouse=True)
def fresh():
    asked.clear()


@pytest.fixture
def window(qtbot, demo_db, make_window):
    made = make_window(demo_db, "profile")
    made.activateWindow()
    return made


def drop_edits(window):
    """pytest-qt closes the window after the test, before fixtures end: it must not ask then."""
    window.pages["profile"].load()


def change_name(qtbot, window, name):
    field = window.pages["profile"].form.fields["name"]
    field.selectAll()
    qtbot.keyClicks(field, name)
    qtbot.wait(1)


def test_ctrl_q_with_an_unsaved_profile_asks_and_cancel_keeps_window_and_edit(qtbot, window, demo_db):
    before = get_profile(demo_db).name
    change_name(qtbot, window, "Alex Renamed")
    answer_with("Cancel")
    window.app_actions.quit.trigger()
    assert asked == ["Your changes to the profile have not been saved."]
    assert window.isVisible() and window.db is not None
    assert window.pages["profile"].form.fields["name"].text() == "Alex Renamed"
    assert get_profile(demo_db).name == before
    assert window.app_actions.quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    drop_edits(window)


def test_save_on_quit_keeps_the_change(qtbot, window, demo_db):
    path = demo_db.path
    change_name(qtbot, window, "Alex Saved")
    answer_with("Save")
    window.app_actions.quit.trigger()
    assert not window.isVisible()
    from portfolio_app.storage.database import open_database

    reopened = open_database(path)
    try:
        assert get_profile(reopened).name == "Alex Saved"
    finally:
        reopened.close()


def test_switching_page_asks_discard_drops_the_edit(qtbot, window, demo_db):
    before = get_profile(demo_db).name
    change_name(qtbot, window, "Alex Dropped")
    answer_with("Discard")
    window.navigation.setCurrentRow(1)  # Contributions, as a click in the sidebar does
    assert asked and window.current_key() == "contribution"
    assert get_profile(demo_db).name == before
    window.show_page("profile")
    assert window.pages["profile"].form.fields["name"].text() == before


def test_switching_page_cancel_stays_on_the_profile(qtbot, window):
    change_name(qtbot, window, "Alex Staying")
    answer_with("Cancel")
    window.show_page("dashboard")
    assert window.current_key() == "profile"
    assert window.stack.currentWidget() is window.pages["profile"]
    drop_edits(window)


def test_closing_the_window_asks_save_saves(qtbot, window, demo_db):
    change_name(qtbot, window, "Alex Closing")
    answer_with("Save")
    window.close()
    assert asked and not window.isVisible()


def test_no_question_without_edits(qtbot, window):
    window.show_page("dashboard")
    assert asked == [] and window.current_key() == "dashboard"


@pytest.mark.parametrize("table, field, text", [
    ("contribution", "title", "Half a title"), ("audience", "name", "New list"), ("campaign", "name", "Spring"),
    ("employment", "organisation", "Acme"), ("testimonial", "author", "Kim"),
])
def test_every_editor_offers_save_discard_cancel(qtbot, db, table, field, text):
    dialog = editor_class(table)(db, None, None, None)
    dialog.show()
    try:
        widget = dialog.form.fields[field]
        qtbot.keyClicks(widget, text)
        qtbot.wait(1)
        answer_with("Cancel")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and len(asked) == 1
        answer_with("Save")
        dialog.close()  # the window's close button
        if table == "testimonial":  # needs its text too: Save marks it and the editor stays (test below)
            qtbot.wait(20)
            assert dialog.isVisible()
            return
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert dialog.saved_id is not None
    finally:
        dialog.discard()
        dialog.deleteLater()


def test_save_in_the_question_of_an_incomplete_record_keeps_the_editor_open(qtbot, db):
    dialog = editor_class("testimonial")(db, None, None, None)
    dialog.show()
    try:
        qtbot.keyClicks(dialog.form.fields["author"], "Kim")
        qtbot.wait(1)
        answer_with("Save")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.wait(20)
        assert dialog.isVisible() and dialog.form.errors["text"].text() == "Required."
        assert records.testimonials.count(db) == 0
    finally:
        dialog.discard()
        dialog.deleteLater()
