"""Money figures, always estimates: earned media value and audience value (PhoneDog).

Advertising-value equivalents measure what the same attention would have cost
to buy, not what it achieved (Barcelona Principles); the report says so.

A money figure is in the currency of the rate it was computed with; it is
converted to the currency the user wants only where the user set an exchange
rate for it. Figures in different currencies are never added up: they are
kept as one amount per currency.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import AudienceFacts, ContributionFacts, Period, ValueRates
from portfolio_app.domain.value.audiences import size_at
from portfolio_app.domain.value.groups import ContributionGroup, group_contributions


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    currency: str


def exchange_factor(rates: ValueRates, from_currency: str, to_currency: str) -> float | None:
    """How many ``to_currency`` one ``from_currency`` is worth as the user set it; None when not set."""
    if from_currency == to_currency:
        return 1.0
    for rate in rates.exchange:
        if rate.from_currency == from_currency and rate.to_currency == to_currency:
            return rate.factor
    return None


def rate_currencies(rates: ValueRates) -> set[str]:
    """The currencies the rates are in."""
    return {rates.audience_rate.currency, *(rate.currency for rate in rates.cpm.values())}


def missing_exchange(rates: ValueRates, to_currency: str) -> list[str]:
    """The rate currencies that cannot be shown in ``to_currency`` (no exchange rate set), sorted."""
    return sorted(c for c in rate_currencies(rates) if exchange_factor(rates, c, to_currency) is None)


def in_display_currency(amounts: dict[str, float], rates: ValueRates) -> tuple[Amount, ...]:
    """Amounts per rate currency, converted where an exchange rate is set, largest first."""
    shown: dict[str, float] = {}
    for currency, value in amounts.items():
        factor = exchange_factor(rates, currency, rates.currency)
        target = rates.currency if factor is not None else currency
        shown[target] = shown.get(target, 0.0) + value * (factor if factor is not None else 1.0)
    return tuple(sorted((Amount(v, c) for c, v in shown.items()), key=lambda a: (-a.value, a.currency)))


@dataclass(frozen=True, slots=True)
class EarnedMediaValue:
    """Σ impressions / 1000 × CPM of the contribution's platform — an advertising-cost equivalent.

    Contributions without impressions, or on a platform without a CPM, add
    nothing and are counted so the method can say so. ``amounts`` holds one
    amount per currency (usually one).
    """

    amounts: tuple[Amount, ...]
    counted: int
    without_impressions: int
    without_rate: int


def earned_media_value(contributions: Iterable[ContributionFacts], rates: ValueRates) -> EarnedMediaValue:
    return media_value(group_contributions(contributions), rates)


def media_value(groups: Iterable[ContributionGroup], rates: ValueRates) -> EarnedMediaValue:
    """The earned media value of the groups' contributions: impressions summed per platform, then priced."""
    impressions: dict[Platform | None, int] = {}
    with_impressions: dict[Platform | None, int] = {}
    without_impressions = 0
    for g in groups:
        impressions[g.platform] = impressions.get(g.platform, 0) + g.impressions
        with_impressions[g.platform] = with_impressions.get(g.platform, 0) + g.with_impressions
        without_impressions += g.contributions - g.with_impressions
    by_currency: dict[str, float] = {}
    counted = without_rate = 0
    # platforms in a fixed order: the same sum whichever order the groups came in
    for platform in sorted(impressions, key=lambda p: "" if p is None else p.value):
        cpm = rates.cpm.get(platform.value) if platform else None
        if cpm is None:
            without_rate += with_impressions[platform]
            continue
        if with_impressions[platform]:
            by_currency[cpm.currency] = by_currency.get(cpm.currency, 0.0) + impressions[platform] / 1000 * cpm.amount
            counted += with_impressions[platform]
    return EarnedMediaValue(in_display_currency(by_currency, rates), counted, without_impressions, without_rate)


@dataclass(frozen=True, slots=True)
class AudienceValue:
    """The PhoneDog illustration, per MONTH: personally owned followers × value per follower-month.

    Only audiences the person owns count (employer accounts are the
    employer's), each at its latest known size on the period's last day.
    ``amount`` is None when no personally owned audience had a size.
    """

    amount: Amount | None
    followers: int | None
    audiences: int  # personally owned audiences with a size


def audience_value(audiences: Sequence[AudienceFacts], period: Period, rates: ValueRates) -> AudienceValue:
    assert period.end is not None, "close the period first"
    sizes = [size_at(a, period.end) for a in audiences if a.ownership is Ownership.PERSONAL]
    known = [size for size in sizes if size is not None]
    if not known:
        return AudienceValue(None, None, 0)
    followers = sum(known)
    rate = rates.audience_rate
    (amount,) = in_display_currency({rate.currency: followers * rate.amount}, rates)
    return AudienceValue(amount, followers, len(known))
