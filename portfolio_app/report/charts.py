"""The four charts, drawn with reportlab.graphics (vector, so they print sharply).

Each function returns a Drawing, or None when there is nothing to draw, so the
section can say "no data" in words instead of showing an empty frame.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.pdfbase.pdfmetrics import stringWidth

from portfolio_app.domain.enums import Platform
from portfolio_app.domain.value import AudiencePoint, CareerFigures, percent_shares
from portfolio_app.report.fonts import REGULAR, register_family, shorten, single_font, visual_order
from portfolio_app.report.formatting import Formatter
from portfolio_app.report.styles import ACCENT, INK, MUTED, RULE, SHARED, WARM
from portfolio_app.report.wording import Texts

LABEL_SIZE = 7
QUARTERS_ABOVE = 36  # months: longer periods show contributions per quarter


def _style_value_axis(axis, fmt: Formatter) -> None:
    axis.valueMin = 0
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = MUTED
    axis.labelTextFormat = lambda value: fmt.compact(int(value))
    axis.strokeColor = RULE
    axis.visibleGrid = 1
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.4
    axis.visibleTicks = 0
    axis.maximumTicks = 6


def _month_label_rule(months: int):
    """Which months get a label, so labels never collide: all, quarters or years."""
    if months <= 14:
        return lambda day, fmt: fmt.month_name(day)
    if months <= 40:
        return lambda day, fmt: f"{fmt.month_name(day)} {day:%y}" if day.month in (1, 4, 7, 10) else ""
    step = 1 if months <= 120 else 2
    return lambda day, fmt: str(day.year) if day.month == 1 and day.year % step == 0 else ""


LEGEND_LINE = 10  # points per legend line
_SWATCH, _SWATCH_GAP, _ITEM_GAP = 7, 3, 14


def _legend_lines(labels: Sequence[str], width: float) -> list[list[str]]:
    """Labels packed into lines no wider than ``width`` (a German label is long: it goes on a line of its own)."""
    lines: list[list[str]] = [[]]
    used = 0.0
    for label in labels:
        size = _SWATCH + _SWATCH_GAP + stringWidth(label, REGULAR, LABEL_SIZE)
        if lines[-1] and used + _ITEM_GAP + size > width:
            lines.append([])
            used = 0.0
        used += (_ITEM_GAP if lines[-1] else 0) + size
        lines[-1].append(label)
    return lines


def _legend(drawing: Drawing, items: Sequence[tuple], x: float, y: float) -> None:
    """The legend from (x, y) rightwards and, where a line is full, downwards: coloured square, label, gap.

    Every label stays inside the drawing: a line that is full goes on beneath,
    a single label wider than the drawing is shortened with "…".
    """
    room = drawing.width - x
    colors = {label: color for color, label in items}
    for number, line in enumerate(_legend_lines([label for _, label in items], room)):
        left, top = x, y - number * LEGEND_LINE
        for label in line:
            shown = shorten(label, LABEL_SIZE, room - _SWATCH - _SWATCH_GAP)
            drawing.add(Rect(left, top, _SWATCH, _SWATCH, fillColor=colors[label], strokeColor=None))
            drawing.add(String(left + _SWATCH + _SWATCH_GAP, top + 0.8, shown, fontName=REGULAR,
                               fontSize=LABEL_SIZE, fillColor=INK))
            left += _SWATCH + _SWATCH_GAP + stringWidth(shown, REGULAR, LABEL_SIZE) + _ITEM_GAP


def _legend_height(items: Sequence[tuple], room: float) -> float:
    """The height the legend needs beyond its first line."""
    return (len(_legend_lines([label for _, label in items], room)) - 1) * LEGEND_LINE


def group_by_quarter(per_month: Sequence[tuple[date, int]]) -> list[tuple[date, int]]:
    """Long periods read better as quarters: (first day of quarter, count)."""
    quarters: dict[date, int] = {}
    for day, count in per_month:
        first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        quarters[first] = quarters.get(first, 0) + count
    return list(quarters.items())


def _measured(points: Sequence[AudiencePoint], values: Sequence[int | None],
              last: date | None) -> list[list[tuple[int, int]]]:
    """(day, size) runs of one line, from its first measurement up to its last: no flat tail drawn past it,
    and no 0 drawn where nothing of it was measured yet (or was handed over), so a gap splits the line."""
    kept: list[tuple[int, int | None]] = [
        (p.day.toordinal(), v) for p, v in zip(points, values) if last is None or p.day <= last]
    if last is not None and points[0].day <= last < points[-1].day and (not kept or kept[-1][0] < last.toordinal()):
        # the size on the day of the last measurement, so the line ends where the data does
        kept.append((last.toordinal(), next((v for p, v in zip(points, values) if p.day >= last), None)))
    runs: list[list[tuple[int, int]]] = [[]]
    for day, value in kept:
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((day, value))
    return [run for run in runs if run]


def audience_growth(points: Sequence[AudiencePoint], fmt: Formatter, texts: Texts, width: float,
                    height: float = 165, measured_until: Mapping[str, date] | None = None) -> Drawing | None:
    """Audience size at each month end, one line per ownership, each ending at its last measurement."""
    register_family()
    if len(points) < 2 or not any(p.total for p in points):
        return None
    measured_until = measured_until or {}
    lines = [
        ("legend.personal", ACCENT, [p.personal for p in points], measured_until.get("personal")),
        ("legend.employer", WARM, [p.employer for p in points], measured_until.get("employer")),
        ("legend.shared", SHARED, [p.shared for p in points], measured_until.get("shared")),
    ]
    lines = [line for line in lines if any(line[2])]
    legend = [(color, texts(key)) for key, color, _, _ in lines]
    height += _legend_height(legend, width - 42)
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 42, 22
    plot.width, plot.height = width - 50, height - 40 - _legend_height(legend, width - 42)
    days = [p.day.toordinal() for p in points]
    # one series per run of a line: the runs of one ownership share its colour
    series = [(color, run) for _, color, values, last in lines for run in _measured(points, values, last)]
    plot.data = [run for _, run in series]
    for index, (color, run) in enumerate(series):
        plot.lines[index].strokeColor = color
        plot.lines[index].strokeWidth = 1.8
        if len(points) <= 14 or len(run) == 1:  # a single measured point is a dot, not nothing
            plot.lines[index].symbol = makeMarker("FilledCircle", size=3, fillColor=color, strokeColor=color)
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = days[0], days[-1]
    label_for = _month_label_rule(len(points))
    # one step per distinct label: the period's first day and its month's end must not both say "Jan 21"
    steps: dict[str, int] = {}
    for day, point in zip(days, points):
        label = label_for(point.day, fmt)
        if label and label not in steps:
            steps[label] = day
    x_axis.valueSteps = list(steps.values()) or [days[0], days[-1]]
    x_axis.labelTextFormat = lambda value: label_for(date.fromordinal(int(value)), fmt) or fmt.month(
        date.fromordinal(int(value)))
    x_axis.labels.fontName = REGULAR
    x_axis.labels.fontSize = LABEL_SIZE
    x_axis.labels.fillColor = MUTED
    x_axis.strokeColor = RULE
    x_axis.tickDown = 2
    _style_value_axis(plot.yValueAxis, fmt)
    drawing.add(plot)
    _legend(drawing, legend, plot.x, height - 9)
    return drawing


def contributions_per_month(per_month: Sequence[tuple[date, int]], fmt: Formatter, width: float,
                            height: float = 120) -> Drawing | None:
    register_family()
    if not per_month or not any(count for _, count in per_month):
        return None
    by_quarter = len(per_month) > QUARTERS_ABOVE
    if by_quarter:
        per_month = group_by_quarter(per_month)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 18
    chart.width, chart.height = width - 50, height - 26
    chart.data = [[count for _, count in per_month]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0.5 if len(per_month) > 40 else 1.5
    chart.groupSpacing = 1 if len(per_month) > 40 else 4
    label_for = (lambda day, fmt: str(day.year) if day.month == 1 else "") if by_quarter else _month_label_rule(
        len(per_month))
    axis = chart.categoryAxis
    axis.categoryNames = [label_for(day, fmt) for day, _ in per_month]
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = LABEL_SIZE
    axis.labels.fillColor = MUTED
    axis.labels.boxAnchor = "n"
    axis.strokeColor = RULE
    axis.visibleTicks = 0
    _style_value_axis(chart.valueAxis, fmt)
    chart.valueAxis.labelTextFormat = lambda value: fmt.integer(value) if value == int(value) else ""
    drawing.add(chart)
    return drawing


def channel_mix(by_channel: Sequence[tuple[Platform | None, int]], fmt: Formatter, texts: Texts, width: float,
                limit: int = 8) -> Drawing | None:
    """Contributions per channel, largest at the top, with count and share at each bar."""
    register_family()
    if not by_channel:
        return None
    rows = list(by_channel[:limit])
    shares = percent_shares([count for _, count in by_channel])
    labels = [f"{fmt.integer(count)} · {fmt.percent(shares[index] / 100, 0)}" for index, (_, count) in enumerate(rows)]
    rows.reverse()  # the chart draws from the bottom up
    labels.reverse()
    height = 26 + 17 * len(rows)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 78, 6
    chart.width, chart.height = width - 78 - 52, height - 12
    chart.data = [[count for _, count in rows]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 5
    chart.categoryAxis.categoryNames = [texts.platform(platform) for platform, _ in rows]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE + 0.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = 0
    chart.barLabelFormat = "values"
    chart.barLabelArray = [labels]  # whole percentages that add up to 100 (largest remainder)
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


NO_ACCOUNTS = "–"  # a role that owned no employer account had none to grow (as in the career table)


def reach_built(career: Sequence[CareerFigures], fmt: Formatter, texts: Texts, width: float) -> Drawing | None:
    """Per employment: growth of portable (personal) and of the employer's own audiences."""
    register_family()
    rows = [c for c in career if c.built.personal or c.built.employer.growth]
    if not rows:
        return None
    rows = list(reversed(rows[:6]))  # latest role at the top
    legend = [(ACCENT, texts("legend.personal")), (WARM, texts("legend.employer_growth"))]
    extra = _legend_height(legend, width - 4)
    height = 40 + 30 * len(rows) + extra
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 92, 8
    chart.width, chart.height = width - 92 - 48, height - 34 - extra
    # series 0 is drawn lowest in each group: employer first puts personal on top, as in the legend
    chart.data = [[c.built.employer.growth or 0 for c in rows], [c.built.personal or 0 for c in rows]]
    for index, color in enumerate((WARM, ACCENT)):
        chart.bars[index].fillColor = color
        chart.bars[index].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 8
    # figures.career lists roles only (between-roles is a line of its own), so each has its employment
    # an axis label is drawn as stored: a Hebrew or Arabic name is put in display order first
    names = [visual_order(_short(c.employment.organisation if c.employment else "")) for c in rows]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE + 0.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dx = -4
    for index, name in enumerate(names):
        chart.categoryAxis.labels[index].fontName = single_font(name)
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = min(0, *chart.data[0], *chart.data[1])
    chart.barLabelFormat = "values"
    # labelled as the career table labels them: a bar of 0 drawn for a figure nobody measured is no 0
    unknown = texts("value.not_measured")
    chart.barLabelArray = [
        [fmt.signed(c.built.employer.growth, unknown) if c.built.employer.audiences else NO_ACCOUNTS for c in rows],
        [fmt.signed(c.built.personal, unknown) for c in rows],
    ]
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    _legend(drawing, legend, 4, height - 9)
    return drawing


__all__ = ["audience_growth", "channel_mix", "contributions_per_month", "reach_built"]
