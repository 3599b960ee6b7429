"""The contributions page: search as you type, filters, and a table that stays fast at 100,000 rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QPushButton, QSizePolicy, QWidget

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.kinds import NO_CHANGES, Changes, RecordKind
from portfolio_app.services.contribution_queries import ContributionQuery
from portfolio_app.ui.edit_commands import MarkReviewed, announce_done
from portfolio_app.ui.operations import NewestWins, run_operation, run_query
from portfolio_app.ui.tables.contribution_model import COLUMNS, Col, ContributionTableModel
from portfolio_app.ui.tables.format import plural
from portfolio_app.ui.tables.metric_cells import MetricDelegate, is_metric
from portfolio_app.ui.tables.pages import TablePage
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import Progress

ANY = None
NOT_REVIEWED = "not-reviewed"
NEEDS_FIGURES = "needs-figures"  # no metric known yet
_Choices = list[tuple[int | None, str]]  # record id, name: one filter's entries


def period_bounds(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The dates a period choice stands for; (None, None) is all time."""
    if key == "30d":
        return today - dt.timedelta(days=29), today
    if key == "12m":
        return today.replace(year=today.year - 1) + dt.timedelta(days=1), today
    if key == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if key.isdigit():
        return dt.date(int(key), 1, 1), dt.date(int(key), 12, 31)
    return None, None


@dataclasses.dataclass(frozen=True)
class ReviewMarks:
    """What "Mark reviewed" changed: the contributions that were not reviewed before."""

    ids: list[int]
    changes: Changes


class ContributionsPage(TablePage):
    filters_loaded = Signal()  # the audience, campaign and role choices are filled in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(RecordKind.CONTRIBUTION, COLUMNS, parent)
        self.search.setPlaceholderText(self.tr("Search titles, notes and tags"))
        self.model = ContributionTableModel(self)
        self._filter_reads = NewestWins()
        self.period = self._combo(self.tr("Period"))
        for key, text in (
            ("all", self.tr("All time")),
            ("30d", self.tr("Last 30 days")),
            ("12m", self.tr("Last 12 months")),
            ("this_year", self.tr("This year")),
            ("last_year", self.tr("Last year")),
        ):
            self.period.addItem(text, key)
        self.kind = self._combo(self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), ANY)
        for kind in ContributionKind:
            self.kind.addItem(self.tr_enum(kind.label), kind.value)
        self.audience = self._combo(self.tr("Audience"))
        self.campaign = self._combo(self.tr("Campaign"))
        self.employment = self._combo(self.tr("On behalf of"))
        self.review = self._combo(self.tr("Reviewed"))
        self.review.addItem(self.tr("Reviewed or not"), ANY)
        self.review.addItem(self.tr("Not reviewed"), NOT_REVIEWED)
        self.figures = self._combo(self.tr("Figures"))
        self.figures.addItem(self.tr("With or without figures"), ANY)
        self.figures.addItem(self.tr("Needs figures"), NEEDS_FIGURES)
        self._show_link_filters(([], [], []))
        self.search.setMaximumWidth(340)
        for combo in (self.period, self.kind, self.audience, self.campaign, self.employment, self.review,
                      self.figures):
            self.filter_bar.addWidget(combo)
            combo.currentIndexChanged.connect(self.apply_search)
        self.filter_bar.addStretch(1)
        # imported contributions wait for a look; confirming many at once is one click
        self.mark_reviewed_button = QPushButton(self.tr("Mark reviewed"))
        self.mark_reviewed_button.setToolTip(self.tr("Confirm the selected contributions as reviewed"))
        self.mark_reviewed_button.setEnabled(False)
        self.mark_reviewed_button.clicked.connect(self.mark_selected_reviewed)
        self.filter_bar.addWidget(self.mark_reviewed_button)

        self.table.setModel(self.model)
        # figures are typed straight into the metric cells (F2, or just start typing); double-click opens the editor
        self.metric_delegate = MetricDelegate(self.table)
        for number, column in enumerate(COLUMNS):
            if is_metric(column.key):
                self.table.setItemDelegateForColumn(number, self.metric_delegate)
        self.metric_delegate.refused.connect(self.show_status)  # stays after the tooltip, also for a click away
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Col.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._connect_selection()
        self.order_tabs()
        self.selection_changed.connect(lambda: self.mark_reviewed_button.setEnabled(bool(self.selected_ids())))
        self.model.loaded.connect(self._update_status)
        self.model.busy_changed.connect(self._show_busy)  # "Sorting by Reach…" while a cold sort runs

    @staticmethod
    def tr_enum(label: str) -> str:
        return QCoreApplication.translate("enum", label)

    def _combo(self, tooltip: str) -> QComboBox:
        combo = QComboBox()
        combo.setToolTip(tooltip)
        # as wide as the longest choice up to a limit (a long audience name is elided; its popup shows it whole);
        # the filter bar wraps onto a second row rather than squeezing a combo below its text
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        combo.setMaximumWidth(190)
        return combo

    # data --------------------------------------------------------------------
    def refresh(self) -> None:
        if self.db is None:
            return
        self.stale = False
        self._fill_link_filters()
        self.model.db = self.db
        query = self.build_query()
        if query == self.model.query:
            self.model.reload()
        else:
            self.model.set_query(query)

    def _fill_link_filters(self) -> None:
        """Fill the audience, campaign and role filters from a background read (names only)."""
        db = self.db
        if db is None:
            return

        def work(_progress: Progress) -> tuple[_Choices, _Choices, _Choices]:
            from portfolio_app.services.records import audiences, campaigns, employments

            return (
                [(a.id, a.name) for a in audiences.list(db)],
                [(c.id, c.name) for c in campaigns.list(db, order_by="name")],
                [(e.id, e.organisation) for e in employments.list(db, descending=True)],
            )

        run_query(None, work, on_success=self._show_link_filters, newest=self._filter_reads)

    def _show_link_filters(self, lists: tuple[_Choices, _Choices, _Choices]) -> None:
        everything = (self.tr("All audiences"), self.tr("All campaigns"),
                      # every organisation, and the work on my own behalf too
                      self.tr("All organisations"))
        for combo, first, entries in zip((self.audience, self.campaign, self.employment), everything, lists):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, ANY)
            for record_id, name in entries:
                combo.addItem(name, record_id)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            if chosen is not None and index < 0:
                self.apply_search()  # the chosen record is gone: show everything again
        self.filters_loaded.emit()

    def build_query(self) -> ContributionQuery:
        start, end = period_bounds(self.period.currentData() or "all", dt.date.today())
        current = self.model.query
        return ContributionQuery(
            start=start,
            end=end,
            text=self.search.text().strip(),
            audience_id=self.audience.currentData(),
            campaign_id=self.campaign.currentData(),
            employment_id=self.employment.currentData(),
            kind=self.kind.currentData(),
            reviewed=False if self.review.currentData() == NOT_REVIEWED else None,
            needs_figures=self.figures.currentData() == NEEDS_FIGURES,
            order_by=current.order_by,
            descending=current.descending,
        )

    def mark_selected_reviewed(self) -> None:
        ids, db = self.selected_ids(), self.db
        if not ids or db is None:
            return

        def work(_progress: Progress) -> ReviewMarks:
            from portfolio_app.services.review import set_reviewed

            changed = set_reviewed(db, ids, True)
            return ReviewMarks(changed, Changes.of(RecordKind.CONTRIBUTION, changed) if changed else NO_CHANGES)

        def done(marks: ReviewMarks) -> None:
            if marks.ids:
                announce_done(db, MarkReviewed(db, marks.ids))  # Ctrl+Z makes exactly these unreviewed again

        run_operation(None, work, on_success=done, show_progress=False)  # this page and the export hear of it

    def apply_search(self, *_args: object) -> None:
        if self.db is None or self.stale:
            return  # the next refresh applies the filters
        self.model.set_query(dataclasses.replace(self.build_query()))

    def _show_busy(self) -> None:
        if self.model.shown_query is not None:  # before the first rows arrive there is no count to add it to
            self._update_status()

    def _update_status(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        text = plural(QCoreApplication.translate("tables", "%Ln contribution(s)", "", total), total)
        if shown != total:
            text += " · " + QCoreApplication.translate("tables", "%Ln shown", "", shown)
        sorting = self.model.sorting_by()
        if sorting is None:
            self.table.viewport().unsetCursor()
        else:
            # a sort SQLite has to do (not read ahead yet) takes a moment on a large record: say so
            text += " · " + fill(self.tr("Sorting by %1…"), COLUMNS[sorting].header())
            self.table.viewport().setCursor(Qt.CursorShape.BusyCursor)
        self.show_status(text)
