"""Plain, frozen facts the value model computes over.

Services read these out of the database (the value model never sees a session
or a row object); tests build them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive date range; None on a side means open."""

    start: date | None = None
    end: date | None = None

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


class ContributionFacts(NamedTuple):
    """One contribution as the value model sees it.

    A named tuple rather than a frozen dataclass: the dashboard builds 100,000
    of these, and a frozen dataclass takes ten times as long to construct.
    """

    id: int
    date: date
    kind: ContributionKind
    platform: Platform | None = None  # of its audience, None when it has none
    ownership: Ownership | None = None  # of its audience
    audience_id: int | None = None
    employment_id: int | None = None
    campaign_id: int | None = None
    impressions: int | None = None
    reach: int | None = None
    reactions: int | None = None
    comments: int | None = None
    shares: int | None = None
    clicks: int | None = None
    attendees: int | None = None
    featured: bool = False
    title: str = ""


@dataclass(frozen=True, slots=True)
class AudienceFacts:
    id: int
    name: str
    platform: Platform
    ownership: Ownership
    employment_id: int | None = None
    # (date, size) pairs, any order; the value model sorts what it needs
    snapshots: tuple[tuple[date, int], ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class EmploymentFacts:
    id: int
    organisation: str
    role: str
    start: date
    end: date | None = None  # None: the current role


@dataclass(frozen=True, slots=True)
class CampaignFacts:
    id: int
    name: str
    employment_id: int | None = None
    start: date | None = None
    end: date | None = None
    target_reach: int | None = None
    target_engagements: int | None = None


@dataclass(frozen=True, slots=True)
class ValueRates:
    """Assumptions behind money figures; money figures are estimates, shown only on request."""

    currency: str = "EUR"
    show_money: bool = True
    value_per_follower_month: float = 2.50  # the PhoneDog v. Kravitz figure, USD
    cpm: dict[str, float] = field(default_factory=dict)  # platform value -> cost per 1000 impressions
