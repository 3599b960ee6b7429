"""The PDF read by machines: its data attached as JSON, the language set, text in reading order, no ligatures."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from portfolio_app.services.figures import key_figures

from report_pdf_helpers import PRIVATE_TITLE, TODAY


def test_the_figures_and_listed_contributions_are_attached_as_json(exported, portfolio_db):
    _, reader, pages = exported
    attached = reader.attachments
    assert list(attached) == ["portfolio-data.json"]
    data = json.loads(attached["portfolio-data.json"][0])
    summary = key_figures(portfolio_db, today=TODAY)
    figures = {f["key"]: f for f in data["figures"]}
    assert figures["contributions"]["value"] == summary.contributions
    assert figures["people_reached"]["value"] == summary.reach.people.total
    assert figures["people_reached"]["contributions_with_figure"] == summary.reach.people.with_figure
    assert figures["views"]["value"] == summary.reach.impressions.total
    assert all(f["definition"] for f in data["figures"])
    text = " ".join(" ".join(pages).split())
    listed = data["contributions"]
    assert listed and all(c["title"].split()[0] in text for c in listed)  # what the appendix lists
    assert PRIVATE_TITLE not in json.dumps(data)  # private stays private here too
    assert data["period"]["start"] == summary.period.start.isoformat()


def test_document_language_is_set(exported):
    _, reader, _ = exported
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_no_ligature_glyphs_break_search(exported):
    _, _, pages = exported
    text = "".join(pages)
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
    assert "first" in text or "figure" in text  # "fi" comes out as two letters


def test_reading_order_of_page_one(exported):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing (poppler-utils)")
    path = exported[0].path
    lines = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    numbered = [line for line in lines if line[:2] in ("1 ", "2 ", "3 ")]
    assert len(numbered) >= 3  # each featured work reads "1 Title", its number first
    proof = lines.index("Results in numbers")
    featured = lines.index("Featured work")
    words = [line for line in lines[proof:featured] if line.strip()]
    # the three numbers of the row first, then each tile's label with its sentence
    assert all(any(ch.isdigit() for ch in line) for line in words[1:4]), words[:6]
    assert not any(ch.isdigit() for ch in words[4][:6]), words[:6]
