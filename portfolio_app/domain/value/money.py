"""Money figures, always estimates: earned media value and audience value (PhoneDog).

Advertising-value equivalents measure what the same attention would have cost
to buy, not what it achieved (Barcelona Principles); the report says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from portfolio_app.domain.enums import Ownership
from portfolio_app.domain.records import AudienceFacts, ContributionFacts, Period, ValueRates
from portfolio_app.domain.value.audiences import size_at
from portfolio_app.domain.value.periods import month_fraction, months


@dataclass(frozen=True, slots=True)
class EarnedMediaValue:
    """Σ impressions / 1000 × CPM of the contribution's platform.

    Contributions without impressions, or on a platform without a CPM, add
    nothing and are counted so the method can say so.
    """

    amount: float
    currency: str
    counted: int
    without_impressions: int
    without_rate: int


def earned_media_value(contributions: Iterable[ContributionFacts], rates: ValueRates) -> EarnedMediaValue:
    amount = 0.0
    counted = without_impressions = without_rate = 0
    for contribution in contributions:
        if contribution.impressions is None:
            without_impressions += 1
            continue
        cpm = rates.cpm.get(contribution.platform.value) if contribution.platform else None
        if cpm is None:
            without_rate += 1
            continue
        amount += contribution.impressions / 1000 * cpm
        counted += 1
    return EarnedMediaValue(amount, rates.currency, counted, without_impressions, without_rate)


@dataclass(frozen=True, slots=True)
class AudienceValue:
    """Σ followers × value per follower-month × months, per ownership.

    Each calendar month of the period counts with the audience size at its
    last day (inside the period), weighted by the share of the month covered.
    Months before an audience's first snapshot add nothing.
    """

    personal: float
    employer: float
    shared: float
    currency: str
    rate: float
    months: float

    @property
    def total(self) -> float:
        return self.personal + self.employer + self.shared


def audience_value(audiences: Sequence[AudienceFacts], period: Period, rates: ValueRates) -> AudienceValue:
    by_owner = {ownership: 0.0 for ownership in Ownership}
    month_count = 0.0
    for first, last in months(period):
        fraction = month_fraction(first, last)
        month_count += fraction
        for audience in audiences:
            size = size_at(audience, last)
            if size:
                by_owner[audience.ownership] += size * rates.value_per_follower_month * fraction
    return AudienceValue(
        personal=by_owner[Ownership.PERSONAL],
        employer=by_owner[Ownership.EMPLOYER],
        shared=by_owner[Ownership.SHARED],
        currency=rates.currency,
        rate=rates.value_per_follower_month,
        months=month_count,
    )
