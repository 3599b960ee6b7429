"""The record editors, driven through their widgets, checked against the database file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from portfolio_app.domain.validation import BAD_URL, END_BEFORE_START, MAX_INT, NEGATIVE, REQUIRED, TOO_LARGE
from portfolio_app.services import records
from portfolio_app.services.audience_sizes import SAME_DATE, size_history
from portfolio_app.ui.editors import edit_record, editor_class

D = dt.date


_opened = []


@pytest.fixture(autouse=True)
def close_without_asking(qtbot):
    """Close the editors here: with typed-in work, qtbot's close() would ask "Discard changes?"."""
    yield
    while _opened:
        dialog = _opened.pop()
        dialog.discard()
        dialog.deleteLater()


def open_editor(qtbot, db, table, record_id=None, initial=None):
    dialog = editor_class(table)(db, record_id, initial, None)
    _opened.append(dialog)
    dialog.show()
    return dialog


def settle(qtbot):
    """Let the coalesced revalidation run."""
    qtbot.wait(1)


def save(qtbot, dialog):
    settle(qtbot)
    assert dialog.save_button.isEnabled(), {n: e.text() for n, e in dialog.form.errors.items() if e.text()}
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    return dialog.saved_id


def field(dialog, name):
    return dialog.form.fields[name]


def error_text(dialog, name):
    label = dialog.form.errors[name]
    return label.text() if label.isVisibleTo(dialog) else ""


def choose(qtbot, record_combo, typed):
    """Type part of a name and take the completer's first match, as a user does."""
    line = record_combo.combo.lineEdit()
    qtbot.keyClicks(line, typed)
    popup = record_combo.combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def type_into(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def linked(db):
    job = records.employments.create(db, {"organisation": "Northwind", "role": "Writer", "start_date": D(2020, 1, 1)})
    audience = records.audiences.create(db, {"name": "Alex on LinkedIn", "platform": "linkedin"})
    return job, audience


def test_new_contribution_keeps_unknown_apart_from_zero(qtbot, db, linked):
    job, audience = linked
    dialog = open_editor(qtbot, db, "contribution")
    field(dialog, "date").setDate(QDate(2024, 3, 5))
    field(dialog, "kind").set_value("article")
    qtbot.keyClicks(field(dialog, "title"), "Why we ship small")
    qtbot.keyClicks(field(dialog, "url"), "https://example.com/ship")
    qtbot.keyClicks(field(dialog, "tags"), "delivery, teams")
    qtbot.keyClicks(field(dialog, "notes"), "First line")
    qtbot.keyClick(field(dialog, "notes"), Qt.Key.Key_Return)
    qtbot.keyClicks(field(dialog, "notes"), "second line")
    qtbot.keyClicks(field(dialog, "audience_id").combo.lineEdit(), "alex on linkedin (linkedin)")  # exact, any case
    choose(qtbot, field(dialog, "employment_id"), "North")
    qtbot.keyClicks(field(dialog, "impressions"), "12345")
    qtbot.keyClicks(field(dialog, "reactions"), "0")
    field(dialog, "featured").click()
    qtbot.keyClicks(field(dialog, "why_it_mattered"), "Cut support tickets by a third")
    record_id = save(qtbot, dialog)

    stored = records.contributions.get(db, record_id)
    assert (stored.date, stored.kind, stored.title) == (D(2024, 3, 5), "article", "Why we ship small")
    assert stored.url == "https://example.com/ship" and stored.tags == "delivery, teams"
    assert stored.notes == "First line\nsecond line"
    assert (stored.audience_id, stored.employment_id, stored.campaign_id) == (audience.id, job.id, None)
    assert stored.impressions == 12345
    assert stored.reactions == 0  # typed 0 stays 0
    assert stored.reach is None and stored.clicks is None  # left empty: unknown
    assert stored.featured is True and stored.private is False
    assert stored.why_it_mattered == "Cut support tickets by a third"


def test_editing_a_contribution_can_make_a_metric_unknown_again(qtbot, db):
    post = records.contributions.create(db, {"date": D(2024, 1, 2), "kind": "post", "title": "Hi", "reach": 1500,
                                             "shares": 0})
    dialog = open_editor(qtbot, db, "contribution", post.id)
    assert field(dialog, "reach").value() == 1500 and field(dialog, "shares").value() == 0
    field(dialog, "reach").clear()
    type_into(qtbot, field(dialog, "title"), "Hello again")
    save(qtbot, dialog)
    stored = records.contributions.get(db, post.id)
    assert stored.title == "Hello again"
    assert stored.reach is None
    assert stored.shares == 0


def test_metrics_reach_the_largest_sqlite_integer_and_no_further(qtbot, db):
    dialog = open_editor(qtbot, db, "contribution")
    qtbot.keyClicks(field(dialog, "title"), "Viral")
    qtbot.keyClicks(field(dialog, "impressions"), str(MAX_INT + 1))
    settle(qtbot)
    assert error_text(dialog, "impressions") == TOO_LARGE
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, field(dialog, "impressions"), str(MAX_INT))
    record_id = save(qtbot, dialog)
    assert records.contributions.get(db, record_id).impressions == MAX_INT


def test_bad_url_is_marked_at_the_field_and_blocks_save(qtbot, db):
    dialog = open_editor(qtbot, db, "contribution")
    qtbot.keyClicks(field(dialog, "title"), "A post")
    settle(qtbot)
    assert dialog.save_button.isEnabled()
    for typed in ("javascript:alert(1)", "ftp://example.com/file", "not a web address"):
        type_into(qtbot, field(dialog, "url"), typed)
        settle(qtbot)
        assert error_text(dialog, "url") == BAD_URL, typed
        assert error_text(dialog, "title") == ""
        assert not dialog.save_button.isEnabled()
    type_into(qtbot, field(dialog, "url"), "mailto:alex@example.com")
    settle(qtbot)
    assert error_text(dialog, "url") == ""
    assert dialog.save_button.isEnabled()


def test_required_title_is_shown_once_touched(qtbot, db):
    dialog = open_editor(qtbot, db, "contribution")
    settle(qtbot)
    assert not dialog.save_button.isEnabled()
    assert error_text(dialog, "title") == ""  # a fresh form is not covered in red
    qtbot.keyClicks(field(dialog, "title"), "x")
    field(dialog, "title").clear()
    settle(qtbot)
    assert error_text(dialog, "title") == REQUIRED
    assert records.contributions.count(db) == 0


def test_a_name_that_matches_no_audience_is_refused(qtbot, db, linked):
    dialog = open_editor(qtbot, db, "contribution")
    qtbot.keyClicks(field(dialog, "title"), "Post")
    qtbot.keyClicks(field(dialog, "audience_id").combo.lineEdit(), "Nobody")
    settle(qtbot)
    assert "No such record" in error_text(dialog, "audience_id")
    assert not dialog.save_button.isEnabled()


def _when_dialog_opens(qtbot, act):
    """Run ``act(dialog)`` on the next modal dialog (a nested editor runs its own event loop)."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "form"):
            QTimer.singleShot(10, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def test_a_missing_campaign_is_created_on_the_spot(qtbot, db, linked):
    from portfolio_app.ui.operations import change_bus

    job, _ = linked
    announced = []

    def note(changes):
        announced.append(sorted(changes.kinds))

    change_bus().changes_applied.connect(note)
    dialog = open_editor(qtbot, db, "contribution")
    qtbot.keyClicks(field(dialog, "title"), "Launch post")
    choose(qtbot, field(dialog, "employment_id"), "North")
    qtbot.keyClicks(field(dialog, "campaign_id").combo.lineEdit(), "Spring launch")
    settle(qtbot)
    assert not dialog.save_button.isEnabled()

    def fill_campaign(nested):
        assert nested.form.fields["name"].value() == "Spring launch"  # what was typed comes along
        qtbot.keyClicks(nested.form.fields["target_reach"], "50000")
        qtbot.wait(1)
        qtbot.mouseClick(nested.save_button, Qt.MouseButton.LeftButton)

    _when_dialog_opens(qtbot, fill_campaign)
    qtbot.mouseClick(field(dialog, "campaign_id").new_button, Qt.MouseButton.LeftButton)
    campaign = records.campaigns.list(db)[0]
    assert (campaign.name, campaign.target_reach, campaign.employment_id) == ("Spring launch", 50000, job.id)
    record_id = save(qtbot, dialog)
    assert records.contributions.get(db, record_id).campaign_id == campaign.id
    change_bus().flush()
    change_bus().changes_applied.disconnect(note)
    # the nested save is announced too (by the time the outer editor saves, it has been delivered)
    assert announced == [["campaign"], ["contribution"]]


def test_edit_record_returns_none_when_cancelled(qtbot, db):
    _when_dialog_opens(qtbot, lambda dialog: dialog.reject())
    assert edit_record(None, db, "employment") is None
    assert records.employments.count(db) == 0


def test_edit_record_returns_the_saved_id(qtbot, db):
    def fill(dialog):
        qtbot.keyClicks(dialog.form.fields["organisation"], "Contoso")
        qtbot.wait(1)
        dialog.accept()

    _when_dialog_opens(qtbot, fill)
    record_id = edit_record(None, db, "employment")
    assert records.employments.get(db, record_id).organisation == "Contoso"


def test_employment_end_before_start_is_marked_at_the_end(qtbot, db):
    dialog = open_editor(qtbot, db, "employment")
    qtbot.keyClicks(field(dialog, "organisation"), "Fabrikam")
    qtbot.keyClicks(field(dialog, "role"), "Editor")
    field(dialog, "start_date").setDate(QDate(2022, 6, 1))
    settle(qtbot)
    assert field(dialog, "end_date").value() is None  # a current role
    field(dialog, "end_date").none_box.click()
    field(dialog, "end_date").edit.setDate(QDate(2021, 1, 31))
    settle(qtbot)
    assert error_text(dialog, "end_date") == END_BEFORE_START
    assert error_text(dialog, "start_date") == ""
    assert not dialog.save_button.isEnabled()
    field(dialog, "end_date").edit.setDate(QDate(2023, 1, 31))
    record_id = save(qtbot, dialog)
    stored = records.employments.get(db, record_id)
    assert (stored.organisation, stored.role, stored.start_date, stored.end_date) == (
        "Fabrikam", "Editor", D(2022, 6, 1), D(2023, 1, 31))


def test_campaign_edit_persists_targets_and_open_dates(qtbot, db, linked):
    job, _ = linked
    campaign = records.campaigns.create(db, {"name": "Old", "start_date": D(2024, 1, 1), "target_reach": 10})
    dialog = open_editor(qtbot, db, "campaign", campaign.id)
    type_into(qtbot, field(dialog, "name"), "Renamed")
    qtbot.keyClicks(field(dialog, "objective"), "Hire ten engineers")
    field(dialog, "start_date").none_box.click()  # no start date any more
    field(dialog, "target_reach").clear()
    qtbot.keyClicks(field(dialog, "target_engagements"), "0")
    choose(qtbot, field(dialog, "employment_id"), "North")
    save(qtbot, dialog)
    stored = records.campaigns.get(db, campaign.id)
    assert (stored.name, stored.objective, stored.start_date) == ("Renamed", "Hire ten engineers", None)
    assert (stored.target_reach, stored.target_engagements, stored.employment_id) == (None, 0, job.id)


def test_testimonial_is_created_with_its_links(qtbot, db, linked):
    job, _ = linked
    post = records.contributions.create(db, {"date": D(2024, 5, 1), "kind": "talk", "title": "Keynote"})
    dialog = open_editor(qtbot, db, "testimonial")
    qtbot.keyClicks(field(dialog, "author"), "Maria Lopez")
    qtbot.keyClicks(field(dialog, "author_role"), "CTO")
    qtbot.keyClicks(field(dialog, "author_organisation"), "Northwind")
    qtbot.keyClicks(field(dialog, "text"), "Clear & kind <b>talks</b>.")
    choose(qtbot, field(dialog, "contribution_id"), "Keyn")
    choose(qtbot, field(dialog, "employment_id"), "North")
    field(dialog, "may_publish").click()
    record_id = save(qtbot, dialog)
    stored = records.testimonials.get(db, record_id)
    assert (stored.author, stored.author_role, stored.text) == ("Maria Lopez", "CTO", "Clear & kind <b>talks</b>.")
    assert stored.author_organisation == "Northwind"
    assert (stored.contribution_id, stored.employment_id, stored.may_publish, stored.date) == (post.id, job.id, True, None)


def test_audience_with_size_history_is_saved_in_one_go(qtbot, db, linked):
    job, _ = linked
    dialog = open_editor(qtbot, db, "audience")
    qtbot.keyClicks(field(dialog, "name"), "Company page")
    field(dialog, "platform").set_value("x")
    field(dialog, "ownership").set_value("employer")
    settle(qtbot)
    assert dialog.form.errors["employment_id"].text()  # employer-owned needs its employment
    assert not dialog.save_button.isEnabled()
    choose(qtbot, field(dialog, "employment_id"), "North")

    sizes = dialog.sizes
    qtbot.mouseClick(sizes.record_today, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "2500")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.mouseClick(sizes.add, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not dialog.save_button.isEnabled()  # the new row has no size and a date already used
    sizes.table.item(1, 0).setData(Qt.ItemDataRole.EditRole, QDate(2023, 1, 1))
    sizes.table.item(1, 1).setText("1200")
    record_id = save(qtbot, dialog)

    stored = records.audiences.get(db, record_id)
    assert (stored.name, stored.platform, stored.ownership, stored.employment_id) == (
        "Company page", "x", "employer", job.id)
    assert [(e.date, e.size) for e in size_history(db, record_id)] == [(D(2023, 1, 1), 1200), (dt.date.today(), 2500)]


def test_size_history_edits_deletes_and_swaps_persist(qtbot, db, linked):
    _, audience = linked
    for day, size in ((D(2024, 1, 1), 100), (D(2024, 2, 1), 150), (D(2024, 3, 1), 190)):
        records.snapshots.create(db, {"audience_id": audience.id, "date": day, "size": size})
    before = {e.date: e.id for e in size_history(db, audience.id)}
    dialog = open_editor(qtbot, db, "audience", audience.id)
    table = dialog.sizes.table
    assert table.rowCount() == 3
    # swap the first two dates: the one-size-per-date rule must not trip halfway
    table.item(0, 0).setData(Qt.ItemDataRole.EditRole, QDate(2024, 2, 1))
    table.item(1, 0).setData(Qt.ItemDataRole.EditRole, QDate(2024, 1, 1))
    table.item(2, 1).setText("9,999,999,999")  # beyond 32 bits, typed with separators
    save(qtbot, dialog)
    after = size_history(db, audience.id)
    assert [(e.date, e.size) for e in after] == [
        (D(2024, 1, 1), 150), (D(2024, 2, 1), 100), (D(2024, 3, 1), 9_999_999_999)]
    assert {e.id for e in after} == set(before.values())  # rows keep their ids

    dialog = open_editor(qtbot, db, "audience", audience.id)
    dialog.sizes.table.selectRow(0)
    qtbot.mouseClick(dialog.sizes.remove, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert [e.date for e in size_history(db, audience.id)] == [D(2024, 2, 1), D(2024, 3, 1)]


def test_two_sizes_on_one_date_are_marked_in_the_table(qtbot, db, linked):
    _, audience = linked
    records.snapshots.create(db, {"audience_id": audience.id, "date": D(2024, 1, 1), "size": 100})
    dialog = open_editor(qtbot, db, "audience", audience.id)
    qtbot.mouseClick(dialog.sizes.add, Qt.MouseButton.LeftButton)
    dialog.sizes.table.item(1, 0).setData(Qt.ItemDataRole.EditRole, QDate(2024, 1, 1))
    dialog.sizes.table.item(1, 1).setText("120")
    settle(qtbot)
    assert dialog.sizes.table.item(1, 0).toolTip() == SAME_DATE
    assert "Row 2" in dialog.sizes.error.text()
    assert not dialog.save_button.isEnabled()
    dialog.discard()
    assert [e.size for e in size_history(db, audience.id)] == [100]


def test_editing_a_record_that_is_gone_says_so(qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    assert edit_record(None, db, "campaign", record_id=999) is None
    assert told == ["This record no longer exists."]


def test_cancel_asks_before_dropping_typed_work(qtbot, db, monkeypatch):
    from portfolio_app.ui.editors import base
    from portfolio_app.ui.unsaved import Answer

    answers = [Answer.CANCEL, Answer.DISCARD]
    asked = []
    monkeypatch.setattr(base, "ask_to_save", lambda *args: asked.append(args[1]) or answers.pop(0))
    dialog = open_editor(qtbot, db, "employment")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert asked == [] and not dialog.isVisible()  # nothing typed: closes at once

    dialog = open_editor(qtbot, db, "employment")
    qtbot.keyClicks(field(dialog, "organisation"), "Half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # "Cancel" keeps the editor open
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()
    assert records.employments.count(db) == 0


def test_an_employer_audience_fills_in_on_whose_behalf(qtbot, db, linked):
    job, _ = linked
    company = records.audiences.create(db, {"name": "Northwind page", "platform": "linkedin",
                                            "ownership": "employer", "employment_id": job.id})
    dialog = open_editor(qtbot, db, "contribution")
    qtbot.keyClicks(field(dialog, "title"), "Team news")
    qtbot.keyClicks(field(dialog, "audience_id").combo.lineEdit(), "Northwind page (LinkedIn)")
    assert field(dialog, "employment_id").value() == job.id
    record_id = save(qtbot, dialog)
    stored = records.contributions.get(db, record_id)
    assert (stored.audience_id, stored.employment_id) == (company.id, job.id)


def test_loading_a_contribution_keeps_its_own_employment(qtbot, db, linked):
    job, _ = linked
    company = records.audiences.create(db, {"name": "Northwind page", "platform": "linkedin",
                                            "ownership": "employer", "employment_id": job.id})
    post = records.contributions.create(db, {"date": D(2024, 1, 1), "kind": "post", "title": "Mine",
                                             "audience_id": company.id})
    dialog = open_editor(qtbot, db, "contribution", post.id)
    settle(qtbot)
    assert field(dialog, "employment_id").value() is None
    assert not dialog.has_unsaved_changes()


def test_metrics_follow_the_locale_thousands_separator(qtbot, db):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = open_editor(qtbot, db, "contribution")
        qtbot.keyClicks(field(dialog, "title"), "Vortrag")
        qtbot.keyClicks(field(dialog, "attendees"), "1.500")
        qtbot.keyClicks(field(dialog, "impressions"), "2,5")  # a decimal comma is not a whole number: refused
        settle(qtbot)
        assert field(dialog, "impressions").text() == "2,5", "nothing typed is silently dropped"
        assert error_text(dialog, "impressions") == "Must be a whole number: 2,5 is not."
        assert not dialog.save_button.isEnabled()
        type_into(qtbot, field(dialog, "impressions"), "2,5k")
        record_id = save(qtbot, dialog)
        stored = records.contributions.get(db, record_id)
        assert (stored.attendees, stored.impressions) == (1500, 2500)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_save_audience_is_all_or_nothing(db, linked):
    from portfolio_app.errors import ValidationError
    from portfolio_app.services.audience_sizes import SizeEntry, save_audience

    _, audience = linked
    records.snapshots.create(db, {"audience_id": audience.id, "date": D(2024, 1, 1), "size": 100})
    bad = [SizeEntry(D(2024, 2, 1), 120), SizeEntry(D(2024, 2, 1), 130), SizeEntry(D(2024, 3, 1), -1)]
    with pytest.raises(ValidationError) as raised:
        save_audience(db, audience.id, {"name": "Renamed"}, bad)
    assert raised.value.errors == {"sizes.1.date": SAME_DATE, "sizes.2.size": NEGATIVE}
    assert records.audiences.get(db, audience.id).name == "Alex on LinkedIn"
    assert [(e.date, e.size) for e in size_history(db, audience.id)] == [(D(2024, 1, 1), 100)]


def test_opening_an_imported_contribution_counts_as_reviewing_it(qtbot, db):
    from pathlib import Path

    from portfolio_app.services.contribution_queries import ContributionQuery, contribution_ids
    from portfolio_app.services.importing import run_import

    run_import(db, "x", Path(__file__).parents[1] / "importers" / "fixtures" / "x_archive")
    waiting = contribution_ids(db, ContributionQuery(reviewed=False))
    assert len(waiting) == 3
    open_editor(qtbot, db, "contribution", waiting[0])
    assert sorted(contribution_ids(db, ContributionQuery(reviewed=False))) == sorted(waiting[1:])


def add_period_total(db, audience_id, reached=9876):
    from sqlalchemy import insert

    from portfolio_app.storage.models import AudiencePeriodTotal

    with db.engine.begin() as conn:
        conn.execute(insert(AudiencePeriodTotal.__table__).values(
            audience_id=audience_id, start_date=D(2024, 12, 1), end_date=D(2024, 12, 27), impressions=23456,
            reached=reached, source="linkedin"))


def test_the_audience_editor_states_the_platforms_period_totals_with_their_period(qtbot, db, linked):
    _, audience = linked
    dialog = open_editor(qtbot, db, "audience", audience.id)
    assert dialog.period_totals.isHidden()  # none recorded: nothing shown
    dialog.discard()
    add_period_total(db, audience.id, reached=None)
    dialog = open_editor(qtbot, db, "audience", audience.id)
    text = dialog.period_totals.text()
    assert dialog.period_totals.isVisible()
    assert "impressions 23,456, members reached not reported, as LinkedIn reports for 12/1/2024 – 12/27/2024" in text
    assert [e.size for e in dialog.sizes.entries()] == []  # a period total is no size of the audience
