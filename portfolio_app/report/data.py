"""Everything one PDF shows, as plain data: the service fills it, the layout reads it.

The report package never touches the database; a test can build this by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from portfolio_app.domain.records import ContributionFacts, EmploymentFacts
from portfolio_app.domain.value import AudiencePoint, Summary


@dataclass(frozen=True, slots=True)
class ProfileText:
    name: str = ""
    headline: str = ""
    email: str = ""
    phone: str = ""
    location: str = ""
    website: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True)
class AudienceText:
    handle: str = ""
    url: str = ""
    segment: str = ""


@dataclass(frozen=True, slots=True)
class CampaignText:
    objective: str = ""
    outcome: str = ""


@dataclass(frozen=True, slots=True)
class TestimonialText:
    author: str
    role: str
    text: str
    date: date | None
    organisation: str = ""  # the author's


@dataclass(frozen=True, slots=True)
class ReportData:
    profile: ProfileText
    summary: Summary  # the value model's figures for the period (money off → no money figures)
    contributions: tuple[ContributionFacts, ...]  # public ones in the period, oldest first
    urls: Mapping[int, str]  # contribution id → URL as recorded (made a link only if safe)
    audience_names: Mapping[int, str]
    audience_texts: Mapping[int, AudienceText]
    employments: Mapping[int, EmploymentFacts]
    campaign_texts: Mapping[int, CampaignText]
    testimonials: tuple[TestimonialText, ...]  # only those that may be published
    per_month: tuple[tuple[date, int], ...]
    audience_series: tuple[AudiencePoint, ...]
    prepared_on: date
    anonymized: bool = False
    measured_until: Mapping[str, date] = field(default_factory=dict)  # ownership → day of its last size snapshot
    why_it_mattered: Mapping[int, str] = field(default_factory=dict)  # contribution id → the person's line

    def user_text(self) -> str:
        """All text of the user's that the PDF may print, for measuring glyph coverage."""
        parts = [
            *(getattr(self.profile, name) for name in ("name", "headline", "email", "location", "website", "summary")),
            *(c.title for c in self.contributions),
            *self.audience_names.values(),
            *(f"{a.handle} {a.segment}" for a in self.audience_texts.values()),
            *(f"{e.organisation} {e.role}" for e in self.employments.values()),
            *(f"{k.objective} {k.outcome}" for k in self.campaign_texts.values()),
            *(f"{t.author} {t.role} {t.organisation} {t.text}" for t in self.testimonials),
            *self.why_it_mattered.values(),
            *(r.campaign.name for r in self.summary.campaigns),
        ]
        return "\n".join(parts)
