"""Which command each menu and toolbar action runs, and when each one can be used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from portfolio_app.ui.window_pages import PROFILE

if TYPE_CHECKING:
    from portfolio_app.ui.main_window import MainWindow


def connect_actions(window: MainWindow) -> None:
    a, c, e, s = window.app_actions, window.commands, window.editing, window.switch
    for action, slot in (
        (a.quit, window.close), (a.new, lambda: e.new_record()), (a.edit, e.edit_selected),
        (a.delete, e.delete_selected), (a.find, e.find_in_table), (a.open_data_folder, c.open_data_folder),
        (a.leave_demo, s.leave_demo), (a.import_data, c.import_data), (a.export_pdf, c.export_pdf),
        (a.export_csv, c.export_csv), (a.backup, c.backup), (a.restore, c.restore),
        (a.preferences, c.preferences), (a.about, c.about),
    ):
        action.triggered.connect(slot)


def update_action_states(window: MainWindow) -> None:
    """Enable what applies to the page on screen and its selection; show the demo's way back."""
    a = window.app_actions
    page = window.current_table()
    on_table = page is not None and window.stack.currentWidget() is page
    selected = bool(page.selected_ids()) if page is not None and on_table else False
    ready = window.db is not None
    a.new.setEnabled(ready and window.current_key() != PROFILE)
    a.edit.setEnabled(ready and on_table and selected)
    a.delete.setEnabled(ready and on_table and selected)
    a.find.setEnabled(ready)
    a.leave_demo.setVisible(window.is_demo)
    window.demo_banner.setVisible(window.is_demo and window.db is not None)
    # these load the database layer: usable once a database is open
    for action in (a.import_data, a.export_pdf, a.export_csv, a.backup, a.restore):
        action.setEnabled(ready)
        action.setToolTip(action.statusTip() or action.text().replace("&", "").rstrip("…"))
    window.empty_state.set_available(add=(True, ""), import_=(ready, a.import_data.toolTip()))
