"""Reading a CSV (or one inside a zip) stays within bounds: columns, cells and rows are capped while reading.

Before, a 490 KB zip holding 500 rows of a million columns drove the process
to gigabytes (the preview held every row it sampled); a cell over csv's
default 128 KiB refused a file whose notes the forms would accept.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import zipfile

import pytest

from portfolio_app.cli import main
from portfolio_app.domain.validation import MAX_TEXT
from portfolio_app.importers.base import ImportRefused
from portfolio_app.importers.csv_mapped import SAMPLE_CELL_CHARS, preview_csv
from portfolio_app.importers.csvtext import MAX_COLUMNS
from portfolio_app.services import records

COLUMNS = 1_000_000
ROWS = 400
MAP = "date=Date,title=Title,notes=Notes"


def _wide_zip(path, header: str | None = None):
    """A small zip (deflate shrinks commas a thousandfold) holding ROWS rows of a million columns."""
    line = ("2024-01-01" + "," * (COLUMNS - 1) + "\n").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, archive.open("wide.csv", "w") as member:
        member.write((header or "Date" + "," * (COLUMNS - 1)).encode() + b"\n")
        for _ in range(ROWS):
            member.write(line)
    return path


CHILD = textwrap.dedent("""
    import resource, sys
    # a guard for the machine should the bounds fail: 2 GB of address space, then MemoryError
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    from portfolio_app.cli import main
    from portfolio_app.importers.csv_mapped import preview_csv
    try:
        preview_csv(sys.argv[1])
        print("preview: not refused")
    except Exception as error:
        print("preview:", type(error).__name__, error)
    code = main(["import", "csv", sys.argv[1], "--map", "date=Date,title=Title", "--dry-run", "--db", sys.argv[2]])
    print("import exit", code)
    # VmHWM is this process's own peak; ru_maxrss would carry over the peak of the pytest process that started it
    peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print("max rss kB", peak.split()[1])
""")


@pytest.mark.parametrize("header", [None, "Date,Title"], ids=["wide-header", "wide-rows"])
def test_a_million_columns_in_a_small_zip_are_refused_with_bounded_memory(tmp_path, header):
    archive = _wide_zip(tmp_path / "wide.zip", header)
    assert archive.stat().st_size < 1_000_000

    child = subprocess.run([sys.executable, "-c", CHILD, str(archive), str(tmp_path / "db.sqlite")],
                           capture_output=True, text=True, timeout=600)

    out = child.stdout
    assert "preview: ImportRefused" in out and f"more than the {MAX_COLUMNS}" in out, out + child.stderr
    assert "import exit 1" in out and "columns" in child.stderr, out + child.stderr
    peak_mb = int(out.split("max rss kB")[1]) / 1024
    assert peak_mb < 400, f"peak {peak_mb:.0f} MB"  # the interpreter and the app's modules are most of it


def _csv(path, notes: str, rows: int = 1) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Date,Title,Notes\r\n")
        for index in range(rows):
            handle.write(f'2024-01-{index % 28 + 1:02d},Post {index},"{notes}"\r\n')


def test_a_cell_as_long_as_a_note_may_be_imports_whole(db, db_path, tmp_path):
    notes = ("A long note, line after line.\n" * 7_000)[:150_000]  # over csv's default 128 KiB
    _csv(tmp_path / "long.csv", notes)

    assert main(["import", "csv", str(tmp_path / "long.csv"), "--map", MAP, "--db", str(db_path)]) == 0

    [stored] = records.contributions.list(db)
    assert stored.notes == notes.rstrip("\n")  # the whole note, not a refusal of the file


def test_a_cell_longer_than_any_note_is_refused_naming_the_line(tmp_path):
    _csv(tmp_path / "longer.csv", "x" * (MAX_TEXT + 1))
    with pytest.raises(ImportRefused) as refused:
        preview_csv(str(tmp_path / "longer.csv"))
    assert "line 2" in str(refused.value) and f"{MAX_TEXT}" in str(refused.value).replace(",", "")


def test_the_preview_keeps_a_bounded_sample(tmp_path):
    _csv(tmp_path / "many.csv", "y" * 100_000, rows=300)  # 30 million characters of notes
    preview = preview_csv(str(tmp_path / "many.csv"), rows=8)
    assert len(preview.rows) == 8
    assert max(len(cell) for row in preview.rows for cell in row) <= SAMPLE_CELL_CHARS
    assert preview.date_columns  # the dates are still found in the sample
    assert dt.date(2024, 1, 1).isoformat() in preview.rows[0][0]
