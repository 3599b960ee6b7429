"""The German portfolio read back: words break only at pyphen's syllables, German quotes, full month names."""

from __future__ import annotations

import re

import pyphen
import pytest
from pypdf import PdfReader

from portfolio_app.report.formatting import Formatter
from portfolio_app.report.options import ReportOptions
from portfolio_app.services.export_pdf import export_pdf

from report_pdf_helpers import TODAY

GERMAN = pyphen.Pyphen(lang="de_DE")


@pytest.fixture(scope="module")
def german_lines(portfolio_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("de") / "de.pdf"
    export_pdf(portfolio_db, out, ReportOptions(language="de"), today=TODAY)
    return [line.strip() for page in PdfReader(out).pages for line in page.extract_text().splitlines()]


def test_german_words_break_only_at_pyphens_points(german_lines):
    breaks = 0
    for line, following in zip(german_lines, german_lines[1:]):
        match = re.search(r"(\w+)-$", line)
        rest = re.match(r"(\w+)", following)
        if not match or not rest or not match.group(1)[-1].islower():
            continue
        head, tail = match.group(1), rest.group(1)
        if tail[0].isupper():
            continue  # a compound written with its hyphen: "Earned-Media-Wert", "Arbeitgeber-Konten"
        breaks += 1
        assert len(head) in GERMAN.positions(head + tail), f"{head}-{tail}"
    assert breaks > 5  # German text does get hyphenated (narrow tiles and cells)


def test_german_quotation_marks_and_month_names(german_lines):
    text = "\n".join(german_lines)
    assert "„The customer stories series opened doors for us.“" in text  # testimonials in German quotes
    assert "Mär " not in text and "Mär." not in text
    assert Formatter("de").month(TODAY) in text or "Okt. 2026" in text


def test_no_translated_sounding_words(german_lines):
    text = " ".join(german_lines)
    for awkward in ("Was getan wurde", "Unternehmensrate", "Verwendete Sätze", "Geteilt",
                    "In den Worten der Person", "wechseln mit der Person", "Ziel an erreichten Menschen", "Von 1. ",
                    "geht mit der Person mit"):
        assert awkward not in text, awkward
