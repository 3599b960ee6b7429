"""The main window: navigation, menus, toolbar, and the pages for each kind of record.

The window paints before the database layer is imported: the shell (menus,
sidebar, an "opening" page) uses Qt only, and the pages, editors and dialogs
that need the services are imported when first used (``open_database`` after
the first paint, or ``set_database`` with one already open).

Changes reach the pages without the window: a page subscribes to the kinds it
shows (ui.operations) and refreshes itself. The window follows only what
decides its own state: whether the record is empty, and which actions apply.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.kinds import TABLE_KINDS, Changes, RecordKind
from portfolio_app.ui import settings
from portfolio_app.ui.actions import add_page_shortcuts, fill_menus, make_actions, make_toolbar
from portfolio_app.ui.demo_banner import DemoBanner
from portfolio_app.ui.edit_commands import push_saved, record_state
from portfolio_app.ui.first_run import EmptyState
from portfolio_app.ui.icons import app_icon
from portfolio_app.ui.operations import subscribe
from portfolio_app.ui.record_kinds import entry
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.undo import delete_with_consent, new_undo_stack
from portfolio_app.ui.window_commands import WindowCommands
from portfolio_app.ui.workers import report_error

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database
    from portfolio_app.ui.profile_view import ProfileView
    from portfolio_app.ui.tables.pages import TablePage

log = logging.getLogger(__name__)

DASHBOARD, PROFILE = "dashboard", "profile"
CONTRIBUTIONS = RecordKind.CONTRIBUTION
PAGE_KEYS: tuple[str, ...] = (DASHBOARD, *TABLE_KINDS, PROFILE)
RECORD_TABLES: tuple[RecordKind, ...] = TABLE_KINDS


class Page(Protocol):
    """What the window asks of every page; changes reach pages through ui.operations."""

    def set_database(self, db: Database) -> None: ...


class _FirstPaint(QObject):
    """Tells once that the window has painted (launch waits for it before loading the database)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.window.first_painted.emit()
        return False


class MainWindow(QMainWindow):
    first_painted = Signal()
    database_changed = Signal()  # a database was opened (or swapped for the demo)
    def __init__(self) -> None:
        super().__init__()
        self.db: Database | None = None
        self.record_is_empty = False
        self.is_demo = False
        self.user_db_path: Path | None = None
        self.pages: dict[str, QWidget] = {}
        self._shown_key: str | None = None  # the page on screen, to ask before leaving unsaved edits
        self.setWindowTitle(self.tr("Portfolio"))
        self.resize(1180, 760)
        self.setWindowIcon(app_icon())

        self.commands = WindowCommands(self)
        self.undo_stack = new_undo_stack(self)
        self.app_actions = make_actions(self, self.undo_stack)
        fill_menus(self, self.app_actions)
        self.toolbar = make_toolbar(self, self.app_actions)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setMinimumWidth(150)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 7px 12px; }")
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening your record…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.empty_state = EmptyState()
        self.stack.addWidget(self.empty_state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.demo_banner = DemoBanner()  # shown while the demo career is open
        self.demo_banner.back_requested.connect(self.commands.leave_demo)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.stack, 1)
        self.splitter.addWidget(pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([170, 1010])
        self.setCentralWidget(self.splitter)
        self._populate_navigation()
        self.page_shortcuts = add_page_shortcuts(self, PAGE_KEYS, self.show_page)
        start = settings.load_text("page", CONTRIBUTIONS)
        self.show_page(start if start in PAGE_KEYS else CONTRIBUTIONS)
        self.navigation.currentRowChanged.connect(self._show_current_page)
        self.empty_state.add_contribution.connect(lambda: self.new_record(CONTRIBUTIONS))
        self.empty_state.import_export.connect(self.commands.import_data)
        self.empty_state.open_demo.connect(self.commands.open_demo)

        settings.restore_state("main", self)
        settings.restore_state("splitter", self.splitter)
        self._connect_actions()
        self._update_actions()
        subscribe(self, {RecordKind.CONTRIBUTION})
        self.installEventFilter(_FirstPaint(self))

    # shell -------------------------------------------------------------------
    def _populate_navigation(self) -> None:
        titles = {DASHBOARD: self.tr("Dashboard"), PROFILE: self.tr("Profile")}
        for key in PAGE_KEYS:
            item = QListWidgetItem(titles[key] if key in titles else entry(key).page_title())
            item.setData(Qt.ItemDataRole.UserRole, key)
            shortcut = QKeySequence(f"Ctrl+{PAGE_KEYS.index(key) + 1}")
            item.setToolTip(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
            self.navigation.addItem(item)

    def _connect_actions(self) -> None:
        a, c = self.app_actions, self.commands
        for action, slot in (
            (a.quit, self.close), (a.new, lambda: self.new_record()), (a.edit, self.edit_selected),
            (a.delete, self.delete_selected), (a.find, self.find_in_table), (a.open_data_folder, c.open_data_folder),
            (a.leave_demo, c.leave_demo), (a.import_data, c.import_data), (a.export_pdf, c.export_pdf),
            (a.export_csv, c.export_csv), (a.backup, c.backup), (a.restore, c.restore),
            (a.preferences, c.preferences), (a.about, c.about),
        ):
            action.triggered.connect(slot)

    # pages -------------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self.pages.get(key) if key else None

    def current_table(self) -> TablePage | None:
        """The page of the current kind of record, when a table is on screen."""
        key = self.current_key()
        if key not in RECORD_TABLES or key not in self.pages:
            return None
        return self.table_pages()[RecordKind(key)]

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def _leaving_allowed(self, key: str | None) -> bool:
        """Leaving the profile with unsaved edits asks Save / Discard / Cancel first."""
        profile = self._profile()
        if self._shown_key != PROFILE or key == PROFILE or profile is None:
            return True
        return profile.settle_unsaved(self)

    def _profile(self) -> ProfileView | None:
        if PROFILE not in self.pages:
            return None  # no database yet: nothing typed in
        from portfolio_app.ui.profile_view import ProfileView

        page = self.pages[PROFILE]
        return page if isinstance(page, ProfileView) else None

    def _show_current_page(self, *_args: object) -> None:
        key = self.current_key()
        if not self._leaving_allowed(key):
            self.navigation.blockSignals(True)
            self.show_page(PROFILE)  # Cancel, or a save that could not be made: stay
            self.navigation.blockSignals(False)
            return
        self._shown_key = key
        if self.db is None or key is None:
            self.stack.setCurrentWidget(self.opening)
        elif self.record_is_empty and key in (DASHBOARD, CONTRIBUTIONS):
            self.stack.setCurrentWidget(self.empty_state)
        elif key in self.pages:
            self.stack.setCurrentWidget(self.pages[key])
        self._update_actions()

    def _build_pages(self) -> None:
        """The pages that need the services; built once, when the first database arrives."""
        from portfolio_app.ui.dashboard import DashboardView
        from portfolio_app.ui.profile_view import ProfileView
        from portfolio_app.ui.tables.contributions_page import ContributionsPage
        from portfolio_app.ui.tables.pages import RecordPage

        self.pages[DASHBOARD] = DashboardView()
        for kind in TABLE_KINDS:
            spec = entry(kind).spec
            self.pages[kind] = ContributionsPage() if spec is None else RecordPage(spec)
        self.pages[PROFILE] = ProfileView()
        for key, page in self.pages.items():
            page.setObjectName(f"page_{key}")
            self.stack.addWidget(page)
        for table in self.table_pages().values():
            table.restore_state()
            table.edit_requested.connect(self.edit_record)
            table.selection_changed.connect(self._update_actions)

    def table_pages(self) -> dict[RecordKind, TablePage]:
        from portfolio_app.ui.tables.pages import TablePage

        return {RecordKind(key): page for key, page in self.pages.items() if isinstance(page, TablePage)}

    # database ----------------------------------------------------------------
    def open_database(self, db_arg: str | None) -> None:
        """Open the user's database in the background (launch calls it after the first paint)."""
        self.commands.open_database(db_arg)

    def set_database(self, db: Database, *, demo: bool = False) -> None:
        if not self.pages:
            self._build_pages()
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db = db
        self.is_demo = demo
        if not demo:
            self.user_db_path = Path(db.path)
        self.undo_stack.clear()
        self._update_title()
        self._check_empty()
        pages: list[Page] = list(self.pages.values())  # type: ignore[arg-type]  # every page is a Page
        for page in pages:
            page.set_database(db)
        self._show_current_page()
        self.database_changed.emit()

    def _check_empty(self) -> None:
        from portfolio_app.services.records import contributions

        self.record_is_empty = self.db is not None and contributions.count(self.db) == 0

    def _update_title(self) -> None:
        if self.db is None:
            self.setWindowTitle(self.tr("Portfolio"))
        elif self.is_demo:
            self.setWindowTitle(self.tr("Portfolio — demo data (not your record)"))
        else:
            self.setWindowTitle(fill(self.tr("Portfolio — %1"), Path(self.db.path).name))

    def apply_changes(self, changes: Changes) -> None:
        """Contributions came or went: the empty-record page may appear or give way."""
        was_empty = self.record_is_empty
        self._check_empty()
        if was_empty != self.record_is_empty:
            self._show_current_page()
        self._update_actions()

    # editing -----------------------------------------------------------------
    def new_record(self, table: str | None = None) -> None:
        key = self.current_key()
        self.edit_record(table or (key if key in RECORD_TABLES else CONTRIBUTIONS), None)

    def edit_record(self, table: str, record_id: int | None) -> int | None:
        from portfolio_app.ui.editors import edit_record

        if self.db is None:
            return None
        before = None
        if record_id is not None:
            from portfolio_app.errors import NotFound

            try:
                before = record_state(self.db, table, record_id)
            except NotFound:
                pass  # the editor says the record is gone
        saved = edit_record(self, self.db, table, record_id)  # the editor announces what it saved
        if saved is not None:
            push_saved(self.undo_stack, self.db, table, saved, before)  # Ctrl+Z takes an add or edit back
            if table != self.current_key() and record_id is None and self.record_is_empty is False:
                self.show_page(table)
            page = self.table_pages().get(RecordKind(table))
            if page is not None and page.isVisible():
                page.table.select_id(saved)
        return saved

    def edit_selected(self) -> None:
        page = self.current_table()
        record_id = page.current_id() if page is not None else None
        if page is not None and record_id is not None:
            self.edit_record(page.table_name, record_id)

    def delete_selected(self) -> None:
        page = self.current_table()
        if self.db is not None and page is not None:
            delete_with_consent(self, self.db, self.undo_stack, page.table_name, page.selected_ids())

    def find_in_table(self) -> None:
        if self.current_key() not in RECORD_TABLES:
            self.show_page(CONTRIBUTIONS)
        page = self.current_table()
        if page is not None:
            page.focus_search()

    def _update_actions(self) -> None:
        a = self.app_actions
        page = self.current_table()
        on_table = page is not None and self.stack.currentWidget() is page
        selected = bool(page.selected_ids()) if page is not None and on_table else False
        ready = self.db is not None
        a.new.setEnabled(ready and self.current_key() != PROFILE)
        a.edit.setEnabled(ready and on_table and selected)
        a.delete.setEnabled(ready and on_table and selected)
        a.find.setEnabled(ready)
        a.leave_demo.setVisible(self.is_demo)
        self.demo_banner.setVisible(self.is_demo and self.db is not None)
        # these load the database layer: usable once a database is open
        for action in (a.import_data, a.export_pdf, a.export_csv, a.backup, a.restore):
            action.setEnabled(ready)
            action.setToolTip(action.statusTip() or action.text().replace("&", "").rstrip("…"))
        self.empty_state.set_available(add=(True, ""), import_=(ready, a.import_data.toolTip()))

    # state -------------------------------------------------------------------
    def save_state(self) -> None:
        settings.save_state("main", self)
        settings.save_state("splitter", self.splitter)
        for page in self.table_pages().values():
            page.save_state()
        if self.current_key():
            settings.save_value("page", self.current_key())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        profile = self._profile()
        if profile is not None and not profile.settle_unsaved(self):
            event.ignore()  # Cancel (or the edits cannot be saved yet): the window stays, the edits too
            return
        try:
            self.save_state()
        except Exception as error:  # noqa: BLE001 - never keep the user from closing
            report_error(self, error)
        if self.db is not None:
            self.db.close()
            self.db = None
        super().closeEvent(event)
