"""The dashboard's charts, painted with QPainter.

Why not QtCharts or the PDF's ReportLab charts:
- QtCharts lives in PySide6-Addons, a second large wheel the app does not
  otherwise need (we ship PySide6-Essentials only).
- The report's charts (report/charts.py) are ReportLab drawings; showing them
  on screen needs renderPM, whose rlPyCairo/pycairo backend is not installed,
  would load ReportLab on every dashboard refresh (it should load only when
  exporting), and yields fixed bitmaps labelled by the report's own texts
  rather than the app's translations.
- The three charts are simple — lines, columns, horizontal bars — and painted
  here they stay sharp at any size and DPI, follow the palette and cost no
  import time. The data comes from the same value-model series the PDF uses.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from portfolio_app.ui.widgets.numbers import format_compact, format_int

if TYPE_CHECKING:
    from portfolio_app.domain.value import AudiencePoint

LabelRule = Callable[[dt.date], str]  # a month point's axis label, "" for none

PERSONAL = QColor("#2f6db5")
EMPLOYER = QColor("#d9822b")
SHARED = QColor("#6b8f71")
ACCENT = PERSONAL
GRID = QColor(0, 0, 0, 28)


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round, whole-number axis steps (1, 2, 2.5, 5 × 10^k, never below 1) from 0 to at least ``top``.

    Every chart here counts things (contributions, followers): a tick at 0.25
    would be labelled "0" beside a real 0, so steps stay whole.
    """
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    if raw <= 1:
        step = 1.0
    else:
        power = 10 ** math.floor(math.log10(raw))
        step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw and (m * power) % 1 == 0)
    ticks, value = [], 0.0
    while value < top + step * 0.001:
        ticks.append(value)
        value += step
    if ticks[-1] < top:
        ticks.append(value)
    return ticks


def label_rules() -> list[LabelRule]:
    """Ways to label month points, densest first: each month, quarters, half-years, years, every 2/5/10 years."""
    locale = QLocale()

    def short(day: dt.date) -> str:
        return locale.monthName(day.month, QLocale.FormatType.ShortFormat)

    return [
        lambda d: short(d),
        lambda d: f"{short(d)} {d:%y}" if d.month in (1, 4, 7, 10) else "",
        lambda d: f"{short(d)} {d:%y}" if d.month in (1, 7) else "",
        lambda d: str(d.year) if d.month == 1 else "",
        lambda d: str(d.year) if d.month == 1 and d.year % 2 == 0 else "",
        lambda d: str(d.year) if d.month == 1 and d.year % 5 == 0 else "",
        lambda d: str(d.year) if d.month == 1 and d.year % 10 == 0 else "",
    ]


def fitting_labels(days: Sequence[dt.date], xs: Sequence[float], width_of: Callable[[str], float],
                   rules: Sequence[LabelRule] | None = None) -> list[str]:
    """The densest labelling whose labels keep a gap between them (so none is skipped at random)."""
    for rule in rules or label_rules():
        labels = [rule(day) for day in days]
        placed = [(x, width_of(label)) for x, label in zip(xs, labels) if label]
        if all(x2 - w2 / 2 - (x1 + w1 / 2) >= 10 for (x1, w1), (x2, w2) in zip(placed, placed[1:])):
            return labels
    return [""] * len(days)


class Chart(QWidget):
    """Title, plot area with a value axis, and a "no data" message when there is nothing to draw."""

    LEFT, TOP, RIGHT, BOTTOM = 44, 34, 12, 26
    LEGEND_ROW = 20  # the legend moves under the title when both do not fit on one line

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)

    def legend_items(self) -> list[tuple[QColor, str]]:
        return []

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def title_rect(self) -> QRectF:
        width = QFontMetricsF(self.title_font()).horizontalAdvance(self.title) + 2
        return QRectF(12, 8, min(width, self.width() - 24), 20)

    def legend_rects(self) -> list[tuple[QRectF, QRectF]]:
        """(swatch, label) per legend item: right-aligned beside the title, or on a line of their own."""
        metrics = QFontMetricsF(self.font())
        items = self.legend_items()
        total = sum(metrics.horizontalAdvance(label) + 28 for _, label in items)
        beside = self.title_rect().right() + 16 + total <= self.width() - self.RIGHT
        y = 9 if beside else 9 + self.LEGEND_ROW
        x = self.width() - self.RIGHT if beside else 12 + total
        rects = []
        for _, label in reversed(items):
            width = metrics.horizontalAdvance(label) + 2
            x -= width
            text = QRectF(x, y, width, 18)
            x -= 14
            rects.append((QRectF(x, y + 5, 9, 9), text))
            x -= 14
        return list(reversed(rects))

    def top_margin(self) -> float:
        rects = self.legend_rects()
        return self.TOP + (self.LEGEND_ROW if rects and rects[0][1].top() > 9 else 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(360, 240)

    def has_data(self) -> bool:
        return False

    def empty_text(self) -> str:
        return self.tr("No data in this period")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setFont(self.title_font())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(self.title_rect(), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        if not self.has_data():
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        self.paint_chart(painter)

    def paint_chart(self, painter: QPainter) -> None:
        """Draw the data (a subclass's; called only when has_data())."""
        raise NotImplementedError

    def plot_rect(self, left: float | None = None) -> QRectF:
        left = self.LEFT if left is None else left
        top = self.top_margin()
        return QRectF(left, top, self.width() - left - self.RIGHT, self.height() - top - self.BOTTOM)

    @staticmethod
    def value_labels(ticks: list[float]) -> list[str]:
        """The axis labels; one that reads like the one below it (rounding) is left out."""
        labels, previous = [], None
        for tick in ticks:
            label = format_compact(tick)
            labels.append("" if label == previous else label)
            previous = label
        return labels

    def paint_value_axis(self, painter: QPainter, area: QRectF, ticks: list[float]) -> None:
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for tick, label in zip(ticks, self.value_labels(ticks)):
            y = area.bottom() - tick / ticks[-1] * area.height()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - 8, area.left() - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    def paint_day_axis(self, painter: QPainter, area: QRectF, xs: Sequence[float], days: Sequence[dt.date],
                       rules: Sequence[LabelRule] | None = None) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        metrics = painter.fontMetrics()
        for x, label in zip(xs, fitting_labels(days, xs, metrics.horizontalAdvance, rules)):
            if label:
                width = metrics.horizontalAdvance(label) + 2
                painter.drawText(QRectF(x - width / 2, area.bottom() + 4, width, 18),
                                 Qt.AlignmentFlag.AlignHCenter, label)

    def paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for (color, label), (swatch, text) in zip(self.legend_items(), self.legend_rects()):
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft, label)
            painter.fillRect(swatch, color)


class AudienceGrowthChart(Chart):
    """Audience size at the end of each month, one line per ownership that has any audience."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Audience growth"), parent)
        self.days: list[dt.date] = []
        self.lines: list[tuple[QColor, str, list[int | None]]] = []  # None: nothing measured (or handed over)

    def set_points(self, points: Sequence[AudiencePoint]) -> None:
        self.days = [p.day for p in points]
        candidates = [
            (PERSONAL, self.tr("Personal"), [p.personal for p in points]),
            (EMPLOYER, self.tr("Employer"), [p.employer for p in points]),
            (SHARED, self.tr("Shared"), [p.shared for p in points]),
        ]
        self.lines = [line for line in candidates if any(line[2])]
        self.update()

    def has_data(self) -> bool:
        return len(self.days) >= 2 and bool(self.lines)

    def paint_chart(self, painter: QPainter) -> None:
        top = max(max(value or 0 for value in values) for _, _, values in self.lines)
        ticks = nice_ticks(top)
        left = max(self.LEFT, painter.fontMetrics().horizontalAdvance(format_compact(ticks[-1])) + 14)
        area = self.plot_rect(left)
        self.paint_value_axis(painter, area, ticks)
        step = area.width() / (len(self.days) - 1)
        xs = [area.left() + i * step for i in range(len(self.days))]
        for color, _, values in self.lines:
            path = QPainterPath()
            previous: int | None = None
            for i, value in enumerate(values):
                if value is None:  # not measured yet, or handed over: a gap, never a 0
                    previous = None
                    continue
                point = QPointF(xs[i], area.bottom() - value / ticks[-1] * area.height())
                if previous is None:
                    path.moveTo(point)
                    path.lineTo(point)  # a run of one month still shows (the round cap makes it a dot)
                else:
                    path.lineTo(point)
                previous = value
            painter.setPen(QPen(color, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(path)
        painter.setFont(self.font())
        self.paint_day_axis(painter, area, xs, self.days)
        self.paint_legend(painter)

    def legend_items(self) -> list[tuple[QColor, str]]:
        return [(color, label) for color, label, _ in self.lines]


QUARTERS_ABOVE = 48  # months: longer periods show quarters, or the columns become a barcode


class MonthlyBarChart(Chart):
    """Contributions per month as columns (per quarter over long periods)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Contributions per month"), parent)
        self.months: list[tuple[dt.date, int]] = []
        self.by_quarter = False

    def set_months(self, months: Iterable[tuple[dt.date, int]]) -> None:
        months = list(months)
        self.by_quarter = len(months) > QUARTERS_ABOVE
        if self.by_quarter:
            quarters: dict[dt.date, int] = {}
            for day, count in months:
                first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
                quarters[first] = quarters.get(first, 0) + count
            months = list(quarters.items())
        self.title = self.tr("Contributions per quarter") if self.by_quarter else self.tr("Contributions per month")
        self.months = months
        self.update()


    def has_data(self) -> bool:
        return any(count for _, count in self.months)

    def paint_chart(self, painter: QPainter) -> None:
        ticks = nice_ticks(max(count for _, count in self.months))
        area = self.plot_rect()
        self.paint_value_axis(painter, area, ticks)
        slot = area.width() / len(self.months)
        gap = min(slot * 0.25, 6) if slot > 3 else 0
        xs = []
        for i, (_, count) in enumerate(self.months):
            height = count / ticks[-1] * area.height()
            left = area.left() + i * slot + gap / 2
            painter.fillRect(QRectF(left, area.bottom() - height, max(slot - gap, 1), height), ACCENT)
            xs.append(left + (slot - gap) / 2)
        painter.setFont(self.font())
        rules = label_rules()[3:] if self.by_quarter else None  # quarters are labelled by year
        self.paint_day_axis(painter, area, xs, [day for day, _ in self.months], rules)


class ChannelMixChart(Chart):
    """Contributions per channel as labelled horizontal bars, largest first."""

    MAX_BARS = 8

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Channel mix"), parent)
        self.items: list[tuple[str, int]] = []

    def set_items(self, items: Sequence[tuple[str, int]]) -> None:
        """(label, count) largest first; the tail beyond MAX_BARS is added up as "Other channels"."""
        items = list(items)
        if len(items) > self.MAX_BARS:
            rest = sum(count for _, count in items[self.MAX_BARS - 1:])
            items = items[: self.MAX_BARS - 1] + [(self.tr("Other channels"), rest)]
        self.items = items
        self.update()

    def has_data(self) -> bool:
        return any(count for _, count in self.items)

    def paint_chart(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(label) for label, _ in self.items) + 12
        count_width = max(metrics.horizontalAdvance(format_int(count)) for _, count in self.items) + 10
        margin = self.top_margin()
        area = QRectF(12 + label_width, margin + 2, self.width() - 24 - label_width - count_width,
                      self.height() - margin - 12)
        top = max(count for _, count in self.items)
        row = min(area.height() / len(self.items), 30)
        bar = max(row * 0.62, 4)
        text = self.palette().color(QPalette.ColorRole.Text)
        for i, (label, count) in enumerate(self.items):
            y = area.top() + i * row
            width = count / top * area.width() if top else 0
            painter.setPen(text)
            painter.drawText(QRectF(12, y, label_width - 12, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.fillRect(QRectF(area.left(), y + (row - bar) / 2, max(width, 1), bar), ACCENT)
            painter.drawText(QRectF(area.left() + width + 6, y, count_width, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_int(count))
