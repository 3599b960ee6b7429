"""File → Export PDF…: the dialog's choices read back from real PDFs, remembering, validation, failure, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from portfolio_app.ui.export_dialog import ExportDialog, show_export_dialog
from portfolio_app.ui.export_dialog.export_choices import SECTION_NAMES, months_back
from portfolio_app.ui.settings import ExportDefaults, app_settings, has_last_choices, write_export_defaults

EXPORT_TIMEOUT_MS = 60_000


@pytest.fixture
def dialog(qtbot, demo_db):
    widget = ExportDialog(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def out_folder(tmp_path) -> Path:
    """A folder for the PDFs only (tmp_path also holds the database and the settings)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def opened_urls(monkeypatch):
    """QDesktopServices.openUrl recorded instead of starting a PDF viewer or file manager."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def organisations(db) -> list[str]:
    from portfolio_app.services.records import employments

    return sorted({row.organisation for row in employments.list(db)})


def choose(dialog: ExportDialog, *, sections=None, language=None, page_size=None, prepared_for=None,
           anonymize=None, show_money=None, currency=None, appendix=None, out: Path | None = None) -> None:
    """Set the widgets as a user would."""
    if appendix is not None:
        dialog.appendix.setCurrentIndex(dialog.appendix.findData(appendix))
    if sections is not None:
        for name, check in dialog.section_checks.items():
            check.setChecked(name in sections)
    if language is not None:
        dialog.language.setCurrentIndex(dialog.language.findData(language))
    if page_size is not None:
        dialog.page_size.setCurrentIndex(dialog.page_size.findData(page_size))
    if prepared_for is not None:
        dialog.prepared_for.setText(prepared_for)
    if anonymize is not None:
        dialog.anonymize.setChecked(anonymize)
    if show_money is not None:
        dialog.show_money.setChecked(show_money)
    if currency is not None:
        dialog.currency.setCurrentText(currency)
    if out is not None:
        dialog.path.setText(str(out))


def run_export(qtbot, dialog: ExportDialog):
    """Press Export and wait until the background task has delivered its outcome."""
    with qtbot.waitSignal(dialog.export_button.clicked, timeout=1000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    task = dialog.last_task
    assert task is not None, "Export did not start"
    if task.result is None and task.error is None:
        qtbot.waitUntil(lambda: dialog.task is None, timeout=EXPORT_TIMEOUT_MS)
    return task


def pdf_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


# the choices produce the right PDF -------------------------------------------------------------------------
@pytest.mark.parametrize("language, page_size, sections, appendix, size, titles", [
    ("de", "letter", ("cover", "summary", "career", "method", "appendix"), "none", (612, 792),
     ["Kommunikationsportfolio", "Zusammenfassung", "Berufliche Stationen", "Methode"]),
    ("en", "a4", ("summary", "audiences", "appendix"), "full", (595, 842),
     ["Summary", "Audiences", "Appendix: all contributions"]),
    ("en", "a4", ("summary", "appendix"), "selected", (595, 842), ["Summary", "Selected work"]),
])
def test_choices_produce_the_right_pdf(qtbot, dialog, demo_db, tmp_path, opened_urls,
                                       language, page_size, sections, appendix, size, titles):
    out = tmp_path / "portfolio.pdf"
    choose(dialog, sections=sections, language=language, page_size=page_size, prepared_for="Muster AG",
           anonymize=True, appendix=appendix, out=out)
    task = run_export(qtbot, dialog)
    assert task.error is None and task.result.path == out

    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    assert [item.title for item in reader.outline] == titles
    text = pdf_text(reader)
    names = organisations(demo_db)
    assert names, "the demo has employments whose names anonymising must hide"
    assert [name for name in names if name in text] == []
    assert ("Muster AG" in text) == ("cover" in sections or "summary" in sections)  # named on cover and page 1


def test_success_offers_to_open_the_pdf_or_its_folder(qtbot, dialog, tmp_path, opened_urls):
    out = tmp_path / "cv.pdf"
    choose(dialog, sections=("summary",), out=out)
    run_export(qtbot, dialog)
    assert not dialog.isVisible(), "the options close after a success"
    # the exit code stays QDialog's (the ExportResult once shadowed result() and made it uncallable)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.exported is not None
    offer = dialog.offer
    assert offer is not None and offer.isVisible() and out.name in offer.text()
    buttons = {button.text().replace("&", ""): button for button in offer.buttons()}
    buttons["Open the PDF"].click()
    assert [url.toLocalFile() for url in opened_urls] == [str(out)]

    from portfolio_app.ui.export_dialog.outcome import offer_to_open

    again = offer_to_open(dialog, dialog.exported)
    next(b for b in again.buttons() if b.text().replace("&", "") == "Show in folder").click()
    assert opened_urls[-1].toLocalFile() == str(tmp_path)


def test_pdf_is_appended_and_the_default_name_names_the_person(dialog, demo_db, tmp_path):
    from portfolio_app.services.profile_and_rates import get_profile

    name = get_profile(demo_db).name
    default = Path(dialog.path.text())
    assert default.name == f"Portfolio – {name} – {dt.date.today().isoformat()}.pdf"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # Documents when the home has one, else the home itself (never a folder that is not there)
    assert default.parent == (Path(documents) if Path(documents).is_dir() else Path.home())
    dialog.path.setText(str(tmp_path / "for Acme"))
    assert dialog.target() == tmp_path / "for Acme.pdf"
    dialog.path.setText(str(tmp_path / "cv.PDF"))
    assert dialog.target() == tmp_path / "cv.PDF"


def test_the_file_chooser_starts_at_the_suggestion_and_adds_pdf(dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def answer(parent, caption, start, filters):
        asked.append((start, filters))
        return str(tmp_path / "for Acme"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    suggested = dialog.path.text()
    dialog.browse.click()
    assert asked == [(suggested, "PDF files (*.pdf)")]
    assert dialog.path.text() == str(tmp_path / "for Acme.pdf")


# remembering ------------------------------------------------------------------------------------------------
def test_last_choices_are_remembered_across_dialogs(qtbot, dialog, demo_db, tmp_path, opened_urls):
    folder = tmp_path / "applications"
    folder.mkdir()
    dialog.period.select("custom")
    dialog.period.start.set_value(dt.date(2020, 2, 1))
    dialog.period.end.set_value(dt.date(2023, 6, 30))
    choose(dialog, sections=("cover", "career", "method"), language="de", page_size="letter",
           prepared_for="Muster AG", anonymize=True, show_money=True, currency="USD", appendix="full",
           out=folder / "cv.pdf")
    assert run_export(qtbot, dialog).error is None

    again = ExportDialog(demo_db)
    qtbot.addWidget(again)
    assert again.period.kind() == ("custom", None)
    assert again.period.custom_dates() == (dt.date(2020, 2, 1), dt.date(2023, 6, 30))
    assert [name for name, check in again.section_checks.items() if check.isChecked()] == ["cover", "career",
                                                                                           "method"]
    assert again.language.currentData() == "de" and again.page_size.currentData() == "letter"
    assert again.prepared_for.text() == "Muster AG" and again.anonymize.isChecked()
    assert again.show_money.isChecked() and again.currency.currentText() == "USD"
    assert again.appendix.currentData() == "full"
    assert Path(again.path.text()).parent == folder, "the last folder used"


def test_each_employment_is_a_period_and_is_remembered(qtbot, dialog, demo_db, tmp_path, opened_urls):
    from portfolio_app.services.records import employments

    first = employments.list(demo_db, order_by="start_date")[0]
    assert dialog.period.select("employment", first.id)
    assert dialog.period.period().start == first.start_date and dialog.period.period().end == first.end_date
    choose(dialog, sections=("summary",), out=tmp_path / "x.pdf")
    assert run_export(qtbot, dialog).error is None
    again = ExportDialog(demo_db)
    qtbot.addWidget(again)
    assert again.period.kind() == ("employment", first.id)


def test_first_export_starts_from_the_preferences_defaults(qtbot, demo_db):
    write_export_defaults(ExportDefaults(language="de", page_size="a4", anonymize=True,
                                         sections=("cover", "summary", "method")), app_settings())
    widget = ExportDialog(demo_db)
    qtbot.addWidget(widget)
    assert widget.language.currentData() == "de" and widget.page_size.currentData() == "a4"
    assert widget.anonymize.isChecked()
    assert [name for name, check in widget.section_checks.items() if check.isChecked()] == ["cover", "summary",
                                                                                           "method"]


@pytest.mark.parametrize("territory, paper", [
    (QLocale.Country.UnitedStates, "letter"), (QLocale.Country.Canada, "letter"), (QLocale.Country.Germany, "a4"),
])
def test_without_preferences_paper_follows_the_locale_and_language_the_ui(qtbot, demo_db, territory, paper):
    from portfolio_app.ui.translators import current_language

    QLocale.setDefault(QLocale(QLocale.Language.English, territory))
    widget = ExportDialog(demo_db)
    qtbot.addWidget(widget)
    assert widget.page_size.currentData() == paper
    assert widget.language.currentData() == current_language()
    assert [name for name, check in widget.section_checks.items() if not check.isChecked()] == ["cover"]


# validation -------------------------------------------------------------------------------------------------
def test_period_ending_before_it_starts_keeps_export_disabled_with_the_reason(qtbot, dialog, tmp_path):
    choose(dialog, out=tmp_path / "cv.pdf")
    assert dialog.export_button.isEnabled()
    dialog.period.select("custom")
    dialog.period.start.set_value(dt.date(2024, 5, 1))
    dialog.period.end.set_value(dt.date(2024, 4, 30))
    assert not dialog.export_button.isEnabled()
    assert dialog.problem_label.isVisible() and "ends before it starts" in dialog.problem_label.text()
    assert dialog.export() is None and not (tmp_path / "cv.pdf").exists()
    dialog.period.end.set_value(dt.date(2024, 5, 1))  # a one-day period is fine
    assert dialog.export_button.isEnabled() and not dialog.problem_label.isVisible()


def test_no_section_or_a_bad_currency_keeps_export_disabled(dialog, tmp_path):
    choose(dialog, sections=(), out=tmp_path / "cv.pdf")
    assert not dialog.export_button.isEnabled() and "at least one section" in dialog.problem_label.text()
    choose(dialog, sections=("summary",), show_money=True, currency="euro")
    assert not dialog.export_button.isEnabled() and "three-letter" in dialog.problem_label.text()
    choose(dialog, show_money=False)
    assert dialog.export_button.isEnabled()


def test_a_currency_without_an_exchange_rate_is_refused_and_says_where_to_set_one(dialog, tmp_path):
    choose(dialog, sections=("summary",), show_money=True, currency="CHF", out=tmp_path / "cv.pdf")
    assert not dialog.export_button.isEnabled()
    assert "No exchange rate from USD to CHF" in dialog.problem_label.text()
    assert "Preferences → Value rates" in dialog.problem_label.text()
    choose(dialog, currency="USD")  # the rates' own currency
    assert dialog.export_button.isEnabled()


# failure and cancel -----------------------------------------------------------------------------------------
def test_a_folder_in_the_way_shows_the_message_and_leaves_no_partial_file(qtbot, dialog, out_folder):
    target = out_folder / "cv.pdf"
    choose(dialog, sections=("summary", "method"), language="de", prepared_for="Muster AG", out=target)
    target.mkdir()  # appears after the choice was checked: the writer's failure is what the user sees
    task = run_export(qtbot, dialog)
    assert task.error is not None and task.result is None
    assert dialog.failure is not None and dialog.failure.isVisible()
    assert str(target) in dialog.failure.text()
    assert sorted(path.name for path in out_folder.iterdir()) == ["cv.pdf"] and target.is_dir()
    assert dialog.isVisible() and dialog.language.currentData() == "de"
    assert dialog.prepared_for.text() == "Muster AG"
    assert not dialog.export_button.isEnabled() and "is a folder" in dialog.problem_label.text()  # now it knows
    assert not has_last_choices(app_settings()), "a failed export is not remembered"


def test_cancel_leaves_an_existing_file_intact(qtbot, dialog, out_folder):
    target = out_folder / "cv.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier export")
    choose(dialog, out=target)  # every section: long enough to cancel mid-way
    task = dialog.export()
    assert task is not None and task.dialog is not None
    task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    with qtbot.waitSignal(task.finished, timeout=EXPORT_TIMEOUT_MS):
        pass
    assert task.result is None and task.error is None
    assert target.read_bytes() == b"%PDF-1.4 the earlier export"
    assert sorted(path.name for path in out_folder.iterdir()) == ["cv.pdf"]
    assert dialog.isVisible() and "cancelled" in dialog.problem_label.text()
    assert dialog.export_button.isEnabled()


def test_cancel_button_of_the_dialog_stops_a_running_export_first(qtbot, dialog, tmp_path):
    target = tmp_path / "cv.pdf"
    choose(dialog, out=target)
    task = dialog.export()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.isVisible(), "the first Cancel stops the export, not the dialog"
    with qtbot.waitSignal(task.finished, timeout=EXPORT_TIMEOUT_MS):
        pass
    assert not target.exists()


# wiring -----------------------------------------------------------------------------------------------------
def test_section_names_follow_the_report():
    from portfolio_app.report.options import ALL_SECTIONS

    assert SECTION_NAMES == tuple(section.value for section in ALL_SECTIONS)
    from portfolio_app.report.selection import AppendixMode
    from portfolio_app.ui.export_dialog.export_choices import APPENDIX_MODES

    assert APPENDIX_MODES == tuple(mode.value for mode in AppendixMode)


@pytest.mark.parametrize("today, back", [
    (dt.date(2026, 11, 27), dt.date(2025, 11, 27)),
    (dt.date(2024, 2, 29), dt.date(2023, 2, 28)),
    (dt.date(2026, 1, 31), dt.date(2025, 1, 31)),
])
def test_twelve_months_back(today, back):
    assert months_back(today, 12) == back


def test_menu_action_opens_the_dialog(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    seen = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(type(modal).__name__)
        modal.reject()

    QTimer.singleShot(0, answer)
    window.app_actions.export_pdf.trigger()
    assert seen == ["ExportDialog"]
    assert show_export_dialog.__module__.startswith("portfolio_app.ui.export_dialog")


# any text typed into the path field is harmless until it is used ----------------------------------------------
@pytest.mark.parametrize("typed, reason", [
    ("/", "Add a file name after the folder."),
    ("~", "Add a file name after the folder."),
    ("/tmp/", "Add a file name after the folder."),
    ("~nosuchuser-portfolio/cv.pdf", "~nosuchuser-portfolio names no user's home folder on this computer."),
    ("/no/such/folder/cv", "The folder /no/such/folder does not exist."),
    ("   ", "Choose where to save the PDF."),
])
def test_typing_any_path_into_save_as_never_crashes_and_says_why(qtbot, dialog, typed, reason):
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, typed)
    assert dialog.path.text() == typed
    assert not dialog.export_button.isEnabled()
    assert dialog.problem_label.isVisible() and dialog.problem_label.text() == reason
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Enter presses the default button: nothing happens
    assert dialog.last_task is None and dialog.isVisible()


def test_a_folder_typed_as_the_file_is_named_and_a_relative_name_goes_to_the_folder(qtbot, dialog, out_folder):
    (out_folder / "cv.pdf").mkdir()
    dialog.path.setText(str(out_folder / "cv"))
    assert not dialog.export_button.isEnabled()
    assert dialog.problem_label.text() == f"{out_folder / 'cv.pdf'} is a folder; add a file name."
    dialog.path.setText("plain-name")
    assert dialog.export_button.isEnabled()
    assert dialog.target().name == "plain-name.pdf" and dialog.target().is_absolute()


def test_typing_into_every_character_of_a_path_keeps_the_dialog_alive(qtbot, dialog, out_folder):
    """Each prefix of a real path is a state the field passes through while typing."""
    dialog.path.clear()
    full = f"{out_folder}/Portfolio 2025"
    for char in full:
        qtbot.keyClicks(dialog.path, char)
        dialog.choices()  # what the dialog would remember must be computable at every step
    assert dialog.export_button.isEnabled() and dialog.target() == out_folder / "Portfolio 2025.pdf"


def test_the_dialog_says_how_many_unreviewed_contributions_the_pdf_includes(qtbot, db):
    from portfolio_app.services.importing import run_import

    run_import(db, "mastodon", Path(__file__).parents[1] / "importers" / "fixtures" / "mastodon")
    widget = ExportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.period.select("all")
    assert widget.review_note.isVisible()
    assert "2 imported contributions" in widget.review_note.text()  # the followers-only one never goes in a PDF


def test_the_dialog_names_characters_no_font_prints_before_saving(qtbot, demo_db):
    from portfolio_app.services import records

    fresh = ExportDialog(demo_db)
    qtbot.addWidget(fresh)
    assert fresh.glyph_label.isHidden()  # the demo's text prints whole
    records.contributions.create(demo_db, {"date": dt.date(2026, 5, 1), "kind": "post", "title": "Neu \U000f0001"})
    warned = ExportDialog(demo_db)
    qtbot.addWidget(warned)
    assert not warned.glyph_label.isHidden() and "U+F0001" in warned.glyph_label.text()
