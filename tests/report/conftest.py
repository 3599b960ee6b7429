"""A demo portfolio with one private and one hostile contribution, exported once per module."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from report_pdf_helpers import TODAY, fill_portfolio

@pytest.fixture(scope="module")
def portfolio_db(tmp_path_factory):
    db = fill_portfolio(tmp_path_factory.mktemp("db") / "portfolio.sqlite")
    yield db
    db.close()


@pytest.fixture(scope="module")
def exported(portfolio_db, tmp_path_factory):
    """(ExportResult, PdfReader, text of every page) for the default options."""
    from portfolio_app.services.export_pdf import export_pdf

    out = tmp_path_factory.mktemp("pdf") / "portfolio.pdf"
    result = export_pdf(portfolio_db, out, today=TODAY)
    reader = PdfReader(out)
    return result, reader, [page.extract_text() for page in reader.pages]
