"""People reached, views, attendees, interactions and counts against figures worked out by hand."""

from datetime import date

from portfolio_app.domain.enums import ContributionKind as K
from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import ContributionFacts, Period
from portfolio_app.domain.value import (
    ReachSource,
    channel_of,
    counts_by_channel,
    counts_by_kind,
    interactions_of,
    percent_shares,
    real_channels,
    in_period,
    reach_of,
    strongest,
    total_interactions,
    total_reach,
)

D = date(2024, 3, 1)


def post(id_, **metrics):
    metrics.setdefault("kind", K.POST)
    metrics.setdefault("platform", Platform.LINKEDIN)
    return ContributionFacts(id=id_, date=metrics.pop("day", D), **metrics)


def test_reach_prefers_reach_then_impressions_online():
    assert reach_of(post(1, reach=80, impressions=200)) == (80, ReachSource.REACH)
    assert reach_of(post(2, impressions=200)) == (200, ReachSource.IMPRESSIONS)
    assert reach_of(post(3, attendees=30)) == (30, ReachSource.ATTENDEES)
    assert reach_of(post(4)) == (None, None)


def test_offline_reach_is_attendees_first():
    talk = post(1, kind=K.TALK, platform=None, attendees=120, reach=5000)
    assert reach_of(talk) == (120, ReachSource.ATTENDEES)
    assert reach_of(post(2, kind=K.TALK, platform=None)) == (None, None)
    assert channel_of(talk) is Platform.OFFLINE
    assert channel_of(post(3, platform=None)) is None


def test_zero_is_a_figure_unknown_is_not():
    assert reach_of(post(1, reach=0, impressions=500)) == (0, ReachSource.REACH)
    total = total_reach([post(1, reach=0), post(2), post(3, impressions=40)])
    assert (total.people.total, total.people.with_figure, total.people.without_figure) == (0, 1, 2)
    assert (total.impressions.total, total.impressions.with_figure) == (40, 1)
    assert total.attendees.total is None  # none had attendees: not measured, not 0
    assert (total.without_any, total.with_any) == (1, 2)


def test_reach_impressions_and_attendees_are_never_mixed():
    items = [
        post(1, reach=100, impressions=900),  # 100 from reach
        post(2, impressions=300),  # 300 from impressions
        post(3, kind=K.TALK, platform=None, attendees=50),  # 50 from attendees
        post(4),  # no figure
        post(5, reactions=7),  # engagement only: still no reach figure
    ]
    total = total_reach(items)
    assert (total.people.total, total.people.with_figure) == (100, 1)
    assert (total.impressions.total, total.impressions.with_figure) == (900 + 300, 2)
    assert (total.attendees.total, total.attendees.with_figure) == (50, 1)
    assert (total.without_any, total.contributions) == (2, 5)


def test_nothing_measured_is_none_not_zero():
    total = total_reach([post(1), post(2, reactions=3)])
    assert (total.people.total, total.impressions.total, total.attendees.total) == (None, None, None)
    assert total_interactions([post(1)]).interactions is None
    assert total_interactions([post(1, reactions=0)]).interactions == 0


def test_interactions_count_without_impressions():
    result = total_interactions([post(1, reactions=120, shares=30), post(2, comments=4)])
    assert (result.interactions, result.with_interactions) == (154, 2)
    assert (result.rate, result.rate_basis) == (None, 0)


def test_shares_add_up_to_exactly_100():
    assert percent_shares([1, 1, 1]) == (34, 33, 33)
    assert percent_shares([2, 1]) == (67, 33)
    assert percent_shares([1] * 7) == (15, 15, 14, 14, 14, 14, 14)
    assert percent_shares([5, 0]) == (100, 0)
    assert percent_shares([0, 0]) == (0, 0)
    assert percent_shares([]) == ()


def test_no_channel_is_not_a_channel():
    assert real_channels([(Platform.LINKEDIN, 3), (None, 2)]) == 1
    assert real_channels([(None, 2)]) == 0


def test_interactions_add_known_parts_only():
    assert interactions_of(post(1, reactions=10, comments=2, shares=1, clicks=7)) == 20
    assert interactions_of(post(2, reactions=3)) == 3
    assert interactions_of(post(3, impressions=100)) is None


def test_the_platforms_engagements_stand_for_the_parts_never_added_to_them():
    # LinkedIn's engagements already hold reactions, comments, reposts and clicks
    assert interactions_of(post(1, engagements=87)) == 87
    assert interactions_of(post(2, engagements=87, reactions=60, comments=9)) == 87  # not 156
    assert interactions_of(post(3, engagements=0, reactions=5)) == 0  # a measured zero is a figure
    items = [post(1, engagements=87, reactions=60, impressions=5210), post(2, reactions=10, comments=2, impressions=800),
             post(3, engagements=3)]
    result = total_interactions(items)
    assert (result.interactions, result.with_interactions) == (87 + 12 + 3, 3)
    assert (result.rate_interactions, result.rate_impressions, result.rate_basis) == (99, 6010, 2)
    assert strongest([post(1, impressions=100, engagements=9), post(2, impressions=100, reactions=5)])[0].id == 1


def test_engagement_rate_denominator_only_contributions_with_both():
    items = [
        post(1, reactions=10, comments=5, impressions=1000),  # 15 / 1000, in the rate
        post(2, reactions=20, impressions=0),  # zero impressions: out of the rate
        post(3, reactions=4),  # no impressions: out of the rate
        post(4, impressions=5000),  # no engagements: out of the rate and of the engagements
        post(5, shares=5, clicks=10, impressions=500),  # 15 / 500, in the rate
    ]
    result = total_interactions(items)
    assert result.interactions == 15 + 20 + 4 + 15
    assert result.with_interactions == 4
    assert (result.rate_interactions, result.rate_impressions, result.rate_basis) == (30, 1500, 2)
    assert result.rate == 30 / 1500


def test_engagement_rate_is_none_without_a_basis():
    assert total_interactions([]).rate is None
    assert total_interactions([post(1, reactions=5, impressions=0)]).rate is None


def test_counts_by_kind_and_channel_most_frequent_first():
    items = [
        post(1),
        post(2),
        post(3, kind=K.ARTICLE, platform=Platform.BLOG),
        post(4, kind=K.TALK, platform=None),
        post(5, kind=K.OTHER, platform=None),
    ]
    assert counts_by_kind(items) == ((K.POST, 2), (K.ARTICLE, 1), (K.TALK, 1), (K.OTHER, 1))
    assert counts_by_channel(items) == (
        (Platform.LINKEDIN, 2),
        (Platform.BLOG, 1),
        (Platform.OFFLINE, 1),
        (None, 1),
    )


def test_in_period_is_inclusive_and_open_ends_work():
    items = [post(1, day=date(2024, 1, 1)), post(2, day=date(2024, 1, 31)), post(3, day=date(2024, 2, 1))]
    assert [c.id for c in in_period(items, Period(date(2024, 1, 1), date(2024, 1, 31)))] == [1, 2]
    assert [c.id for c in in_period(items, Period(None, date(2024, 1, 1)))] == [1]
    assert [c.id for c in in_period(items, Period())] == [1, 2, 3]


def test_strongest_by_reach_then_engagements_skips_unknown():
    items = [
        post(1, reach=100, reactions=1),
        post(2, reach=100, reactions=9),
        post(3, impressions=50),
        post(4),
        post(5, reach=10, ownership=Ownership.PERSONAL),
    ]
    assert [c.id for c in strongest(items)] == [2, 1, 3]
    assert strongest([post(1)]) == ()


def test_figures_by_kind():
    from portfolio_app.domain.value import figures_by_kind

    items = [
        post(1, reach=100, reactions=5, impressions=500),
        post(2, impressions=300),
        post(3, kind=K.TALK, platform=None, attendees=40),
    ]
    posts, talks = figures_by_kind(items)
    assert (posts.kind, posts.contributions, posts.reach.people.total, posts.reach.impressions.total) == (
        K.POST, 2, 100, 800)
    assert (posts.interactions.interactions, posts.interactions.rate) == (5, 5 / 500)
    assert (talks.kind, talks.contributions, talks.reach.attendees.total, talks.interactions.rate) == (
        K.TALK, 1, 40, None)
    assert figures_by_kind([]) == ()
