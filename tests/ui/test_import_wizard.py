"""The Import wizard through its widgets, on the importer fixtures and a real database file.

Each source is walked the way a user walks it (choose, read, map, preview,
import) and the database is read back; refusals, a cancel and closing the
wizard leave the file exactly as it was (compared as an SQL dump).
"""

from __future__ import annotations

import sqlite3
import threading
import tarfile
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard

from portfolio_app.services import records
from portfolio_app.ui.import_wizard import ImportWizard
from portfolio_app.ui.import_wizard.widgets import StatusLine
from portfolio_app.ui.import_wizard.page_ids import DONE, FILE, MAPPING, PREVIEW, SOURCE

FIXTURES = Path(__file__).resolve().parents[1] / "importers" / "fixtures"


def dump(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump())


def pack_zip(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(folder).as_posix())
    return target


def pack_tar(folder: Path, target: Path) -> Path:
    with tarfile.open(target, "w:gz") as archive:
        for file in sorted(folder.rglob("*")):
            archive.add(file, arcname=file.relative_to(folder).as_posix())
    return target


@pytest.fixture
def wizard(qtbot, db):
    made = ImportWizard(db)
    qtbot.addWidget(made)
    made.show()
    return made


def next_button(wizard) -> QPushButton:
    button = QWizard.WizardButton.CommitButton if wizard.currentId() == PREVIEW else QWizard.WizardButton.NextButton
    return wizard.button(button)


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its indicator, as a user does."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def click_next(qtbot, wizard) -> None:
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)


def settled(status: StatusLine) -> bool:
    return status.state not in (StatusLine.WORKING,) and status.isVisible()


def choose_file(qtbot, wizard, source: str, path: Path | str, include_reposts: bool = False) -> None:
    assert wizard.currentId() == SOURCE
    tick(qtbot, wizard.source_page.buttons[source])
    if include_reposts:
        tick(qtbot, wizard.source_page.include_reposts)
    click_next(qtbot, wizard)
    assert wizard.currentId() == FILE
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(lambda: settled(wizard.file_page.status))


def wait_preview(qtbot, wizard):
    assert wizard.currentId() == PREVIEW
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None)
    return wizard.preview_page.report


def tiles(wizard) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in wizard.preview_page.tiles.items()}


def run_import(qtbot, wizard, accept_problems: bool = True) -> None:
    page = wizard.preview_page
    if page.report.problems and accept_problems:
        tick(qtbot, page.import_rest)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=10_000)


def walk(qtbot, wizard, source: str, path, **options):
    choose_file(qtbot, wizard, source, path, **options)
    assert wizard.file_page.isComplete(), wizard.file_page.status.text.text()
    click_next(qtbot, wizard)
    return wait_preview(qtbot, wizard)


# -- each source ----------------------------------------------------------------------

def test_x_archive_zip_is_previewed_then_imported(qtbot, wizard, db, tmp_path):
    archive = pack_zip(FIXTURES / "x_archive", tmp_path / "twitter-2022.zip")
    report = walk(qtbot, wizard, "x", archive)
    assert "3 posts found for X – Jane Doe (@janedoe)" in wizard.file_page.status.text.text()
    assert tiles(wizard) == {"new": "3", "updated": "0", "unchanged": "0", "not_imported": "2"}
    assert "X – Jane Doe (@janedoe) (new)" == wizard.preview_page.audience.itemText(0)
    assert "reposts of other people's posts (1)" in wizard.preview_page.details.text()
    problems = [wizard.preview_page.problems.item(i).text() for i in range(wizard.preview_page.problems.count())]
    assert problems == ["twitter-2022.zip/data/tweets.js, line 83: unreadable date 'not a date'"]
    assert records.contributions.count(db) == 0, "the preview writes nothing"
    assert report.dry_run

    # rows that cannot be used: the user must say yes to importing the rest
    assert not next_button(wizard).isEnabled()
    run_import(qtbot, wizard)
    posts = records.contributions.list(db)
    assert sorted(p.source_id for p in posts) == ["1582838231345872897", "1582900000000000001",
                                                   "1583100000000000003"]
    umlauts = next(p for p in posts if p.source_id == "1583100000000000003")
    assert umlauts.title == "First line" and "ümlauts 🎉" in umlauts.notes
    assert {p.source for p in posts} == {"x"}
    [audience] = records.audiences.list(db)
    assert audience.handle == "@janedoe" and {p.audience_id for p in posts} == {audience.id}
    assert [s.size for s in records.snapshots.list(db)] == [3]
    assert wizard.choices.result.new == 3
    assert "Your record now holds 3 contributions" in wizard.done_page.summary.text()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()


def test_including_retweets_imports_them_too(qtbot, wizard, db):
    walk(qtbot, wizard, "x", FIXTURES / "x_archive", include_reposts=True)
    assert tiles(wizard)["new"] == "4"
    run_import(qtbot, wizard)
    assert records.contributions.count(db) == 4


def test_the_same_export_again_shows_unchanged_and_writes_no_duplicates(qtbot, db, wizard):
    walk(qtbot, wizard, "x", FIXTURES / "x_archive")
    run_import(qtbot, wizard)
    again = ImportWizard(db)
    qtbot.addWidget(again)
    again.show()
    walk(qtbot, again, "x", FIXTURES / "x_archive")
    assert tiles(again) == {"new": "0", "updated": "0", "unchanged": "3", "not_imported": "2"}
    assert again.preview_page.audience.itemText(0) == "X – Jane Doe (@janedoe) (the account of the export)"
    run_import(qtbot, again)
    assert records.contributions.count(db) == 3 and len(records.audiences.list(db)) == 1
    assert again.choices.backup_path is not None and Path(again.choices.backup_path).is_file(), "a copy before the import"


def test_linkedin_export_keeps_multiline_text_and_records_the_network(qtbot, wizard, db, tmp_path):
    archive = pack_zip(FIXTURES / "linkedin", tmp_path / "Basic_LinkedInDataExport.zip")
    walk(qtbot, wizard, "linkedin", archive)
    assert tiles(wizard)["new"] == "4"
    assert "3 on " in wizard.preview_page.audience_note.text()
    run_import(qtbot, wizard)
    posts = {p.source_id: p for p in records.contributions.list(db)}
    assert len(posts) == 4 and {p.source for p in posts.values()} == {"linkedin"}
    lesson = next(p for p in posts.values() if p.title.startswith("Three things I learned"))
    assert lesson.notes == 'Three things I learned, shipping our app:\n\n1. Ship early\n2. Say "no" often\n3. Write it down'
    [audience] = records.audiences.list(db)
    assert audience.platform == "linkedin" and [s.size for s in records.snapshots.list(db)] == [3]


def test_mastodon_archive_tar_gz(qtbot, wizard, db, tmp_path):
    archive = pack_tar(FIXTURES / "mastodon", tmp_path / "archive-20250701.tar.gz")
    walk(qtbot, wizard, "mastodon", archive)
    assert "left out" in wizard.file_page.status.text.text()
    run_import(qtbot, wizard)
    posts = records.contributions.list(db)
    assert len(posts) == 3 and {p.source for p in posts} == {"mastodon"}
    assert not [p for p in posts if "<p>" in (p.notes or "") + p.title or "<span" in (p.notes or "") + p.title], \
        "readable text, not HTML"
    [audience] = records.audiences.list(db)
    assert audience.handle == "@jane@social.example"


# -- CSV mapping --------------------------------------------------------------------------

def to_mapping(qtbot, wizard, path: Path) -> None:
    choose_file(qtbot, wizard, "csv", path)
    assert wizard.file_page.isComplete(), wizard.file_page.status.text.text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == MAPPING
    qtbot.waitUntil(lambda: settled(wizard.mapping_page.status))


def choose_column(combo, column: str | None) -> None:
    combo.setCurrentIndex(combo.findData(column) if column else 0)


def test_csv_mapping_is_prefilled_and_the_mapped_fields_are_imported(qtbot, wizard, db):
    to_mapping(qtbot, wizard, FIXTURES / "csv" / "posts_de.csv")
    page = wizard.mapping_page
    assert page.mapping() == {"date": "Posted on", "title": "Headline", "impressions": "Views", "url": "Link",
                              "kind": "Type"}
    assert page.detected.text().startswith("Detected: 31.12.2024")
    # the first rows as they will be imported, unusable ones with their reason
    table = page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Line", "Date", "Kind", "Title", "Link", "Impressions"]
    assert [table.item(0, c).text() for c in range(6)] == [
        "2", "2/1/2024", "Article", "Launch post", "https://blog.example/launch", "1,234"]
    assert table.item(2, 1).text() == "Not imported: unreadable date '31.02.2024' (expected %d.%m.%Y)"

    # the user maps Views to reactions instead and leaves out the kind
    choose_column(page.combos["impressions"], None)
    choose_column(page.combos["reactions"], "Views")
    choose_column(page.combos["kind"], None)
    qtbot.waitUntil(lambda: page.isComplete() and wizard.choices.mapping == {
        "date": "Posted on", "title": "Headline", "reactions": "Views", "url": "Link"})
    assert "Reactions" in [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert wizard.preview_page.audience.itemText(0) == "None"
    run_import(qtbot, wizard)
    posts = {p.title: p for p in records.contributions.list(db)}
    launch = posts["Launch post"]
    assert (launch.reactions, launch.impressions, launch.kind, launch.url) == (
        1234, None, "post", "https://blog.example/launch")
    assert str(launch.date) == "2024-02-01"
    assert posts["Unknown kind"].kind == "post", "without a kind column every row is a post"
    assert {p.source for p in posts.values()} == {"csv:posts_de"}


def test_csv_date_format_can_be_chosen(qtbot, wizard, db):
    to_mapping(qtbot, wizard, FIXTURES / "csv" / "posts_us.csv")
    page = wizard.mapping_page
    assert page.mapping()["date"] == "Date"
    page.set_date_format("%d/%m/%Y")  # day first: 12/25/2023 cannot be read
    qtbot.waitUntil(lambda: page.isComplete() and wizard.choices.date_format == "%d/%m/%Y")
    assert "1 row cannot be used" in page.status.text.text()
    page.set_date_format("%m/%d/%Y")
    qtbot.waitUntil(lambda: page.isComplete() and wizard.choices.date_format == "%m/%d/%Y")
    assert page.status.text.text() == "2 rows can be imported."
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    run_import(qtbot, wizard)
    dates = {p.title: str(p.date) for p in records.contributions.list(db)}
    assert dates == {"Spring update": "2024-03-04", "Holiday note": "2023-12-25"}


def test_csv_mapping_needs_a_date_and_a_title(qtbot, wizard):
    to_mapping(qtbot, wizard, FIXTURES / "csv" / "posts_de.csv")
    page = wizard.mapping_page
    choose_column(page.combos["title"], None)
    assert not page.isComplete() and not next_button(wizard).isEnabled()
    assert page.status.state == StatusLine.WARNING
    choose_column(page.combos["notes"], "Headline")  # the text alone will do
    qtbot.waitUntil(page.isComplete)
    choose_column(page.combos["date"], "Headline")  # not a date column: refused in place
    qtbot.waitUntil(lambda: page.status.state == StatusLine.ERROR)
    assert "no dates in a format known here" in page.status.text.text()
    assert "No known date format fits" in page.detected.text()
    assert not next_button(wizard).isEnabled()


# -- refusals, cancel, close -----------------------------------------------------------

def test_a_refused_file_keeps_the_wizard_on_the_file_page(qtbot, wizard, db, db_path, tmp_path):
    before = dump(db_path)
    folder = tmp_path / "export" / "data"
    folder.mkdir(parents=True)
    (folder / "tweets.js").write_text('window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1",\n "full_text": "x"')
    choose_file(qtbot, wizard, "x", tmp_path / "export")
    page = wizard.file_page
    assert page.status.state == StatusLine.ERROR
    assert page.status.text.text() == (
        "export/data/tweets.js, line 2: the file ends in the middle of the data (is it complete?)")
    assert not page.isComplete() and not next_button(wizard).isEnabled()
    wizard.next()
    assert wizard.currentId() == FILE
    # a good file afterwards is accepted
    page.set_path(str(FIXTURES / "x_archive"))
    qtbot.waitUntil(page.isComplete)
    assert dump(db_path) == before


def test_garbage_and_missing_files_are_refused_with_their_name(qtbot, wizard, tmp_path):
    garbage = tmp_path / "outbox.json"
    garbage.write_bytes(b"\x00\xff\x10garbage" * 50)
    choose_file(qtbot, wizard, "mastodon", garbage)
    assert wizard.file_page.status.state == StatusLine.ERROR
    assert "outbox.json" in wizard.file_page.status.text.text()
    wizard.file_page.set_path(str(tmp_path / "nowhere.zip"))
    qtbot.waitUntil(lambda: settled(wizard.file_page.status))
    assert "nowhere.zip" in wizard.file_page.status.text.text()
    assert not wizard.file_page.isComplete()


def test_a_dropped_file_is_read(qtbot, wizard):
    tick(qtbot, wizard.source_page.buttons["mastodon"])
    click_next(qtbot, wizard)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FIXTURES / "mastodon" / "outbox.json"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    wizard.file_page.dropEvent(event)
    qtbot.waitUntil(wizard.file_page.isComplete)
    assert wizard.file_page.path_edit.text().endswith("outbox.json")


def test_cancel_during_the_import_leaves_the_database_unchanged(qtbot, wizard, db, db_path):
    walk(qtbot, wizard, "linkedin", FIXTURES / "linkedin")
    tick(qtbot, wizard.preview_page.import_rest)
    before = dump(db_path)
    # every worker thread is busy elsewhere, so the import waits its turn while its dialog shows;
    # cancelled then, it still starts: it creates the audience in its transaction, sees the cancel, rolls back
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    release = threading.Event()
    pool.setMaxThreadCount(1)
    pool.start(lambda: release.wait(10))
    try:
        click_next(qtbot, wizard)
        page = wizard.preview_page
        qtbot.waitUntil(lambda: page.import_task is not None and page.import_task.dialog is not None
                        and page.import_task.dialog.isVisible(), timeout=4000)
        dialog = page.findChild(QProgressDialog)
        assert dialog.labelText() == "Importing…"
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finally:
        release.set()
        pool.waitForDone(10_000)
        pool.setMaxThreadCount(threads)
    qtbot.waitUntil(lambda: page.import_task is None, timeout=10_000)
    assert wizard.currentId() == PREVIEW
    assert page.status.text.text() == "Import cancelled. Nothing was written."
    assert wizard.choices.result is None
    assert dump(db_path) == before
    assert records.contributions.count(db) == 0 and records.audiences.list(db) == []
    assert next_button(wizard).isEnabled(), "the user may try again"


def test_closing_the_wizard_writes_nothing(qtbot, wizard, db, db_path):
    before = dump(db_path)
    walk(qtbot, wizard, "x", FIXTURES / "x_archive")
    wizard.reject()
    assert not wizard.isVisible() and wizard.choices.result is None
    assert dump(db_path) == before


def test_going_back_and_changing_the_source_reads_again(qtbot, wizard):
    walk(qtbot, wizard, "x", FIXTURES / "x_archive")
    wizard.back()
    wizard.back()
    assert wizard.currentId() == SOURCE
    tick(qtbot, wizard.source_page.buttons["linkedin"])
    click_next(qtbot, wizard)
    assert wizard.file_page.path_edit.text() == "" and not wizard.file_page.isComplete()
    wizard.file_page.set_path(str(FIXTURES / "linkedin"))
    qtbot.waitUntil(wizard.file_page.isComplete)
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert wizard.preview_page.report.source == "linkedin"


def test_choosing_an_existing_audience(qtbot, wizard, db):
    from portfolio_app.services.records import audiences

    blog = audiences.create(db, {"name": "Company blog", "platform": "blog", "ownership": "personal"})
    to_mapping(qtbot, wizard, FIXTURES / "csv" / "posts_de.csv")
    qtbot.waitUntil(wizard.mapping_page.isComplete)
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    combo = wizard.preview_page.audience
    combo.setCurrentIndex(combo.findData(blog.id))
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None)
    assert wizard.preview_page.report.audience_name == "Company blog"
    run_import(qtbot, wizard)
    assert {p.audience_id for p in records.contributions.list(db)} == {blog.id}


# -- from the main window ----------------------------------------------------------------

def test_file_import_opens_the_wizard_and_the_window_shows_the_result(qtbot, make_window, db, monkeypatch):
    window = make_window(db)
    assert window.record_is_empty and window.app_actions.import_data.isEnabled()
    seen = []

    def drive(self):
        seen.append(self)
        self.show()
        walk(qtbot, self, "mastodon", FIXTURES / "mastodon")
        run_import(qtbot, self)
        self.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", drive)
    window.app_actions.import_data.trigger()
    assert seen and seen[0].parent() is window
    qtbot.waitUntil(lambda: not window.record_is_empty)
    page = window.pages["contribution"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_another_programs_lock_is_named_and_nothing_is_written(qtbot, wizard, db, db_path):
    walk(qtbot, wizard, "x", FIXTURES / "x_archive")
    tick(qtbot, wizard.preview_page.import_rest)
    before = dump(db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # holds the write lock until we let go
    try:
        click_next(qtbot, wizard)
        page = wizard.preview_page
        qtbot.waitUntil(lambda: page.import_task is None, timeout=15_000)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert wizard.currentId() == PREVIEW and wizard.choices.result is None
    text = page.status.text.text()
    assert text.startswith("Nothing was imported. ") and "is locked by another program" in text
    assert str(db_path) in text
    assert dump(db_path) == before


def test_a_typed_path_is_read_and_leaving_the_field_does_not_read_again(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.file_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, str(FIXTURES / "x_archive"))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isComplete)
    page.path_edit.editingFinished.emit()  # focus moves to the Next button
    assert page.isComplete() and page.status.state == StatusLine.OK
    click_next(qtbot, wizard)
    assert wait_preview(qtbot, wizard).new == 3


def test_closing_while_a_file_is_read_stops_the_reading(qtbot, wizard, db, db_path, wait_idle):
    before = dump(db_path)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    release = threading.Event()
    pool.setMaxThreadCount(1)
    pool.start(lambda: release.wait(10))
    try:
        click_next(qtbot, wizard)
        wizard.file_page.set_path(str(FIXTURES / "x_archive"))
        assert wizard.file_page.status.state == StatusLine.WORKING
        wizard.reject()
    finally:
        release.set()
        pool.waitForDone(10_000)
        pool.setMaxThreadCount(threads)
    wait_idle()
    assert wizard.choices.parsed is None and not wizard.file_page.isComplete()
    assert dump(db_path) == before


def test_a_hand_edit_is_kept_and_the_preview_says_so(qtbot, db, wizard):
    walk(qtbot, wizard, "x", FIXTURES / "x_archive")
    run_import(qtbot, wizard)
    post = next(p for p in records.contributions.list(db) if p.source_id == "1582838231345872897")
    records.contributions.update(db, post.id, {"title": "My own title"})
    again = ImportWizard(db)
    qtbot.addWidget(again)
    again.show()
    walk(qtbot, again, "x", FIXTURES / "x_archive")
    assert "Kept as you edited them: 1 field." in again.preview_page.details.text()
    run_import(qtbot, again)
    assert records.contributions.get(db, post.id).title == "My own title"


def test_the_wizard_offers_every_source_the_command_line_has(wizard):
    from portfolio_app.services.importing import SOURCES

    assert set(wizard.source_page.buttons) == set(SOURCES)


def test_x_analytics_files_bring_figures_to_archive_posts(qtbot, db, wizard, tmp_path):
    from portfolio_app.services.importing import run_import as import_now
    from tests.importers.analytics_files import legacy_csv, legacy_row

    import_now(db, "x", FIXTURES / "x_archive")
    import datetime as dt

    when = dt.datetime(2022, 10, 19, 20, 7, tzinfo=dt.timezone.utc)
    first = tmp_path / "tweet_activity_metrics_janedoe_20221001_20221101_en.csv"
    first.write_bytes(legacy_csv([legacy_row("1582838231345872897", when, "Talk", 4715, 7, 2, 50, 23)]))
    second = tmp_path / "renamed (2).csv"
    second.write_bytes(legacy_csv([legacy_row("1590000000000000001", when, "New one", 300, 0, 0, 1, 0)]))
    tick(qtbot, wizard.source_page.buttons["x-analytics"])
    click_next(qtbot, wizard)
    wizard.file_page.set_paths([str(first), str(second)])
    qtbot.waitUntil(lambda: settled(wizard.file_page.status))
    assert "2 posts found" in wizard.file_page.status.text.text()
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert tiles(wizard)["updated"] == "1" and tiles(wizard)["new"] == "1"
    assert wizard.preview_page.tiles["updated"].caption.text() == "existing posts get figures"
    run_import(qtbot, wizard)
    talk = next(c for c in records.contributions.list(db) if c.source_id == "1582838231345872897")
    assert talk.impressions == 4715


def test_no_page_imports_the_wizard():
    """The pages share ImportChoices and page_ids; none of them reaches back into wizard.py (no import cycle)."""
    import ast

    folder = Path(__file__).resolve().parents[2] / "portfolio_app" / "ui" / "import_wizard"
    for module in folder.glob("*.py"):
        if module.name in ("wizard.py", "__init__.py"):
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "portfolio_app.ui.import_wizard.wizard" not in imported, module.name
        assert "portfolio_app.ui.import_wizard" not in imported, module.name


def test_linkedin_analytics_preview_says_how_posts_were_matched(qtbot, db, wizard, tmp_path):
    from portfolio_app.services.importing import run_import as import_now
    from tests.importers.linkedin_workbooks import activity, write_workbook

    import_now(db, "linkedin", FIXTURES / "linkedin")
    book = write_workbook(tmp_path / "AggregateAnalytics_Jane_2025.xlsx", [
        (activity(7340000000000000001), "6/15/2025", "12", "1,480"),
        (activity(7399999999999999999), "7/20/2025", "3", "240")])
    choose_file(qtbot, wizard, "linkedin-analytics", book)
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert tiles(wizard)["updated"] == "1" and tiles(wizard)["new"] == "1"
    details = wizard.preview_page.details.text()
    assert "matched by URN: 1" in details and "Audience sizes for 3 days will be recorded." in details


def test_the_whole_linkedin_export_previews_every_part(qtbot, db, wizard, tmp_path):
    import shutil

    export = tmp_path / "Basic_LinkedInDataExport"
    shutil.copytree(FIXTURES / "linkedin", export)
    shutil.copytree(FIXTURES / "linkedin_career", export, dirs_exist_ok=True)
    choose_file(qtbot, wizard, "linkedin", pack_zip(export, tmp_path / "export.zip"))
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    details = wizard.preview_page.details.text()
    assert "Employments: 2 new, 0 updated, 0 unchanged" in details
    assert "Testimonials: 2 new" in details and "Profile: 1 new" in details
    run_import(qtbot, wizard)
    assert len(records.employments.list(db)) == 2 and len(records.testimonials.list(db)) == 2


def test_a_typed_date_format_is_checked_at_the_field(qtbot, wizard, db):
    """As the CLI's --date-format (exit 2), a format that cannot read a day, month and year is refused
    where it is typed, with the reason; a sound format typed by hand is used."""
    to_mapping(qtbot, wizard, FIXTURES / "csv" / "posts_us.csv")
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete)
    edit = page.date_format.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "%d")  # a day alone: every row would be refused
    error = page.findChild(type(page.format_error), "error_dateFormat")
    assert error.isVisible()
    assert error.text() == "“%d” does not read a day, month and year; use e.g. %d.%m.%Y, %m/%d/%Y or %Y-%m-%d"
    assert not page.isComplete() and not next_button(wizard).isEnabled()
    assert wizard.choices.date_format is None  # never handed on to the reading
    edit.selectAll()
    qtbot.keyClicks(edit, "%m/%d/%Y")  # not a listed example, a format typed by hand
    assert not error.isVisible()
    qtbot.waitUntil(lambda: page.isComplete() and wizard.choices.date_format == "%m/%d/%Y")
    assert page.status.text.text() == "2 rows can be imported."
    page.set_date_format("%Y")  # set from code: checked the same way, never silently dropped
    assert error.isVisible() and not page.isComplete()


def test_a_workbook_inside_the_linkedin_export_zip_and_its_period_totals(qtbot, db, wizard, tmp_path):
    import shutil

    from tests.importers.linkedin_workbooks import activity, write_workbook

    export = tmp_path / "Basic_LinkedInDataExport"
    shutil.copytree(FIXTURES / "linkedin", export)
    write_workbook(export / "Content_2024-12-01_2024-12-27_Jane.xlsx",
                   [(activity(7399999999999999999), "12/20/2024", "3", "240")])
    archive = pack_zip(export, tmp_path / "export.zip")
    choose_file(qtbot, wizard, "linkedin-analytics", archive)
    assert wizard.file_page.choose_folder.isVisibleTo(wizard.file_page)  # a folder holding it is taken too
    click_next(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert tiles(wizard)["new"] == "1"
    details = wizard.preview_page.details.text()
    assert ("For the whole account: impressions 23,456, members reached 9,876, as LinkedIn reports for "
            "12/1/2024 – 12/27/2024") in details
    run_import(qtbot, wizard)
    [audience] = records.audiences.list(db)
    from portfolio_app.services.period_totals import period_totals

    assert [(t.impressions, t.reached) for t in period_totals(db, audience.id)] == [(23456, 9876)]
