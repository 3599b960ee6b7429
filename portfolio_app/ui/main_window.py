"""The main window: navigation, menus, toolbar, and the pages for each kind of record.

The window paints before the database layer is imported: the shell (menus,
sidebar, an "opening" page) uses Qt only, and the pages that need the services
are built when a database arrives (``open_database`` after the first paint, or
``set_database`` with one already open).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from portfolio_app.ui import settings
from portfolio_app.ui.actions import make_actions, set_unavailable
from portfolio_app.ui.first_run import EmptyState
from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.undo import delete_with_consent, new_undo_stack
from portfolio_app.ui.workers import report_error, run_in_background

log = logging.getLogger(__name__)

DASHBOARD, CONTRIBUTIONS, AUDIENCES, CAMPAIGNS, CAREER, TESTIMONIALS, PROFILE = (
    "dashboard", "contribution", "audience", "campaign", "employment", "testimonial", "profile",
)
PAGE_KEYS = (DASHBOARD, CONTRIBUTIONS, AUDIENCES, CAMPAIGNS, CAREER, TESTIMONIALS, PROFILE)
RECORD_TABLES = (CONTRIBUTIONS, AUDIENCES, CAMPAIGNS, CAREER, TESTIMONIALS)


def feature(module: str, name: str) -> Callable | None:
    """A function of an optional part of the app, or None when this build does not have it.

    find_spec looks without importing, so checking at start-up costs nothing.
    """
    try:
        if importlib.util.find_spec(module) is None:
            return None
    except ModuleNotFoundError:
        return None
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        log.exception("Optional module %s failed to import", module)
        return None


def has_module(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def preload_modules(names: list[str]) -> None:
    """Import modules in the calling (worker) thread, so the UI thread finds them loaded."""
    for name in names:
        if has_module(name):
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the UI thread will report it when the feature is used
                log.exception("Could not load %s", name)


class _FirstPaint(QObject):
    """Tells once that the window has painted (launch waits for it before loading the database)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.window.first_painted.emit()
        return False


class MainWindow(QMainWindow):
    first_painted = Signal()
    database_changed = Signal()  # a database was opened (or swapped for the demo)
    data_changed = Signal(str)  # table name whose rows changed

    def __init__(self) -> None:
        super().__init__()
        self.db = None
        self._changed_tables: set[str] = set()
        self.record_is_empty = False
        self.is_demo = False
        self.user_db_path: Path | None = None
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Portfolio"))
        self.resize(1180, 760)
        self._apply_app_icon()

        self.undo_stack = new_undo_stack(self)
        self.actions = make_actions(self, self.undo_stack)
        self._build_menus()
        self._build_toolbar()

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
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([170, 1010])
        self.setCentralWidget(self.splitter)
        self._populate_navigation()
        start = settings.load_value("page", CONTRIBUTIONS)
        self.show_page(start if start in self._available_pages() else CONTRIBUTIONS)
        self.navigation.currentRowChanged.connect(self._show_current_page)
        self.empty_state.add_contribution.connect(lambda: self.new_record(CONTRIBUTIONS))
        self.empty_state.import_export.connect(self.import_data)
        self.empty_state.open_demo.connect(self.open_demo)

        settings.restore_state("main", self)
        settings.restore_state("splitter", self.splitter)
        self._connect_actions()
        self._update_actions()
        self.installEventFilter(_FirstPaint(self))

    # shell -------------------------------------------------------------------
    def _apply_app_icon(self) -> None:
        app_icon = feature("portfolio_app.ui.icons", "app_icon")
        if app_icon is not None:
            self.setWindowIcon(app_icon())

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (a.import_data, a.export_pdf, a.export_csv, None, a.backup, a.restore, None, a.open_data_folder,
                       a.leave_demo, None, a.quit):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (a.new, a.edit, a.delete, None, a.undo, a.redo, None, a.find):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        self.preferences_action = None
        if has_module("portfolio_app.ui.preferences_dialog"):  # imported when used: it needs the database layer
            edit_menu.addSeparator()
            self.preferences_action = edit_menu.addAction(self.tr("&Preferences…"))
            self.preferences_action.setMenuRole(self.preferences_action.MenuRole.PreferencesRole)
            self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
            self.preferences_action.triggered.connect(self.preferences)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        a = self.actions
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (a.new, a.edit, a.delete, None, a.undo, a.redo, None, a.import_data, a.export_pdf):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _page_titles(self) -> dict[str, str]:
        return {
            DASHBOARD: self.tr("Dashboard"),
            CONTRIBUTIONS: self.tr("Contributions"),
            AUDIENCES: self.tr("Audiences"),
            CAMPAIGNS: self.tr("Campaigns"),
            CAREER: self.tr("Career"),
            TESTIMONIALS: self.tr("Testimonials"),
            PROFILE: self.tr("Profile"),
        }

    def _available_pages(self) -> list[str]:
        keys = list(PAGE_KEYS)
        if not has_module("portfolio_app.ui.dashboard"):
            keys.remove(DASHBOARD)
        if not has_module("portfolio_app.ui.profile_view"):
            keys.remove(PROFILE)
        return keys

    def _populate_navigation(self) -> None:
        titles = self._page_titles()
        for key in self._available_pages():
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)

    def _connect_actions(self) -> None:
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.new.triggered.connect(lambda: self.new_record())
        a.edit.triggered.connect(self.edit_selected)
        a.delete.triggered.connect(self.delete_selected)
        a.find.triggered.connect(self.find)
        a.open_data_folder.triggered.connect(self.open_data_folder)
        a.leave_demo.triggered.connect(self.leave_demo)
        a.import_data.triggered.connect(self.import_data)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.export_csv.triggered.connect(self.export_csv)
        a.backup.triggered.connect(self.backup)
        a.restore.triggered.connect(self.restore)
        a.about.triggered.connect(self.about)

    # pages -------------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self.pages.get(key) if key else None

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def _show_current_page(self, *_args) -> None:
        key = self.current_key()
        if self.db is None or key is None:
            self.stack.setCurrentWidget(self.opening)
        elif self.record_is_empty and key in (DASHBOARD, CONTRIBUTIONS):
            self.stack.setCurrentWidget(self.empty_state)
        elif key in self.pages:
            self.stack.setCurrentWidget(self.pages[key])
        self._update_actions()

    def _build_pages(self) -> None:
        """The pages that need the services; built once, when the first database arrives."""
        from portfolio_app.ui.tables.contributions_page import ContributionsPage
        from portfolio_app.ui.tables.pages import RecordPage
        from portfolio_app.ui.tables.specs import SPECS

        dashboard_class = feature("portfolio_app.ui.dashboard", "DashboardView")
        if dashboard_class is not None:
            self.pages[DASHBOARD] = dashboard_class()
        self.pages[CONTRIBUTIONS] = ContributionsPage()
        for key in (AUDIENCES, CAMPAIGNS, CAREER, TESTIMONIALS):
            self.pages[key] = RecordPage(SPECS[key])
        profile_class = feature("portfolio_app.ui.profile_view", "ProfileView")
        if profile_class is not None:
            self.pages[PROFILE] = profile_class()
        editor_signals = feature("portfolio_app.ui.editors", "editor_signals")
        if editor_signals is not None:  # records saved by nested editors too ("New campaign…" inside a contribution)
            editor_signals().saved.connect(self._on_editor_saved)  # a bound slot: dropped when the window goes
        for key, page in self.pages.items():
            page.setObjectName(f"page_{key}")
            self.stack.addWidget(page)
            if key in RECORD_TABLES:
                page.restore_state()
                page.edit_requested.connect(self.edit_record)
                page.selection_changed.connect(self._update_actions)

    def table_pages(self):
        return [page for key, page in self.pages.items() if key in RECORD_TABLES]

    # database ----------------------------------------------------------------
    def open_database(self, db_arg: str | None) -> None:
        """Open the user's database in the background (imports sqlmodel and alembic off the UI thread)."""
        from portfolio_app.paths import resolve_database_path

        path = resolve_database_path(db_arg)

        def work(_progress):
            from portfolio_app.services.opening import open_locked_database

            # one writer per file, a check after a crash, and the backup of the day
            return open_locked_database(path, daily_backup=True)

        def failed(error) -> None:
            from portfolio_app.storage.integrity import DatabaseDamaged

            if isinstance(error, DatabaseDamaged):  # offer the newest good backup; the damaged file is kept
                from portfolio_app.ui.backup_dialogs import offer_restore_after_damage

                restored = offer_restore_after_damage(self, error)
                if restored is not None:
                    self.set_database(restored)
                    return
            else:
                report_error(self, error)
            self.opening.setText(self.tr("The database could not be opened."))

        run_in_background(self, work, on_success=self.set_database, on_failure=failed, show_progress=False,
                          report_errors=False)

    def _modules_to_preload(self) -> list[str]:
        pages = ["portfolio_app.ui.tables.contributions_page", "portfolio_app.ui.tables.pages",
                 "portfolio_app.ui.dashboard", "portfolio_app.ui.profile_view", "portfolio_app.ui.editors"]
        return pages + sorted({module for module, _name in self._features().values()})

    def set_database(self, db, *, demo: bool = False) -> None:
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
        for page in self.pages.values():
            page.set_database(db)
        self._show_current_page()
        self.database_changed.emit()

    def _check_empty(self) -> None:
        from portfolio_app.services.records import contributions

        self.record_is_empty = contributions.count(self.db) == 0

    def _update_title(self) -> None:
        if self.db is None:
            self.setWindowTitle(self.tr("Portfolio"))
        elif self.is_demo:
            self.setWindowTitle(self.tr("Portfolio — demo data (not your record)"))
        else:
            self.setWindowTitle(fill(self.tr("Portfolio — %1"), Path(self.db.path).name))

    def notify_changed(self, table: str) -> None:
        """Called after any write (editor saved, delete, undo): every view shows the new state.

        Several writes in one go (a campaign created inside the contribution
        editor, then the contribution) refresh the views once.
        """
        self._changed_tables.add(table)
        if len(self._changed_tables) == 1:
            QTimer.singleShot(0, self, self._flush_changes)

    @Slot(str, int)
    def _on_editor_saved(self, table: str, _record_id: int) -> None:
        self.notify_changed(table)

    def _flush_changes(self) -> None:
        tables, self._changed_tables = self._changed_tables, set()
        if self.db is not None:
            self._refresh_views()
        for table in sorted(tables):
            self.data_changed.emit(table)

    def _refresh_views(self) -> None:
        was_empty = self.record_is_empty
        self._check_empty()
        for page in self.pages.values():
            if hasattr(page, "mark_stale"):
                page.mark_stale()
            elif hasattr(page, "refresh") and page.isVisible():
                page.refresh()
            elif hasattr(page, "set_database"):
                page.set_database(self.db)
        if was_empty != self.record_is_empty:
            self._show_current_page()
        self._update_actions()

    # editing -----------------------------------------------------------------
    def _editor(self) -> Callable | None:
        return feature("portfolio_app.ui.editors", "edit_record")

    def _table_for_new(self) -> str:
        key = self.current_key()
        return key if key in RECORD_TABLES else CONTRIBUTIONS

    def new_record(self, table: str | None = None) -> None:
        self.edit_record(table or self._table_for_new(), None)

    def edit_record(self, table: str, record_id: int | None) -> int | None:
        edit = self._editor()
        if edit is None or self.db is None:
            return None
        saved = edit(self, self.db, table, record_id)
        if saved is not None:
            self.notify_changed(table)
            if table != self.current_key() and record_id is None and self.record_is_empty is False:
                self.show_page(table)
            page = self.pages.get(table)
            if page is not None and page.isVisible():
                page.table.select_id(saved)
        return saved

    def edit_selected(self) -> None:
        page = self.current_page()
        if page is None or self.current_key() not in RECORD_TABLES:
            return
        record_id = page.current_id()
        if record_id is not None:
            self.edit_record(self.current_key(), record_id)

    def delete_selected(self) -> None:
        key = self.current_key()
        page = self.current_page()
        if self.db is None or key not in RECORD_TABLES or page is None:
            return
        delete_with_consent(self, self.db, self.undo_stack, key, page.selected_ids(), on_change=self.notify_changed)

    def find(self) -> None:
        if self.current_key() not in RECORD_TABLES:
            self.show_page(CONTRIBUTIONS)
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def _update_actions(self) -> None:
        a = self.actions
        key = self.current_key()
        page = self.pages.get(key) if key else None
        on_table = key in RECORD_TABLES and page is not None and self.stack.currentWidget() is page
        selected = bool(page.selected_ids()) if on_table else False
        has_editor = has_module("portfolio_app.ui.editors")
        ready = self.db is not None
        no_editor = self.tr("The record editors are not part of this build.")
        if has_editor:
            a.new.setEnabled(ready and key != PROFILE)
            a.edit.setEnabled(ready and on_table and selected)
        else:
            set_unavailable(a.new, no_editor)
            set_unavailable(a.edit, no_editor)
        a.delete.setEnabled(ready and on_table and selected)
        a.find.setEnabled(ready)
        a.leave_demo.setVisible(self.is_demo)
        a.open_data_folder.setEnabled(True)
        self._update_feature_actions(ready)
        self.empty_state.set_available(
            add=(has_editor, no_editor),
            import_=(a.import_data.isEnabled(), a.import_data.toolTip()),
        )

    # features built by other parts of the app ----------------------------------
    def _features(self) -> dict:
        """Menu actions backed by other parts of the app: action -> (module, function)."""
        a = self.actions
        return {
            a.import_data: ("portfolio_app.ui.import_wizard", "run_import_wizard"),
            a.export_pdf: ("portfolio_app.ui.export_dialog", "show_export_dialog"),
            a.export_csv: ("portfolio_app.ui.csv_export_dialog", "show_csv_export_dialog"),
            a.backup: ("portfolio_app.ui.backup_dialogs", "backup_now"),
            a.restore: ("portfolio_app.ui.backup_dialogs", "restore_backup"),
        }

    def _update_feature_actions(self, ready: bool) -> None:
        a = self.actions
        missing = self.tr("This feature is not part of this build.")
        for action, (module, name) in self._features().items():
            # looked up only once a database is open: these modules load the database layer
            if not ready:
                action.setEnabled(False)
            elif feature(module, name) is not None:
                action.setEnabled(True)
                action.setToolTip(action.statusTip() or action.text().replace("&", "").rstrip("…"))
            else:
                set_unavailable(action, missing)
        if has_module("portfolio_app.ui.about_dialog"):
            a.about.setEnabled(True)
        else:
            set_unavailable(a.about, missing)

    def import_data(self) -> None:
        run = feature("portfolio_app.ui.import_wizard", "run_import_wizard")
        if run is not None and self.db is not None and run(self, self.db):
            self.notify_changed(CONTRIBUTIONS)

    def export_pdf(self) -> None:
        run = feature("portfolio_app.ui.export_dialog", "show_export_dialog")
        if run is not None and self.db is not None:
            run(self, self.db)

    def export_csv(self) -> None:
        run = feature("portfolio_app.ui.csv_export_dialog", "show_csv_export_dialog")
        key = self.current_key()
        if run is not None and self.db is not None:
            run(self, self.db, table=key if key in RECORD_TABLES else None)

    def backup(self) -> None:
        run = feature("portfolio_app.ui.backup_dialogs", "backup_now")
        if run is not None and self.db is not None:
            run(self, self.db)

    def restore(self) -> None:
        run = feature("portfolio_app.ui.backup_dialogs", "restore_backup")
        if run is not None and self.db is not None:
            restored = run(self, self.db)
            if restored is not None:
                self.set_database(restored, demo=self.is_demo)

    def preferences(self) -> None:
        show_preferences = feature("portfolio_app.ui.preferences_dialog", "show_preferences")
        if show_preferences is not None:
            show_preferences(self, self.db)

    def about(self) -> None:
        show_about = feature("portfolio_app.ui.about_dialog", "show_about")
        if show_about is not None:
            show_about(self, self.db.path if self.db is not None else None)

    def open_data_folder(self) -> None:
        from portfolio_app.paths import data_dir

        folder = Path(self.db.path).parent if self.db is not None else data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # demo --------------------------------------------------------------------
    def open_demo(self) -> None:
        """Open the demo career from its own file, creating it in the background the first time."""
        from portfolio_app.paths import demo_database_path

        path = demo_database_path()

        def work(progress):
            from portfolio_app.services.demo import fill_demo
            from portfolio_app.services.records import contributions
            from portfolio_app.storage.database import open_database

            db = open_database(path)
            try:
                if contributions.count(db) == 0:
                    fill_demo(db, progress=lambda done, total: progress.report(done, total))
            except BaseException:
                db.close()
                raise
            return db

        run_in_background(self, work, on_success=lambda db: self.set_database(db, demo=True),
                          label=self.tr("Creating the demo career…"))

    def leave_demo(self) -> None:
        if not self.is_demo or self.user_db_path is None:
            return
        self.open_database(str(self.user_db_path))

    # state -------------------------------------------------------------------
    def save_state(self) -> None:
        settings.save_state("main", self)
        settings.save_state("splitter", self.splitter)
        for page in self.table_pages():
            page.save_state()
        if self.current_key():
            settings.save_value("page", self.current_key())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        try:
            self.save_state()
        except Exception as error:  # noqa: BLE001 - never keep the user from closing
            report_error(self, error)
        if self.db is not None:
            self.db.close()
            self.db = None
        super().closeEvent(event)
