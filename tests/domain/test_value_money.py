"""Earned media value and audience value (PhoneDog), worked out by hand."""

from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform
from portfolio_app.domain.records import (
    PHONEDOG_RATE,
    AudienceFacts,
    ContributionFacts,
    ExchangeRate,
    Period,
    Rate,
    ValueRates,
)
from portfolio_app.domain.value import Amount, audience_value, earned_media_value, missing_exchange

CHF = ValueRates(
    currency="CHF", show_money=True, audience_rate=Rate(2.5, "CHF", "test", date(2024, 1, 1)),
    cpm={"linkedin": Rate(10.0, "CHF"), "x": Rate(5.0, "CHF")},
)


def post(id_, platform, impressions):
    return ContributionFacts(
        id=id_, date=date(2024, 1, 5), kind=ContributionKind.POST, platform=platform, impressions=impressions
    )


def test_earned_media_value_counts_what_it_skips():
    items = [
        post(1, Platform.LINKEDIN, 2000),  # 2000 / 1000 × 10 = 20
        post(2, Platform.X, 500),  # 500 / 1000 × 5 = 2.5
        post(3, Platform.BLOG, 1000),  # no CPM for blogs
        post(4, Platform.LINKEDIN, None),  # no impressions
        post(5, None, 100),  # no platform, so no CPM
        post(6, Platform.X, 0),  # zero impressions are worth zero, and counted
    ]
    emv = earned_media_value(items, CHF)
    assert emv.amounts == (Amount(pytest.approx(22.5), "CHF"),)
    assert (emv.counted, emv.without_impressions, emv.without_rate) == (3, 1, 2)


def test_earned_media_value_of_nothing_has_no_amount():
    emv = earned_media_value([], CHF)
    assert (emv.amounts, emv.counted) == ((), 0)


def test_a_rate_in_another_currency_stays_in_it_unless_an_exchange_rate_is_set():
    mixed = ValueRates(currency="EUR", show_money=True, cpm={"linkedin": Rate(10.0, "USD"), "x": Rate(4.0, "EUR")})
    items = [post(1, Platform.LINKEDIN, 3000), post(2, Platform.X, 1000)]
    assert earned_media_value(items, mixed).amounts == (Amount(30.0, "USD"), Amount(4.0, "EUR"))
    assert missing_exchange(mixed, "EUR") == ["USD"]
    converted = ValueRates(currency="EUR", show_money=True, cpm=mixed.cpm,
                           exchange=(ExchangeRate("USD", "EUR", 0.9, "my bank", date(2024, 1, 2)),))
    assert earned_media_value(items, converted).amounts == (Amount(pytest.approx(31.0), "EUR"),)
    assert missing_exchange(converted, "EUR") == []


def audience(id_, ownership, snapshots):
    return AudienceFacts(id=id_, name="a", platform=Platform.X, ownership=ownership, snapshots=tuple(snapshots))


def test_phonedog_figure_is_monthly():
    """17,000 followers × USD 2.50 = USD 42,500 per month (the lawsuit's claim, per month)."""
    account = audience(1, Ownership.PERSONAL, [(date(2010, 4, 1), 17_000)])
    value = audience_value([account], Period(date(2010, 4, 1), date(2010, 11, 30)), ValueRates(show_money=True))
    assert value.amount == Amount(pytest.approx(42_500), "USD")
    assert (value.followers, value.audiences) == (17_000, 1)
    assert PHONEDOG_RATE.currency == "USD" and "claim" in PHONEDOG_RATE.source


def test_audience_value_counts_own_audiences_at_their_latest_size_only():
    audiences = [
        audience(1, Ownership.PERSONAL, [(date(2024, 1, 1), 1000), (date(2024, 2, 15), 2000)]),
        audience(2, Ownership.EMPLOYER, [(date(2024, 3, 1), 400)]),  # the employer's: never counted
        audience(3, Ownership.SHARED, [(date(2024, 3, 1), 50)]),  # not the person's alone
        audience(4, Ownership.PERSONAL, []),  # never measured
        audience(5, Ownership.PERSONAL, [(date(2024, 4, 10), 999)]),  # only after the period
    ]
    value = audience_value(audiences, Period(date(2024, 1, 1), date(2024, 3, 31)), CHF)
    assert value.amount == Amount(pytest.approx(2000 * 2.5), "CHF")
    assert (value.followers, value.audiences) == (2000, 1)


def test_audience_value_without_any_size_is_not_measured():
    value = audience_value([audience(1, Ownership.PERSONAL, [])], Period(date(2024, 1, 1), date(2024, 1, 31)), CHF)
    assert (value.amount, value.followers) == (None, None)
