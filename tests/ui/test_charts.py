"""The dashboard's charts: a legend never over its title, whole-number ticks, no label twice."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from portfolio_app.ui.dashboard_charts import AudienceGrowthChart, MonthlyBarChart, nice_ticks


@pytest.fixture(autouse=True)
def english_numbers():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@given(st.floats(min_value=0.01, max_value=1e12, allow_nan=False))
def test_ticks_are_whole_numbers_from_zero_past_the_top(top):
    ticks = nice_ticks(top)
    assert ticks[0] == 0 and ticks[-1] >= top
    assert all(tick == int(tick) for tick in ticks)
    assert len(ticks) == len(set(ticks)) and len(ticks) >= 2


def growth_points(months: int):
    start = dt.date(2024, 1, 1)
    return [SimpleNamespace(day=dt.date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1),
                            personal=100 + 10 * i, employer=50 + i, shared=5) for i in range(months)]


@pytest.mark.parametrize("width", [300, 360, 520, 900])
def test_the_legend_never_overlaps_the_german_title(qtbot, width):
    chart = AudienceGrowthChart()
    qtbot.addWidget(chart)
    chart.title = "Wachstum der Zielgruppen"
    chart.set_points(growth_points(12))
    chart.lines = [(color, label, values) for (color, _, values), label in
                   zip(chart.lines, ("Persönlich", "Arbeitgeber", "Gemeinsam"))]
    chart.resize(width, 260)
    chart.show()
    title = chart.title_rect()
    rects = chart.legend_rects()
    assert len(rects) == 3
    for swatch, text in rects:
        assert not swatch.intersects(title) and not text.intersects(title)
        assert text.left() >= 0 and swatch.left() >= 0
    for (_, first), (swatch, _) in zip(rects, rects[1:]):
        assert first.right() <= swatch.left()
    assert chart.plot_rect().top() >= max(text.bottom() for _, text in rects)
    chart.grab()  # paints without error at this size


def test_a_low_volume_month_chart_labels_whole_counts_once(qtbot):
    chart = MonthlyBarChart()
    qtbot.addWidget(chart)
    chart.set_months([(dt.date(2025, m, 1), count) for m, count in zip(range(1, 7), (1, 0, 1, 0, 0, 1))])
    chart.resize(360, 240)
    chart.show()
    ticks = nice_ticks(1)
    labels = [label for label in chart.value_labels(ticks) if label]
    assert labels == ["0", "1"]
    assert chart.value_labels([0, 0.25, 0.5, 1]) == ["0", "", "", "1"]  # rounding never repeats a label
    chart.grab()


def test_audience_lines_leave_a_gap_where_nothing_was_measured(qtbot):
    """Before an audience's first size (and after a hand-over) its line has a gap: no 0 nobody measured."""
    from portfolio_app.domain.value import AudiencePoint

    chart = AudienceGrowthChart()
    qtbot.addWidget(chart)
    days = [dt.date(2024, m, 28) for m in range(1, 13)]
    chart.set_points([AudiencePoint(day, 1000 + i if i >= 6 else None, 40 if i == 3 else None, None)
                      for i, day in enumerate(days)])
    assert [label for _, label, _ in chart.lines] == ["Personal", "Employer"]  # no shared audience: no line
    chart.resize(520, 260)
    chart.show()
    image = chart.grab().toImage()
    area = chart.plot_rect()
    step = area.width() / (len(days) - 1)
    personal = chart.lines[0][0]

    def line_pixels_at(index: int) -> int:
        x = round(area.left() + index * step)
        return sum(1 for y in range(int(area.top()), int(area.bottom()) - 1)
                   if image.pixelColor(x, y).rgb() == personal.rgb())

    assert line_pixels_at(2) == 0  # March: not measured yet, nothing drawn (it used to run along 0)
    assert line_pixels_at(8) > 0
