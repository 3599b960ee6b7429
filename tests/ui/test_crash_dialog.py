"""The global exception hook: errors from slots and threads become one dialog and a log entry."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from portfolio_app.logs import log_file
from portfolio_app.storage.models import Employment
from portfolio_app.ui.crash_dialog import CrashDialog, install_excepthook, uninstall_excepthook

pytestmark = pytest.mark.qt_no_exception_capture  # the hook under test must see the errors, not pytest-qt


@pytest.fixture
def reporter(qapp):
    installed = install_excepthook(qapp)
    yield installed
    for dialog in list(installed.open_dialogs):
        dialog.close()
    uninstall_excepthook()


class BrokenRecord(RuntimeError):
    pass


def fail(message: str = "the record is broken"):
    raise BrokenRecord(message)


def shown_dialog(reporter) -> CrashDialog:
    assert len(reporter.open_dialogs) == 1
    return reporter.open_dialogs[0]


def test_an_error_in_a_slot_shows_the_dialog_and_is_logged(qtbot, reporter):
    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: bool(reporter.open_dialogs), timeout=5000)
    dialog = shown_dialog(reporter)
    assert "BrokenRecord: the record is broken" in dialog.summary_label.text()
    assert str(log_file()) in dialog.log_label.text()
    assert "Traceback" in dialog.details and "def fail" not in dialog.details and "in fail" in dialog.details
    logged = log_file().read_text(encoding="utf-8")
    assert "BrokenRecord: the record is broken" in logged and "Traceback" in logged


def test_copy_details_puts_the_report_on_the_clipboard(qtbot, reporter):
    try:
        fail("copy me")
    except BrokenRecord:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(reporter.open_dialogs), timeout=5000)
    dialog = shown_dialog(reporter)
    qtbot.mouseClick(dialog.copy_button, _left())
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details
    assert "copy me" in copied and "Python" in copied and "Qt" in copied


def test_an_error_in_a_worker_thread_reaches_the_gui_thread(qtbot, reporter):
    seen_in: list[threading.Thread] = []
    original = reporter.show_dialog

    def recording_show(summary, details):
        seen_in.append(threading.current_thread())
        original(summary, details)

    reporter.crashed.disconnect()
    reporter.crashed.connect(recording_show)
    worker = threading.Thread(target=fail, args=("from a thread",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(reporter.open_dialogs), timeout=5000)
    assert seen_in == [threading.main_thread()]
    assert "from a thread" in shown_dialog(reporter).summary_label.text()


def test_a_burst_of_errors_opens_one_dialog_but_logs_all(qtbot, reporter):
    for number in range(5):
        QTimer.singleShot(0, lambda n=number: fail(f"error number {n}"))
    qtbot.waitUntil(lambda: reporter.reported == 5, timeout=5000)
    QApplication.processEvents()
    assert len(reporter.open_dialogs) == 1
    logged = log_file().read_text(encoding="utf-8")
    assert all(f"error number {n}" in logged for n in range(5))


def test_closing_the_dialog_lets_the_next_error_show_again(qtbot, reporter):
    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: bool(reporter.open_dialogs), timeout=5000)
    shown_dialog(reporter).reject()
    assert reporter.open_dialogs == []
    QTimer.singleShot(0, lambda: fail("second"))
    qtbot.waitUntil(lambda: bool(reporter.open_dialogs), timeout=5000)
    assert "second" in shown_dialog(reporter).summary_label.text()


def test_an_error_inside_a_use_case_leaves_no_half_done_transaction(qtbot, reporter, db):
    """The session rolls back before the hook runs: nothing half written, the file is not locked."""
    import datetime as dt

    def use_case_that_fails():
        with db.session() as session:
            session.add(Employment(organisation="Half", role="done", start_date=dt.date(2020, 1, 1)))
            session.flush()  # the row is in the open transaction
            fail("in the middle of a write")

    QTimer.singleShot(0, use_case_that_fails)
    qtbot.waitUntil(lambda: bool(reporter.open_dialogs), timeout=5000)
    with db.session() as session:
        assert session.exec(select(Employment)).all() == []
        session.add(Employment(organisation="Next", role="write", start_date=dt.date(2021, 1, 1)))
    with db.session() as session:
        assert [e.organisation for e in session.exec(select(Employment))] == ["Next"]


def test_keyboard_interrupt_is_not_reported(reporter, capsys):
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        sys.excepthook(*sys.exc_info())
    QApplication.processEvents()
    assert reporter.reported == 0 and reporter.open_dialogs == []


def test_uninstall_restores_python_hooks(qapp):
    install_excepthook(qapp)
    assert sys.excepthook is not sys.__excepthook__
    uninstall_excepthook()
    assert sys.excepthook is sys.__excepthook__ and threading.excepthook is threading.__excepthook__


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_failing_error_dialog_is_logged_not_looped(qtbot, reporter, monkeypatch):
    from portfolio_app.ui import crash_dialog

    def broken_dialog(*_args, **_kwargs):
        raise RuntimeError("the dialog itself is broken")

    monkeypatch.setattr(crash_dialog, "CrashDialog", broken_dialog)
    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: reporter.reported == 1, timeout=5000)
    for _ in range(10):
        QApplication.processEvents()
    assert reporter.reported == 1 and reporter.open_dialogs == []
    assert "the dialog itself is broken" in log_file().read_text(encoding="utf-8")
