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
from typing import TypedDict

from sqlalchemy import func, insert, select, update

from portfolio_app.domain.enums import ContributionKind as K
from portfolio_app.errors import PortfolioError
from portfolio_app.services.demo_texts import DEMO_LANGUAGES, DEMO_TEXTS, DemoTexts
from portfolio_app.storage.database import Database
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
from portfolio_app.storage.search_index import bulk_contribution_writes

CAREER_START = dt.date(2018, 3, 1)
CAREER_END = dt.date(2026, 9, 30)
DEFAULT_CONTRIBUTIONS = 400
BATCH = 5_000

# names and places; headlines and roles are words of a language (services.demo_texts), drawn by position
PEOPLE = [("Alex Morgan", "Berlin"), ("Jana Köhler", "Zürich"), ("Sam Okafor", "London"), ("Léa Dubois", "Lyon")]
ORGANISATIONS = ["Northwind Analytics", "Brightline Cloud", "Helio Energy Systems", "Quanta Robotics",
                 "Tessera Health", "Fjord Mobility"]
KIND_WEIGHTS = {
    K.POST: 40, K.ARTICLE: 8, K.TALK: 6, K.INTERVIEW: 3, K.PODCAST: 2, K.VIDEO: 5,
    K.NEWSLETTER: 8, K.ANSWER: 14, K.TRAINING: 5, K.EVENT: 4, K.PRESS: 3, K.OTHER: 2,
}
# key (its name is in services.demo_texts), platform, handle, ownership, employment index (None: not tied
# to a role), first month, start size, monthly growth. Personal accounts travel from job to job; the blog is
# grown during the second role and handed over at its end; the company page and channel belong to the current role.
AUDIENCE_PLAN = [
    ("linkedin", "linkedin", "linkedin.com/in/{slug}", "personal", None, CAREER_START, 800, 0.035),
    ("x", "x", "@{handle}", "personal", None, CAREER_START, 1200, 0.02),
    ("mastodon", "mastodon", "@{first}@hachyderm.io", "personal", None, dt.date(2022, 11, 1),
     300, 0.05),
    ("newsletter", "newsletter", "{handle}.substack.com", "personal",
     None, dt.date(2019, 6, 1), 90, 0.06),
    ("blog", "blog", "blog.{org}.example", "employer", 1, None, 3000, 0.04),
    ("company", "linkedin", "linkedin.com/company/{org}", "employer", 2, None, 9000, 0.025),
    ("youtube", "youtube", "youtube.com/@{org}", "employer", 2, None, 1500, 0.04),
    ("community", "community", "discuss.practitioners.example", "shared", None,
     CAREER_START, 400, 0.03),
    ("offline", "offline", "", "personal", None, None, 0, 0.0),
]
# where each kind of contribution appears; None: someone else's medium (an interview, a press mention)
KIND_CHANNELS = {
    K.POST: ("linkedin", "x", "mastodon", "company"),
    K.ARTICLE: ("blog", "linkedin"),
    K.NEWSLETTER: ("newsletter",),
    K.VIDEO: ("youtube", "linkedin"),
    K.ANSWER: ("community", "x", "mastodon"),
    K.TALK: ("offline",), K.TRAINING: ("offline",), K.EVENT: ("offline",), K.OTHER: ("offline",),
    K.INTERVIEW: (None,), K.PODCAST: (None,), K.PRESS: (None,),
}
# what each platform measures: (impressions, reach, reactions, comments, shares, clicks) as shares of a base
PLATFORM_METRICS = {
    "linkedin": (1.0, 0.55, 0.03, 0.004, 0.003, 0.01),
    "x": (1.0, None, 0.02, 0.003, 0.004, 0.006),  # X reports impressions, not people
    "mastodon": (None, None, 0.04, 0.006, 0.01, None),  # interactions only
    "newsletter": (None, 0.45, None, None, None, 0.05),  # unique opens, clicks
    "blog": (1.0, 0.7, None, 0.002, None, None),  # page views, unique visitors
    "youtube": (1.0, None, 0.01, 0.002, None, 0.05),  # thumbnail impressions, views count as clicks
    "community": (None, None, 0.02, 0.01, None, None),
}
# target = achieved × factor: below 1 the target is met, up to 2 partly met, beyond that not met
REACH_TARGET_FACTORS = [0.8, 1.6, 4.0, 0.9, 1.25]
INTERACTION_TARGET_FACTORS = [0.7, 0.9, 2.5, 1.5, None]
STORIES_CAMPAIGN = 4  # the customer stories series: a testimonial praises it


@dataclass(frozen=True)
class DemoSummary:
    contributions: int
    audiences: int
    audience_snapshots: int
    campaigns: int
    employments: int
    testimonials: int


class _Role(TypedDict):
    """An employment row as the demo writes it."""

    id: int
    organisation: str
    role: str
    start_date: dt.date
    end_date: dt.date | None
    notes: str


class _CampaignRow(TypedDict):
    id: int
    name: str
    objective: str
    employment_id: int
    start_date: dt.date
    end_date: dt.date
    target_reach: int | None
    target_engagements: int | None
    outcome: str


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


def _metric(rng: random.Random, value: float, unknown_share: float) -> int | None:
    return None if rng.random() < unknown_share else max(0, int(value))


_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a"})


def _slug(name: str, joiner: str = "-") -> str:
    """A handle as people make them: 'Jana Köhler' → 'jana-koehler'."""
    words = ["".join(ch for ch in word.translate(_ASCII) if ch.isascii() and ch.isalnum())
             for word in name.lower().split()]
    return joiner.join(word for word in words if word) or "me"


def _audiences(rng: random.Random, person: str, employments: list[_Role], texts: DemoTexts
               ) -> tuple[list[dict], list[dict]]:
    first = _slug(person.split()[0])
    audiences, snapshots = [], []
    for index, (key, platform, handle, ownership, job, since, size, growth) in enumerate(AUDIENCE_PLAN, 1):
        name = texts.audience_names[key]
        employment = employments[job] if job is not None else None
        org = _slug(employment["organisation"]) if employment else ""
        audiences.append({
            "id": index, "name": f"{employment['organisation']} {name}" if employment else name,
            "platform": platform, "handle": handle.format(slug=_slug(person), handle=_slug(person, ""),
                                                         first=first, org=org),
            "url": "", "ownership": ownership, "employment_id": employment["id"] if employment else None,
            "segment": texts.segment, "notes": "",
        })
        # an employer's account is measured while the person runs it: from the start of the role to the hand-over
        start = employment["start_date"] if employment else since
        if not size or start is None:  # never measured (conferences and meetups)
            continue
        end = (employment["end_date"] or CAREER_END) if employment else CAREER_END
        current = float(size) * rng.uniform(0.8, 1.2)
        for month in _months(start, end):
            snapshots.append({"audience_id": index, "date": max(month, start), "size": int(current)})
            current *= 1 + growth * rng.uniform(0.2, 1.8)
        if employment and employment["end_date"]:
            snapshots.append({"audience_id": index, "date": employment["end_date"], "size": int(current)})
    return audiences, snapshots


def _channel(rng: random.Random, kind: K, day: dt.date, employment: _Role, audiences: list[dict]) -> int | None:
    """An audience this kind of contribution appears on, that existed then and that the person ran then.

    0 when there is none (a newsletter issue before the newsletter started): the caller writes a post instead.
    """
    keys = [plan[0] for plan in AUDIENCE_PLAN]
    usable = []
    for key in KIND_CHANNELS[kind]:
        if key is None:
            return None
        index = keys.index(key)
        plan, audience = AUDIENCE_PLAN[index], audiences[index]
        since = plan[5]
        if audience["employment_id"] not in (None, employment["id"]) or (since is not None and day < since):
            continue
        usable.append(audience["id"])
    return rng.choice(usable) if usable else 0


def _metrics(rng: random.Random, platform: str | None, kind: K) -> dict:
    names = ("impressions", "reach", "reactions", "comments", "shares", "clicks")
    if kind.is_offline:
        return {**dict.fromkeys(names), "attendees": rng.randint(12, 400)}
    shares = PLATFORM_METRICS.get(platform or "", (None,) * 6)
    base = rng.lognormvariate(7.5, 1.0)
    return {
        **{name: None if share is None else _metric(rng, base * share, 0.1) for name, share in zip(names, shares)},
        "attendees": None,
    }


def _target(achieved: int | None, factor: float | None) -> int | None:
    """A round target that the achieved figure meets or misses as ``factor`` says."""
    if factor is None:
        return None
    if not achieved:
        return 1000
    value = achieved * factor
    magnitude = 10 ** max(0, len(str(int(value))) - 2)
    return max(1, round(value / magnitude) * magnitude)


def _status(achieved: int | None, target: int | None) -> str | None:
    if not target or achieved is None:
        return None
    share = achieved / target
    return "met" if share >= 1 else "partly_met" if share >= 0.5 else "not_met"


def _outcome(texts: DemoTexts, index: int, reach: str | None, interactions: str | None) -> str:
    """The user's own words, true to the figures: the computed status stands beside them in the report."""
    parts = [texts.outcomes[what][status] for what, status in (("reach", reach), ("interactions", interactions))
             if status]
    text = "; ".join(parts) if parts else texts.not_measured
    return texts.outcome.format(status=f"{text[:1].upper()}{text[1:]}",
                                lesson=texts.lessons[index % len(texts.lessons)])


def _testimonials(person: str, employments: list[_Role], campaigns: list[_CampaignRow], rows: list[dict],
                  texts: DemoTexts) -> list[dict]:
    """Each dated inside the role it praises, after the work it mentions."""
    first = person.split()[0]

    def within(job: _Role, day: dt.date) -> dt.date:
        return min(day, job["end_date"] or CAREER_END)

    def first_of(kind: K, job: _Role) -> dict | None:
        return next((r for r in rows if r["kind"] == kind.value and r["employment_id"] == job["id"]), None)

    one, two, three = employments
    stories = campaigns[STORIES_CAMPAIGN]
    said = [(role, text.format(first=first)) for role, text in texts.testimonials]
    stories_job = next(j for j in employments if j["id"] == stories["employment_id"])
    items = [
        ("Maria Schneider", *said[0], two["organisation"], two,
         within(two, two["start_date"] + dt.timedelta(days=400)), True),
        ("Elena Rossi", *said[1], stories_job["organisation"], stories_job,
         within(stories_job, stories["end_date"] + dt.timedelta(days=20)), True),
    ]
    talk = first_of(K.TALK, three)
    if talk:
        items.append(("Tom Becker", *said[2], three["organisation"], three,
                      within(three, talk["date"] + dt.timedelta(days=60)), True))
        items.append(("Priya Nair", *said[3], "DevWorld Europe", three,
                      within(three, talk["date"] + dt.timedelta(days=7)), True))
    training = first_of(K.TRAINING, one)
    if training:
        items.append(("Jonas Weber", *said[4], one["organisation"], one,
                      within(one, training["date"] + dt.timedelta(days=30)), False))
    return [
        {"author": author, "author_role": role, "author_organisation": organisation, "text": text, "date": day,
         "employment_id": job["id"], "campaign_id": None,
         "contribution_id": None, "may_publish": publish}
        for author, role, text, organisation, job, day, publish in items
    ]


def fill_demo(
    db: Database,
    *,
    contributions: int = DEFAULT_CONTRIBUTIONS,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    language: str = "en",
) -> DemoSummary:
    """Write a demo career into an empty database (money figures stay off, as in any new database).

    ``language`` ("en", "de") chooses the words; the same seed gives the same figures in each.
    """
    if contributions < 0:
        raise PortfolioError("The number of contributions must not be negative")
    if language not in DEMO_TEXTS:
        raise PortfolioError(f"The demo is written in {' or '.join(DEMO_LANGUAGES)}, not {language!r}")
    texts = DEMO_TEXTS[language]
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Contribution.__table__)):
            raise PortfolioError(f"{db.path} already holds contributions; the demo fills only an empty database")
    rng = random.Random(seed)
    # positions, not the lists themselves: every language draws the same career from the same seed
    who = rng.choice(range(len(PEOPLE)))
    (person, city), headline = PEOPLE[who], texts.headlines[who]
    slug = _slug(person)
    orgs = [(ORGANISATIONS[i], texts.roles[i]) for i in rng.sample(range(len(ORGANISATIONS)), 3)]
    # three roles over the career; the last one is current
    changes = [dt.date(2020, 8, 31), dt.date(2023, 2, 28)]  # the last days of the first two
    starts = [CAREER_START, *(last + dt.timedelta(days=1) for last in changes)]
    ends: list[dt.date | None] = [*changes, None]
    employments: list[_Role] = [
        {"id": i + 1, "organisation": org, "role": role, "start_date": starts[i], "end_date": ends[i], "notes": ""}
        for i, (org, role) in enumerate(orgs)
    ]
    audiences, snapshots = _audiences(rng, person, employments, texts)
    campaigns: list[_CampaignRow] = []
    for index, name in enumerate(texts.campaign_names, start=1):
        employment = employments[index % 3]
        start = employment["start_date"] + dt.timedelta(days=rng.randint(30, 400))
        end = min(start + dt.timedelta(days=rng.randint(45, 180)), employment["end_date"] or CAREER_END)
        campaigns.append({
            "id": index, "name": name, "objective": texts.objective.format(
                who=rng.choice(texts.objective_audiences), t=rng.choice(texts.topics)),
            "employment_id": employment["id"],
            "start_date": start, "end_date": end, "target_reach": None, "target_engagements": None, "outcome": "",
        })
    # what each campaign achieved in public contributions: the targets are set from it below
    achieved: dict[int, dict[str, int | None]] = {c["id"]: {"reach": None, "interactions": None} for c in campaigns}
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    span = (CAREER_END - CAREER_START).days
    now = utcnow()
    rows: list[dict] = []
    kept: dict[tuple[str, int], dict] = {}  # the first contribution of each kind in each role: testimonials' dates
    # one featured work per (kind, topic): two "Newsletter issue on climate data" side by side on page 1
    # read like a mistake. Answers are never featured: people star their talks and articles, and page 1
    # of the demo led with two forum answers.
    featured_pairs: set[tuple[str, str]] = set()
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
            "id": 1, "name": person, "headline": headline, "email": f"{_slug(person, '.')}@example.com",
            "phone": "", "location": city, "website": f"https://{slug}.example.com",
            "summary": texts.summary.format(person=person),
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
            audience = _channel(rng, kind, day, employment, audiences)
            if audience == 0:  # its channel did not exist yet: a post on the personal profile instead
                kind, audience = K.POST, audiences[0]["id"]
            topic = rng.choice(texts.topics)
            title = rng.choice(texts.forms[kind]).format(t=topic)
            title = title[:1].upper() + title[1:]
            platform = audiences[audience - 1]["platform"] if audience else None
            metrics = _metrics(rng, platform, kind)
            campaign = next((c["id"] for c in campaigns if c["start_date"] <= day <= c["end_date"]
                             and c["employment_id"] == employment["id"]), None)
            campaign = campaign if rng.random() < 0.7 else None
            private = rng.random() < 0.03
            row = {
                "date": day, "kind": kind.value, "title": title, "audience_id": audience,
                "employment_id": employment["id"], "campaign_id": campaign,
                "url": "" if kind.is_offline else f"https://example.com/{slug}/{number + 1}", "notes": "",
                "tags": ", ".join(rng.sample(texts.topics, 2)), "language": rng.choice(texts.languages),
                **metrics,
                "featured": (featured := rng.random() < 0.04 and kind is not K.ANSWER
                                          and (kind.value, topic) not in featured_pairs),
                "private": private,
                "why_it_mattered": texts.why_it_mattered[kind].format(t=topic) if featured else "",
                "source": None, "source_id": None, "import_snapshot": None, "created_at": now, "updated_at": now,
            }
            rows.append(row)
            if featured:
                featured_pairs.add((kind.value, topic))
            kept.setdefault((row["kind"], row["employment_id"]), row)
            if campaign is not None and not private:
                totals = achieved[campaign]
                if metrics["reach"] is not None:
                    totals["reach"] = (totals["reach"] or 0) + metrics["reach"]
                parts = [metrics[k] for k in ("reactions", "comments", "shares", "clicks") if metrics[k] is not None]
                if parts:
                    totals["interactions"] = (totals["interactions"] or 0) + sum(parts)
            if len(rows) >= BATCH:
                flush()
        flush()
        for index, planned in enumerate(campaigns):
            totals = achieved[planned["id"]]
            reach = _target(totals["reach"], REACH_TARGET_FACTORS[index])
            interactions = _target(totals["interactions"], INTERACTION_TARGET_FACTORS[index])
            outcome = _outcome(texts, index, _status(totals["reach"], reach),
                               _status(totals["interactions"], interactions))
            session.execute(update(Campaign.__table__).where(Campaign.__table__.c.id == planned["id"]).values(
                target_reach=reach, target_engagements=interactions, outcome=outcome))
        testimonials = _testimonials(person, employments, campaigns, list(kept.values()), texts)
        session.execute(insert(Testimonial.__table__), testimonials)
    return DemoSummary(written, len(audiences), len(snapshots), len(campaigns), len(employments), len(testimonials))
