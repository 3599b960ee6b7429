"""What the user reads after Export table…, Backup… and an import: numbers and dates in the UI's locale, counts in plurals.

Before, both messages formatted numbers with Python's "{:,}" ("1,234" in the
German UI, where 1,234 reads as one point two) and said "1 audiences".
"""

from __future__ import annotations

from pathlib import Path


def test_the_backup_message_counts_in_german(german):
    from portfolio_app.ui.backup_dialogs import backup_saved_text

    text = backup_saved_text(Path("/tmp/b.sqlite"), {"contributions": 1234, "audiences": 1, "campaigns": 2})
    assert text == "Die Sicherung wurde unter /tmp/b.sqlite gespeichert.\nSie enthält 1.234 Beiträge, 1 Zielgruppe " \
                   "und 2 Kampagnen."


def test_the_backup_message_counts_in_english(qapp):
    from portfolio_app.ui.backup_dialogs import backup_saved_text

    text = backup_saved_text(Path("/tmp/b.sqlite"), {"contributions": 1234, "audiences": 1, "campaigns": 0})
    assert text.endswith("It holds 1,234 contributions, 1 audience and 0 campaigns.")


def test_the_table_export_message_writes_german_numbers(german):
    from portfolio_app.ui.csv_export_dialog import exported_text

    text = exported_text("contributions", 12345, Path("/tmp/t.csv"), 1500)
    assert text.startswith("12.345 Zeilen") and "1.500 private Beiträge" in text
    assert "12,345" not in text and "1,500" not in text


def test_the_import_wizard_writes_dates_as_the_tables_do(german):
    import datetime as dt

    from portfolio_app.ui.import_wizard.texts import short_date
    from portfolio_app.ui.tables.format import format_date

    assert short_date(dt.date(2024, 3, 5)) == "05.03.2024" == format_date(dt.date(2024, 3, 5))


def test_the_restore_list_writes_german_dates_and_numbers(qtbot, german, tmp_path):
    import datetime as dt

    from portfolio_app.services.backup_and_restore import BackupEntry
    from portfolio_app.ui.backup_dialogs import RestoreDialog

    entry = BackupEntry(tmp_path / "b.sqlite", dt.datetime(2026, 11, 30, 4, 15), "daily",
                        counts={"contributions": 12345, "audiences": 9, "campaigns": 5, "testimonials": 2})
    dialog = RestoreDialog([entry])
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, column).text() for column in range(dialog.table.columnCount())]
    assert cells[0] == "30.11.2026 04:15" and "12.345" in cells and "12,345" not in cells
