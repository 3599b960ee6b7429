"""How the pages flow, read back with poppler's pdftotext -bbox-layout: page count, headings, margins, legends."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from report_pdf_helpers import TODAY

from portfolio_app.report.options import ReportOptions
from portfolio_app.report.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from portfolio_app.report.wording import Texts
from portfolio_app.services.export_pdf import export_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

_NS = "{http://www.w3.org/1999/xhtml}"
VARIANTS = [(language, size) for language in ("en", "de") for size in ("a4", "letter")]
# the German demo (fill_demo(language="de")) in a German PDF: its longer titles and outcomes must fit too
GERMAN_DEMO = [("de-demo", size) for size in ("a4", "letter")]
HEADING_SIZE = 11  # points: section titles (17) and headings (11.5); body text is at most 9.5


@dataclass(frozen=True)
class Line:
    top: float  # from the top of the page, as pdftotext gives it
    bottom: float
    left: float
    right: float
    size: float  # the tallest word's height: its font size
    text: str


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: list[Line]

    @property
    def body(self) -> list[Line]:
        """The lines between the running header and the footer."""
        return [line for line in self.lines
                if line.top >= MARGIN_TOP - 1 and line.bottom <= self.height - MARGIN_BOTTOM + 1]


def read_pages(pdf: Path) -> list[Page]:
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for page in ET.fromstring(xml).iter(f"{_NS}page"):
        lines = []
        for line in page.iter(f"{_NS}line"):
            words = list(line.iter(f"{_NS}word"))
            lines.append(Line(float(line.get("yMin")), float(line.get("yMax")), float(line.get("xMin")),
                              float(line.get("xMax")),
                              max(float(w.get("yMax")) - float(w.get("yMin")) for w in words),
                              " ".join(w.text or "" for w in words)))
        pages.append(Page(float(page.get("width")), float(page.get("height")), lines))
    return pages


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    fill_demo(db, contributions=400, seed=1)
    yield db
    db.close()


@pytest.fixture(scope="module")
def german_demo_db(tmp_path_factory):
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    db = open_database(tmp_path_factory.mktemp("demo-de") / "demo-de.sqlite")
    fill_demo(db, contributions=400, seed=1, language="de")
    yield db
    db.close()


@pytest.fixture(scope="module")
def demo_pdfs(demo_db, german_demo_db, tmp_path_factory):
    """The demo as the CLI writes it by default (selected work), in each language and page size;
    "de-demo": the German demo in German."""
    folder = tmp_path_factory.mktemp("variants")
    exported = {}
    for language, size in VARIANTS + GERMAN_DEMO:
        db, pdf_language = (german_demo_db, "de") if language == "de-demo" else (demo_db, language)
        result = export_pdf(db, folder / f"{language}-{size}.pdf",
                            ReportOptions(language=pdf_language, page_size=size), today=TODAY)
        exported[language, size] = (result.pages, read_pages(result.path))
    return exported


def headings_ending_a_page(pages: list[Page]) -> list[tuple[int, str]]:
    """(page, text) of every page whose last line of body text is a heading."""
    found = []
    for number, page in enumerate(pages, start=1):
        body = page.body
        if body and number < len(pages):
            last = max(body, key=lambda line: line.bottom)
            if last.size >= HEADING_SIZE:
                found.append((number, last.text))
    return found


@pytest.mark.parametrize(("language", "size"), VARIANTS + GERMAN_DEMO)
def test_demo_is_at_most_eight_pages(demo_pdfs, language, size):
    """A hiring manager reads it in two minutes: the demo with its selected work keeps to eight pages."""
    pages, read = demo_pdfs[language, size]
    assert pages == len(read) and pages <= 8, pages


@pytest.mark.parametrize(("language", "size"), VARIANTS + GERMAN_DEMO)
def test_demo_text_stays_inside_the_margins(demo_pdfs, language, size):
    for number, page in enumerate(demo_pdfs[language, size][1], start=1):
        for line in page.lines:
            assert MARGIN_X - 0.5 <= line.left and line.right <= page.width - MARGIN_X + 0.5, (number, line.text)


@pytest.mark.parametrize(("language", "size"), VARIANTS + GERMAN_DEMO)
def test_no_demo_page_ends_with_a_heading(demo_pdfs, language, size):
    assert headings_ending_a_page(demo_pdfs[language, size][1]) == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_heading_never_ends_a_page_even_after_a_long_organisation_name(demo_db, tmp_path, language):
    """A long name for the latest employer put "Career" alone at the foot of page 3 on Letter.

    ReportLab kept a heading with the next flowable only when that was not a
    block kept together itself (a career entry is); now every heading travels
    with the start of what it introduces.
    """
    from sqlalchemy import text

    latest = "SELECT organisation FROM employment WHERE id = (SELECT max(id) FROM employment)"
    rename = "UPDATE employment SET organisation = :name WHERE id = (SELECT max(id) FROM employment)"
    name = "Helio Energy Systems" + " and Partners Group" * 5
    with demo_db.engine.begin() as connection:
        original = connection.execute(text(latest)).scalar_one()
        connection.execute(text(rename), {"name": name})
    try:
        result = export_pdf(demo_db, tmp_path / "long.pdf", ReportOptions(language=language, page_size="letter"),
                            today=TODAY)
    finally:
        with demo_db.engine.begin() as connection:
            connection.execute(text(rename), {"name": original})
    pages = read_pages(result.path)
    assert any(name.split()[0] in line.text for page in pages for line in page.lines)
    assert headings_ending_a_page(pages) == []


def test_german_chart_legend_fits_its_half_width_chart_on_letter(demo_pdfs):
    """'Arbeitgeberkonten, während der Anstellung' ran past the right margin of the half-width chart."""
    label = Texts("de")("legend.employer_growth")
    pages = demo_pdfs["de", "letter"][1]
    chart_page = next(page for page in pages if any(label.split()[0] in line.text for line in page.lines))
    width = chart_page.width - 2 * MARGIN_X
    chart_left = MARGIN_X + (width - 18) / 2 + 18  # the right half of the charts' pair
    legend = [line for line in chart_page.lines if line.text.startswith(label.split()[0])]
    assert legend and " ".join(line.text for line in legend).startswith(label)
    for line in legend:
        assert chart_left - 0.5 <= line.left and line.right <= chart_page.width - MARGIN_X + 0.5, line
