"""At 1024×700, in English and German: no label, button, header, tab, group title, placeholder or combo text
is wider than its widget, no label shows a mnemonic's "&", and every dialog fits the screen.

Every page of the window (on the demo data), every record editor, and the
dialogs (Preferences with each tab, Export PDF…, Export table…, About, Restore…
with backups listed, the crash dialog, the import wizard's pages through a CSV
import) are opened as a user opens them and measured.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QToolButton,
    QWidget,
)

from portfolio_app.ui.translators import install_translators

SCREEN = (1024, 700)
PAGES = ("dashboard", "contribution", "audience", "campaign", "employment", "testimonial", "profile")
SLACK = 1  # rounding of sub-pixel text widths


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    install_translators(qapp, request.param)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany) if request.param == "de"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield request.param
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_texts(root: QWidget) -> list[str]:
    """Descriptions of every visible text in ``root`` that is wider than the room its widget gives it."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not shown(label) or not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue
        metrics = QFontMetrics(label.font())
        room = label.contentsRect().width() - 2 * label.margin() - label.indent() if label.indent() > 0 else \
            label.contentsRect().width() - 2 * label.margin()
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.buddy() is None and "&" in text.replace("&&", ""):
            found.append(f"label {text!r}: shows its '&' (a mnemonic needs a buddy widget)")
        if label.wordWrap():
            # Qt wraps at spaces and after a "/" (a long file path breaks at its folders)
            words = max((metrics.horizontalAdvance(w) for w in re.split(r"\s+|(?<=/)", plain(text))), default=0)
            if words > room + SLACK:
                found.append(f"label {text!r}: a word needs {words}px, has {room}px")
            continue
        needed = max(metrics.horizontalAdvance(line) for line in plain(text).split("\n"))
        if needed > room + SLACK:
            found.append(f"label {text!r}: needs {needed}px, has {room}px")
    for button in root.findChildren(QAbstractButton):
        if not shown(button) or not button.text() or isinstance(button, QToolButton) and button.autoRaise():
            continue
        if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            continue
        needed = button.sizeHint().width()
        if isinstance(button, (QCheckBox, QRadioButton)) and button.parent() is not None:
            needed = button.minimumSizeHint().width()
        if needed > button.width() + SLACK:
            found.append(f"button {button.text()!r}: needs {needed}px, has {button.width()}px")
    for combo in root.findChildren(QComboBox):
        if not shown(combo) or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
        if needed > field.width() + SLACK:
            found.append(f"combo {combo.currentText()!r}: needs {needed}px, has {field.width()}px")
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not shown(edit) or not hint or edit.text() or isinstance(edit.parent(), QComboBox):
            continue
        room = edit.width() - 12 - (24 if edit.isClearButtonEnabled() else 0)
        needed = QFontMetrics(edit.font()).horizontalAdvance(hint)
        if needed > room + SLACK:
            found.append(f"placeholder {hint!r}: needs {needed}px, has {room}px")
    for group in root.findChildren(QGroupBox):
        if shown(group) and group.title():
            needed = QFontMetrics(group.font()).horizontalAdvance(plain(group.title())) + 16
            if needed > group.width() + SLACK:
                found.append(f"group {group.title()!r}: needs {needed}px, has {group.width()}px")
    for tabs in root.findChildren(QTabWidget):
        if not shown(tabs):
            continue
        bar = tabs.tabBar()
        for index in range(bar.count()):
            if bar.tabRect(index).width() < bar.tabSizeHint(index).width() - SLACK:
                found.append(f"tab {bar.tabText(index)!r}: squeezed")
    for header in root.findChildren(QHeaderView):
        if not shown(header) or header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = header.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            needed = header.sectionSizeHint(section)  # Qt's own measure: text, margins, the sort arrow
            if needed > header.sectionSize(section) + SLACK:
                found.append(f"header {text!r}: needs {needed}px, has {header.sectionSize(section)}px")
    return found


def fits_screen(widget: QWidget) -> list[str]:
    size = widget.size()
    return [] if size.width() <= SCREEN[0] and size.height() <= SCREEN[1] else \
        [f"{type(widget).__name__} is {size.width()}×{size.height()}, larger than the screen"]


def test_every_page_of_the_window(qtbot, demo_db, language, make_window, wait_idle):
    window = make_window(demo_db, None)
    window.resize(*SCREEN)
    problems = fits_screen(window)
    for key in PAGES:
        window.show_page(key)
        wait_idle()
        qtbot.wait(30)
        problems += [f"[{language}] {key}: {text}" for text in clipped_texts(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("table", ["contribution", "audience", "campaign", "employment", "testimonial"])
def test_every_editor(qtbot, demo_db, language, table):
    from portfolio_app.services import records
    from portfolio_app.ui.editors import editor_class

    service = {"contribution": records.contributions, "audience": records.audiences,
               "campaign": records.campaigns, "employment": records.employments,
               "testimonial": records.testimonials}[table]
    problems = []
    for record_id in (None, service.list(demo_db)[0].id):
        dialog = editor_class(table)(demo_db, record_id, None, None)
        try:
            dialog.show()
            qtbot.wait(10)
            problems += fits_screen(dialog)
            problems += [f"[{language}] {table} editor: {text}" for text in clipped_texts(dialog)]
        finally:
            dialog.discard()
            dialog.deleteLater()
    assert not problems, "\n".join(problems)


def dialogs(db):
    import datetime as dt
    from pathlib import Path

    from portfolio_app.services.backup_and_restore import BackupEntry
    from portfolio_app.ui.about_dialog import AboutDialog
    from portfolio_app.ui.backup_dialogs import RestoreDialog
    from portfolio_app.ui.crash_dialog import CrashDialog
    from portfolio_app.ui.csv_export_dialog import CsvExportDialog
    from portfolio_app.ui.export_dialog import ExportDialog
    from portfolio_app.ui.preferences_dialog import PreferencesDialog

    backups = [BackupEntry(Path(db.path).with_name("backup.sqlite"), dt.datetime(2026, 11, 30, 4, 15), reason,
                           counts={"contributions": 12345, "audiences": 9, "campaigns": 5, "testimonials": 5})
               for reason in ("start", "before-import", "before-restore")]
    return {
        "preferences": lambda: PreferencesDialog(db),
        "export_pdf": lambda: ExportDialog(db),
        "export_csv": lambda: CsvExportDialog(None, table="contributions"),
        "about": lambda: AboutDialog(db.path),
        "restore": lambda: RestoreDialog(backups),
        "crash": lambda: CrashDialog("RuntimeError: probe", "Traceback (most recent call last):", "/tmp/p.log"),
    }


@pytest.mark.parametrize("name", ["preferences", "export_pdf", "export_csv", "about", "restore", "crash"])
def test_every_dialog(qtbot, demo_db, language, name):
    dialog = dialogs(demo_db)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    problems = fits_screen(dialog) + clipped_texts(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(10)
            problems += [f"tab {tabs.tabText(index)!r}: {text}" for text in clipped_texts(dialog)]
    dialog.reject()
    assert not problems, f"[{language}] {name}:\n" + "\n".join(dict.fromkeys(problems))


def test_every_page_of_the_import_wizard(qtbot, db, language):
    from PySide6.QtWidgets import QWizard

    from portfolio_app.ui.import_wizard import ImportWizard

    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.wait(10)
    problems = fits_screen(wizard) + [f"source page: {text}" for text in clipped_texts(wizard)]
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.wait(10)
    problems += [f"file page: {text}" for text in clipped_texts(wizard)]
    assert not problems, f"[{language}]\n" + "\n".join(problems)
    QApplication.processEvents()


def test_the_csv_pages_of_the_import_wizard(qtbot, db, language, tmp_path, wait_idle):
    """Mapping, preview and outcome of a CSV import: the pages with the most labels side by side."""
    from PySide6.QtWidgets import QWizard

    from portfolio_app.ui.import_wizard import ImportWizard

    table = tmp_path / "posts.csv"
    table.write_text("Date,Title,Link,Impressions,Likes\n2024-03-05,Talk,https://example.org/t,1200,85\n",
                     encoding="utf-8")
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().set_source("csv")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.currentPage().set_path(str(table))
    problems: list[str] = []
    for step in ("mapping", "preview", "done"):
        button = next(wizard.button(which) for which in (QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton)
                      if wizard.button(which).isVisible())
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        before = wizard.currentId()
        button.click()
        qtbot.waitUntil(lambda before=before: wizard.currentId() != before, timeout=10_000)
        wait_idle()
        qtbot.wait(50)
        problems += fits_screen(wizard) + [f"{step} page: {text}" for text in clipped_texts(wizard)]
    assert not problems, f"[{language}]\n" + "\n".join(problems)
