"""export-csv keeps back what the PDF keeps back: private contributions and testimonials that may not be published."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys

from portfolio_app.services import records
from portfolio_app.services.csv_export import CsvOptions, export_table

SECRET = "Off the record: the reorg is coming"


def _testimonials(db) -> None:
    records.testimonials.create(db, {"author": "Public Pat", "text": "Great talks.", "may_publish": True,
                                     "date": dt.date(2024, 1, 1)})
    records.testimonials.create(db, {"author": "Private Pam", "text": SECRET, "may_publish": False})


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_testimonials_that_may_not_be_published_stay_out_by_default(db, db_path, tmp_path):
    _testimonials(db)
    out = tmp_path / "testimonials.csv"
    result = subprocess.run([sys.executable, "-m", "portfolio_app", "export-csv", "--db", str(db_path),
                             "--table", "testimonials", "--out", str(out)], capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    assert [row["author"] for row in _rows(out)] == ["Public Pat"]
    assert SECRET not in out.read_text(encoding="utf-8")
    assert "1 not to be published left out" in result.stdout


def test_include_private_brings_private_contributions_and_unpublishable_testimonials(db, tmp_path):
    _testimonials(db)
    records.contributions.create(db, {"date": dt.date(2024, 2, 1), "kind": "post", "title": "Salary notes",
                                      "private": True})
    options = CsvOptions(include_private=True)

    testimonials = export_table(db, "testimonials", tmp_path / "t.csv", options)
    contributions = export_table(db, "contributions", tmp_path / "c.csv", options)

    assert {row["author"] for row in _rows(tmp_path / "t.csv")} == {"Public Pat", "Private Pam"}
    assert testimonials.private_left_out == 0 and contributions.rows == 1
    assert _rows(tmp_path / "c.csv")[0]["title"] == "Salary notes"
