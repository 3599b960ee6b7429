"""Starting the window: show something at once, load the heavy parts after the first paint.

Only Qt and our Qt-only modules are imported before the window shows;
sqlmodel, SQLAlchemy and Alembic load in a worker thread once the window has
painted, and ReportLab only when the user exports.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt loads inside the functions, as late as the first paint allows
    from PySide6.QtWidgets import QApplication


def prepare_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, locale, translations and crash reporting set up."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from portfolio_app import APP_NAME, APP_ORGANISATION, __version__
    from portfolio_app.ui.crash_dialog import install_excepthook
    from portfolio_app.ui.translators import install_translators

    existing = QApplication.instance()
    if existing is None:
        app = QApplication(argv if argv is not None else sys.argv)
    else:
        assert isinstance(existing, QApplication), "the app shows widgets: a QApplication, not a QCoreApplication"
        app = existing
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORGANISATION)
    app.setApplicationVersion(__version__)
    if QLocale().language() == QLocale.Language.C:
        # no LANG set: write numbers with separators rather than "1234567"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    install_translators(app)
    install_excepthook(app)
    return app


def launch(db_arg: str | None) -> int:
    from PySide6.QtCore import QTimer

    from portfolio_app.ui.main_window import MainWindow

    app = prepare_application()
    window = MainWindow()
    # the database (sqlmodel, alembic) loads after the window has painted once
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: window.open_database(db_arg)))
    window.show()
    status = app.exec()
    from portfolio_app.ui.workers import shutdown

    shutdown()  # no worker thread may outlive the interpreter's shutdown
    return status
