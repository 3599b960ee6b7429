"""Example texts in forms are hints: drawn as placeholders, never typed in, never saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from portfolio_app.services import records
from portfolio_app.services.profile_and_rates import get_profile
from portfolio_app.ui.editors import editor_class
from portfolio_app.ui.profile_view import ProfileView

_opened = []


@pytest.fixture(autouse=True)
def close_editors():
    yield
    while _opened:
        dialog = _opened.pop()
        dialog.discard()
        dialog.deleteLater()


def text_fields(widget):
    return widget.findChildren(QPlainTextEdit) + [
        edit for edit in widget.findChildren(QLineEdit) if not edit.isReadOnly()
    ]


def typed_text(edit) -> str:
    return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()


@pytest.mark.parametrize("table", ["contribution", "audience", "campaign", "employment", "testimonial"])
def test_a_new_record_opens_with_empty_fields_and_its_hints_as_placeholders(qtbot, db, table):
    dialog = editor_class(table)(db, None, None, None)
    _opened.append(dialog)
    dialog.show()
    hints = 0
    for edit in text_fields(dialog):
        if edit.objectName().startswith("qt_spinbox_lineedit") or isinstance(edit.parent(), QLineEdit):
            continue  # the date edits' own line edits carry a date, not a hint
        if edit.parent() and edit.parent().inherits("QAbstractSpinBox"):
            continue
        assert typed_text(edit) == "", (table, edit.placeholderText(), typed_text(edit))
        hints += bool(edit.placeholderText())
    assert hints >= 1


def test_an_audience_saved_with_only_a_name_stores_no_example_text(qtbot, db):
    dialog = editor_class("audience")(db, None, None, None)
    _opened.append(dialog)
    dialog.show()
    segment = dialog.form.fields["segment"]
    assert segment.placeholderText() == "e.g. product managers in Europe"
    qtbot.keyClicks(dialog.form.fields["name"], "Newsletter readers")
    qtbot.wait(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = records.audiences.get(db, dialog.saved_id)
    assert stored.name == "Newsletter readers"
    assert not stored.segment and not stored.notes


def test_a_campaign_saved_with_only_a_name_has_no_objective_or_outcome(qtbot, db):
    dialog = editor_class("campaign")(db, None, None, None)
    _opened.append(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.fields["name"], "Launch 2025")
    qtbot.wait(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = records.campaigns.get(db, dialog.saved_id)
    assert not stored.objective and not stored.outcome


def test_the_profile_summary_hint_is_a_placeholder_and_not_saved(qtbot, db):
    view = ProfileView()
    qtbot.addWidget(view)
    view.show()
    view.set_database(db)
    summary = view.form.fields["summary"]
    assert summary.toPlainText() == ""
    assert summary.placeholderText() == "A few sentences for the portfolio's cover"
    # drawn in the placeholder colour, not the text colour
    palette = summary.palette()
    assert palette.color(QPalette.ColorRole.PlaceholderText) != palette.color(QPalette.ColorRole.Text)
    qtbot.keyClicks(view.form.fields["name"], "Alex Example")
    qtbot.wait(1)
    view.save()
    assert get_profile(db).name == "Alex Example"
    assert not get_profile(db).summary
