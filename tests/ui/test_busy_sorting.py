"""The contributions table says when it is sorting in the background, and stops saying it when done or overtaken."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from portfolio_app.ui.tables.contribution_model import Col


def click_header(qtbot, page, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def cold_page(qtbot, make_window, db):
    """The contributions page with no order read ahead yet, as right after the data changed."""
    window = make_window(db, "contribution")
    page = window.pages["contribution"]
    qtbot.waitUntil(lambda: page.status.text() == "400 contributions")
    page.model.sort_orders.clear()
    page.model.sort_orders.warm = lambda _db: None  # no reading ahead behind the test's back
    return page


def busy_cursor(page) -> bool:
    return page.table.viewport().cursor().shape() == Qt.CursorShape.BusyCursor


def test_a_sort_in_the_background_is_announced_until_its_rows_arrive(qtbot, make_window, demo_db, wait_idle):
    page = cold_page(qtbot, make_window, demo_db)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        click_header(qtbot, page, Col.REACH)
        assert page.status.text() == "400 contributions · Sorting by Reach…"
        assert busy_cursor(page)
    assert page.status.text() == "400 contributions"
    assert not busy_cursor(page)
    assert page.model.query.order_by == "reach"
    wait_idle()


def test_a_second_click_names_the_newer_sort_and_a_filter_ends_the_message(qtbot, make_window, demo_db, wait_idle):
    page = cold_page(qtbot, make_window, demo_db)
    click_header(qtbot, page, Col.REACH)
    click_header(qtbot, page, Col.IMPRESSIONS)  # changed their mind before the first sort was done
    assert page.status.text().endswith("Sorting by Impressions…")
    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_Down)  # a filter now: that is a search, not a sort
    assert "Sorting" not in page.status.text()
    assert not busy_cursor(page)
    qtbot.waitUntil(lambda: page.model.shown_query == page.model.query and not page.model.loading, timeout=10_000)
    assert "Sorting" not in page.status.text()
    assert page.model.query.order_by == "impressions"
    wait_idle()


def test_a_sort_read_ahead_is_instant_and_says_nothing(qtbot, make_window, demo_db, wait_idle):
    window = make_window(demo_db, "contribution")
    page = window.pages["contribution"]
    # both directions: which one the click asks for depends on the header's last sort indicator
    qtbot.waitUntil(lambda: all(page.model.sort_orders.get("reach", descending) is not None
                                for descending in (True, False)), timeout=20_000)
    seen: list[str] = []
    page.status_changed.connect(seen.append)
    click_header(qtbot, page, Col.REACH)
    assert page.model.query.order_by == "reach"
    assert not [text for text in seen if "Sorting" in text]
    wait_idle()
