"""Translated texts are filled in one pass: a value is printed as it is, markers in it included."""

from __future__ import annotations

import datetime as dt

from portfolio_app.services import records
from portfolio_app.ui.dashboard import DashboardView
from portfolio_app.ui.text_fill import fill


def test_values_are_filled_in_their_order():
    assert fill("%1 of %2", "3", "7") == "3 of 7"
    assert fill("%2 before %1", "a", "b") == "b before a"


def test_a_marker_inside_a_value_stays_literal():
    # replacing one marker after another would turn "Acme %2" into "Acme 2020"
    assert fill("At %1 (%2 – %3)", "Acme %2 %3", "2020", "today") == "At Acme %2 %3 (2020 – today)"
    assert fill("%1: %2", "%2%1", "x") == "%2%1: x"


def test_markers_without_a_value_and_plural_markers_are_left_alone():
    assert fill("%1 and %2", "one") == "one and %2"
    assert fill("%Ln post(s) for %1", "Ann") == "%Ln post(s) for Ann"


def test_dashboard_period_names_an_organisation_with_a_percent_marker_as_written(qtbot, wait_idle, db):
    records.employments.create(db, {"organisation": "Acme %2 Labs", "role": "Editor", "start_date": dt.date(2020, 3, 1)})
    view = DashboardView()
    qtbot.addWidget(view)
    view.show()  # the dashboard reads its data when on screen
    view.set_database(db)
    wait_idle()
    labels = [view.period_box.itemText(row) for row in range(view.period_box.count())]
    assert any(label.startswith("At Acme %2 Labs (") for label in labels), labels
