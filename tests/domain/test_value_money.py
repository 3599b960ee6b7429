"""Earned media value and audience value (PhoneDog), worked out by hand."""

from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform
from portfolio_app.domain.records import AudienceFacts, ContributionFacts, Period, ValueRates
from portfolio_app.domain.value import audience_value, earned_media_value

RATES = ValueRates(currency="CHF", value_per_follower_month=2.5, cpm={"linkedin": 10.0, "x": 5.0})


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
    emv = earned_media_value(items, RATES)
    assert emv.amount == pytest.approx(22.5)
    assert (emv.counted, emv.without_impressions, emv.without_rate, emv.currency) == (3, 1, 2, "CHF")


def test_earned_media_value_of_nothing_is_zero():
    emv = earned_media_value([], RATES)
    assert (emv.amount, emv.counted) == (0.0, 0)


def audience(id_, ownership, snapshots):
    return AudienceFacts(id=id_, name="a", platform=Platform.X, ownership=ownership, snapshots=tuple(snapshots))


def test_phonedog_figure():
    """17,000 followers × USD 2.50 × 8 months = USD 340,000, the figure of the lawsuit."""
    account = audience(1, Ownership.EMPLOYER, [(date(2010, 4, 1), 17_000)])
    value = audience_value([account], Period(date(2010, 4, 1), date(2010, 11, 30)), ValueRates(currency="USD"))
    assert value.employer == pytest.approx(340_000)
    assert value.months == pytest.approx(8)
    assert value.total == pytest.approx(340_000)


def test_audience_value_uses_size_at_each_month_end():
    audiences = [
        audience(1, Ownership.PERSONAL, [(date(2024, 1, 1), 1000), (date(2024, 2, 15), 2000)]),
        audience(2, Ownership.EMPLOYER, [(date(2024, 3, 1), 400)]),  # nothing before March
        audience(3, Ownership.SHARED, []),  # never measured
    ]
    value = audience_value(audiences, Period(date(2024, 1, 1), date(2024, 3, 31)), RATES)
    assert value.personal == pytest.approx((1000 + 2000 + 2000) * 2.5)
    assert value.employer == pytest.approx(400 * 2.5)
    assert value.shared == 0
    assert value.total == pytest.approx(13_500)
    assert (value.rate, value.currency) == (2.5, "CHF")


def test_audience_value_weights_part_months():
    account = audience(1, Ownership.PERSONAL, [(date(2024, 1, 1), 1000)])
    value = audience_value([account], Period(date(2024, 1, 16), date(2024, 1, 31)), RATES)
    assert value.months == pytest.approx(16 / 31)
    assert value.personal == pytest.approx(1000 * 2.5 * 16 / 31)
