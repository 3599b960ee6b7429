"""Table models and list pages on real database files: what they show, how they sort and filter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from portfolio_app.services import records
from portfolio_app.services.contribution_queries import ContributionQuery, contribution_rows
from portfolio_app.ui.tables.columns import ID_ROLE, SORT_ROLE
from portfolio_app.ui.tables.contribution_model import MAX_PAGES, PAGE_SIZE, Col, ContributionTableModel
from portfolio_app.ui.tables.contributions_page import NOT_REVIEWED, ContributionsPage, period_bounds
from portfolio_app.ui.tables.pages import RecordPage
from portfolio_app.ui.tables.specs import (
    AUDIENCE_SPEC,
    CAMPAIGN_SPEC,
    EMPLOYMENT_SPEC,
    TESTIMONIAL_SPEC,
    AudienceCol,
    CampaignCol,
    EmploymentCol,
)


def loaded_model(qtbot, db, query=None) -> ContributionTableModel:
    model = ContributionTableModel()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        if query is not None:
            model.query = query
        model.set_database(db)
    return model


def column_values(model, column, role=SORT_ROLE):
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def double_click(widget, point) -> None:
    """Press, release, double-click, release: the events a real double-click sends (QTest's skips the first press)."""
    position = QPointF(point)
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        (QEvent.Type.MouseButtonDblClick, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, position, widget.mapToGlobal(position), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def make_page(qtbot, db, page_class=ContributionsPage, *args):
    page = page_class(*args)
    qtbot.addWidget(page)
    page.show()
    if isinstance(page, ContributionsPage):
        with qtbot.waitSignals([page.model.loaded, page.filters_loaded], timeout=10_000):
            page.set_database(db)
    else:
        with qtbot.waitSignal(page.loaded, timeout=10_000):  # rows are read in the background
            page.set_database(db)
    return page


# the contributions model -------------------------------------------------------------------------
def test_model_holds_every_id_newest_first_and_counts(qtbot, demo_db):
    model = loaded_model(qtbot, demo_db)
    assert model.rowCount() == model.total == 400
    dates = column_values(model, Col.DATE)
    assert all(isinstance(d, dt.date) for d in dates)
    assert dates == sorted(dates, reverse=True)


def test_numbers_use_thousands_separators_and_unknown_is_a_dash_not_zero(qtbot, db):
    audience = records.audiences.create(db, {"name": "Blog", "platform": "blog"})
    big = records.contributions.create(db, {"date": dt.date(2024, 3, 9), "kind": "post", "title": "Big",
                                            "impressions": 1234567, "reach": 0, "audience_id": audience.id})
    model = loaded_model(qtbot, db)
    assert model.index(0, Col.IMPRESSIONS).data() == "1,234,567"
    assert model.index(0, Col.REACH).data() == "0"  # a known zero stays zero
    assert model.index(0, Col.CLICKS).data() == "–"  # unknown is not zero
    assert model.index(0, Col.CLICKS).data(SORT_ROLE) is None
    assert model.index(0, Col.DATE).data() == "3/9/2024"  # four-digit year in the short format
    assert model.index(0, Col.AUDIENCE).data() == "Blog"
    assert model.index(0, Col.KIND).data() == "Post"
    assert model.index(0, Col.IMPRESSIONS).data(SORT_ROLE) == 1234567
    assert model.index(0, 0).data(ID_ROLE) == big.id


@pytest.mark.parametrize("column", list(Col))
def test_every_column_sorts_both_ways_with_unknown_last(qtbot, demo_db, column):
    model = loaded_model(qtbot, demo_db)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.sort(column, order)
        values = column_values(model, column)
        known = [v for v in values if v is not None]  # SQLite compares text by code point, as Python does
        assert known == sorted(known, reverse=order == Qt.SortOrder.DescendingOrder)
        # unknown values come after all known ones
        first_unknown = next((i for i, v in enumerate(values) if v is None), len(values))
        assert all(v is None for v in values[first_unknown:])


def test_sorting_back_to_an_earlier_order_reuses_it(qtbot, demo_db, monkeypatch):
    from portfolio_app.ui.tables import contribution_model

    model = loaded_model(qtbot, demo_db)
    first = list(model.ids)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(Col.REACH, Qt.SortOrder.DescendingOrder)
    queries = []
    real_ids = contribution_model.contribution_ids
    monkeypatch.setattr(contribution_model, "contribution_ids", lambda *args: queries.append(args) or real_ids(*args))
    with qtbot.waitSignal(model.loaded, timeout=1_000):
        model.sort(Col.DATE, Qt.SortOrder.DescendingOrder)
    assert list(model.ids) == first
    assert queries == []  # answered from memory: no query ran


def test_rows_are_fetched_in_pages_and_old_pages_are_dropped(qtbot, db):
    from portfolio_app.services.demo import fill_demo

    fill_demo(db, contributions=6_000, seed=3)
    model = loaded_model(qtbot, db)
    assert model.rowCount() == 6_000
    assert not model._pages  # nothing fetched before something is shown
    row = 5_432
    title = model.index(row, Col.TITLE).data()
    assert list(model._pages) == [row // PAGE_SIZE]
    assert title == contribution_rows(db, [model.id_at(row)])[0].title
    for start in range(0, 6_000, PAGE_SIZE):
        model.index(start, Col.TITLE).data()
    assert len(model._pages) == MAX_PAGES


def test_search_text_goes_through_full_text_search(qtbot, demo_db):
    model = loaded_model(qtbot, demo_db, ContributionQuery(text="kubernetes"))
    assert 0 < model.rowCount() < 400
    for row in range(model.rowCount()):
        record = records.contributions.get(demo_db, model.id_at(row))
        assert "kubernetes" in (record.title + record.notes + record.tags).lower()


def test_period_choices_cover_the_right_days():
    today = dt.date(2026, 3, 15)
    assert period_bounds("all", today) == (None, None)
    assert period_bounds("this_year", today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert period_bounds("last_year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period_bounds("30d", today) == (dt.date(2026, 2, 14), today)
    assert period_bounds("12m", today) == (dt.date(2025, 3, 16), today)


# the contributions page --------------------------------------------------------------------------
def test_typing_in_the_search_field_filters_after_a_pause(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    assert page.status.text() == "400 contributions"
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(page.search, "keynote")
    shown = page.model.rowCount()
    assert 0 < shown < 400
    assert all("keynote" in page.model.index(r, Col.TITLE).data().lower() for r in range(shown))
    assert page.status.text() == f"400 contributions · {shown} shown"


def test_filters_by_kind_audience_campaign_and_role(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.kind.setCurrentIndex(page.kind.findData("talk"))
    assert page.model.rowCount() > 0
    assert set(column_values(page.model, Col.KIND)) == {"talk"}

    campaign = records.campaigns.list(demo_db)[0]
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.kind.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.campaign.setCurrentIndex(page.campaign.findData(campaign.id))
    expected = {c.id for c in records.contributions.list(demo_db, campaign_id=campaign.id)}
    assert set(page.model.ids) == expected

    audience = records.audiences.list(demo_db)[0]
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.audience.setCurrentIndex(page.audience.findData(audience.id))
    expected = {c.id for c in records.contributions.list(demo_db, campaign_id=campaign.id, audience_id=audience.id)}
    assert set(page.model.ids) == expected

    employment = records.employments.list(demo_db)[0]
    for combo in (page.campaign, page.audience):
        with qtbot.waitSignal(page.model.loaded, timeout=10_000):
            combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.employment.setCurrentIndex(page.employment.findData(employment.id))
    assert set(page.model.ids) == {c.id for c in records.contributions.list(demo_db, employment_id=employment.id)}


def test_clicking_a_header_sorts_by_that_column(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Col.REACH) + 5
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.query.order_by == "reach"


def test_several_rows_can_be_selected(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    page.table.selectRow(0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     page.table.visualRect(page.model.index(4, 2)).center())
    assert page.selected_ids() == [page.model.id_at(r) for r in range(5)]
    # a plain click selects one row again (and lets go of Shift, which Qt would otherwise keep for later tests)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(page.model.index(1, 2)).center())
    assert page.selected_ids() == [page.model.id_at(1)]


def test_enter_and_double_click_ask_to_edit_the_row(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    page.table.selectRow(2)
    with qtbot.waitSignal(page.edit_requested) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == ["contribution", page.model.id_at(2)]
    rect = page.table.visualRect(page.model.index(3, 2))
    with qtbot.waitSignal(page.edit_requested) as signal:
        double_click(page.table.viewport(), rect.center())
    assert signal.args == ["contribution", page.model.id_at(3)]


# the small tables --------------------------------------------------------------------------------
def test_audiences_show_their_current_size_and_sort_by_it(qtbot, demo_db):
    page = make_page(qtbot, demo_db, RecordPage, AUDIENCE_SPEC)
    assert page.status.text() == "9 audiences"
    page.table.sortByColumn(AudienceCol.SIZE, Qt.SortOrder.DescendingOrder)
    sizes = [page.proxy.index(r, AudienceCol.SIZE).data(SORT_ROLE) for r in range(page.proxy.rowCount())]
    known = [s for s in sizes if s is not None]
    assert known == sorted(known, reverse=True) and sizes[-1] is None  # the offline audience has no size
    top = page.proxy.index(0, AudienceCol.SIZE)
    assert top.data() == f"{known[0]:,}"


def test_searching_a_small_table_filters_and_says_how_many_show(qtbot, demo_db):
    page = make_page(qtbot, demo_db, RecordPage, AUDIENCE_SPEC)
    qtbot.keyClicks(page.search, "linkedin")
    qtbot.waitUntil(lambda: page.proxy.rowCount() < 9)
    assert page.proxy.rowCount() == 2  # the personal profile and the company page
    assert page.status.text() == "9 audiences · 2 shown"


def test_campaigns_and_roles_show_their_contribution_counts(qtbot, demo_db):
    page = make_page(qtbot, demo_db, RecordPage, CAMPAIGN_SPEC)
    for row in range(page.proxy.rowCount()):
        campaign_id = page.proxy.index(row, 0).data(ID_ROLE)
        expected = len(records.contributions.list(demo_db, campaign_id=campaign_id))
        assert page.proxy.index(row, CampaignCol.CONTRIBUTIONS).data(SORT_ROLE) == expected
    roles = make_page(qtbot, demo_db, RecordPage, EMPLOYMENT_SPEC)
    ends = [roles.proxy.index(r, EmploymentCol.END).data() for r in range(roles.proxy.rowCount())]
    assert "current" in ends


def test_testimonials_list_and_filter(qtbot, demo_db, wait_idle):
    page = make_page(qtbot, demo_db, RecordPage, TESTIMONIAL_SPEC)
    assert page.status.text() == "5 testimonials"
    qtbot.keyClicks(page.search, "conference")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    wait_idle()


def test_orders_read_ahead_answer_sorts_without_a_query_and_match_sql(qtbot, demo_db):
    from portfolio_app.services.contribution_queries import contribution_ids
    from portfolio_app.ui.tables.contribution_model import COLUMNS

    model = loaded_model(qtbot, demo_db)
    qtbot.waitUntil(lambda: len(model.sort_orders.orders) == 2 * len(COLUMNS), timeout=20_000)
    for column in (Col.CAMPAIGN, Col.CLICKS, Col.TITLE):
        with qtbot.waitSignal(model.loaded, timeout=1):  # emitted during the call: no query ran
            model.sort(column, Qt.SortOrder.AscendingOrder)
        assert not model.loading
        assert list(model.ids) == contribution_ids(demo_db, model.query)

    # a filtered table keeps the read-ahead order of its own rows
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ContributionQuery(kind="talk", order_by="date"))
    with qtbot.waitSignal(model.loaded, timeout=1):
        model.sort(Col.ATTENDEES, Qt.SortOrder.DescendingOrder)
    assert list(model.ids) == contribution_ids(demo_db, model.query)

    # a change to the data drops what was read ahead
    model.reload()
    assert not model.sort_orders.orders


def test_not_reviewed_filter_and_mark_reviewed(qtbot, db):
    from portfolio_app.services.importing import run_import

    run_import(db, "x", Path(__file__).parents[1] / "importers" / "fixtures" / "x_archive")
    records.contributions.create(db, {"date": dt.date(2022, 1, 1), "kind": "talk", "title": "Typed in"})
    page = make_page(qtbot, db)
    assert page.model.rowCount() == 4 and not page.mark_reviewed_button.isEnabled()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.review.setCurrentIndex(page.review.findData(NOT_REVIEWED))
    assert page.model.rowCount() == 3
    page.table.selectRow(0)
    assert page.mark_reviewed_button.isEnabled()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.mark_reviewed_button.click()
    assert page.model.rowCount() == 2


def test_campaigns_show_progress_per_target_as_bar_and_percentage(qtbot, demo_db):
    from portfolio_app.services.figures import campaign_progress
    from portfolio_app.ui.tables.progress import ProgressDelegate

    page = make_page(qtbot, demo_db, RecordPage, CAMPAIGN_SPEC)
    progress = campaign_progress(demo_db)
    statuses = set()
    for row in range(page.proxy.rowCount()):
        result = progress[page.proxy.index(row, 0).data(ID_ROLE)]
        reach, interactions = result.targets
        shown = page.proxy.index(row, CampaignCol.REACH_PROGRESS)
        assert shown.data(SORT_ROLE) == reach.share
        if reach.share is not None:
            assert shown.data() == f"{round(reach.share * 100)}\u202f%"
        assert page.proxy.index(row, CampaignCol.INTERACTIONS_PROGRESS).data(SORT_ROLE) == interactions.share
        statuses.add(page.proxy.index(row, CampaignCol.STATUS).data())
    assert "met" in statuses and statuses & {"partly met", "not met"}  # the demo has both
    view = page.table
    assert isinstance(view.itemDelegateForColumn(CampaignCol.REACH_PROGRESS), ProgressDelegate)
    view.grab()  # the bars paint


def test_tests_ask_for_table_roles_by_name():
    """A role written as a number (UserRole, 256, plus an offset) reads as nothing and breaks silently when the roles move: use ID_ROLE, SORT_ROLE."""
    import re
    from pathlib import Path

    magic = re.compile(r"\.data\(\s*(?:256|Qt\.ItemDataRole\.UserRole|ItemDataRole\.UserRole)\s*\+")
    tests = Path(__file__).resolve().parents[1]
    found = [f"{path.relative_to(tests)}:{number}" for path in tests.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if magic.search(line)]
    assert found == []
