"""The dashboard: key figures and charts for a chosen period.

Every number comes from the value model's summary (the same as
``services.figures.key_figures``, the CLI's stats and the PDF); this module
only picks the period and formats. Reading and summarising run in the thread
pool, so a 100k-contribution record never freezes the window; the charts are
painted by ``dashboard_charts`` (see there why QPainter).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.enums import Platform
from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.domain.records import Period
from portfolio_app.ui.dashboard_charts import AudienceGrowthChart, ChannelMixChart, MonthlyBarChart
from portfolio_app.ui.dashboard_tiles import Tile
from portfolio_app.ui.operations import NewestWins, run_query, subscribe
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.widgets.fields import DateField, date_format, enum_label
from portfolio_app.ui.widgets.numbers import format_int, format_money, format_percent, format_signed
from portfolio_app.ui.widgets.reflow import ReflowGrid

if TYPE_CHECKING:
    from portfolio_app.domain.records import EmploymentFacts
    from portfolio_app.domain.value import Amount, InteractionTotal, MetricTotal, SizeAndGrowth
    from portfolio_app.services.figures import Facts
    from portfolio_app.storage.database import Database
    from portfolio_app.ui.dashboard_data import DashboardFigures
    from portfolio_app.ui.workers import Progress

    Loaded = tuple[Facts, DashboardFigures]  # what a background read hands the view

CUSTOM = "custom"
TILE_WIDTH = 200  # a tile narrower than this wraps its caption into too many lines
CHART_WIDTH = 320  # below this the axis labels crowd the plot


def _date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())

# the figures come from every kind of record but the profile (the money figures from the value settings)
DASHBOARD_SHOWS = frozenset(RecordKind) - {RecordKind.PROFILE}


class DashboardView(QWidget):
    """Call set_database(db) once, refresh() whenever the data changed."""

    updated = Signal()  # new figures are on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.facts: Facts | None = None
        self.figures: DashboardFigures | None = None  # on screen
        self._reads = NewestWins()  # a newer request (period, data) supersedes one still computing
        self._stale = False  # the data changed while the dashboard was not on screen
        self._wanted: str | None = None  # the period remembered from last time, until it can be chosen
        self._build()
        self._restore_choice()
        subscribe(self, DASHBOARD_SHOWS)

    # layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.period_box = QComboBox(self)
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_box.setMinimumContentsLength(16)
        self.start_edit = DateField(self)
        self.end_edit = DateField(self)
        self.start_edit.setDate(QDate.currentDate().addYears(-1))
        self.span_label = QLabel(self)
        self.status = QLabel(self)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.start_edit.changed.connect(self._custom_changed)
        self.end_edit.changed.connect(self._custom_changed)

        heading = QLabel(self.tr("Dashboard"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        period_caption = QLabel(self.tr("&Period:"), self)
        period_caption.setBuddy(self.period_box)
        self.to_label = QLabel(self.tr("to"), self)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(heading)
        bar.addSpacing(24)
        bar.addWidget(period_caption)
        bar.addWidget(self.period_box)
        bar.addWidget(self.start_edit)
        bar.addWidget(self.to_label)
        bar.addWidget(self.end_edit)
        bar.addSpacing(12)
        bar.addWidget(self.span_label)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.tiles: dict[str, Tile] = {}
        captions = [
            ("contributions", self.tr("Contributions")),
            ("reach", self.tr("People reached")),
            ("impressions", self.tr("Views (impressions)")),
            ("interactions", self.tr("Interactions")),
            ("engagement", self.tr("Engagement rate")),
            ("audience", self.tr("Audience at period end")),
            ("portable", self.tr("Portable audience at period end")),
            ("employer", self.tr("Employer accounts at period end")),
            ("attendees", self.tr("Attendees")),
            ("engagement_personal", self.tr("Engagement on personal channels")),
            ("engagement_employer", self.tr("Engagement on employer channels")),
            ("earned_media", self.tr("Earned media value (estimate)")),
            ("audience_value", self.tr("Audience value per month (estimate)")),
        ]
        # tiles and charts wrap into fewer columns on a narrow window instead of scrolling sideways
        self.tile_grid = ReflowGrid(min_width=TILE_WIDTH, max_columns=4, parent=self)
        for key, caption in captions:
            self.tiles[key] = self.tile_grid.add(Tile(key, caption, self))
        self.money_hint = QLabel(self.tr(
            "Money estimates are off. Turn them on in Preferences → Value rates, where every rate shows its "
            "source."), self)
        self.money_hint.setWordWrap(True)

        self.growth_chart = AudienceGrowthChart(self)
        self.month_chart = MonthlyBarChart(self)
        self.channel_chart = ChannelMixChart(self)
        self.chart_grid = ReflowGrid(min_width=CHART_WIDTH, max_columns=3, fill_last_row=True, parent=self)
        for chart in (self.growth_chart, self.month_chart, self.channel_chart):
            self.chart_grid.add(chart)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(18, 14, 18, 18)
        column.setSpacing(14)
        column.addLayout(bar)
        column.addWidget(self.tile_grid)
        column.addWidget(self.money_hint)
        column.addWidget(self.chart_grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _restore_choice(self) -> None:
        """Come back to the period shown last time (an employment's entry appears once the data is read)."""
        from portfolio_app.ui.settings import load_text

        for edit, key in ((self.start_edit, "dashboard/from"), (self.end_edit, "dashboard/to")):
            day = QDate.fromString(load_text(key), "yyyy-MM-dd")
            if day.isValid():
                edit.setDate(day)
        self._wanted = load_text("dashboard/period", "all")
        self._fill_periods([])

    def _remember_choice(self) -> None:
        from portfolio_app.ui.settings import save_value

        save_value("dashboard/period", self.period_box.currentData() or "all")
        if self.db is not None:
            save_value("dashboard/database", str(self.db.path))
        save_value("dashboard/from", self.start_edit.date().toString("yyyy-MM-dd"))
        save_value("dashboard/to", self.end_edit.date().toString("yyyy-MM-dd"))

    def _fill_periods(self, employments: Sequence[EmploymentFacts]) -> None:
        """The presets, one entry per employment (latest first), and Custom…"""
        # (separators carry no data: never match them)
        keep = self._wanted or self.period_box.currentData() or "all"
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItem(self.tr("All time"), "all")
        self.period_box.addItem(self.tr("This year"), "year")
        self.period_box.addItem(self.tr("Last 12 months"), "12m")
        if employments:
            self.period_box.insertSeparator(self.period_box.count())
        for job in sorted(employments, key=lambda e: e.start, reverse=True):
            end = _date(job.end) if job.end else self.tr("today")
            self.period_box.addItem(fill(self.tr("At %1 (%2 – %3)"), job.organisation, _date(job.start), end),
                                    f"employment:{job.id}")
        self.period_box.insertSeparator(self.period_box.count())
        self.period_box.addItem(self.tr("Custom…"), CUSTOM)
        index = self.period_box.findData(keep)
        if index >= 0 and keep == self._wanted:
            self._wanted = None
        self.period_box.setCurrentIndex(max(index, 0))
        self.period_box.blockSignals(False)
        self._show_custom(self.period_box.currentData() == CUSTOM)

    def _show_custom(self, visible: bool) -> None:
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(visible)

    # choosing the period --------------------------------------------------------------------
    def select_period(self, key: str) -> None:
        """Choose a preset by key: all, year, 12m, employment:<id> or custom."""
        index = self.period_box.findData(key)
        if index < 0:
            raise ValueError(f"no period {key!r}")
        self.period_box.setCurrentIndex(index)

    def set_custom_period(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.set_value(start)
        self.end_edit.set_value(end)
        self.select_period(CUSTOM)

    def chosen(self, today: dt.date | None = None) -> tuple[Period, int | None]:
        """The period and employment the dashboard shows, as key_figures takes them."""
        from portfolio_app.ui.dashboard_data import presets

        key = self.period_box.currentData() or "all"
        if key == CUSTOM:
            return Period(self.start_edit.value(), self.end_edit.value()), None
        if key.startswith("employment:"):
            return Period(), int(key.split(":", 1)[1])
        choices = {choice.key: choice for choice in presets(today or dt.date.today())}
        return choices[key].period, None

    def _period_changed(self) -> None:
        self._wanted = None  # the user chose: forget the remembered choice
        self._show_custom(self.period_box.currentData() == CUSTOM)
        self._remember_choice()
        self._recompute()

    def _custom_changed(self) -> None:
        if self.period_box.currentData() == CUSTOM:
            self._remember_choice()
            self._recompute()

    # loading -------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        from portfolio_app.ui.settings import load_text

        # the period chosen for another record would mislead here ("This year" of the demo hiding an
        # imported past): another file starts at All time; the same file keeps its choice across restarts
        chosen_for = load_text("dashboard/database", "")
        if chosen_for and chosen_for != str(db.path):
            self._wanted = "all"
            index = self.period_box.findData("all")
            if index >= 0:
                self.period_box.blockSignals(True)
                self.period_box.setCurrentIndex(index)
                self.period_box.blockSignals(False)
                self._show_custom(False)
        self.db = db
        self.facts = None
        self._reads.drop()  # whatever is still computing belongs to the previous database
        self.mark_stale()

    def apply_changes(self, changes: Changes) -> None:
        self.mark_stale()

    def mark_stale(self) -> None:
        """The data changed: refresh now when on screen, else when next shown (saves work on 100k rows)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the record again (after any change) and show the chosen period."""
        if self.db is None:
            return
        self._stale = False
        from portfolio_app.ui.dashboard_data import figures_for, read_facts

        db = self.db
        period, employment_id = self.chosen()

        def work(_progress: Progress) -> Loaded:
            facts = read_facts(db)
            known = {e.id for e in facts.employments}
            return facts, figures_for(db, facts, period, employment_id if employment_id in known else None)

        self._start(work, self._loaded)

    def _recompute(self) -> None:
        if self.facts is None or self.db is None:
            return
        from portfolio_app.ui.dashboard_data import figures_for

        facts, db = self.facts, self.db
        period, employment_id = self.chosen()
        self._start(lambda _progress: (facts, figures_for(db, facts, period, employment_id)), self._loaded)

    def _start(self, work: Callable[[Progress], Loaded], done: Callable[[Loaded], None]) -> None:
        self.status.setText(self.tr("Updating…"))
        run_query(self, work, on_success=done, newest=self._reads)

    def _loaded(self, result: Loaded) -> None:
        facts, figures = result
        if self.facts is None or self.facts.employments != facts.employments:
            self._fill_periods(facts.employments)
        self.facts = facts
        self.show_figures(figures)
        if self._differs(figures):
            self._recompute()  # the remembered employment could only be chosen now that the data is read

    def _differs(self, figures: DashboardFigures) -> bool:
        period, employment_id = self.chosen()
        shown = figures.summary.employment.id if figures.summary.employment else None
        return employment_id != shown

    # showing ------------------------------------------------------------------------------
    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        s = figures.summary
        start, end = s.period.start, s.period.end
        if start is not None and end is not None:  # always: the summary's period is closed
            self.span_label.setText(f"{_date(start)} – {_date(end)}")
        self.status.setText("")
        self.tiles["contributions"].show_figure(
            format_int(s.contributions),
            fill(self.tr("%1 online · %2 offline"), format_int(s.online), format_int(s.offline)),
        )
        reach = s.reach
        self.tiles["reach"].show_figure(
            self._measured(reach.people.total),
            self._with_figure(reach.people) + "\n" + self.tr("Summed per contribution, not unique people"))
        self.tiles["impressions"].show_figure(
            self._measured(reach.impressions.total),
            self._with_figure(reach.impressions) + "\n" + self.tr("Views, not people"))
        self.tiles["attendees"].show_figure(self._measured(reach.attendees.total), self._with_figure(reach.attendees))
        self.tiles["interactions"].show_figure(
            self._measured(s.interactions.interactions),
            fill(self.tr("Reactions, comments, shares and clicks (or the platform's engagements) of %1 of %2 "
                         "contributions"),
                 format_int(s.interactions.with_interactions), format_int(s.contributions)))
        self.tiles["engagement"].show_figure(self._rate(s.interactions), self._rate_basis(s.interactions))
        # no contribution on such channels: no rate to measure, which "not measured" would not say
        for key, interactions, reach, none_there in (
                ("engagement_personal", s.interactions_personal, s.reach_personal,
                 self.tr("No contribution on personally owned channels in this period")),
                ("engagement_employer", s.interactions_employer, s.reach_employer,
                 self.tr("No contribution on employer-owned channels in this period"))):
            if reach.contributions:
                self.tiles[key].show_figure(self._rate(interactions), self._rate_basis(interactions))
            else:
                self.tiles[key].show_figure("–", none_there)
        split = s.ownership
        self.tiles["audience"].show_figure(self._size(split.total), self._growth(split.total))
        self.tiles["portable"].show_figure(
            self._size(split.personal),
            self._growth(split.personal) + "\n"
            + fill(self.tr("People reached on these channels: %1"), self._measured(s.reach_personal.people.total)),
        )
        employer_detail = self._growth(split.employer, self.tr("%1 while employed"))
        if split.employer.handed_over_count:
            employer_detail += "\n" + fill(self.tr("%1 handed over with %2 followers"),
                                            format_int(split.employer.handed_over_count),
                                            format_int(split.employer.handed_over))
        if not split.employer.audiences:  # none to measure: not the same as unmeasured
            self.tiles["employer"].show_figure("–", self.tr("No employer-owned account in this period"))
        else:
            self.tiles["employer"].show_figure(self._size(split.employer), employer_detail)
        emv, value = s.earned_media_value, s.audience_value
        money = emv is not None
        self.tiles["earned_media"].setVisible(money)
        self.tiles["audience_value"].setVisible(money)
        self.money_hint.setVisible(not money)
        if emv is not None:
            self.tiles["earned_media"].show_figure(
                self._money(emv.amounts),
                self.tr("What %Ln contribution(s)' impressions would have cost as ads (CPM)", "", emv.counted),
            )
            rate = s.rates.audience_rate
            self.tiles["audience_value"].show_figure(
                self._money((value.amount,) if value is not None and value.amount else ()),
                fill(self.tr("Own followers × %1 per follower-month (PhoneDog illustration)"),
                     format_money(rate.amount, rate.currency, 2)),
            )
        self.growth_chart.set_points(figures.audience_points)
        self.month_chart.set_months(figures.per_month)
        self.channel_chart.set_items([(self._channel(platform), count) for platform, count in s.by_channel])
        self.updated.emit()

    def _measured(self, value: int | None) -> str:
        """A figure, or "not measured": unknown is never shown as 0."""
        return format_int(value) if value is not None else self.tr("not measured")

    def _size(self, split: SizeAndGrowth) -> str:
        """Audiences' size at the period's end; "–" when all were handed over before it: nothing to measure
        is not the same as unmeasured."""
        if split.size is None and split.none_held:
            return "–"
        return self._measured(split.size)

    def _money(self, amounts: Sequence[Amount]) -> str:
        if not amounts:
            return self.tr("not measured")
        return " + ".join(format_money(a.value, a.currency) for a in amounts)

    def _with_figure(self, metric: MetricTotal) -> str:
        return fill(self.tr("with this figure: %1 of %2 contributions"), format_int(metric.with_figure),
                    format_int(metric.contributions))

    def _rate(self, interactions: InteractionTotal) -> str:
        return format_percent(interactions.rate) if interactions.rate is not None else self.tr("not measured")

    def _rate_basis(self, interactions: InteractionTotal) -> str:
        if not interactions.rate_basis:
            return self.tr("No contribution with both interactions and impressions")
        return fill(self.tr("%1 interactions / %2 impressions over %Ln contribution(s)", "", interactions.rate_basis),
                    format_int(interactions.rate_interactions), format_int(interactions.rate_impressions))

    def _growth(self, split: SizeAndGrowth, template: str | None = None) -> str:
        growth = format_signed(split.growth) if split.growth is not None else self.tr("not measured")
        text = fill(template or self.tr("%1 in this period"), growth)
        if split.unknown:
            text += " · " + self.tr("%Ln without a size", "", split.unknown)
        return text

    def _channel(self, platform: Platform | None) -> str:
        return enum_label(platform) if platform is not None else QCoreApplication.translate(
            "DashboardView", "No channel")
