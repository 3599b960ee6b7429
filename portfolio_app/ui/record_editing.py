"""Edit → New, Edit, Delete and Find on the record on screen, with undo for each.

The editor saves and announces what it saved (ui.operations); this adds the
step to the undo stack, and shows the saved row in its table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from portfolio_app.domain.kinds import TABLE_KINDS, RecordKind
from portfolio_app.ui.edit_commands import push_saved, record_state
from portfolio_app.ui.undo import delete_with_consent
from portfolio_app.ui.window_pages import CONTRIBUTIONS

if TYPE_CHECKING:
    from portfolio_app.ui.edit_commands import RecordState
    from portfolio_app.ui.main_window import MainWindow


class RecordEditing:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def new_record(self, table: str | None = None) -> None:
        key = self.window.current_key()
        self.edit_record(table or (key if key in TABLE_KINDS else CONTRIBUTIONS), None)

    def edit_record(self, table: str, record_id: int | None) -> int | None:
        """Open the editor on ``record_id`` (None: a new record); the id saved, or None."""
        from portfolio_app.errors import NotFound
        from portfolio_app.ui.editors import edit_record

        window, db = self.window, self.window.db
        if db is None:
            return None
        before: RecordState | None = None
        if record_id is not None:
            try:
                before = record_state(db, table, record_id)
            except NotFound:
                pass  # the editor says the record is gone
        saved = edit_record(window, db, table, record_id)  # the editor announces what it saved
        if saved is not None:
            push_saved(window.undo_stack, db, table, saved, before)  # Ctrl+Z takes an add or edit back
            if table != window.current_key() and record_id is None and window.record_is_empty is False:
                window.show_page(table)
            page = window.table_pages().get(RecordKind(table))
            if page is not None and page.isVisible():
                page.table.select_id(saved)
        return saved

    def edit_selected(self) -> None:
        page = self.window.current_table()
        record_id = page.current_id() if page is not None else None
        if page is not None and record_id is not None:
            self.edit_record(page.table_name, record_id)

    def delete_selected(self) -> None:
        page, db = self.window.current_table(), self.window.db
        if db is not None and page is not None:
            delete_with_consent(self.window, db, self.window.undo_stack, page.table_name, page.selected_ids())

    def find_in_table(self) -> None:
        if self.window.current_key() not in TABLE_KINDS:
            self.window.show_page(CONTRIBUTIONS)
        page = self.window.current_table()
        if page is not None:
            page.focus_search()
