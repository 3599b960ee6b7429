"""A realistic, deterministic demo career, written in bulk.

The same seed gives the same career on every machine: dates are anchored to a
fixed day, not to today. Rows go in through Core executemany; ORM objects one
by one would take ten times as long at 100,000 contributions.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from portfolio_app.domain.enums import ContributionKind as K
from portfolio_app.errors import PortfolioError
from portfolio_app.storage.database import Database
from portfolio_app.storage.search_index import bulk_contribution_writes
from portfolio_app.storage.models import (
    Audience,
    AudienceSnapshot,
    Campaign,
    Contribution,
    Employment,
    Profile,
    Testimonial,
    utcnow,
)

CAREER_START = dt.date(2018, 3, 1)
CAREER_END = dt.date(2026, 9, 30)
DEFAULT_CONTRIBUTIONS = 400
BATCH = 5_000

PEOPLE = [
    ("Alex Morgan", "Developer advocate and communications lead", "Berlin"),
    ("Jana Köhler", "Head of technical communication", "Zürich"),
    ("Sam Okafor", "Community and content strategist", "London"),
    ("Léa Dubois", "Engineering communicator and speaker", "Lyon"),
]
ORGANISATIONS = [
    ("Northwind Analytics", "Technical writer"),
    ("Brightline Cloud", "Developer advocate"),
    ("Helio Energy Systems", "Head of communication"),
    ("Quanta Robotics", "Community manager"),
    ("Tessera Health", "Content lead"),
    ("Fjord Mobility", "Developer relations lead"),
]
TOPICS = [
    "observability", "API design", "energy transition", "remote teams", "open source",
    "accessibility", "data privacy", "developer experience", "Kubernetes", "climate data",
    "career growth", "technical writing", "incident reviews", "Python tooling", "product launches",
]
FORMS = {
    K.POST: ["Thoughts on {t}", "What we learned about {t}", "A short thread on {t}", "Three tips for {t}"],
    K.ARTICLE: ["A practical guide to {t}", "Why {t} matters now", "{T}: lessons from a year in production"],
    K.TALK: ["Keynote: the future of {t}", "Talk: {t} without the hype", "Meetup talk on {t}"],
    K.INTERVIEW: ["Interview with Tech Weekly on {t}", "Radio interview about {t}"],
    K.PODCAST: ["Podcast guest: {t} explained", "Episode on {t}"],
    K.VIDEO: ["Video walkthrough: {t}", "Five-minute explainer on {t}"],
    K.NEWSLETTER: ["Newsletter: the month in {t}", "Issue on {t}"],
    K.ANSWER: ["Answered a question on {t}", "Reply about {t} in the community forum"],
    K.TRAINING: ["Internal training: {t} basics", "Workshop on {t} for the sales team"],
    K.EVENT: ["Booth and demo at the {T} summit", "Hosted the {t} roundtable"],
    K.PRESS: ["Quoted in the press on {t}", "Press mention: {t} launch"],
    K.OTHER: ["Panel moderation on {t}", "Guest lecture on {t}"],
}
KIND_WEIGHTS = {
    K.POST: 40, K.ARTICLE: 8, K.TALK: 6, K.INTERVIEW: 3, K.PODCAST: 2, K.VIDEO: 5,
    K.NEWSLETTER: 8, K.ANSWER: 14, K.TRAINING: 5, K.EVENT: 4, K.PRESS: 3, K.OTHER: 2,
}
# platform, name, handle, ownership, employment index (None = personal), start size, monthly growth
AUDIENCE_PLAN = [
    ("linkedin", "LinkedIn profile", "in/{slug}", "personal", None, 800, 0.035),
    ("x", "X account", "@{slug}", "personal", None, 1200, 0.02),
    ("mastodon", "Mastodon account", "@{slug}@hachyderm.io", "personal", None, 150, 0.05),
    ("newsletter", "Personal newsletter", "{slug}.substack.com", "personal", None, 90, 0.06),
    ("blog", "Company engineering blog", "blog", "employer", 1, 3000, 0.03),
    ("linkedin", "Company LinkedIn page", "company", "employer", 2, 9000, 0.025),
    ("youtube", "Company YouTube channel", "@channel", "employer", 2, 1500, 0.04),
    ("community", "Practitioners' community", "community", "shared", None, 400, 0.03),
    ("offline", "Conferences and meetups", "", "personal", None, 0, 0.0),
]
OFFLINE_AUDIENCE = len(AUDIENCE_PLAN) - 1
CAMPAIGN_NAMES = ["Launch of the public API", "Hiring campaign", "Sustainability report",
                  "Developer conference season", "Customer stories series"]
TESTIMONIALS = [
    ("Maria Schneider", "VP Marketing", "Our developer audience doubled in the year {name} ran the blog.", True),
    ("Tom Becker", "CTO", "{name} explains hard things plainly; customers quote the talks back to us.", True),
    ("Priya Nair", "Conference organiser", "One of the best-rated sessions of the conference.", True),
    ("Jonas Weber", "Team lead", "The internal trainings changed how the team writes incident reviews.", False),
    ("Elena Rossi", "Head of Sales", "The customer stories series opened doors for us.", True),
]


@dataclass(frozen=True)
class DemoSummary:
    contributions: int
    audiences: int
    audience_snapshots: int
    campaigns: int
    employments: int
    testimonials: int


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


def _metric(rng: random.Random, value: float, unknown_share: float) -> int | None:
    return None if rng.random() < unknown_share else max(0, int(value))


def _slug(name: str) -> str:
    return "".join(ch for ch in name.lower().split()[0] if ch.isascii() and ch.isalpha()) or "me"


def fill_demo(
    db: Database,
    *,
    contributions: int = DEFAULT_CONTRIBUTIONS,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Write a demo career into an empty database."""
    if contributions < 0:
        raise PortfolioError("The number of contributions must not be negative")
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Contribution.__table__)):
            raise PortfolioError(f"{db.path} already holds contributions; the demo fills only an empty database")
    rng = random.Random(seed)
    person, headline, city = rng.choice(PEOPLE)
    slug = _slug(person)
    orgs = rng.sample(ORGANISATIONS, 3)
    # three roles over the career; the last one is current
    bounds = [CAREER_START, dt.date(2020, 8, 31), dt.date(2023, 2, 28), None]
    employments = [
        {"id": i + 1, "organisation": org, "role": role, "start_date": bounds[i] if i == 0 else bounds[i] + dt.timedelta(days=1),
         "end_date": bounds[i + 1], "notes": ""}
        for i, (org, role) in enumerate(orgs)
    ]
    audiences, snapshots = [], []
    for index, (platform, name, handle, ownership, employment, size, growth) in enumerate(AUDIENCE_PLAN, start=1):
        employment_id = employment + 1 if employment is not None else None
        label = f"{name} ({orgs[employment][0]})" if employment is not None else name
        audiences.append({
            "id": index, "name": label, "platform": platform, "handle": handle.format(slug=slug),
            "url": "", "ownership": ownership, "employment_id": employment_id,
            "segment": "Engineers, product people and tech leads", "notes": "",
        })
        if not size:
            continue
        start = employments[employment]["start_date"] if employment is not None else CAREER_START
        current = float(size) * rng.uniform(0.8, 1.2)
        for month in _months(start, CAREER_END):
            snapshots.append({"audience_id": index, "date": month, "size": int(current)})
            current *= 1 + growth * rng.uniform(0.2, 1.8)
    campaigns = []
    for index, name in enumerate(CAMPAIGN_NAMES, start=1):
        employment = employments[index % 3]
        start = employment["start_date"] + dt.timedelta(days=rng.randint(30, 400))
        campaigns.append({
            "id": index, "name": name, "objective": f"Reach {rng.choice(['developers', 'customers', 'candidates'])} "
            f"with a clear story about {rng.choice(TOPICS)}.", "employment_id": employment["id"],
            "start_date": start, "end_date": start + dt.timedelta(days=rng.randint(45, 180)),
            "target_reach": rng.randint(20, 200) * 1000, "target_engagements": rng.randint(5, 40) * 100,
            "outcome": "Met the reach target; engagement above the team's average.",
        })
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    span = (CAREER_END - CAREER_START).days
    now = utcnow()
    rows: list[dict] = []
    written = 0

    # one transaction for the whole career: a failure leaves the file as it was
    with db.session() as session, bulk_contribution_writes(session):

        def flush() -> None:
            nonlocal written
            if rows:
                session.execute(insert(Contribution.__table__), rows)
                written += len(rows)
                rows.clear()
                if progress:
                    progress(written, contributions)

        session.execute(insert(Profile.__table__), [{
            "id": 1, "name": person, "headline": headline, "email": f"{slug}@example.com", "phone": "",
            "location": city, "website": f"https://{slug}.example.com",
            "summary": f"{person} turns complex technology into stories people act on: posts, talks, "
                       "trainings and campaigns for engineering audiences.",
        }])
        session.execute(insert(Employment.__table__), employments)
        session.execute(insert(Audience.__table__), audiences)
        session.execute(insert(AudienceSnapshot.__table__), snapshots)
        session.execute(insert(Campaign.__table__), campaigns)
        for number in range(contributions):
            day = CAREER_START + dt.timedelta(days=int(span * number / max(contributions, 1)) + rng.randint(0, 2))
            day = min(day, CAREER_END)
            kind = rng.choices(kinds, weights)[0]
            employment = next(e for e in reversed(employments) if e["start_date"] <= day)
            topic = rng.choice(TOPICS)
            title = rng.choice(FORMS[kind]).format(t=topic, T=topic[:1].upper() + topic[1:])
            offline = kind.is_offline
            if offline:
                audience = OFFLINE_AUDIENCE + 1
            else:
                choices = [a for a in audiences[:-1] if a["employment_id"] in (None, employment["id"])]
                audience = rng.choice(choices)["id"]
            base = rng.lognormvariate(7.5, 1.0)
            campaign = next((c["id"] for c in campaigns if c["start_date"] <= day <= c["end_date"]), None)
            rows.append({
                "date": day, "kind": kind.value, "title": title, "audience_id": audience,
                "employment_id": employment["id"], "campaign_id": campaign if rng.random() < 0.7 else None,
                "url": "" if offline else f"https://example.com/{slug}/{number + 1}", "notes": "",
                "tags": ", ".join(rng.sample(TOPICS, 2)), "language": rng.choice(["en", "en", "en", "de"]),
                "impressions": None if offline else _metric(rng, base, 0.1),
                "reach": None if offline else _metric(rng, base * 0.6, 0.4),
                "reactions": None if offline else _metric(rng, base * 0.03, 0.1),
                "comments": None if offline else _metric(rng, base * 0.004, 0.15),
                "shares": None if offline else _metric(rng, base * 0.003, 0.2),
                "clicks": None if offline else _metric(rng, base * 0.01, 0.5),
                "attendees": rng.randint(12, 400) if offline else None,
                "featured": rng.random() < 0.04, "private": rng.random() < 0.03,
                "source": None, "source_id": None, "import_snapshot": None, "created_at": now, "updated_at": now,
            })
            if len(rows) >= BATCH:
                flush()
        flush()
        session.execute(insert(Testimonial.__table__), [
            {"author": author, "author_role": role, "text": text.format(name=person.split()[0]),
             "date": CAREER_START + dt.timedelta(days=rng.randint(200, span)), "employment_id": rng.randint(1, 3),
             "campaign_id": None, "contribution_id": None, "may_publish": publish}
            for author, role, text, publish in TESTIMONIALS
        ])
    return DemoSummary(written, len(audiences), len(snapshots), len(campaigns), len(employments), len(TESTIMONIALS))
