"""A table that misses only a little room narrows its long text column instead of cutting off its last column.

At 1280×800 the Audiences table showed "Contribution" cut at the right edge
behind a scroll bar, while its Name column kept 240 px for names of 150.
"""

from __future__ import annotations

from portfolio_app.ui.tables.table_view import stretch_floor


def _overflow(table) -> int:
    header = table.horizontalHeader()
    shown = sum(header.sectionSize(n) for n in range(header.count()) if not header.isSectionHidden(n))
    return shown - table.viewport().width()


def test_the_audiences_fit_at_1280(qtbot, demo_db, make_window, wait_idle):
    window = make_window(demo_db, "audience")
    window.resize(1280, 800)
    wait_idle()
    qtbot.wait(50)
    table = window.pages["audience"].table
    assert _overflow(table) <= 0
    assert table.horizontalHeader().sectionSize(0) >= stretch_floor(table.columns[0].width)  # names stay readable


def test_a_narrow_window_scrolls_instead_of_squeezing_titles(qtbot, demo_db, make_window, wait_idle):
    window = make_window(demo_db, "contribution")
    window.resize(1024, 700)
    wait_idle()
    qtbot.wait(50)
    table = window.pages["contribution"].table
    title = next(n for n, column in enumerate(table.columns) if column.stretch)
    assert table.horizontalHeader().sectionSize(title) >= stretch_floor(table.columns[title].width) >= 225
