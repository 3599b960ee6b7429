"""What the window's menu commands do: import, export, back up, restore, preferences, about.

The window holds the shell and the pages; these are the commands behind its
File, Edit and Help menus. Each imports the dialog or service it uses when it
runs (they load the database layer, which the window must not do before its
first paint). Data they change reaches the pages through ui.operations.
Opening a record, the demo or another file is ui.record_switch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from portfolio_app.domain.kinds import TABLE_KINDS

if TYPE_CHECKING:
    from portfolio_app.ui.main_window import MainWindow


class WindowCommands:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # menu commands -------------------------------------------------------------
    def import_data(self) -> None:
        from portfolio_app.ui.import_wizard import run_import_wizard

        if self.window.db is not None:
            run_import_wizard(self.window, self.window.db)  # the wizard announces what it imported

    def export_pdf(self) -> None:
        from portfolio_app.ui.export_dialog import show_export_dialog

        if self.window.db is not None:
            show_export_dialog(self.window, self.window.db)

    def export_csv(self) -> None:
        from portfolio_app.ui.csv_export_dialog import show_csv_export_dialog

        key = self.window.current_key()
        if self.window.db is not None:
            show_csv_export_dialog(self.window, self.window.db, table=key if key in TABLE_KINDS else None)

    def backup(self) -> None:
        from portfolio_app.ui.backup_dialogs import backup_now

        if self.window.db is not None:
            backup_now(self.window, self.window.db)

    def restore(self) -> None:
        from portfolio_app.ui.backup_dialogs import restore_backup

        window = self.window
        if window.db is not None:
            demo = window.is_demo
            restore_backup(window, window.db, lambda opened: window.set_database(opened, demo=demo))

    def preferences(self) -> None:
        from portfolio_app.ui.preferences_dialog import show_preferences

        show_preferences(self.window, self.window.db, on_moved=self.window.set_database)

    def about(self) -> None:
        from portfolio_app.ui.about_dialog import show_about

        show_about(self.window, self.window.db.path if self.window.db is not None else None)

    def open_data_folder(self) -> None:
        from portfolio_app.paths import data_dir

        folder = Path(self.window.db.path).parent if self.window.db is not None else data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
