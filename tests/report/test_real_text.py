"""Real, hostile user text in a whole exported PDF: right-to-left, emoji sequences, CJK, languages."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from portfolio_app.report.options import ReportOptions
from portfolio_app.services.export_pdf import export_pdf
from report_pdf_helpers import TODAY


def add_posts(db, titles, **extra):
    from portfolio_app.services import records

    for index, title in enumerate(titles):
        records.contributions.create(db, {"date": dt.date(2026, 5, 1 + index), "kind": "post", "title": title,
                                          "reach": 100 - index, **extra})


def test_appendix_cells_print_hebrew_in_display_order_and_sequences_as_one_glyph(db, tmp_path):
    """A short title in one font used to go into its table cell as a plain string, drawn as stored."""
    add_posts(db, ["שלום עולם", "Team 👩‍💻 ready"])
    result = export_pdf(db, tmp_path / "cells.pdf", ReportOptions(appendix="full"), today=TODAY)
    text = " ".join("".join(page.extract_text() for page in PdfReader(result.path).pages).split())
    assert "שלום עולם" in text and "םלוע םולש" not in text
    assert "Team 👩‍💻 ready" in text
