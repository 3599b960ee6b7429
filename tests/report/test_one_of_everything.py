"""A first-week record: one contribution with every figure. Counts of one read in the singular.

A new user's first export has one of each; "1 contributions" or "von 1 Beiträgen" on page 1 is the
kind of slip that makes a reader doubt the figures beside it.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from portfolio_app.report.options import AppendixMode, ReportOptions
from portfolio_app.services import records
from portfolio_app.services.export_pdf import export_pdf
from portfolio_app.storage.database import open_database

D = dt.date


@pytest.fixture(scope="module")
def first_week(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("first") / "first.sqlite")
    records.audiences.create(db, {"id": 1, "name": "Own LinkedIn", "platform": "linkedin",
                                  "ownership": "personal"})
    records.contributions.create(db, {"date": D(2025, 3, 1), "kind": "post", "title": "Hello, new role",
                                      "audience_id": 1, "reach": 800, "impressions": 1200, "reactions": 40,
                                      "url": "https://example.com/1"})
    yield db
    db.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_counts_of_one_are_singular(first_week, tmp_path, language):
    result = export_pdf(first_week, tmp_path / f"first-{language}.pdf",
                        ReportOptions(language=language, appendix=AppendixMode.FULL), today=D(2025, 6, 30))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(result.path).pages).split())
    # a sentence's plural; a tile's label ("1" above "Contributions") and a chart's title are not sentences
    plural = r"\b1 (contributions|channels|Beiträgen|Kanälen)\b|\b1 Beiträge(?= (auf|insgesamt|ohne)|,)"
    assert not re.findall(plural, text), re.findall(rf".{{40}}{plural}.{{20}}", text)
