"""The main window: the sidebar and its pages, menus and toolbar, and the window's own state.

It paints before the database layer is imported: the shell uses Qt only, and
what needs the services loads when first used. The parts, one job each:

- ui.window_pages: the sidebar, the stack of pages, which page is on screen;
- ui.record_switch: which record the window works on (open, demo, swap);
- ui.record_editing: Edit → New, Edit, Delete, Find, with undo;
- ui.window_commands: the File and Help menu commands;
- ui.action_wiring: which action runs what, and when each is enabled.

Changes reach the pages without the window: a page subscribes to the kinds it
shows (ui.operations) and refreshes itself. The window follows only what
decides its own state: whether the record is empty, and which actions apply.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from portfolio_app.domain.kinds import Changes, RecordKind
from portfolio_app.ui import settings
from portfolio_app.ui.action_wiring import connect_actions, update_action_states
from portfolio_app.ui.actions import add_page_shortcuts, fill_menus, make_actions, make_toolbar
from portfolio_app.ui.demo_banner import DemoBanner
from portfolio_app.ui.first_paint import FirstPaint
from portfolio_app.ui.icons import app_icon
from portfolio_app.ui.operations import subscribe
from portfolio_app.ui.record_editing import RecordEditing
from portfolio_app.ui.record_switch import RecordSwitch
from portfolio_app.ui.undo import new_undo_stack
from portfolio_app.ui.window_commands import WindowCommands
from portfolio_app.ui.window_pages import CONTRIBUTIONS, PAGE_KEYS, WindowPages
from portfolio_app.ui.workers import report_error

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database

__all__ = ["PAGE_KEYS", "MainWindow"]


class MainWindow(QMainWindow):
    first_painted = Signal()
    database_changed = Signal()  # a database was opened (or swapped for the demo, a restore, a move)

    def __init__(self) -> None:
        super().__init__()
        self.db: Database | None = None
        self.record_is_empty = False
        self.is_demo = False
        self.user_db_path: Path | None = None
        self.setWindowTitle(self.tr("Portfolio"))
        self.resize(1180, 760)
        self.setWindowIcon(app_icon())

        self.page_stack = WindowPages(self)
        self.pages = self.page_stack.pages
        self.navigation, self.stack = self.page_stack.navigation, self.page_stack.stack
        self.opening, self.empty_state = self.page_stack.opening, self.page_stack.empty_state
        self.current_key, self.show_page = self.page_stack.current_key, self.page_stack.show_page
        self.current_table, self.table_pages = self.page_stack.current_table, self.page_stack.table_pages

        self.commands = WindowCommands(self)
        self.switch = RecordSwitch(self)
        self.editing = RecordEditing(self)
        self.edit_record = self.editing.edit_record
        self.undo_stack = new_undo_stack(self)
        self.app_actions = make_actions(self, self.undo_stack)
        fill_menus(self, self.app_actions)
        self.toolbar = make_toolbar(self, self.app_actions)

        self.demo_banner = DemoBanner()  # shown while the demo career is open
        self.demo_banner.back_requested.connect(self.switch.leave_demo)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
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

        self.page_shortcuts = add_page_shortcuts(self, PAGE_KEYS, self.show_page)
        start = settings.load_text("page", CONTRIBUTIONS)
        self.show_page(start if start in PAGE_KEYS else CONTRIBUTIONS)
        self.navigation.currentRowChanged.connect(self.show_current_page)
        self.empty_state.add_contribution.connect(lambda: self.editing.new_record(CONTRIBUTIONS))
        self.empty_state.import_export.connect(self.commands.import_data)
        self.empty_state.open_demo.connect(self.switch.open_demo)

        settings.restore_state("main", self)
        settings.restore_state("splitter", self.splitter)
        connect_actions(self)
        self.update_actions()
        subscribe(self, {RecordKind.CONTRIBUTION})
        FirstPaint(self, self.first_painted)

    def show_current_page(self, *_args: object) -> None:
        """The page chosen in the sidebar (or the opening or first-run page in its place) goes on screen."""
        self.page_stack.show_current(has_database=self.db is not None, record_is_empty=self.record_is_empty)
        self.update_actions()

    def update_actions(self) -> None:
        update_action_states(self)

    # the record --------------------------------------------------------------
    def open_database(self, db_arg: str | None) -> None:
        """Open the user's database in the background (launch calls it after the first paint)."""
        self.switch.open_database(db_arg)

    def set_database(self, db: Database, *, demo: bool = False) -> None:
        """Work on ``db`` from now on: opened, the demo, restored or moved (ui.record_switch)."""
        self.switch.switch_to(db, demo=demo)

    def apply_changes(self, changes: Changes) -> None:
        """Contributions came or went: the empty-record page may appear or give way."""
        if self.switch.check_empty():
            self.show_current_page()
        self.update_actions()

    # state -------------------------------------------------------------------
    def save_state(self) -> None:
        settings.save_state("main", self)
        settings.save_state("splitter", self.splitter)
        for page in self.table_pages().values():
            page.save_state()
        if self.current_key():
            settings.save_value("page", self.current_key())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        profile = self.page_stack.profile()
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
