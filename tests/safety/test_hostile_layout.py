"""Every text at its longest lays out: it flows over pages, wraps inside long tokens, or is shortened with "…".

Before, one testimonial of 4,000 characters (or 70 short lines) made every
export fail with ReportLab's LayoutError, a URL as a title ran over the next
appendix columns, a long name ran over the running header and a long headline
pushed the cover's figures onto a second page. The PDFs are read back with
poppler: where each word landed shows text drawn over text or off the page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hostile_layout import TITLE_SLUG, fill_hostile, prose
from pdf_words import outside, overprinted, pages_of
from pypdf import PdfReader

from portfolio_app.cli import main
from portfolio_app.domain.validation import MAX_TEXT
from portfolio_app.report.wording import Texts
from portfolio_app.report.options import ReportOptions, Section
from portfolio_app.report.styles import MARGIN_X
from portfolio_app.services import records
from portfolio_app.services.export_pdf import export_pdf

TODAY = dt.date(2026, 10, 1)
TEXTS = Texts("en")


@pytest.mark.parametrize("text", ["word " * 800, "line\n" * 70], ids=["4000-characters", "70-lines"])
def test_a_long_testimonial_no_longer_stops_every_export(demo_db, db_path, tmp_path, text):
    records.testimonials.create(demo_db, {"author": "Ada Long", "text": text + "THE-END", "may_publish": True})
    out = tmp_path / "portfolio.pdf"

    assert main(["export", "--db", str(db_path), "--out", str(out)]) == 0

    words = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "THE-END”" in words and "— Ada Long" in words  # the whole quote, then its author


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile database, and its whole portfolio as pages of placed words."""
    db = fill_hostile(tmp_path_factory.mktemp("db") / "hostile.sqlite")
    out = tmp_path_factory.mktemp("pdf") / "hostile.pdf"
    export_pdf(db, out, today=TODAY)
    yield db, pages_of(out)
    db.close()


def test_every_text_at_its_longest_stays_on_the_page_and_off_other_text(hostile):
    _, pages = hostile
    assert len(pages) > 100  # 200,000-character texts flow over many pages
    for page in pages:
        assert not outside(page, MARGIN_X), f"page {page.number}: {outside(page, MARGIN_X)[:3]}"
        assert not overprinted(page), f"page {page.number}: {overprinted(page)[:3]}"


def test_long_texts_flow_on_without_losing_a_sentence(hostile):
    _, pages = hostile
    # the body of each page only: a sentence broken by a page break must not be cut by the header and footer
    text = " ".join(w.text for page in pages for w in page.words if 55 < w.y0 and w.y1 < page.height - 45)
    for seed in ("S1", "O1", "Q1"):  # profile summary, campaign objective, testimonial
        sentences = prose(MAX_TEXT, seed).count(f"The {seed} launch")
        assert text.count(f"The {seed} launch") == sentences
    assert "— Bob," in text  # after a 200,000-character token, its author


def test_the_running_header_gives_way_to_the_period(hostile):
    _, pages = hostile
    header = [w for w in pages[1].words if w.y1 < 60]
    assert header[-1].text == "2026" and any(w.text.endswith("…") for w in header)


def test_a_url_as_a_title_wraps_inside_its_appendix_column(hostile):
    _, pages = hostile
    # the selected work's table: date, title (kind and channel beneath it), reach, interactions
    heads = {TEXTS(f"appendix.{key}") for key in ("date", "title", "reach")}
    appendix = [page for page in pages if heads <= {w.text for w in page.words}]
    checked = 0
    for page in appendix:
        title = next(w for w in page.words if w.text == TEXTS("appendix.title"))  # the column headers
        channel = next(w for w in page.words if w.text == TEXTS("appendix.reach"))  # the next column
        slugs = [w for w in page.words if TITLE_SLUG[2:-1] in w.text]
        assert all(w.x0 >= title.x0 - 1 for w in slugs)
        checked += len(slugs)
        assert all(w.x1 < channel.x0 for w in slugs), [w for w in slugs if w.x1 >= channel.x0][:2]
    assert checked > 20


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_the_cover_stays_one_page_with_its_foot(hostile, tmp_path, page_size):
    db, _ = hostile
    out = tmp_path / "cover.pdf"
    options = ReportOptions(sections=(Section.COVER, Section.METHOD), page_size=page_size,
                            prepared_for="Hiring team " * 80)
    export_pdf(db, out, options, today=TODAY)
    cover, after = pages_of(out)[:2]

    assert "Prepared" in {w.text for w in cover.words}  # the foot stays on the cover (page 1 has the figures)
    assert "Method" in after.text()
    assert not overprinted(cover) and not outside(cover, MARGIN_X)
    assert any(w.text.endswith("…") for w in cover.words)  # name, headline and contact shortened


@pytest.fixture(scope="module")
def long_lines(tmp_path_factory):
    """Every one-line text at its longest, the long texts short: what page 1 can be asked to hold."""
    db = fill_hostile(tmp_path_factory.mktemp("db") / "long-lines.sqlite", text_length=600)
    yield db
    db.close()


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_page_one_keeps_its_figures_whatever_the_name_and_headline(long_lines, tmp_path, page_size):
    out = tmp_path / "page-1.pdf"
    export_pdf(long_lines, out, ReportOptions(page_size=page_size, prepared_for="Hiring team " * 80), today=TODAY)
    first = pages_of(out)[0]

    assert set(TEXTS("exec.proof").split()) <= {w.text for w in first.words}  # the figures' heading, on page 1
    assert sum(w.text.endswith("…") for w in first.words) >= 3  # name, headline, prepared for, contact shortened
    assert not overprinted(first) and not outside(first, MARGIN_X)


def test_with_german_hyphenation_a_url_as_a_title_still_wraps(hostile, tmp_path):
    """German hyphenation splits a URL at a slash first and used to leave the rest of it whole."""
    db, _ = hostile
    out = tmp_path / "de.pdf"
    export_pdf(db, out, ReportOptions(language="de", sections=(Section.HIGHLIGHTS, Section.APPENDIX)), today=TODAY)
    for page in pages_of(out):
        assert not outside(page, MARGIN_X), f"page {page.number}: {outside(page, MARGIN_X)[:2]}"
        assert not overprinted(page), f"page {page.number}: {overprinted(page)[:2]}"
