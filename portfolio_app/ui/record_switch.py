"""Which record the window works on: the user's, opened after the first paint; the demo; one handed over.

Opening runs in the background (services.opening: the writer lock, a check
after a crash, the backup of the day), as do the demo and the swaps that
hand the window a record already open (a restore, a move of the data folder).
:meth:`RecordSwitch.switch_to` takes any of them: it closes the record before,
gives every page the new one and says in the title bar which file it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from portfolio_app.ui.text_fill import fill
from portfolio_app.ui.workers import Progress, report_error, run_in_background

if TYPE_CHECKING:
    from portfolio_app.storage.database import Database
    from portfolio_app.ui.main_window import MainWindow


class RecordSwitch:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open_database(self, db_arg: str | None) -> None:
        """Open the user's database in the background (imports sqlmodel and alembic off the UI thread)."""
        from portfolio_app.paths import resolve_database_path

        path = resolve_database_path(db_arg)

        def work(_progress: Progress) -> Database:
            from portfolio_app.services.opening import open_locked_database

            # one writer per file, a check after a crash, and the backup of the day
            return open_locked_database(path, daily_backup=True)

        run_in_background(self.window, work, on_success=self.switch_to, on_failure=self._not_opened,
                          show_progress=False, report_errors=False)

    def _not_opened(self, error: BaseException) -> None:
        from portfolio_app.storage.integrity import DatabaseDamaged
        from portfolio_app.storage.lock import DatabaseInUse

        window = self.window
        if isinstance(error, DatabaseInUse):
            # a second Portfolio on the same file: say who holds it, then go (no window left that can do nothing)
            from portfolio_app.ui.messages import translated_message

            QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Portfolio is already open"),
                                    translated_message(error))
            if window.db is None:
                window.close()
            return

        def say_so() -> None:
            window.opening.setText(QCoreApplication.translate("MainWindow", "The database could not be opened."))

        if isinstance(error, DatabaseDamaged):  # offer the newest good backup; the damaged file is kept
            from portfolio_app.ui.backup_dialogs import offer_restore_after_damage

            if offer_restore_after_damage(window, error, self.switch_to, say_so) is not None:
                return  # restoring in the background
        else:
            report_error(window, error)
        say_so()

    def open_demo(self) -> None:
        """Open the demo career in the UI's language from its own file, created in the background the first time."""
        from portfolio_app.paths import demo_database_path
        from portfolio_app.ui.translators import current_language

        language = current_language()
        path = demo_database_path(language)

        def work(progress: Progress) -> Database:
            from portfolio_app.services.record_files import open_demo

            return open_demo(path, progress=lambda done, total: progress.report(done, total), language=language)

        run_in_background(self.window, work, on_success=lambda db: self.switch_to(db, demo=True),
                          label=QCoreApplication.translate("MainWindow", "Creating the demo career…"))

    def leave_demo(self) -> None:
        if self.window.is_demo and self.window.user_db_path is not None:
            self.open_database(str(self.window.user_db_path))

    def switch_to(self, db: Database, *, demo: bool = False) -> None:
        """Work on ``db`` from now on (the record before is closed); every page shows it."""
        window = self.window
        if not window.pages:
            window.page_stack.build(on_edit=window.editing.edit_record, on_selection=window.update_actions)
        if window.db is not None and window.db is not db:
            window.db.close()
        window.db = db
        window.is_demo = demo
        if not demo:
            window.user_db_path = Path(db.path)
        window.undo_stack.clear()
        self.update_title()
        self.check_empty()
        window.page_stack.set_database(db)
        window.show_current_page()
        window.database_changed.emit()

    def check_empty(self) -> bool:
        """Whether the record has no contributions (the first-run page shows then); True when that changed."""
        from portfolio_app.services.records import contributions

        window = self.window
        was_empty = window.record_is_empty
        window.record_is_empty = window.db is not None and contributions.count(window.db) == 0
        return was_empty != window.record_is_empty

    def update_title(self) -> None:
        window = self.window
        translate = QCoreApplication.translate
        if window.db is None:
            window.setWindowTitle(translate("MainWindow", "Portfolio"))
        elif window.is_demo:
            window.setWindowTitle(translate("MainWindow", "Portfolio — demo data (not your record)"))
        else:
            window.setWindowTitle(fill(translate("MainWindow", "Portfolio — %1"), Path(window.db.path).name))
