"""The window's pages: the sidebar, the stack they show in, and which one is on screen.

The shell — the sidebar, an "opening" page and the first-run page — uses Qt
only, so the window paints before the database layer is imported; the pages
that need the services are built when the first database arrives
(:meth:`WindowPages.build`). Leaving the profile with unsaved edits asks
Save / Discard / Cancel first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from portfolio_app.domain.kinds import TABLE_KINDS, RecordKind
from portfolio_app.ui.first_run import EmptyState
from portfolio_app.ui.record_kinds import entry

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database
    from portfolio_app.ui.profile_view import ProfileView
    from portfolio_app.ui.tables.pages import TablePage

DASHBOARD, PROFILE = "dashboard", "profile"
CONTRIBUTIONS = RecordKind.CONTRIBUTION
PAGE_KEYS: tuple[str, ...] = (DASHBOARD, *TABLE_KINDS, PROFILE)


class Page(Protocol):
    """What the window asks of every page; changes reach pages through ui.operations."""

    def set_database(self, db: Database) -> None: ...


class WindowPages:
    """The sidebar (``navigation``), the ``stack`` of pages and the ``pages`` by key."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.pages: dict[str, QWidget] = {}
        self.shown_key: str | None = None  # the page on screen, to ask before leaving unsaved edits
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setMinimumWidth(150)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 7px 12px; }")
        translate = QCoreApplication.translate  # lupdate reads the context only from a literal
        titles = {DASHBOARD: translate("MainWindow", "Dashboard"), PROFILE: translate("MainWindow", "Profile")}
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(titles[key] if key in titles else entry(key).page_title())
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText))
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        self.opening = QLabel(translate("MainWindow", "Opening your record…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.empty_state = EmptyState()
        self.stack.addWidget(self.empty_state)

    # which page --------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def current_table(self) -> TablePage | None:
        """The page of the current kind of record, when a table is on screen."""
        key = self.current_key()
        if key not in TABLE_KINDS or key not in self.pages:
            return None
        return self.table_pages()[RecordKind(key)]

    def table_pages(self) -> dict[RecordKind, TablePage]:
        from portfolio_app.ui.tables.pages import TablePage

        return {RecordKind(key): page for key, page in self.pages.items() if isinstance(page, TablePage)}

    def profile(self) -> ProfileView | None:
        if PROFILE not in self.pages:
            return None  # no database yet: nothing typed in
        from portfolio_app.ui.profile_view import ProfileView

        page = self.pages[PROFILE]
        return page if isinstance(page, ProfileView) else None

    def show_current(self, *, has_database: bool, record_is_empty: bool) -> bool:
        """Put the chosen page on screen; False (the profile kept) when the user cancelled leaving it."""
        key = self.current_key()
        profile = self.profile()
        if self.shown_key == PROFILE and key != PROFILE and profile is not None \
                and not profile.settle_unsaved(self.parent):
            self.navigation.blockSignals(True)
            self.show_page(PROFILE)  # Cancel, or a save that could not be made: stay
            self.navigation.blockSignals(False)
            return False
        self.shown_key = key
        if not has_database or key is None:
            self.stack.setCurrentWidget(self.opening)
        elif record_is_empty and key in (DASHBOARD, CONTRIBUTIONS):
            self.stack.setCurrentWidget(self.empty_state)
        elif key in self.pages:
            self.stack.setCurrentWidget(self.pages[key])
        return True

    # building ----------------------------------------------------------------
    def build(self, *, on_edit: Callable[[str, int | None], object], on_selection: Callable[[], None]) -> None:
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
            table.edit_requested.connect(on_edit)
            table.selection_changed.connect(on_selection)

    def set_database(self, db: Database) -> None:
        pages: list[Page] = list(self.pages.values())  # type: ignore[arg-type]  # every page is a Page
        for page in pages:
            page.set_database(db)
