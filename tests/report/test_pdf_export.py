"""The exported PDF read back: sections, figures, links, metadata, outline, privacy, validity."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from portfolio_app.domain.records import Period
from portfolio_app.report.formatting import Formatter
from portfolio_app.report.options import ReportOptions, Section
from portfolio_app.services.export_pdf import export_pdf
from portfolio_app.services.figures import key_figures

from report_pdf_helpers import HOSTILE_TITLE, PRIVATE_TITLE, PRIVATE_URL, TODAY, link_targets, outline_titles

ENGLISH_OUTLINE = [
    "Summary", "Key figures and charts", "Career", "Campaigns", "Highlights", "Audiences", "Testimonials", "Method",
    "Selected work",
]


def test_every_section_in_order_in_outline_and_text(exported):
    result, reader, pages = exported
    outline = outline_titles(reader)
    assert [title for title, _ in outline] == ENGLISH_OUTLINE
    page_numbers = [page for _, page in outline]
    assert page_numbers == sorted(page_numbers) and page_numbers[0] == 0
    text = "\n".join(pages)
    headings = [line.strip() for line in text.splitlines() if line.strip() in ENGLISH_OUTLINE[1:]]
    assert list(dict.fromkeys(headings)) == ENGLISH_OUTLINE[1:]  # each heading first met in outline order


def test_metadata(exported, portfolio_db):
    _, reader, _ = exported
    from portfolio_app.services.profile_and_rates import get_profile

    name = get_profile(portfolio_db).name
    info = reader.metadata
    assert info.title == f"{name} – Communication portfolio"
    assert info.author == name
    assert info.subject.startswith("Communication work, reach and audiences, ")
    assert info.creator.startswith("Portfolio ")


def test_page_count_and_page_x_of_y_footer(exported):
    result, reader, pages = exported
    assert result.pages == len(reader.pages) > 5
    assert f"Page 2 of {result.pages}" in pages[1]
    assert f"Page {result.pages} of {result.pages}" in pages[-1]
    # page 1 (the executive summary) carries the name in large type, not again in a running header
    assert pages[0].count("Communication portfolio") == 0 and f"Page 1 of {result.pages}" in pages[0]
    assert "Communication portfolio" in pages[1]
    assert result.size_bytes < 1_000_000  # application portals cap uploads; fonts are embedded as subsets


def test_figures_are_the_value_models(exported, portfolio_db):
    _, _, pages = exported
    summary = key_figures(portfolio_db, today=TODAY)
    fmt = Formatter("en")
    summary_page = next(page for page in pages if "Key figures and charts" in page)
    expected = [
        fmt.integer(summary.contributions),
        fmt.compact(summary.reach.people.total),
        fmt.compact(summary.reach.impressions.total),
        fmt.compact(summary.interactions.interactions),
        fmt.percent(summary.interactions.rate, 2),
        fmt.compact(summary.ownership.total.size),
        fmt.compact(summary.ownership.personal.size),
    ]
    for figure in expected:
        assert figure.replace("\u00a0", " ") in summary_page.replace("\u00a0", " "), figure
    assert "Earned media value" not in summary_page  # money is off by default
    method_page = next(page for page in pages if "Interactions are reactions" in page)
    assert f"{fmt.integer(summary.interactions.rate_interactions)} / " \
        f"{fmt.integer(summary.interactions.rate_impressions)}" in method_page.replace("\n", " ")
    appendix = " ".join("\n".join(pages[pages.index(next(p for p in pages if "Selected work" in p)):]).split())
    assert f"of {fmt.integer(summary.contributions)} contributions: those marked as featured" in appendix


def test_private_contributions_never_appear(exported):
    _, reader, pages = exported
    text = "\n".join(pages)
    assert "PRIVATE-7f3a" not in text
    assert "888,888" not in text and "999,999" not in text
    assert PRIVATE_URL not in link_targets(reader)
    assert PRIVATE_TITLE.split()[0] + " talk" not in text


def test_links_are_only_http_https_mailto(exported):
    _, reader, _ = exported
    targets = link_targets(reader)
    assert targets, "highlights and the cover have links"
    assert all(t.split(":", 1)[0] in ("http", "https", "mailto") for t in targets), targets
    assert any(t.startswith("mailto:") for t in targets)


def test_hostile_title_prints_literally(exported):
    _, reader, pages = exported
    text = " ".join(" ".join(pages).split())
    assert " ".join(HOSTILE_TITLE.split()) in text
    assert not any("javascript" in target for target in link_targets(reader))
    for page in reader.pages:
        assert "/XObject" not in page["/Resources"]


def test_qpdf_check_passes(exported):
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (CI installs it)")
    result = subprocess.run(["qpdf", "--check", str(exported[0].path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_german_letter_without_money_and_some_sections(portfolio_db, tmp_path):
    options = ReportOptions(language="de_CH", page_size="letter", show_money=False,
                            sections=(Section.SUMMARY, Section.METHOD), prepared_for="Muster AG")
    result = export_pdf(portfolio_db, tmp_path / "de.pdf", options, today=TODAY)
    reader = PdfReader(result.path)
    assert [title for title, _ in outline_titles(reader)] == ["Zusammenfassung", "Methode"]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = "\n".join(page.extract_text() for page in reader.pages)
    summary = key_figures(portfolio_db, today=TODAY)
    assert Formatter("de_CH").integer(summary.reach.people.total) in text  # 1’234 style, on page 1
    # money switched off: no heading, no sentence saying so, no figure
    assert "Geldwerte" not in text and "ausgeschaltet" not in text
    assert "Earned-Media-Wert" not in text and "CHF" not in text
    assert f"Seite 1 von {result.pages}" in text
    assert "Erstellt für: Muster AG" in text  # on page 1, the executive summary
    assert reader.metadata.title.endswith("Kommunikationsportfolio")


def test_anonymized_organisations(portfolio_db, tmp_path):
    from portfolio_app.services.figures import load_facts

    organisations = {e.organisation for e in load_facts(portfolio_db).employments}
    result = export_pdf(portfolio_db, tmp_path / "anon.pdf", ReportOptions(anonymize=True), today=TODAY)
    reader = PdfReader(result.path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for organisation in organisations:
        assert organisation not in text
        assert organisation.split()[0] not in text
    assert "Organisation A" in text and "Organisation C" in text
    assert "Organisation names are replaced by neutral names." in text


def test_period_limits_everything(portfolio_db, tmp_path):
    period = Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    result = export_pdf(portfolio_db, tmp_path / "2024.pdf", ReportOptions(period=period), today=TODAY)
    summary = key_figures(portfolio_db, period, today=TODAY)
    assert result.contributions == summary.contributions
    text = "\n".join(page.extract_text() for page in PdfReader(result.path).pages)
    assert "Jan 2024 – Dec 2024" in text
    assert "2023-12-" not in text and "2025-01-" not in text  # the appendix lists only the period


def test_empty_database_still_gives_a_readable_pdf(db, tmp_path):
    result = export_pdf(db, tmp_path / "empty.pdf", today=TODAY)
    reader = PdfReader(result.path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "No public contributions were recorded in this period." in text
    assert result.contributions == 0
    # sections with nothing to show are left out, from the pages and from the outline
    for left_out in ("Career", "Campaigns", "Highlights", "Audiences", "Testimonials", "Appendix",
                     "Reach and activity over time"):
        assert left_out not in [title for title, _ in outline_titles(reader)]
        assert left_out not in text
    for sentence in ("No contributions in this period.", "No testimonials to publish.", "No campaigns",
                     "No data in this period.", "No featured contributions"):
        assert sentence not in text


MULTILINGUAL = [
    "Grüße aus Zürich: Ärger über Öl & „Anführungszeichen“",
    "我们的团队在上海发布了新产品 🚀🎉",
    "한국어 텍스트도 잘 나옵니다 ✅",
    "日本語のテキスト、ひらがなとカタカナ 📈",
    "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία",
    "Съешь же ещё этих мягких французских булок",
    "𝗧𝗵𝗿𝗲𝗲 𝘁𝗶𝗽𝘀 for 𝘪𝘵𝘢𝘭𝘪𝘤 people",
]


def test_real_posts_print_in_every_script_and_long_words_wrap(db, tmp_path):
    from portfolio_app.report.fonts import coverage
    from portfolio_app.services import records

    long_word = "Supercalifragilisticexpialidocious" * 8
    for index, title in enumerate([*MULTILINGUAL, long_word]):
        records.contributions.create(db, {"date": dt.date(2026, 5, 1 + index), "kind": "post", "title": title,
                                          "featured": True, "reach": 1000 - index,
                                          "url": f"https://example.org/{index}"})
    result = export_pdf(db, tmp_path / "scripts.pdf", ReportOptions(sections=(Section.HIGHLIGHTS,)), today=TODAY)
    reader = PdfReader(result.path)
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    for title in MULTILINGUAL:
        shown = "Three tips for italic people" if title.startswith("𝗧") else title  # set in bold and italic
        assert shown in text, shown
        assert coverage(title).share == 1.0
    assert long_word in text  # split over lines, all of it printed
    width = float(reader.pages[0].mediabox.width)
    right_edges = []
    reader.pages[0].extract_text(visitor_text=lambda t, cm, tm, font, size: right_edges.append(tm[4] * cm[0] + cm[4]))
    assert max(right_edges) < width - 40  # nothing starts in the right margin


def test_no_section_heading_alone_at_the_bottom_of_a_page(exported):
    _, _, pages = exported
    for number, page in enumerate(pages[:-1], start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        content = [line for line in lines if not line.startswith(("Prepared on", "Page "))]
        assert content[-1] not in ENGLISH_OUTLINE, (number, content[-1])


def test_only_testimonials_that_may_be_published(exported, portfolio_db):
    from sqlalchemy import select

    from portfolio_app.storage.models import Testimonial

    _, _, pages = exported
    text = " ".join(" ".join(pages).split())
    with portfolio_db.engine.connect() as connection:
        rows = connection.execute(select(Testimonial.author, Testimonial.text, Testimonial.may_publish)).all()
    assert any(not row.may_publish for row in rows) and any(row.may_publish for row in rows)
    for row in rows:
        assert (row.text in text) is row.may_publish, row.author
        assert (row.author in text) is row.may_publish, row.author


def test_export_measures_glyph_coverage_of_the_users_text(db, tmp_path):
    from portfolio_app.services import records

    records.contributions.create(db, {"date": dt.date(2026, 5, 1), "kind": "post",
                                      "title": "Grüße 世界 👍 🫶 🟢 🟡 \U000f0001"})
    result = export_pdf(db, tmp_path / "glyphs.pdf", ReportOptions(appendix="full"), today=TODAY)
    assert result.glyphs.missing == ("\U000f0001",)  # a private-use character; emoji up to Unicode 15.1 print
    assert result.glyphs.printed == result.glyphs.distinct - 1
    assert "Grüße 世界 👍" in "".join(page.extract_text() for page in PdfReader(result.path).pages)


def test_every_font_is_embedded_bullets_included(exported):
    _, reader, _ = exported
    for number, page in enumerate(reader.pages, start=1):
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            assert "Helvetica" not in str(font.get("/BaseFont")), number
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")), number


def test_appendix_selected_full_none(portfolio_db, tmp_path):
    """Selected work keeps the demo short; the full list and no appendix stay one option away."""
    pages = {}
    for mode in ("selected", "full", "none"):
        result = export_pdf(portfolio_db, tmp_path / f"{mode}.pdf", ReportOptions(appendix=mode), today=TODAY)
        reader = PdfReader(result.path)
        pages[mode] = (result.pages, [title for title, _ in outline_titles(reader)][-1],
                       " ".join(" ".join(page.extract_text() for page in reader.pages).split()))
    assert pages["none"][1] == "Method" and "Selected work" not in pages["none"][2]
    assert pages["selected"][1] == "Selected work" and pages["full"][1] == "Appendix: all contributions"
    assert pages["none"][0] < pages["selected"][0] <= pages["none"][0] + 2 < pages["full"][0]
    assert pages["selected"][0] <= 8  # the demo: 7 pages instead of 21 (tests/report/test_page_flow.py: every variant)
    selected = pages["selected"][2]
    assert "Replies and answers appear only when featured" in selected  # the demo features two answers
    assert "Helio Energy Systems · Head of" in selected and "contributions in all · " in selected
    assert "people reached (per contribution) · " in selected and " views (impressions) · " in selected


def test_real_imported_text_prints_right_to_left_cjk_and_without_shortcodes(db, tmp_path):
    """Hebrew and Arabic read right to left and joined, custom emoji shortcodes are dropped."""
    from portfolio_app.services import records

    titles = ["שלום עולם", "مرحبا بالعالم", "So happy :ablobcathappypaws: today", "Meeting at 10:30:45 sharp"]
    for index, title in enumerate(titles):
        records.contributions.create(db, {"date": dt.date(2026, 5, 1 + index), "kind": "post", "title": title,
                                          "featured": True, "reach": 1000 - index})
    result = export_pdf(db, tmp_path / "rtl.pdf", ReportOptions(sections=(Section.HIGHLIGHTS, Section.SUMMARY)),
                        today=TODAY)
    text = " ".join("".join(page.extract_text() for page in PdfReader(result.path).pages).split())
    # drawn in display order: pypdf, which reads right-to-left runs back into logical order, gets the words
    # as typed (drawn in logical order they would come out reversed, "םלוע םולש")
    assert "שלום עולם" in text and "םלוע םולש" not in text
    assert "ﻣﺮﺣﺒﺎ ﺑﺎﻟﻌﺎﻟﻢ" in text  # Arabic letters in their joined (presentation) forms
    assert "So happy today" in text and ":ablobcathappypaws:" not in text
    assert "10:30:45" in text
    assert result.glyphs.missing == ()
