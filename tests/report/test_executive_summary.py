"""Page 1 read back: it stands alone (who, contact, period, three proof points, featured work, a voice)."""

from __future__ import annotations

from pypdf import PdfReader

from portfolio_app.report.options import ReportOptions, Section
from portfolio_app.services.export_pdf import export_pdf
from portfolio_app.services.figures import key_figures
from portfolio_app.services.profile_and_rates import get_profile

from report_pdf_helpers import TODAY


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_page_one_stands_alone(exported, portfolio_db):
    from sqlalchemy import select

    from portfolio_app.storage.models import Contribution

    _, reader, pages = exported
    first = _flat(pages[0])
    profile = get_profile(portfolio_db)
    assert first.startswith(profile.name) and profile.headline in first
    assert profile.email in first and "Period:" in first
    summary = key_figures(portfolio_db, today=TODAY)
    assert "Results in numbers" in first
    labels = ("People reached", "Views", "Own audience built", "Campaign targets met", "Engagement rate",
              "Strongest single piece")
    assert sum(1 for label in labels if f"{label} " in first) == 3  # three proof points, in words
    assert f"{summary.reach.people.total:,}" in first and f"+{summary.ownership.personal.growth:,}" in first
    assert "Featured work" in first
    with portfolio_db.engine.connect() as connection:
        why = connection.execute(select(Contribution.title, Contribution.why_it_mattered).where(
            Contribution.featured, Contribution.why_it_mattered != "", Contribution.private.is_(False))).all()
    assert sum(1 for title, line in why if title in first and line in first) >= 3
    assert "What others say" in first and "— Elena Rossi, Head of Sales," in first  # role and organisation
    page_one_links = [str(ref.get_object()["/A"]["/URI"]) for ref in reader.pages[0].get("/Annots") or []]
    assert f"mailto:{profile.email}" in page_one_links and profile.website in page_one_links
    assert sum(1 for target in page_one_links if target.startswith("https://example.com/")) >= 3  # linked works


def test_page_one_does_not_repeat_in_later_sections(exported):
    _, _, pages = exported
    first = _flat(pages[0])
    rest = _flat(" ".join(pages[1:]))
    assert "Elena Rossi" in first and "Elena Rossi" not in rest  # not again under Testimonials
    for line in pages[0].splitlines():
        if line.startswith(("1 ", "2 ", "3 ")) and len(line) > 8:
            title = line[2:].strip()
            assert title not in rest.split("Selected work")[0], title  # not again under Highlights


def test_prepared_for_and_cover_on_request(portfolio_db, tmp_path):
    options = ReportOptions(prepared_for="Muster AG", sections=(Section.COVER, Section.SUMMARY))
    reader = PdfReader(export_pdf(portfolio_db, tmp_path / "c.pdf", options, today=TODAY).path)
    pages = [_flat(page.extract_text()) for page in reader.pages]
    assert "Communication portfolio" in pages[0] and "Results in numbers" in pages[1]
    assert "Prepared for: Muster AG" in pages[1]
    assert "Contributions 393" not in pages[0]  # the cover no longer repeats tiles


def test_no_page_is_a_single_sentence(exported):
    _, _, pages = exported
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()
                 and not line.startswith(("Prepared on", "Page ", "Jana Köhler · Communication portfolio"))]
        assert len(" ".join(lines).split()) > 40, (number, lines)


def test_page_one_features_each_title_once(exported):
    """The demo features one work per kind and topic: no two featured works on page 1 share a title."""
    _, _, pages = exported
    featured = pages[0].split("Featured work", 1)[1].split("What others say", 1)[0]
    titles = [line[2:].strip() for line in featured.splitlines() if line[:2] in {f"{n} " for n in range(1, 6)}]
    assert len(titles) >= 3
    assert len(set(titles)) == len(titles), titles


def test_page_one_states_the_engagement_rate_as_the_key_figures_do(db, tmp_path):
    """40 interactions on 2,034 impressions are 1.97 %: page 1 must not say 2.0 % beside page 2's 1.97 %."""
    import datetime as dt

    from portfolio_app.services import records

    for day, impressions, reactions in ((dt.date(2024, 1, 15), 1234, 34), (dt.date(2024, 1, 20), 800, 6)):
        records.contributions.create(db, {"title": f"Post of {day}", "kind": "post", "date": day,
                                          "impressions": impressions, "reactions": reactions})
    reader = PdfReader(export_pdf(db, tmp_path / "p.pdf", ReportOptions(), today=TODAY).path)
    first, second = (_flat(page.extract_text()) for page in reader.pages[:2])
    assert "Engagement rate" in first and "1.97%" in first and "2.0%" not in first, first
    assert "1.97%" in second
