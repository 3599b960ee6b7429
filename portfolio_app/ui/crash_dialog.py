"""The last line of defence: an unexpected error becomes a dialog and a log entry, not a vanished window.

install_excepthook(app) replaces sys.excepthook (errors in the GUI thread,
including those raised inside Qt slots) and threading.excepthook (errors in
worker threads). Every error is written with its traceback to the rotating
log; the dialog says what happened, where the log is, and offers the details
to copy into a bug report. Errors from other threads reach the dialog through
a queued signal, because widgets may only be touched from the GUI thread.

The database stays consistent without help from here: every use case runs in
its own short session (Database.session() wraps it in ``session.begin()``), so
an exception leaving a use case rolls its transaction back before it ever
reaches this hook, and SQLite's write-ahead log makes that rollback atomic even
if the process dies. There is no long-lived session that could be left half
done, so the hook only reports; the user may keep working or quit.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app import APP_NAME, __version__
from portfolio_app.logs import log, log_file, setup_logging
from portfolio_app.ui.text_fill import fill

MAX_OPEN_DIALOGS = 1  # a loop of errors must not bury the user under windows


def describe(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """The text a bug report needs: versions, platform, time, traceback."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.platform()}",
        f"{datetime.now().isoformat(timespec='seconds')}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """What went wrong, where the log is, and a button to copy the details."""

    def __init__(self, summary: str, details: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.resize(640, 420)

        headline = QLabel(self.tr("Something went wrong that Portfolio did not expect."))
        headline.setWordWrap(True)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reassurance = QLabel(
            self.tr(
                "Your saved data is safe: a change that was interrupted has been undone. "
                "You can keep working, or quit and start Portfolio again."
            )
        )
        reassurance.setWordWrap(True)
        self.log_label = QLabel(fill(self.tr("The full report was written to the log file:\n%1"), log_path))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button = QPushButton(self.tr("Open log folder"))
        self.log_button.clicked.connect(lambda: self.open_log_folder(log_path))
        self.quit_button = QPushButton(self.tr("Quit Portfolio"))
        self.quit_button.clicked.connect(self.quit_app)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Keep working"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.log_button)
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.summary_label)
        layout.addWidget(reassurance)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details_view, 1)
        layout.addLayout(row)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    @staticmethod
    def open_log_folder(log_path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_path).parent)))

    @Slot()
    def quit_app(self) -> None:
        self.accept()
        QApplication.quit()


class CrashReporter(QObject):
    """Lives in the GUI thread; turns errors from any thread into one dialog at a time."""

    crashed = Signal(str, str)  # summary, details

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.open_dialogs: list[CrashDialog] = []
        self.reported = 0
        self.crashed.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)

    def report(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        """Called by the hooks in whatever thread failed: log now, show the dialog in the GUI thread."""
        self.reported += 1
        details = describe(exc_type, exc, tb)
        log.error("Unexpected error\n%s", details)
        summary = f"{exc_type.__name__}: {exc}".strip().rstrip(":")
        self.crashed.emit(summary[:500], details)

    @Slot(str, str)
    def show_dialog(self, summary: str, details: str) -> None:
        if len(self.open_dialogs) >= MAX_OPEN_DIALOGS:
            return  # already showing one; the rest is in the log
        try:
            dialog = CrashDialog(summary, details, str(log_file()), QApplication.activeWindow())
        except Exception:  # noqa: BLE001 - an error in the error dialog must not loop back into this hook
            log.exception("The error dialog could not be shown")
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self.open_dialogs.remove(d))
        dialog.open()


_reporter: CrashReporter | None = None


def install_excepthook(app: QApplication) -> CrashReporter:
    """Route every uncaught exception (GUI and worker threads) to the log and a dialog."""
    global _reporter
    setup_logging()
    _reporter = reporter = CrashReporter(app)

    def gui_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            reporter.report(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the hook itself must never raise: fall back to stderr
            sys.__excepthook__(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        if args.exc_value is None:  # never from threading.Thread, which hands over what it caught
            reporter.report(args.exc_type, None, args.exc_traceback)
            return
        gui_hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = gui_hook
    threading.excepthook = thread_hook
    return reporter


def uninstall_excepthook() -> None:
    """Restore Python's own hooks (tests, and the CLI after a window closed)."""
    global _reporter
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _reporter is not None:
        _reporter.deleteLater()
    _reporter = None
