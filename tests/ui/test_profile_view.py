"""The profile and value settings, typed into the view and read back from the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage

from portfolio_app.domain.validation import BAD_URL, NOT_A_NUMBER, REQUIRED
from portfolio_app.services.profile_and_rates import get_profile, get_value_rates
from portfolio_app.ui.profile_view import ProfileView


@pytest.fixture(autouse=True)
def english_numbers():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def view(qtbot, db):
    widget = ProfileView()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_database(db)
    return widget


def field(view, name):
    return view.form.fields[name]


def error_text(view, name):
    label = view.form.errors[name]
    return label.text() if label.isVisibleTo(view) else ""


def retype(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)
    qtbot.wait(1)


def test_profile_is_saved_from_the_form(qtbot, view, db, tmp_path):
    assert not view.save_button.isEnabled()  # nothing changed yet
    qtbot.keyClicks(field(view, "name"), "Alex Example")
    qtbot.keyClicks(field(view, "headline"), "Developer advocate")
    qtbot.keyClicks(field(view, "email"), "alex@example.com")
    qtbot.keyClicks(field(view, "location"), "Berlin")
    qtbot.keyClicks(field(view, "website"), "https://alex.example")
    qtbot.keyClicks(field(view, "summary"), "I explain things.")
    picture = tmp_path / "me.png"
    image = QImage(2000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    image.save(str(picture))
    field(view, "photo").load_file(picture)
    qtbot.wait(1)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    profile = get_profile(db)
    assert (profile.name, profile.headline, profile.email, profile.location, profile.website, profile.summary) == (
        "Alex Example", "Developer advocate", "alex@example.com", "Berlin", "https://alex.example", "I explain things.")
    stored = QImage.fromData(profile.photo)
    assert max(stored.width(), stored.height()) == 800  # scaled down before it went into the database
    assert view.status.text() == "Saved."
    assert not view.save_button.isEnabled()


def test_website_and_rates_are_checked_as_typed(qtbot, view, db):
    retype(qtbot, field(view, "website"), "javascript:alert(1)")
    assert error_text(view, "website") == BAD_URL
    assert not view.save_button.isEnabled()
    retype(qtbot, field(view, "website"), "mailto:me@example.com")
    assert error_text(view, "website") == ""
    assert view.save_button.isEnabled()

    retype(qtbot, field(view, "cpm.linkedin"), "lots")
    assert error_text(view, "cpm.linkedin") == NOT_A_NUMBER
    assert error_text(view, "cpm.x") == ""
    assert not view.save_button.isEnabled()
    retype(qtbot, field(view, "currency"), "")
    assert error_text(view, "currency") == REQUIRED


def test_value_settings_are_saved(qtbot, view, db):
    retype(qtbot, field(view, "currency"), "CHF")
    retype(qtbot, field(view, "value_per_follower_month"), "1.75")
    retype(qtbot, field(view, "cpm.linkedin"), "42.5")
    retype(qtbot, field(view, "cpm.offline"), "0")
    field(view, "show_money").click()
    qtbot.wait(1)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    rates = get_value_rates(db)
    assert (rates.currency, rates.value_per_follower_month, rates.show_money) == ("CHF", 1.75, True)
    assert rates.cpm["linkedin"].amount == 42.5 and rates.cpm["offline"].amount == 0.0
    assert rates.cpm["linkedin"].source == "set by you"


def test_revert_drops_unsaved_edits(qtbot, view, db):
    retype(qtbot, field(view, "name"), "Someone else")
    assert view.has_unsaved_changes()
    qtbot.mouseClick(view.revert_button, Qt.MouseButton.LeftButton)
    assert field(view, "name").value() == ""
    assert not view.has_unsaved_changes()
    assert get_profile(db).name == ""


def test_a_file_that_is_not_a_picture_is_refused_at_the_field(qtbot, view, tmp_path):
    bogus = tmp_path / "notes.png"
    bogus.write_text("not a picture")
    field(view, "photo").load_file(bogus)
    qtbot.wait(1)
    assert "not a picture" in error_text(view, "photo")
    assert field(view, "photo").value() is None
