"""Starting the window: show something at once, load the heavy parts after the first paint."""

from __future__ import annotations

import sys


def launch(db_arg: str | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from portfolio_app import APP_NAME, APP_ORGANISATION, __version__
    from portfolio_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORGANISATION)
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()
    # the database (sqlmodel, alembic) loads after the window has painted once
    QTimer.singleShot(0, lambda: window.open_database(db_arg))
    return app.exec()
