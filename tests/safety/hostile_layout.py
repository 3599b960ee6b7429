"""A database whose every text the PDF prints is at its longest (domain/validation.py limits).

Three flavours of long text, because each breaks a layout differently:
prose (long paragraphs that must flow across pages), one unbreakable token
(a URL as a title must wrap inside itself) and many short lines (each a line
of its own). Built through the services, so the validation limits prove the
values are ones a user can save.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from portfolio_app.domain.validation import MAX_LINE, MAX_TEXT

TITLE_SLUG = "a-title-slug_"  # the body of the URLs that are titles, to find their pieces in the PDF
SHORT_LINES = 6_000  # characters of "ok" lines: 2,000 lines, some 40 pages


def prose(length: int, seed: str = "Zyxcorp", breaks: bool = True) -> str:
    """Words and sentences, with a paragraph break now and then (``breaks``: multi-line fields only)."""
    sentence = f"The {seed} launch reached people who had never heard of us before, and kept them. "
    gap = "\n\n" if breaks else " "
    text = "".join(sentence if index % 12 else sentence.rstrip() + gap for index in range(length // len(sentence) + 1))
    return text[:length].strip()


def token(length: int, head: str = "https://example.org/", body: str = "a-very-long-slug_") -> str:
    """One word with nowhere to break: a URL pasted as a title."""
    return (head + body * (length // len(body) + 1))[:length]


def line(length: int, seed: str = "Zyxcorp") -> str:
    return prose(length, seed, breaks=False)


def short_lines(length: int) -> str:
    """Many lines of one word each; at the 200,000 characters allowed that is 1,300 pages, so callers pass less."""
    return ("ok\n" * (length // 3 + 1))[:length].rstrip("\n")


def fill_hostile(path: Path, *, text_length: int = MAX_TEXT, line_length: int = MAX_LINE):
    """A small career whose every printed text is as long as the forms allow; returns the open Database."""
    from portfolio_app.services import records
    from portfolio_app.services.profile_and_rates import save_profile
    from portfolio_app.storage.database import open_database

    db = open_database(path)
    save_profile(db, {
        "name": line(line_length, "Name"),
        "headline": line(line_length, "Headline"),
        "email": token(line_length - len("@example.org"), "") + "@example.org",
        "phone": "+49 " * (line_length // 4),
        "location": token(line_length, "Location-"),
        "website": token(line_length),
        "summary": prose(text_length, "S1"),
    })
    job = records.employments.create(db, {"organisation": line(line_length, "Org"), "role": token(line_length, "Role"),
                                           "start_date": dt.date(2020, 1, 1)})
    other = records.employments.create(db, {"organisation": token(line_length, "Org"), "role": line(line_length),
                                             "start_date": dt.date(2018, 1, 1), "end_date": dt.date(2019, 12, 31)})
    audience = records.audiences.create(db, {
        "name": token(line_length, "Audience"), "platform": "linkedin", "handle": token(line_length, "@handle"),
        "url": token(line_length), "ownership": "personal", "segment": prose(text_length, "Segment"),
    })
    lined = records.audiences.create(db, {
        "name": line(line_length, "Audience"), "platform": "x", "handle": line(line_length, "handle"),
        "ownership": "employer", "employment_id": job.id, "segment": short_lines(SHORT_LINES),
    })
    for item, size in ((audience, 1200), (lined, 5400)):
        records.snapshots.create(db, {"audience_id": item.id, "date": dt.date(2021, 1, 1), "size": size})
        records.snapshots.create(db, {"audience_id": item.id, "date": dt.date(2024, 1, 1), "size": size * 3})
    campaign = records.campaigns.create(db, {
        "name": token(line_length, "Campaign"), "objective": prose(text_length, "O1"),
        "outcome": short_lines(SHORT_LINES), "employment_id": job.id, "start_date": dt.date(2021, 1, 1),
        "end_date": dt.date(2022, 1, 1), "target_reach": 1000, "target_engagements": 100,
    })
    # a URL as a title, beyond ASCII as real ones are: only a Paragraph breaks inside it
    titles = (token(line_length, "https://exämple.org/", TITLE_SLUG), line(line_length, "Title"),
              short_lines(line_length).replace("\n", " "))
    for index in range(30):
        records.contributions.create(db, {
            "date": dt.date(2021, 1, 1) + dt.timedelta(days=40 * index), "kind": "post",
            "title": titles[index % 3], "url": token(line_length), "audience_id": (audience, lined)[index % 2].id,
            "employment_id": job.id, "campaign_id": campaign.id if index % 2 else None, "featured": index % 3 == 0,
            "impressions": 1000 + index, "reach": 900 + index, "reactions": index,
        })
    for author, text in ((line(line_length, "Author"), prose(text_length, "Q1")),
                         (token(line_length, "Author"), short_lines(SHORT_LINES)),
                         ("Bob", token(text_length))):
        records.testimonials.create(db, {"author": author, "author_role": line(line_length, "Role"), "text": text,
                                         "may_publish": True, "employment_id": other.id})
    return db
