"""Widgets tests: a settings file per test, US-English number formats, no worker left running."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QThreadPool


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp):
    """Window state goes to a folder of this test, never to the developer's real settings."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("PortfolioTests")
    QCoreApplication.setApplicationName("Portfolio")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield folder


@pytest.fixture(autouse=True)
def no_worker_left(qapp):
    """Background work of one test must not run into the next one's database."""
    yield
    from portfolio_app.ui import workers

    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(20):  # deliver the queued results so the tasks finish and leave the registry
        QCoreApplication.processEvents()
        if not workers.running_tasks():
            break


def _wait_idle(qtbot, timeout: int = 10_000) -> None:
    from portfolio_app.ui.workers import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=timeout)


@pytest.fixture
def wait_idle(qtbot):
    """Call to wait until every background task has delivered its result."""
    return lambda timeout=10_000: _wait_idle(qtbot, timeout)


@pytest.fixture
def make_window(qtbot):
    """Build a MainWindow on an open database and wait until its lists are filled."""
    from portfolio_app.ui.main_window import MainWindow

    def make(db, page: str | None = "contribution"):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.set_database(db)
        if page:
            window.show_page(page)
        _wait_idle(qtbot)
        return window

    return make


@pytest.fixture
def german(qapp):
    """The UI in German (texts and number formats) for one test."""
    from portfolio_app.ui.translators import install_translators

    install_translators(qapp, "de")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
