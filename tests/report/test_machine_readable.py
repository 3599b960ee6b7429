"""The PDF read by machines: its data attached as JSON, the language set, text in reading order, no ligatures."""

from __future__ import annotations

import json
import re
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
    tiles = [line for line in lines[proof + 1:featured] if line.strip()]
    # tile by tile, left to right: each reads "label number sentence" (the numbers used to come first, a row
    # of them, and the labels after)
    labels = ("People reached", "Views", "Own audience built", "Campaign targets met", "Engagement rate",
              "Strongest single piece")
    assert len(tiles) == 3 and all(line.startswith(labels) and _label_then_number(line) for line in tiles), tiles


def _label_then_number(line: str) -> bool:
    """'People reached 225,856 with 394 …': words first, then the number, then more words."""
    match = re.match(r"(\D+?) ([+−-]?[\d.,%]+(?: of \d+)?)( .+)?$", line)
    return match is not None


def test_key_figure_tiles_read_label_then_number_tile_by_tile(exported):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing (poppler-utils)")
    from portfolio_app.report.wording import Texts

    texts = Texts("en")
    path = exported[0].path
    lines = [line for line in subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(path), "-"],
                                             capture_output=True, text=True, check=True).stdout.splitlines()
             if line.strip()]
    start = lines.index("Key figures and charts")
    labels = [texts(f"tile.{key}") for key in ("contributions", "reach", "impressions", "attendees", "interactions",
                                                "engagement_rate", "audience", "portable", "employer")]
    tiles = lines[start + 1:start + 1 + len(labels)]
    assert [next(label for label in labels if line.startswith(label + " ")) for line in tiles] == labels, tiles
    assert all(_label_then_number(line) for line in tiles), tiles
    assert tiles[0].startswith("Contributions 39") and "online" in tiles[0]  # its own note follows its number
