"""Real, hostile user text in a whole exported PDF: right-to-left, emoji sequences, CJK, languages."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pyphen
import pytest
from pypdf import PdfReader

from portfolio_app.report.blocks import paragraph
from portfolio_app.report.fonts import register_family
from portfolio_app.report.language import likely_language
from portfolio_app.report.options import ReportOptions
from portfolio_app.report.styles import styles_for
from portfolio_app.report.text import plain
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


ENGLISH = ("Understanding internationalization responsibilities transformed organizational communication "
           "considerably: the troubleshooting documentation, the accessibility guidelines and the "
           "unprecedented collaboration between engineering and the communications department")
GERMAN = ("Die Zusammenarbeit zwischen Entwicklungsabteilung und Unternehmenskommunikation hat die "
          "Barrierefreiheitsrichtlinien und die Fehlerbehebungsdokumentation für unsere Kundschaft verbessert")


def hyphenated_words(lines: list[str]) -> list[str]:
    """Words broken over two lines with a hyphen ("commu-" + "nication"), as pdftotext shows them."""
    broken = []
    for line, following in zip(lines, lines[1:]):
        head, rest = re.search(r"(\w+)-$", line.strip()), re.match(r"(\w+)", following.strip())
        if head and rest and rest.group(1)[0].islower():
            broken.append(f"{head.group(1)}-{rest.group(1)}")
    return broken


def pdftotext_lines(path, layout: bool = True) -> list[str]:
    return subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], capture_output=True,
                          text=True, check=True).stdout.splitlines()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_english_user_text_in_a_german_pdf_is_not_hyphenated_by_german_rules(db, tmp_path):
    from portfolio_app.services import records

    records.testimonials.create(db, {"author": "Maria Lopez", "text": ENGLISH, "may_publish": True})
    add_posts(db, ["Launch"], featured=True, why_it_mattered=ENGLISH)
    result = export_pdf(db, tmp_path / "de.pdf", ReportOptions(language="de"), today=TODAY)
    lines = pdftotext_lines(result.path)
    assert sum("internationalization" in line or "unprecedented" in line for line in lines) >= 2  # both printed
    assert [word for word in hyphenated_words(lines) if word.replace("-", "") in ENGLISH] == []


def test_german_user_text_in_a_german_pdf_is_hyphenated_at_german_syllables():
    """The same narrow column: the German text does break inside words, where pyphen allows."""
    styles = styles_for("de")
    lines = paragraph_lines(plain(GERMAN), styles.body, 90)
    broken = hyphenated_words(lines)
    assert broken
    german = pyphen.Pyphen(lang="de_DE")
    for word in broken:
        head, tail = word.split("-")
        assert len(head) in german.positions(head + tail), word
    assert hyphenated_words(paragraph_lines(plain(ENGLISH), styles.body, 90)) == []


def paragraph_lines(markup: str, style, width: float) -> list[str]:
    """The lines ReportLab sets ``markup`` in at ``width`` points."""
    register_family()
    text = paragraph(markup, style)
    text.wrap(width, 10_000)
    if text.blPara.kind == 0:
        return [" ".join(words) for _extra, words in text.blPara.lines]
    return ["".join(frag.text for frag in line.words) for line in text.blPara.lines]


@pytest.mark.parametrize("text, language", [
    (ENGLISH, "en"), (GERMAN, "de"), ("How we shipped the new app", "en"), ("Über uns", "de"),
    ("Interview with Jürgen Müller about the product", "en"), ("Quartalsbericht", None), ("👩‍💻 2026", None),
])
def test_likely_language(text, language):
    assert likely_language(text) == language


CJK_TEXTS = [
    "我们的团队在上海发布了新产品。今天，我们很高兴地宣布，新版本已经上线！欢迎大家试用，并提出宝贵意见。谢谢！",
    "Our team在上海发布了AI产品。今天，我们很高兴地宣布version 2.0已经上线！欢迎大家试用（免费），并提出宝贵意见。",
    "日本語のテキスト、ひらがなとカタカナ。「引用」と『二重引用』です。ありがとうございました。",
    "我们在2024年完成了100%的目标，其中包括LinkedIn、X和Mastodon三个平台的运营。",
]
CLOSING_MARKS = "，．：；？！）］｝〉》」』】〕、。"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_no_cjk_line_starts_with_closing_punctuation(tmp_path):
    """Every text in columns from 60 to 300 points wide, in one font and mixed with Latin (several fonts)."""
    from reportlab.platypus import SimpleDocTemplate, Table

    register_family()
    styles = styles_for("de")
    story = [Table([[paragraph(plain(text), style)]], colWidths=[width])
             for text in CJK_TEXTS for style in (styles.body, styles.cell) for width in range(60, 300, 7)]
    path = tmp_path / "cjk.pdf"
    SimpleDocTemplate(str(path)).build(story)
    lines = [line.strip() for line in pdftotext_lines(path, layout=False) if line.strip()]
    assert sum("宝贵意见" in line or "二重引用" in line for line in lines) > 10  # the texts are there
    assert [line for line in lines if line[0] in CLOSING_MARKS] == []


def drawn_text_by_font(page) -> list[tuple[str, str]]:
    """(font, text) of every piece of text a page draws, in drawing order."""
    pieces: list[tuple[str, str]] = []

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            pieces.append((str(font.get("/BaseFont", "")), text))

    page.extract_text(visitor_text=visit)
    return pieces


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory):
    """The hostile paragraph set as titles (all in the appendix), four featured with the text as 'why'."""
    from hostile_text import HOSTILE

    from portfolio_app.services import records
    from portfolio_app.storage.database import open_database

    folder = tmp_path_factory.mktemp("hostile")
    db = open_database(folder / "hostile.sqlite")
    for index, text in enumerate(HOSTILE.values()):
        records.contributions.create(db, {"date": dt.date(2026, 5, 1 + index), "kind": "post", "title": text,
                                          "featured": index < 4, "why_it_mattered": text if index < 4 else "",
                                          "reach": 1000 - index})
    records.testimonials.create(db, {"author": "Maria Lopez", "text": HOSTILE["hebrew"], "may_publish": True})
    result = export_pdf(db, folder / "hostile.pdf", ReportOptions(appendix="full"), today=TODAY)
    return result, PdfReader(result.path)


def test_hostile_text_prints_every_character(hostile_pdf):
    result, _reader = hostile_pdf
    assert result.glyphs.missing == ()


def test_math_letters_print_as_the_familys_bold_and_italic(hostile_pdf):
    _result, reader = hostile_pdf
    pieces = drawn_text_by_font(reader.pages[0])
    bold = " ".join(text for font, text in pieces if font.endswith("DejaVuSans-Bold"))
    italic = " ".join(text for font, text in pieces if font.endswith("DejaVuSans-Oblique"))
    # the featured title, its 'why' line and the proof point each set "𝐁𝐨𝐥𝐝 𝐡𝐞𝐚𝐝𝐥𝐢𝐧𝐞" in bold
    assert bold.count("Bold headline") >= 3 and "123" in bold
    assert italic.count("italic aside") >= 3
    assert not any("Symbola" in font for font, _text in pieces)  # no smaller look-alike letters


def test_soft_hyphens_do_not_print_and_shortcodes_are_dropped(hostile_pdf):
    _result, reader = hostile_pdf
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "widthsoft" in text and "width-soft" not in text  # "width\u00adsoft" joined, no hyphen drawn
    assert ":ablobcathappypaws:" not in text and ":mastodon:" not in text
    assert "So happy with the launch at 10:30:45" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_wrapped_right_to_left_title_starts_on_its_first_line(hostile_pdf):
    """Reordered as a whole before wrapping, the title's end ("went live") came first, its start last."""
    result, _reader = hostile_pdf
    lines = pdftotext_lines(result.path)
    appendix = next(index for index, line in enumerate(lines) if "Appendix" in line)
    hebrew = [index for index, line in enumerate(lines[appendix:]) if "שלום" in line or "went live" in line]
    first, *rest = hebrew
    assert "שלום" in lines[appendix + first] and "went live" in lines[appendix + rest[0]]
    arabic = [line for line in lines[appendix:] if "ﻣﺮﺣﺒﺎ" in line or "ﻧﺎﺟﺤﺎ" in line]
    assert "ﻣﺮﺣﺒﺎ" in arabic[0] and "ﻧﺎﺟﺤﺎ" in arabic[-1]  # "welcome" starts it, "successful" ends it


def test_a_hebrew_organisation_on_the_career_chart_reads_right_to_left(tmp_path):
    from types import SimpleNamespace

    from reportlab.graphics import renderPDF

    from portfolio_app.report import charts
    from portfolio_app.report.formatting import Formatter
    from portfolio_app.report.wording import Texts

    role = SimpleNamespace(employment=SimpleNamespace(organisation="שלום עולם"),
                           built=SimpleNamespace(personal=120, employer=SimpleNamespace(growth=80, audiences=1)))
    drawing = charts.reach_built([role], Formatter("en"), Texts("en"), 400)
    renderPDF.drawToFile(drawing, str(tmp_path / "chart.pdf"))
    text = PdfReader(tmp_path / "chart.pdf").pages[0].extract_text()
    assert "שלום עולם" in text and "םלוע םולש" not in text
