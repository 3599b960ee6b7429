"""--anonymize leaves no organisation name in the PDF, however it is written.

A hostile career names its employers everywhere a text reaches the PDF, in
the ways that leaked before: inside a role ("Head of Zyxcorp comms"), an
author ("Bob Zyxcorp-Smith"), hashtags and compounds ("#ZyxcorpLife",
"ZyxcorpIndustries"), full-width letters, a zero-width space, and a short
form ("Quillfeather" of "The Quillfeather"). The PDF is read back and
compared the way a reader would: NFKC, case-folded, without invisible
characters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Mapping

import pytest
from pypdf import PdfReader

from portfolio_app.cli import main
from portfolio_app.domain.records import Rate
from portfolio_app.report.options import ReportOptions
from portfolio_app.services import records
from portfolio_app.services.report_data import load_report_data
from portfolio_app.services.profile_and_rates import get_value_rates, save_profile, save_value_rates

NAMES = ("zyxcorp", "quillfeather")
TODAY = dt.date(2026, 10, 1)


def _reader_view(text: str) -> str:
    """How a reader (or a search) sees text: full-width as normal letters, any case, no invisible characters."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if unicodedata.category(ch) != "Cf")


def fill_leaky_career(db) -> None:
    zyx = records.employments.create(db, {"organisation": "Zyxcorp Industries GmbH", "role": "Head of Zyxcorp comms",
                                          "start_date": dt.date(2019, 1, 1), "end_date": dt.date(2022, 12, 31)})
    quill = records.employments.create(db, {"organisation": "The Quillfeather", "role": "Editor of #QuillfeatherDaily",
                                            "start_date": dt.date(2023, 1, 1)})
    save_profile(db, {"name": "Dana Example", "headline": "Formerly comms at ＺＹＸＣＯＲＰ",
                      "summary": "Ten years of stories, the last at Quillfeather.", "location": "Zyxcorp campus",
                      "email": "dana@zyxcorp.example", "website": "https://quillfeather.example/dana"})
    careers = records.audiences.create(db, {
        "name": "ZyxcorpIndustries careers page", "platform": "linkedin", "ownership": "employer",
        "employment_id": zyx.id, "handle": "@zyxcorp", "segment": "Fans of zyx\u200bcorp and the quillfeather"})
    records.snapshots.create(db, {"audience_id": careers.id, "date": dt.date(2019, 2, 1), "size": 100})
    records.snapshots.create(db, {"audience_id": careers.id, "date": dt.date(2022, 6, 1), "size": 900})
    campaign = records.campaigns.create(db, {
        "name": "Zyxcorp relaunch", "objective": "Make Quillfeather known", "outcome": "#ZyxcorpLife trended",
        "employment_id": zyx.id, "start_date": dt.date(2020, 1, 1), "end_date": dt.date(2020, 12, 31),
        "target_reach": 1000})
    titles = ["#ZyxcorpLife is back", "Ｚｙｘｃｏｒｐ in full width", "Quillfeather, alone", "Why ZYXCORPINDUSTRIES?",
              "Bob Zyxcorp-Smith on stage"]
    for index, title in enumerate(titles):
        records.contributions.create(db, {
            "date": dt.date(2020, 3, 1) + dt.timedelta(days=30 * index), "kind": "post", "title": title,
            "audience_id": careers.id, "employment_id": zyx.id, "campaign_id": campaign.id, "featured": True,
            "impressions": 1000 * (index + 1), "reach": 800 * (index + 1), "reactions": 10,
            "why_it_mattered": "Put #ZyxcorpLife on the map",
            "url": "https://zyxcorp.example/p" if index % 2 else "https://example.org/p"})
    records.testimonials.create(db, {"author": "Bob Zyxcorp-Smith", "author_role": "CTO, Quillfeather",
                                     "author_organisation": "Ｔｈｅ Ｑｕｉｌｌｆｅａｔｈｅｒ",
                                     "text": "Dana made ZyxcorpIndustries heard.", "may_publish": True,
                                     "employment_id": quill.id})
    rates = get_value_rates(db)
    save_value_rates(db, dataclasses.replace(
        rates, show_money=True,
        audience_rate=dataclasses.replace(rates.audience_rate, source="Zyxcorp media kit 2024"),
        cpm={"linkedin": Rate(30.0, rates.currency, "Quillfeather rate card", dt.date(2024, 1, 1))}))


@pytest.fixture
def leaky(db):
    fill_leaky_career(db)
    return db


def _pdf_text(path) -> str:
    reader = PdfReader(path)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    links = " ".join(str(annotation.get_object().get("/A", {}).get("/URI", ""))
                     for page in reader.pages for annotation in page.get("/Annots") or [])
    attached = " ".join(content.decode("utf-8") for contents in reader.attachments.values() for content in contents)
    return _reader_view(" ".join(page.extract_text() for page in reader.pages) + metadata + links + attached)


def test_the_hostile_career_names_its_employers_in_the_pdf_without_anonymize(leaky, db_path, tmp_path):
    """The texts of the fixture do reach the PDF (its pages, links and attached data)."""
    out = tmp_path / "named.pdf"
    assert main(["export", "--db", str(db_path), "--out", str(out), "--to", "2026-10-01"]) == 0
    text = _pdf_text(out)
    assert all(name in text for name in NAMES)  # the fixture's texts do reach the PDF


def test_anonymize_leaves_no_organisation_name_in_the_pdf(leaky, db_path, tmp_path):
    out = tmp_path / "anonymous.pdf"
    assert main(["export", "--db", str(db_path), "--out", str(out), "--to", "2026-10-01", "--anonymize"]) == 0
    text = _pdf_text(out)
    leaks = [text[max(0, i - 40):i + 40] for name in NAMES for i in range(len(text)) if text.startswith(name, i)]
    assert not leaks
    assert "organisation a" in text and "organisation b" in text
    assert "bob organisation a-smith" in text  # the rest of each text stays


def _strings(value) -> list[str]:
    """Every string held anywhere in the report's data (dataclasses, named tuples, mappings, sequences)."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, Mapping):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _strings(item)]
    return []


def test_no_text_the_layout_can_reach_holds_an_organisation_name(leaky):
    """Also texts a later section might print: every string of the report's data, not only today's."""
    data = load_report_data(leaky, ReportOptions(anonymize=True), today=TODAY)
    person = {data.profile.name}  # the person's own name is theirs to keep
    leaks = [s for s in _strings(data) if s not in person and any(name in _reader_view(s) for name in NAMES)]
    assert not leaks
