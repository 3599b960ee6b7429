"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Portfolio"))
        self.resize(1100, 720)
        self.status = QLabel(self.tr("Opening your record…"))
        self.setCentralWidget(self.status)
        self.database = None

    def open_database(self, db_arg: str | None) -> None:
        from portfolio_app.errors import PortfolioError
        from portfolio_app.paths import resolve_database_path
        from portfolio_app.services.figures import table_counts
        from portfolio_app.storage.database import open_database

        path = resolve_database_path(db_arg)
        try:
            self.database = open_database(path)
        except PortfolioError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the database"), str(exc))
            self.close()
            return
        counts = table_counts(self.database)
        self.status.setText(
            self.tr("%n contribution(s) in %1", "", counts["contributions"]).replace("%1", str(path))
        )
