"""Walk through every view of the window as a user meets it, and save a screenshot of each.

Run on purpose under a real X server with a window manager, once per language and size::

    xvfb-run -a -s "-screen 0 1024x700x24" sh -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb .venv/bin/python -m portfolio_app.devtools.walkthrough --lang de --out /tmp/walk/de-1024'

The window is maximised on the screen, so the screen's size is the window's.
An empty record (the first-run state) and the demo career (with its banner)
go into temporary files; settings go to a temporary folder. The walk opens
every page, every editor (new and existing, with a refused and a doubtful
figure), the "Save changes?" and delete questions, every dialog with each of
its tabs, the import wizard's pages on a CSV file of our own, the menus and
the file dialogs; each is saved as <out>/NN-<what>.png, taken from the whole
screen so window decorations and dialog placement show as the user sees them.
Look at every picture: clipped or overlapping text, English in the German UI,
wording that reads translated.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from portfolio_app.storage.database import Database
    from portfolio_app.ui.main_window import MainWindow

# a step yields milliseconds to wait, or a condition to wait for (the walk gives up on it after 15 s)
Instruction = int | Callable[[], bool]
Steps = Iterator[Instruction]
TABLES = ("contribution", "audience", "campaign", "employment", "testimonial")
PAGES = ("dashboard", *TABLES, "profile")
CSV_EXAMPLE = (
    "Date,Title,Link,Impressions,Likes\n"
    "2024-03-05,Talk: measuring what a community does,https://example.org/talk,1200,85\n"
    "2024-04-12,Newsletter 14,https://example.org/n14,880,12\n"
)


class Walk:
    """Runs the steps of a walk between Qt events and numbers the screenshots it saves."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.saved: list[Path] = []
        self._steps: Steps | None = None

    def shoot(self, name: str) -> None:
        """Save the whole screen as the next numbered picture."""
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        self.app.primaryScreen().grabWindow(0).save(str(path))
        self.saved.append(path)

    def run(self, steps: Steps) -> None:
        from PySide6.QtCore import QTimer

        self._steps = steps
        QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        from PySide6.QtCore import QTimer

        assert self._steps is not None
        try:
            instruction = next(self._steps)
        except StopIteration:
            self.app.quit()
            return
        except Exception:  # a broken step ends the walk with its traceback, never a hung process
            self.app.quit()
            raise
        if isinstance(instruction, int):
            QTimer.singleShot(instruction, self._advance)
        else:
            self._wait_for(instruction, 0)

    def _wait_for(self, condition: Callable[[], bool], waited: int) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        from portfolio_app.ui.workers import running_tasks

        # a task that ends in a message box keeps running until the box is closed: a box on screen is settled
        settled = not running_tasks() or isinstance(modal(), QMessageBox)
        if (condition() and settled) or waited > 15_000:
            if waited > 15_000:
                print(f"gave up waiting after step {len(self.saved)}", file=sys.stderr)
            QTimer.singleShot(250, self._advance)  # let layouts and background figures settle
            return
        QTimer.singleShot(50, lambda: self._wait_for(condition, waited + 50))


def modal() -> QWidget | None:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeModalWidget()


def gone(widget: QWidget | None) -> Callable[[], bool]:
    """A condition to wait for: ``widget`` is no longer the modal window."""
    return lambda: modal() is not widget


def opened(open_it: Callable[[], object]) -> Steps:
    """Open a dialog as its command does (exec() runs in its own event) and wait until it is on screen."""
    from PySide6.QtCore import QTimer

    before = modal()
    QTimer.singleShot(0, open_it)
    yield lambda: modal() not in (None, before)
    yield 200


def closed(dialog: QWidget) -> Steps:
    """Close ``dialog`` the way Esc does, and wait until it is gone."""
    from PySide6.QtWidgets import QDialog

    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()
    yield lambda: modal() is not dialog


def press(box: QWidget, role_name: str) -> None:
    """Click the button of a message box that has ``role_name`` (e.g. "DestructiveRole")."""
    from PySide6.QtWidgets import QMessageBox

    assert isinstance(box, QMessageBox)
    role = getattr(QMessageBox.ButtonRole, role_name)
    for button in box.buttons():
        if box.buttonRole(button) == role:
            button.click()
            return
    raise LookupError(f"no {role_name} button in {box.windowTitle()!r}")


def dialog_with_tabs(walk: Walk, name: str, open_it: Callable[[], object]) -> Steps:
    """Open a dialog, picture each of its tabs, close it."""
    from PySide6.QtWidgets import QTabWidget

    yield from opened(open_it)
    dialog = modal()
    assert dialog is not None
    tabs = dialog.findChildren(QTabWidget)
    walk.shoot(name)
    for widget in tabs:
        for index in range(1, widget.count()):
            widget.setCurrentIndex(index)
            yield 200
            walk.shoot(f"{name}-tab{index + 1}")
    yield from closed(dialog)


def pages(walk: Walk, window: MainWindow, label: str) -> Steps:
    for key in PAGES:
        window.show_page(key)
        yield 300
        walk.shoot(f"{label}-page-{key}")


def menus(walk: Walk, window: MainWindow) -> Steps:
    from PySide6.QtWidgets import QMenu

    bar = window.menuBar()
    for index, action in enumerate(bar.actions()):
        menu = action.menu()
        if not isinstance(menu, QMenu):
            continue
        menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
        yield 300
        walk.shoot(f"menu-{index + 1}")
        menu.close()
        yield 100


def editors(walk: Walk, window: MainWindow, db: Database) -> Steps:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QWidget

    from portfolio_app.services import records
    from portfolio_app.ui.editors.base import RecordEditor

    services: dict[str, records.RecordService] = {"contribution": records.contributions, "audience": records.audiences,
                "campaign": records.campaigns, "employment": records.employments,
                "testimonial": records.testimonials}
    for table in TABLES:
        first = services[table].list(db)[0].id
        for record_id, state in ((None, "new"), (first, "edit")):
            window.show_page(table)
            yield from opened(partial(window.edit_record, table, record_id))
            editor = modal()
            assert isinstance(editor, RecordEditor)
            walk.shoot(f"editor-{table}-{state}")
            if table == "contribution" and state == "edit":
                # a figure that is ambiguous, and one that is implausible: the reasons at the fields
                fields = editor.form.fields
                for name, typed in (("impressions", "1.5"), ("reactions", "9999999")):
                    field = fields[name]
                    edit = field if isinstance(field, QLineEdit) else \
                        field.findChild(QLineEdit) if isinstance(field, QWidget) else None
                    if edit is not None:
                        edit.selectAll()
                        QTest.keyClicks(edit, typed)
                        QTest.keyClick(edit, Qt.Key.Key_Tab)
                yield 400
                walk.shoot("editor-contribution-figures-refused")
            if state == "edit":
                # typed-in work, then Esc: the "Save changes?" question
                edit = editor.findChild(QLineEdit)
                if edit is not None:
                    QTest.keyClicks(edit, " x")
                yield from opened(editor.reject)
                box = modal()
                assert box is not None and box is not editor
                walk.shoot(f"editor-{table}-save-changes")
                press(box, "DestructiveRole")
                yield gone(editor)
            else:
                editor.discard()
                yield gone(editor)


def deletes(walk: Walk, window: MainWindow, db: Database) -> Steps:
    from portfolio_app.services import records

    services: dict[str, records.RecordService] = {"contribution": records.contributions, "audience": records.audiences,
                "campaign": records.campaigns, "employment": records.employments,
                "testimonial": records.testimonials}
    for table in TABLES:
        window.show_page(table)
        yield 300
        page = window.current_table()
        assert page is not None
        page.table.select_id(services[table].list(db)[0].id)
        yield 200
        yield from opened(window.app_actions.delete.trigger)
        box = modal()
        assert box is not None
        walk.shoot(f"delete-{table}")
        yield from closed(box)


def profile_unsaved(walk: Walk, window: MainWindow) -> Steps:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    window.show_page("profile")
    yield 300
    page = window.pages["profile"]
    edit = page.findChild(QLineEdit)
    assert edit is not None
    QTest.keyClicks(edit, " x")
    yield from opened(lambda: window.show_page("dashboard"))
    box = modal()
    assert box is not None
    walk.shoot("profile-save-changes")
    press(box, "DestructiveRole")
    yield lambda: modal() is None


def import_wizard(walk: Walk, window: MainWindow, db: Database, csv_file: Path) -> Steps:
    """The wizard's pages on a CSV file of our own, up to the import's outcome (into its own database)."""
    from PySide6.QtWidgets import QWizard

    from portfolio_app.ui.import_wizard.wizard import ImportWizard

    wizard = ImportWizard(db, window)
    yield from opened(wizard.exec)
    walk.shoot("import-1-source")
    wizard.currentPage().set_source("csv")  # type: ignore[attr-defined]  # the source page
    wizard.button(QWizard.WizardButton.NextButton).click()
    yield 300
    walk.shoot("import-2-file")
    # a file that is not a table first: the page says why it cannot be used
    wrong = csv_file.with_name("photo.png")
    wrong.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    wizard.currentPage().set_path(str(wrong))  # type: ignore[attr-defined]  # the file page
    yield 1500
    walk.shoot("import-2-file-refused")
    wizard.currentPage().set_path(str(csv_file))  # type: ignore[attr-defined]  # the file page
    yield lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    for number in range(3, 7):
        shown = [wizard.button(which) for which in (QWizard.WizardButton.NextButton,
                 QWizard.WizardButton.CommitButton) if wizard.button(which).isVisible()]
        if not shown:
            break
        button = shown[0]
        if not button.isEnabled():
            walk.shoot(f"import-{number}-stuck")
            break
        before = wizard.currentId()
        button.click()

        def moved_on(before: int = before) -> bool:
            return wizard.currentId() != before or modal() is not wizard

        yield moved_on
        yield 500
        if modal() is not wizard:
            walk.shoot(f"import-{number}-message")
            yield from closed(modal())  # type: ignore[arg-type]
        walk.shoot(f"import-{number}-page{wizard.currentId()}")
    yield from closed(wizard)


def file_dialog(walk: Walk, name: str, open_it: Callable[[], object]) -> Steps:
    yield from opened(open_it)
    dialog = modal()
    assert dialog is not None
    walk.shoot(name)
    yield from closed(dialog)
    yield 300
    if modal() is not None:  # a message after the dialog (e.g. nothing chosen): picture it too
        walk.shoot(f"{name}-after")
        yield from closed(modal())  # type: ignore[arg-type]


def message_after(walk: Walk, name: str, start: Callable[[], object]) -> Steps:
    """Start work that ends in a message box (in the background), picture the message, close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def message() -> QMessageBox | None:
        boxes = [widget for widget in QApplication.topLevelWidgets()
                 if isinstance(widget, QMessageBox) and widget.isVisible()]
        return boxes[-1] if boxes else None

    QTimer.singleShot(0, start)  # some messages come from exec(): never inside the walk's own step
    yield lambda: message() is not None
    yield 200
    walk.shoot(name)
    box = message()
    if box is not None:
        box.done(0)  # a box without an escape button ignores reject()
    yield 200


def outcomes(walk: Walk, window: MainWindow, db: Database, folder: Path) -> Steps:
    """What the user reads after an export or a backup: the PDF's, the table's and the backup's messages."""
    from portfolio_app.ui.backup_dialogs import backup_now
    from portfolio_app.ui.csv_export_dialog import export_in_background
    from portfolio_app.ui.export_dialog import ExportDialog

    export = ExportDialog(db, window)
    yield from opened(export.exec)
    export.path.setText(str(folder / "portfolio.pdf"))
    yield from message_after(walk, "export-pdf-done", export.export)
    if modal() is export:
        yield from closed(export)

    from portfolio_app.services.csv_export import CsvOptions

    yield from message_after(walk, "export-csv-done", lambda: export_in_background(
        window, db, "contributions", folder / "contributions.csv", CsvOptions()))
    yield from message_after(walk, "backup-done", lambda: backup_now(window, db, folder / "backup.sqlite"))


def restore(walk: Walk, window: MainWindow, db: Database) -> Steps:
    """Restore… with one backup listed, and the question before it is restored (answered No)."""
    from PySide6.QtCore import QTimer

    from portfolio_app.services.backup_and_restore import backup_at_start
    from portfolio_app.ui.backup_dialogs import RestoreDialog

    backup_at_start(db)  # the backup the app makes once a day when it opens the record
    QTimer.singleShot(0, window.app_actions.restore.trigger)
    yield lambda: isinstance(modal(), RestoreDialog)
    yield 300
    dialog = modal()
    assert isinstance(dialog, RestoreDialog)
    walk.shoot("restore")
    dialog.accept()  # the newest good backup is selected
    yield lambda: modal() not in (None, dialog)
    yield 200
    walk.shoot("restore-question")
    yield from closed(modal())  # type: ignore[arg-type]  # No: nothing is restored


def failures(walk: Walk, window: MainWindow) -> Steps:
    """What a bug looks like to the user: the background error box and the crash dialog."""
    from portfolio_app.ui.crash_dialog import CrashDialog
    from portfolio_app.ui.workers import report_error

    yield from message_after(walk, "error-unexpected", lambda: report_error(window, RuntimeError("walk-through probe")))
    crash = CrashDialog("RuntimeError: walk-through probe", "Traceback (most recent call last):\n  …",
                        "/tmp/portfolio.log", window)
    yield from opened(crash.exec)
    walk.shoot("error-crash")
    yield from closed(crash)


def walk_steps(walk: Walk, window: MainWindow, empty: Database, demo: Database, scratch: Database,
               csv_file: Path) -> Steps:
    from PySide6.QtWidgets import QApplication, QDialog

    from portfolio_app.ui.csv_export_dialog import CsvExportDialog
    from portfolio_app.ui.export_dialog import ExportDialog

    yield 800
    window.set_database(empty)
    yield 600
    yield from pages(walk, window, "empty")
    yield from dialog_with_tabs(walk, "empty-export-pdf", lambda: ExportDialog(empty, window).exec())

    window.set_database(demo, demo=True)
    yield 1000
    yield from pages(walk, window, "demo")
    yield from menus(walk, window)
    yield from editors(walk, window, demo)
    yield from deletes(walk, window, demo)
    yield from profile_unsaved(walk, window)
    yield from dialog_with_tabs(walk, "preferences", window.app_actions.preferences.trigger)
    yield from dialog_with_tabs(walk, "about", window.app_actions.about.trigger)

    # Export PDF…: the dialog, then its preview of the first pages
    export = ExportDialog(demo, window)
    yield from opened(export.exec)
    walk.shoot("export-pdf")
    export.preview()
    yield 3000
    walk.shoot("export-pdf-preview")
    yield from closed(modal() or export)
    if modal() is export:
        yield from closed(export)
    yield from outcomes(walk, window, demo, csv_file.parent)

    window.show_page("contribution")
    yield 300
    yield from dialog_with_tabs(walk, "export-csv", lambda: CsvExportDialog(window, table="contribution").exec())
    yield from file_dialog(walk, "backup-save-as", window.app_actions.backup.trigger)
    yield from restore(walk, window, demo)
    yield from failures(walk, window)
    yield from import_wizard(walk, window, scratch, csv_file)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()



def walk_records(scratch: Path, lang: str) -> tuple[Database, Database, Database, Path]:
    """The walk's files: an empty record, the demo in the walk's language (as the window's
    "Open the demo data" makes it), a record to import into and a CSV file to import."""
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    demo = open_database(scratch / "demo.sqlite")
    fill_demo(demo, contributions=400, seed=1, language=lang)
    empty = open_database(scratch / "empty.sqlite")
    target = open_database(scratch / "import.sqlite")
    csv_file = scratch / "posts.csv"
    csv_file.write_text(CSV_EXAMPLE, encoding="utf-8")
    return empty, demo, target, csv_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the screenshots")
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="portfolio-walk-"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(scratch / variable.lower())
    os.environ["LANG"] = "de_DE.UTF-8" if args.lang == "de" else "en_US.UTF-8"

    from PySide6.QtCore import QSettings

    from portfolio_app.ui.launch import prepare_application
    from portfolio_app.ui.translators import install_translators

    app = prepare_application([sys.argv[0]])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    install_translators(app, args.lang)

    from portfolio_app.ui.main_window import MainWindow
    from portfolio_app.ui.workers import shutdown

    args.out.mkdir(parents=True, exist_ok=True)
    empty, demo, target, csv_file = walk_records(scratch, args.lang)

    window = MainWindow()
    window.showMaximized()
    walk = Walk(app, args.out)
    walk.run(walk_steps(walk, window, empty, demo, target, csv_file))
    app.exec()
    window.close()
    shutdown()
    print(f"{len(walk.saved)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
