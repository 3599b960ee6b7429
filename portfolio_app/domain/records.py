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
    engagements: int | None = None  # the platform's total of interactions; counted instead of the parts


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
class Rate:
    """One assumption behind a money figure: an amount in a currency, where it comes from and when."""

    amount: float
    currency: str
    source: str = ""
    date: date | None = None


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """1 ``from_currency`` = ``factor`` ``to_currency``, as the user set it (with its source and date)."""

    from_currency: str
    to_currency: str
    factor: float
    source: str = ""
    date: date | None = None


# The sources the app itself writes into a rate (stored as these English words; a report prints its own)
# Where the default CPMs come from: round figures we chose as starting points, not market data
DEFAULT_CPM_SOURCE = (
    "Portfolio's default: a round illustrative figure, not a market price; "
    "replace it with a quote from the platform's media kit"
)
# rates saved before they carried a source: in the currency then chosen, source unknown
LEGACY_SOURCE = "entered before rates carried a source"
# what a rate typed in by the user says about where it comes from, until they write their own source
USER_SOURCE = "set by you"

# PhoneDog v. Kravitz (N.D. Cal., 2011): the employer's claim in its lawsuit, not a valuation anybody confirmed
PHONEDOG_RATE = Rate(
    2.50, "USD",
    "PhoneDog v. Kravitz (N.D. Cal., 2011): the employer's claim in its lawsuit for about 17,000 "
    "followers; an illustration, not a market price",
    date(2011, 7, 15),
)


@dataclass(frozen=True, slots=True)
class ValueRates:
    """Assumptions behind money figures; money figures are estimates, shown only when switched on.

    ``currency`` is the currency to show estimates in: a figure is converted
    only where an exchange rate from its rate's currency is set, otherwise it
    stays in the rate's own currency.
    """

    currency: str = "USD"
    show_money: bool = False
    audience_rate: Rate = PHONEDOG_RATE  # value per personally owned follower and month
    cpm: dict[str, Rate] = field(default_factory=dict)  # platform value -> cost per 1,000 impressions
    exchange: tuple[ExchangeRate, ...] = ()

    @property
    def value_per_follower_month(self) -> float:
        return self.audience_rate.amount
