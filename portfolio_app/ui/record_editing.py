"""Edit → New, Edit, Delete and Find on the record on screen, with undo for each.

The editor saves and announces what it saved (ui.operations for the views,
ui.edit_commands for undo); this puts every save on the window's undo stack —
also a record made with "New…" inside another editor and a figure typed into
a table cell — and shows the saved row in its table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from portfolio_app.domain.kinds import TABLE_KINDS, RecordKind
from portfolio_app.ui.edit_commands import DoneChange, SavedRecord, listen_for_saves, push_saved
from portfolio_app.ui.undo import delete_with_consent
from portfolio_app.ui.window_pages import CONTRIBUTIONS

if TYPE_CHECKING:
    from portfolio_app.ui.main_window import MainWindow


class RecordEditing:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # editors, nested "New…" editors, table cells; and bulk changes such as "Mark reviewed"
        listen_for_saves(window, self._push_saved, self._push_done)

    def _push_saved(self, saved: SavedRecord) -> None:
        """Ctrl+Z takes a save back: an add, or an edit to the values from before."""
        db = self.window.db
        if db is not None and saved.db is db:
            push_saved(self.window.undo_stack, db, saved.kind, saved.record_id, saved.before, saved.text)

    def new_record(self, table: str | None = None) -> None:
        key = self.window.current_key()
        self.edit_record(table or (key if key in TABLE_KINDS else CONTRIBUTIONS), None)

    def _push_done(self, done: DoneChange) -> None:
        if self.window.db is not None and done.db is self.window.db:
            self.window.undo_stack.push(done.command)

    def edit_record(self, table: str, record_id: int | None) -> int | None:
        """Open the editor on ``record_id`` (None: a new record); the id saved, or None."""
        from portfolio_app.ui.editors import edit_record

        window, db = self.window, self.window.db
        if db is None:
            return None
        saved = edit_record(window, db, table, record_id)  # the editor announces what it saved (undo hears it)
        if saved is not None:
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
