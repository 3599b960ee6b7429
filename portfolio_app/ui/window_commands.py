"""What the window's menu commands do: open a database or the demo, import, export, back up, restore.

The window holds the shell and the pages; these are the commands behind its
File, Edit and Help menus. Each imports the dialog or service it uses when it
runs (they load the database layer, which the window must not do before its
first paint). Data they change reaches the pages through ui.operations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from portfolio_app.domain.kinds import TABLE_KINDS
from portfolio_app.ui.workers import Progress, report_error, run_in_background

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database
    from portfolio_app.ui.main_window import MainWindow


class WindowCommands:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # databases -----------------------------------------------------------------
    def open_database(self, db_arg: str | None) -> None:
        """Open the user's database in the background (imports sqlmodel and alembic off the UI thread)."""
        from portfolio_app.paths import resolve_database_path

        window = self.window
        path = resolve_database_path(db_arg)

        def work(_progress: Progress) -> Database:
            from portfolio_app.services.opening import open_locked_database

            # one writer per file, a check after a crash, and the backup of the day
            return open_locked_database(path, daily_backup=True)

        def failed(error: BaseException) -> None:
            from portfolio_app.storage.integrity import DatabaseDamaged
            from portfolio_app.storage.lock import DatabaseInUse

            if isinstance(error, DatabaseInUse):
                # a second Portfolio on the same file: say who holds it, then go (no window left that can do nothing)
                from portfolio_app.ui.messages import translated_message

                QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Portfolio is already open"),
                                        translated_message(error))
                if window.db is None:
                    window.close()
                return
            def not_opened() -> None:
                window.opening.setText(QCoreApplication.translate("MainWindow", "The database could not be opened."))

            if isinstance(error, DatabaseDamaged):  # offer the newest good backup; the damaged file is kept
                from portfolio_app.ui.backup_dialogs import offer_restore_after_damage

                if offer_restore_after_damage(window, error, window.set_database, not_opened) is not None:
                    return  # restoring in the background
            else:
                report_error(window, error)
            not_opened()

        run_in_background(window, work, on_success=window.set_database, on_failure=failed, show_progress=False,
                          report_errors=False)

    def open_demo(self) -> None:
        """Open the demo career from its own file, creating it in the background the first time."""
        from portfolio_app.paths import demo_database_path

        path = demo_database_path()

        def work(progress: Progress) -> Database:
            from portfolio_app.services.record_files import open_demo

            return open_demo(path, progress=lambda done, total: progress.report(done, total))

        run_in_background(self.window, work, on_success=lambda db: self.window.set_database(db, demo=True),
                          label=QCoreApplication.translate("MainWindow", "Creating the demo career…"))

    def leave_demo(self) -> None:
        if self.window.is_demo and self.window.user_db_path is not None:
            self.open_database(str(self.window.user_db_path))

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
