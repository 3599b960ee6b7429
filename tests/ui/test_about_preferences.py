"""About and Preferences on real widgets and real database files; moving the database end to end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from portfolio_app import __version__
from portfolio_app.paths import resolve_database_path, settings_file
from portfolio_app.domain.kinds import RecordKind
from portfolio_app.services.data_folder import (
    SAME_FOLDER,
    TARGET_EXISTS,
    MoveRefused,
    move_database,
    row_counts,
)
from portfolio_app.services.preferences import Preferences, load_preferences, save_preferences
from portfolio_app.services.profile_and_rates import get_value_rates
from portfolio_app.storage.database import open_database
from portfolio_app.ui.about_dialog import LIBRARIES, AboutDialog, font_licences
from portfolio_app.ui.icons import app_icon
from portfolio_app.ui.preferences_dialog import PreferencesDialog
from portfolio_app.ui.settings import ExportDefaults, read_export_defaults

# --- About -------------------------------------------------------------------------------------------


def test_about_shows_version_paths_and_every_font_licence(qtbot, db):
    dialog = AboutDialog(db.path)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert dialog.database_label.text() == str(db.path)
    assert dialog.folder_label.text() == str(db.path.parent)
    licences = font_licences()
    assert {path.name for path in licences} >= {"LICENSE-DejaVu.txt", "LICENSE-Symbola.txt"}
    assert dialog.font_list.count() == len(licences)
    dialog.font_list.setCurrentRow(0)
    assert dialog.font_text.toPlainText() == licences[0].read_text(encoding="utf-8", errors="replace")


def test_about_lists_libraries_with_their_licences(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    rows = {
        dialog.library_table.item(row, 0).text(): (
            dialog.library_table.item(row, 1).text(),
            dialog.library_table.item(row, 2).text(),
        )
        for row in range(dialog.library_table.rowCount())
    }
    assert rows["Qt"][1].startswith("LGPL")
    assert rows["SQLAlchemy"][1] == "MIT"
    assert rows["ReportLab"][1].startswith("BSD")
    assert rows["platformdirs"][1] == "MIT" and rows["Alembic"][1] == "MIT"
    # every installed library shows its real version
    assert all(version for version, _licence in rows.values()), rows
    assert len(rows) == len({library.name for library in LIBRARIES})
    assert "No database open" in dialog.database_label.text()


def test_app_icon_has_every_size():
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes >= {16, 32, 48, 256, 512}


# --- Preferences ---------------------------------------------------------------------------------------


def test_preferences_show_and_save_value_rates(qtbot, db):
    dialog = PreferencesDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.cpm_spins["linkedin"].value() == pytest.approx(get_value_rates(db).cpm["linkedin"].amount)
    dialog.currency_combo.setCurrentText("chf")
    dialog.show_money_check.setChecked(False)
    dialog.follower_value_spin.setValue(1.75)
    dialog.cpm_spins["mastodon"].setValue(4.5)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), _left())
    assert dialog.result() == dialog.DialogCode.Accepted
    rates = get_value_rates(db)
    assert (rates.currency, rates.show_money, rates.value_per_follower_month) == ("CHF", False, 1.75)
    assert (rates.cpm["mastodon"].amount, rates.cpm["mastodon"].source) == (4.5, "set by you")
    assert rates.cpm["linkedin"].source.startswith("Portfolio's default")  # untouched: keeps its source


def test_every_rate_shows_and_keeps_its_currency_source_and_date(qtbot, db):
    import datetime as dt

    from portfolio_app.domain.records import ExchangeRate
    from portfolio_app.ui.value_rates import CURRENCY, DATE, SOURCE

    dialog = PreferencesDialog(db)
    qtbot.addWidget(dialog)
    table = dialog.rates_editor.table
    assert table.item(0, CURRENCY).text() == "USD" and "PhoneDog" in table.item(0, SOURCE).text()
    assert table.item(0, DATE).text() == "2011-07-15"
    linkedin = dialog.rates_editor.keys.index("linkedin")
    assert table.item(linkedin, SOURCE).text().startswith("Portfolio's default")
    table.item(linkedin, CURRENCY).setText("chf")
    table.item(linkedin, SOURCE).setText("Media kit 2024 of a Zurich agency")
    table.item(linkedin, DATE).setText("2024-05-01")
    dialog.rates_editor.add_exchange(ExchangeRate("USD", "CHF", 0.88, "my bank", dt.date(2024, 5, 2)))
    dialog.currency_combo.setCurrentText("CHF")
    dialog.show_money_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    rates = get_value_rates(db)
    assert (rates.cpm["linkedin"].currency, rates.cpm["linkedin"].source, rates.cpm["linkedin"].date) == (
        "CHF", "Media kit 2024 of a Zurich agency", dt.date(2024, 5, 1))
    (exchange,) = rates.exchange
    assert (exchange.from_currency, exchange.to_currency, exchange.factor, exchange.source) == (
        "USD", "CHF", 0.88, "my bank")


def test_a_rate_with_a_bad_date_keeps_the_dialog_open(qtbot, db):
    from portfolio_app.ui.value_rates import DATE

    before = get_value_rates(db)
    dialog = PreferencesDialog(db)
    qtbot.addWidget(dialog)
    dialog.rates_editor.table.item(1, DATE).setText("yesterday")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "YYYY-MM-DD" in dialog.error_label.text()
    assert get_value_rates(db) == before


def test_invalid_currency_keeps_the_dialog_open_and_saves_nothing(qtbot, db):
    before = get_value_rates(db)
    dialog = PreferencesDialog(db)
    qtbot.addWidget(dialog)
    dialog.currency_combo.setCurrentText("   ")
    dialog.follower_value_spin.setValue(9.0)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden() and dialog.error_label.text()
    assert get_value_rates(db) == before


def test_language_and_export_defaults_are_remembered(qtbot, db):
    dialog = PreferencesDialog(db)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.page_size_combo.setCurrentIndex(dialog.page_size_combo.findData("letter"))
    dialog.export_language_combo.setCurrentIndex(dialog.export_language_combo.findData("en"))
    dialog.anonymize_check.setChecked(True)
    dialog.section_checks["appendix"].setChecked(False)
    assert dialog.save()
    assert load_preferences().language == "de"
    saved = read_export_defaults()
    assert saved.page_size == "letter" and saved.language == "en" and saved.anonymize
    assert "appendix" not in saved.sections and "cover" not in saved.sections and "method" in saved.sections

    again = PreferencesDialog(db)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "de"
    assert again.page_size_combo.currentData() == "letter"
    assert again.anonymize_check.isChecked()
    assert not again.section_checks["appendix"].isChecked() and again.section_checks["summary"].isChecked()


def test_the_default_sections_are_stored_as_the_default(qtbot, db):
    dialog = PreferencesDialog(db)
    qtbot.addWidget(dialog)
    # page 1 is the executive summary: the cover is there on request
    assert [name for name, check in dialog.section_checks.items() if not check.isChecked()] == ["cover"]
    assert dialog.save()
    assert read_export_defaults() == ExportDefaults(page_size="letter")  # the tests' US locale: Letter


def test_no_section_at_all_is_refused(qtbot, db):
    dialog = PreferencesDialog(db)
    qtbot.addWidget(dialog)
    for check in dialog.section_checks.values():
        check.setChecked(False)
    assert not dialog.save()
    assert dialog.tabs.currentIndex() == 2


def test_without_a_database_only_app_preferences_are_editable(qtbot):
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.move_button.isEnabled()
    assert not dialog.tabs.widget(1).isEnabled()
    assert dialog.save()


def test_a_broken_settings_file_means_defaults(tmp_path):
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences() == Preferences()
    save_preferences(Preferences(language="de"))
    assert load_preferences().language == "de"


# --- moving the database ------------------------------------------------------------------------------


def _move(qtbot, dialog: PreferencesDialog, folder: Path) -> None:
    """Start the move as Move… does and wait until it has finished in the background."""
    task = dialog.move_to(folder)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_move_copies_verifies_and_switches(qtbot, demo_db, tmp_path, monkeypatch):
    import threading

    from portfolio_app.services import data_folder
    from portfolio_app.storage.sqlite_copy import copy_database

    copied_in: list[threading.Thread] = []
    progress_seen: list[tuple[int, int]] = []

    def watched_copy(source: Path, target: Path, progress=None) -> Path:
        copied_in.append(threading.current_thread())

        def report(done: int, total: int) -> None:
            progress_seen.append((done, total))
            progress(done, total)

        return copy_database(source, target, report)

    monkeypatch.setattr(data_folder, "copy_database", watched_copy)
    original = demo_db.path
    original_bytes = original.read_bytes()
    counts = row_counts(demo_db)
    opened: list = []
    dialog = PreferencesDialog(demo_db, on_moved=opened.append)
    qtbot.addWidget(dialog)
    target = tmp_path / "elsewhere"
    _move(qtbot, dialog, target)
    new_path = target.resolve() / original.name
    assert dialog.moved_to == new_path and dialog.path_edit.text() == str(new_path)
    assert "now uses" in dialog.move_status.text()
    # off the UI thread, with the copy's progress reported
    assert copied_in and copied_in[0] is not threading.main_thread()
    assert progress_seen and progress_seen[-1][0] == progress_seen[-1][1] > 0
    # the moved record arrives open, once, and the dialog works on it from now on
    assert [Path(moved.path) for moved in opened] == [new_path] and dialog.db is opened[0]
    moved = opened[0]
    try:
        # the copy is whole and sound, the original untouched
        with sqlite3.connect(new_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM contribution").fetchone()[0] == counts["contribution"]
        assert original.read_bytes() == original_bytes
        # settings made after the move land in the new file
        dialog.follower_value_spin.setValue(7.0)
        assert dialog.save()
        assert get_value_rates(moved).value_per_follower_month == 7.0
        assert row_counts(moved)["contribution"] == counts["contribution"] == 400
    finally:
        moved.close()
    assert get_value_rates(demo_db).value_per_follower_month != 7.0
    # the next start opens the moved file; --db and $PORTFOLIO_DB still win
    assert resolve_database_path(None) == new_path
    assert resolve_database_path(str(original)) == original


def test_the_moved_record_stays_locked_until_it_is_closed(demo_db, tmp_path):
    """One writer per file: the move hands over the new file with its lock, and takes none away."""
    from portfolio_app.services.data_folder import move_and_open
    from portfolio_app.storage.lock import lock_path_for

    moved = move_and_open(demo_db, tmp_path / "locked")
    try:
        assert lock_path_for(Path(moved.db.path)).exists()
        assert not lock_path_for(Path(demo_db.path)).exists()  # the move let go of the original's lock
    finally:
        moved.db.close()
    assert not lock_path_for(Path(moved.db.path)).exists()


def test_move_refuses_an_occupied_target_and_the_same_folder(qtbot, db, tmp_path):
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / db.path.name).write_bytes(b"someone else's file")
    with pytest.raises(MoveRefused) as refused:
        move_database(db, occupied)
    assert refused.value.reason == TARGET_EXISTS
    assert (occupied / db.path.name).read_bytes() == b"someone else's file"
    with pytest.raises(MoveRefused) as same:
        move_database(db, db.path.parent)
    assert same.value.reason == SAME_FOLDER
    assert resolve_database_path(None) != occupied / db.path.name

    dialog = PreferencesDialog(db, on_moved=lambda _db: pytest.fail("nothing was moved"))
    qtbot.addWidget(dialog)
    _move(qtbot, dialog, occupied)
    assert "not moved" in dialog.move_status.text() and dialog.moved_to is None
    assert dialog.db is db and dialog.move_button.isEnabled()


def test_a_copy_that_does_not_verify_is_removed_and_not_used(qtbot, db, tmp_path, monkeypatch):
    from portfolio_app.services import data_folder

    def corrupting_copy(source: Path, target: Path, progress=None) -> Path:
        from portfolio_app.storage.sqlite_copy import copy_database

        copy_database(source, target, progress)
        with sqlite3.connect(target) as conn:  # rows the original does not have
            conn.execute("CREATE TABLE ghost (x)")
            conn.execute("INSERT INTO ghost VALUES (1)")
        return target

    monkeypatch.setattr(data_folder, "copy_database", corrupting_copy)
    target = tmp_path / "bad"
    with pytest.raises(MoveRefused) as refused:
        move_database(db, target)
    assert refused.value.reason == data_folder.VERIFY_FAILED and "ghost" in refused.value.detail
    assert not (target / db.path.name).exists()
    assert list(target.iterdir()) == []  # no copy, no journal, no lock file left behind
    assert resolve_database_path(None) != target / db.path.name


def test_preferences_in_the_window_move_the_record_and_switch_to_it(qtbot, demo_db, tmp_path, monkeypatch,
                                                                   make_window, wait_idle):
    window = make_window(demo_db)
    old = window.db

    def exec_moving(dialog: PreferencesDialog) -> int:
        _move(qtbot, dialog, tmp_path / "moved")
        return dialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", exec_moving)
    window.app_actions.preferences.trigger()
    wait_idle()
    new_path = (tmp_path / "moved").resolve() / demo_db.path.name
    assert window.db is not None and window.db is not old and Path(window.db.path) == new_path
    assert window.user_db_path == new_path and new_path.name in window.windowTitle()
    # the pages show the moved record
    qtbot.waitUntil(lambda: window.table_pages()[RecordKind.CONTRIBUTION].model.rowCount() == 400, timeout=10_000)


def test_a_failed_move_in_the_window_leaves_the_old_folder_and_record_as_they_were(
        qtbot, demo_db, tmp_path, monkeypatch, make_window, wait_idle):
    """The target is a file, not a folder: the move fails at its first step, the user is told, nothing is lost."""
    window = make_window(demo_db)
    old_folder = demo_db.path.parent
    before = _folder_state(old_folder)
    blocked = tmp_path / "elsewhere" / "not-a-folder"
    blocked.parent.mkdir()
    blocked.write_bytes(b"a file where the folder would go")
    seen: list[str] = []

    def exec_moving(dialog: PreferencesDialog) -> int:
        _move(qtbot, dialog, blocked)
        seen.append(dialog.move_status.text())
        return dialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", exec_moving)
    window.app_actions.preferences.trigger()
    wait_idle()
    assert seen and "not moved" in seen[0] and str(blocked) in seen[0]
    assert window.db is demo_db and window.user_db_path == demo_db.path
    assert _folder_state(old_folder) == before
    assert blocked.read_bytes() == b"a file where the folder would go"
    assert resolve_database_path(None) != blocked / demo_db.path.name
    from portfolio_app.services.records import contributions

    assert contributions.count(window.db) == 400


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


# --- finding resources/ ------------------------------------------------------------------------------


@pytest.fixture
def fresh_resources_root():
    from portfolio_app import resources

    resources.resources_root.cache_clear()
    yield resources
    resources.resources_root.cache_clear()


def test_resources_are_found_in_the_checkout(fresh_resources_root):
    root = fresh_resources_root.resources_root()
    assert root == Path(__file__).resolve().parents[2] / "resources"
    assert fresh_resources_root.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert (fresh_resources_root.package_path("storage", "migrations") / "env.py").is_file()


def test_resources_are_found_in_the_bundle(fresh_resources_root, tmp_path, monkeypatch):
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert fresh_resources_root.resources_root() == tmp_path / "resources"


def test_resources_are_found_where_a_wheel_installed_them(fresh_resources_root, tmp_path, monkeypatch):
    """pip puts data files under <prefix>/share/…; the RECORD of the dist-info says where."""
    site = tmp_path / "prefix" / "lib" / "site-packages"
    info = site / "fake_portfolio-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-portfolio\nVersion: 1.0\n")
    font = tmp_path / "prefix" / "share" / "portfolio-app" / "resources" / "fonts" / "Font.ttf"
    font.parent.mkdir(parents=True)
    font.write_bytes(b"font")
    (info / "RECORD").write_text(
        "../../share/portfolio-app/resources/fonts/Font.ttf,,\nfake_portfolio-1.0.dist-info/METADATA,,\n"
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(fresh_resources_root, "DISTRIBUTION", "fake-portfolio")
    assert fresh_resources_root._installed_root() == font.parents[1]


def test_the_version_comes_from_pyproject():
    import tomllib

    with open(Path(__file__).resolve().parents[2] / "pyproject.toml", "rb") as handle:
        assert tomllib.load(handle)["project"]["version"] == __version__


def test_the_desktop_entry_names_the_command_and_an_icon_we_ship():
    import configparser

    from portfolio_app.resources import resource_path

    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(resource_path("portfolio-app.desktop"), encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Portfolio"
    assert desktop["Exec"].split()[0] == "portfolio-app"  # the console script of pyproject
    assert resource_path("icons", desktop["Icon"] + ".svg").is_file()
    assert desktop["Categories"].endswith(";") and desktop["Terminal"] == "false"


def test_the_demo_database_cannot_be_moved(qtbot):
    from portfolio_app.paths import demo_database_path

    demo = open_database(demo_database_path())
    try:
        dialog = PreferencesDialog(demo)
        qtbot.addWidget(dialog)
        assert not dialog.move_button.isEnabled()
        assert "demo" in dialog.move_status.text()
    finally:
        demo.close()


def test_a_move_warns_when_the_environment_still_chooses_the_file(qtbot, db, tmp_path, monkeypatch):
    monkeypatch.setenv("PORTFOLIO_DB", str(db.path))
    opened: list = []
    dialog = PreferencesDialog(db, on_moved=opened.append)
    qtbot.addWidget(dialog)
    _move(qtbot, dialog, tmp_path / "new")
    assert "PORTFOLIO_DB" in dialog.move_status.text()
    opened[0].close()


def _runtime_distributions(name: str = "portfolio-app") -> set[str]:
    """Every distribution the app needs at run time (what the bundle ships), by normalised name."""
    import re
    from importlib import metadata

    def normal(text: str) -> str:
        return re.sub(r"[-_.]+", "-", text).lower()

    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        for requirement in metadata.requires(current) or []:
            if "extra ==" in requirement:
                continue
            if ";" in requirement and "python_version" not in requirement and "sys_platform" not in requirement:
                continue
            dependency = normal(re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0])
            if dependency not in seen:
                try:
                    metadata.version(dependency)
                except metadata.PackageNotFoundError:
                    continue  # a marker for another platform or Python
                seen.add(dependency)
                todo.append(dependency)
    return seen


def test_about_names_every_bundled_library_with_its_declared_licence():
    import re
    from importlib import metadata

    listed = {re.sub(r"[-_.]+", "-", library.distribution).lower(): library for library in LIBRARIES}
    missing = _runtime_distributions() - set(listed)
    assert not missing, f"libraries shipped without a licence line in About: {sorted(missing)}"
    for name, library in listed.items():
        if not name:
            continue
        meta = metadata.metadata(library.distribution)
        declared = " ".join(filter(None, [meta.get("License-Expression"), meta.get("License"),
                                          *(meta.get_all("Classifier") or [])]))
        family = library.licence.split("-")[0].split()[0]
        assert family.lower() in declared.lower(), (library.name, library.licence, declared[:200])
