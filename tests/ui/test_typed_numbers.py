"""Numbers as people type them, through the editors: understood, shown, refused when ambiguous, doubted when odd."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from portfolio_app.services import records
from portfolio_app.services.audience_sizes import size_history
from portfolio_app.ui.editors import editor_class
from portfolio_app.ui.widgets.form import ErrorLabel

D = dt.date
_opened = []


@pytest.fixture(autouse=True)
def close_editors():
    yield
    while _opened:
        dialog = _opened.pop()
        dialog.discard()
        dialog.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def open_editor(qtbot, table, db, record_id=None):
    dialog = editor_class(table)(db, record_id, None, None)
    _opened.append(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def line(dialog, name):
    label = dialog.form.errors[name]
    return (label.text(), label.tone) if label.isVisibleTo(dialog) else ("", None)


def retype(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.wait(1)


def test_12k_typed_into_a_size_history_after_16332_is_twelve_thousand(qtbot, db):
    audience = records.audiences.create(db, {"name": "Alex on LinkedIn", "platform": "linkedin"})
    records.snapshots.create(db, {"audience_id": audience.id, "date": D(2024, 1, 1), "size": 16_332})
    dialog = open_editor(qtbot, "audience", db, audience.id)
    sizes = dialog.sizes
    qtbot.mouseClick(sizes.record_today, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is sizes.table.viewport()
    qtbot.keyClicks(editor, "12k")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)
    assert sizes.table.item(1, 1).data(Qt.ItemDataRole.DisplayRole) == "12000"
    assert sizes.table.itemDelegateForColumn(1).displayText("12000", QLocale()) == "12,000"  # shown as understood
    assert dialog.save_button.isEnabled() and not sizes.error.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [e.size for e in size_history(db, audience.id)] == [16_332, 12_000]


def test_a_size_that_drops_by_99_percent_is_doubted_but_saved(qtbot, db):
    audience = records.audiences.create(db, {"name": "Newsletter", "platform": "newsletter"})
    records.snapshots.create(db, {"audience_id": audience.id, "date": D(2024, 1, 1), "size": 16_332})
    dialog = open_editor(qtbot, "audience", db, audience.id)
    qtbot.mouseClick(dialog.sizes.add, Qt.MouseButton.LeftButton)
    dialog.sizes.table.item(1, 0).setData(Qt.ItemDataRole.EditRole, QDate(2024, 2, 1))
    dialog.sizes.table.item(1, 1).setText("12")
    qtbot.wait(1)
    error = dialog.sizes.error
    assert error.isVisibleTo(dialog) and error.tone == ErrorLabel.WARNING
    assert error.text() == "Row 2: Down from 16,332 on the size before: is it mistyped?"
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [e.size for e in size_history(db, audience.id)] == [16_332, 12]


def test_an_ambiguous_size_is_refused_with_both_readings(qtbot, db):
    audience = records.audiences.create(db, {"name": "Blog", "platform": "blog"})
    dialog = open_editor(qtbot, "audience", db, audience.id)
    qtbot.mouseClick(dialog.sizes.add, Qt.MouseButton.LeftButton)
    dialog.sizes.table.item(0, 1).setText("12.000")
    qtbot.wait(1)
    assert dialog.sizes.error.text().startswith("Row 1: Could be 12 or 12,000")
    assert dialog.sizes.error.tone == ErrorLabel.ERROR and not dialog.save_button.isEnabled()


def test_metrics_accept_k_and_show_what_was_understood(qtbot, db):
    dialog = open_editor(qtbot, "contribution", db)
    qtbot.keyClicks(dialog.form.fields["title"], "Launch post")
    impressions = dialog.form.fields["impressions"]
    retype(qtbot, impressions, "1.5k")
    assert line(dialog, "impressions") == ("= 1,500", ErrorLabel.NOTE)
    retype(qtbot, impressions, "1.5")
    assert line(dialog, "impressions") == ("Must be a whole number: 1.5 is not.", ErrorLabel.ERROR)
    assert not dialog.save_button.isEnabled()
    retype(qtbot, impressions, "12.000")
    assert line(dialog, "impressions")[0].startswith("Could be 12 or 12,000")
    retype(qtbot, impressions, "12 000")
    qtbot.keyClick(impressions, Qt.Key.Key_Tab)  # leaving the field writes it the locale's way
    qtbot.wait(1)
    assert impressions.text() == "12,000" and line(dialog, "impressions") == ("", None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert records.contributions.get(db, dialog.saved_id).impressions == 12_000


def test_german_users_type_points_between_thousands(qtbot, db):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    dialog = open_editor(qtbot, "contribution", db)
    qtbot.keyClicks(dialog.form.fields["title"], "Vortrag")
    retype(qtbot, dialog.form.fields["attendees"], "12.000")
    retype(qtbot, dialog.form.fields["impressions"], "1,5k")
    assert line(dialog, "impressions") == ("= 1.500", ErrorLabel.NOTE)
    retype(qtbot, dialog.form.fields["reach"], "12,000")
    assert line(dialog, "reach")[0].startswith("Could be 12 or 12.000")
    retype(qtbot, dialog.form.fields["reach"], "900")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = records.contributions.get(db, dialog.saved_id)
    assert (stored.attendees, stored.impressions, stored.reach) == (12_000, 1_500, 900)


def test_reactions_far_above_the_reach_are_doubted_not_refused(qtbot, db):
    dialog = open_editor(qtbot, "contribution", db)
    qtbot.keyClicks(dialog.form.fields["title"], "A post")
    retype(qtbot, dialog.form.fields["reach"], "15")
    retype(qtbot, dialog.form.fields["reactions"], "1,000,000")
    assert line(dialog, "reactions") == (
        "More interactions (1,000,000) than people reached (15): is one of them mistyped?", ErrorLabel.WARNING)
    retype(qtbot, dialog.form.fields["impressions"], "20")
    assert line(dialog, "reactions")[0].startswith("More interactions (1,000,000) than impressions (20)")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert records.contributions.get(db, dialog.saved_id).reactions == 1_000_000


def test_a_web_address_without_scheme_gets_https(qtbot, db):
    dialog = open_editor(qtbot, "contribution", db)
    qtbot.keyClicks(dialog.form.fields["title"], "Talk")
    url = dialog.form.fields["url"]
    url.setFocus()
    qtbot.keyClicks(url, "example.com/talks/ship-small")
    qtbot.wait(1)
    assert line(dialog, "url") == ("Saved as https://example.com/talks/ship-small", ErrorLabel.NOTE)
    qtbot.keyClick(url, Qt.Key.Key_Tab)
    qtbot.wait(1)
    assert url.text() == "https://example.com/talks/ship-small"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert records.contributions.get(db, dialog.saved_id).url == "https://example.com/talks/ship-small"


def test_campaign_targets_take_k_too(qtbot, db):
    dialog = open_editor(qtbot, "campaign", db)
    qtbot.keyClicks(dialog.form.fields["name"], "Launch")
    retype(qtbot, dialog.form.fields["target_reach"], "250k")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert records.campaigns.get(db, dialog.saved_id).target_reach == 250_000
