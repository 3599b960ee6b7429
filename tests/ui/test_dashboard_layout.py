"""The dashboard fits the window: tiles and charts wrap into fewer columns instead of scrolling sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea


def inside(widget, viewport) -> bool:
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(0, 0, viewport.width(), 10**6).contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("size, tile_columns, chart_columns", [
    ((1024, 700), 3, 2), ((1600, 1000), 4, 3),
])
def test_tiles_and_charts_reflow_to_the_window_width(qtbot, demo_db, make_window, wait_idle,
                                                    size, tile_columns, chart_columns):
    window = make_window(demo_db, "dashboard")
    window.resize(*size)
    qtbot.wait(50)
    wait_idle()
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    qtbot.wait(50)
    scroll = dashboard.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    assert dashboard.tile_grid.columns == tile_columns
    assert dashboard.chart_grid.columns == chart_columns
    viewport = scroll.viewport()
    for tile in dashboard.tiles.values():
        if tile.isHidden():  # the money tiles while money figures are off
            continue
        assert inside(tile, viewport), tile.objectName()
        assert tile.value.width() >= tile.value.sizeHint().width(), tile.objectName()  # the figure is whole
    for chart in (dashboard.growth_chart, dashboard.month_chart, dashboard.channel_chart):
        assert inside(chart, viewport)


def test_a_narrow_dashboard_has_two_tile_columns_and_one_chart_column(qtbot, demo_db, wait_idle):
    from portfolio_app.ui.dashboard import DashboardView

    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show()
    view.set_database(demo_db)
    wait_idle()
    qtbot.waitUntil(lambda: view.figures is not None)
    qtbot.wait(50)
    assert (view.tile_grid.columns, view.chart_grid.columns) == (2, 1)
    assert not view.findChild(QScrollArea).horizontalScrollBar().isVisible()
