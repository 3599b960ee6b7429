"""summarize(): one hand-computed portfolio, and the empty and edge cases."""

from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind as K
from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import (
    AudienceFacts,
    Rate,
    CampaignFacts,
    ContributionFacts,
    EmploymentFacts,
    Period,
    ValueRates,
)
from portfolio_app.domain.value import Amount, TargetStatus, contributions_per_month, summarize

TODAY = date(2024, 6, 30)
RATES = ValueRates(currency="EUR", show_money=True, audience_rate=Rate(1.0, "EUR", "test", date(2024, 1, 1)),
                   cpm={"linkedin": Rate(20.0, "EUR", "test", date(2024, 1, 1))})
OLD = EmploymentFacts(id=1, organisation="Old Corp", role="Editor", start=date(2022, 1, 1), end=date(2024, 1, 31))
NEW = EmploymentFacts(id=2, organisation="New AG", role="Head of Comms", start=date(2024, 2, 1))
LINKEDIN = AudienceFacts(
    id=10, name="My LinkedIn", platform=Platform.LINKEDIN, ownership=Ownership.PERSONAL,
    snapshots=((date(2024, 1, 1), 1000), (date(2024, 3, 31), 1600)),
)
CORPORATE = AudienceFacts(
    id=11, name="New AG account", platform=Platform.LINKEDIN, ownership=Ownership.EMPLOYER, employment_id=2,
    snapshots=((date(2024, 2, 1), 5000), (date(2024, 3, 31), 5400)),
)
NEWSLETTER = AudienceFacts(id=12, name="Letter", platform=Platform.NEWSLETTER, ownership=Ownership.PERSONAL)


def c(id_, day, kind=K.POST, audience=None, employment=None, campaign=None, **metrics):
    return ContributionFacts(
        id=id_, date=day, kind=kind,
        platform=audience.platform if audience else None,
        ownership=audience.ownership if audience else None,
        audience_id=audience.id if audience else None,
        employment_id=employment, campaign_id=campaign, **metrics,
    )


CONTRIBUTIONS = [
    c(1, date(2024, 1, 10), audience=LINKEDIN, employment=1, reach=300, impressions=1000, reactions=40),
    c(2, date(2024, 2, 5), audience=CORPORATE, employment=2, campaign=5, impressions=4000, reactions=100, shares=20),
    c(3, date(2024, 2, 20), kind=K.TALK, employment=2, campaign=5, attendees=80),
    c(4, date(2024, 3, 3), audience=LINKEDIN, employment=2, comments=3),  # no reach figure
    c(5, date(2024, 3, 30), audience=CORPORATE, employment=2, impressions=0, reactions=2),
    c(6, date(2023, 12, 31), audience=LINKEDIN, employment=1, reach=9999),  # before the period
]
CAMPAIGN = CampaignFacts(id=5, name="Launch", employment_id=2, start=date(2024, 2, 1), end=date(2024, 2, 29),
                         target_reach=5000, target_engagements=100)
Q1 = Period(date(2024, 1, 1), date(2024, 3, 31))


def full(**kwargs):
    return summarize(
        CONTRIBUTIONS, [LINKEDIN, CORPORATE, NEWSLETTER], [OLD, NEW], [CAMPAIGN], RATES,
        kwargs.pop("period", Q1), today=TODAY, **kwargs,
    )


def test_counts_and_reach():
    s = full()
    assert s.period == Q1
    assert (s.contributions, s.online, s.offline) == (5, 4, 1)
    assert s.by_kind == ((K.POST, 4), (K.TALK, 1))
    assert s.by_channel == ((Platform.LINKEDIN, 4), (Platform.OFFLINE, 1))
    assert s.channels == 2
    # people reached: only #1 measured reach; views: #1 1000 + #2 4000 + #5 0; attendees: #3; #4 has nothing
    assert (s.reach.people.total, s.reach.people.with_figure) == (300, 1)
    assert (s.reach.impressions.total, s.reach.impressions.with_figure) == (5000, 3)
    assert (s.reach.attendees.total, s.reach.without_any) == (80, 1)
    assert (s.reach_personal.people.total, s.reach_employer.people.total) == (300, None)
    assert s.reach_employer.impressions.total == 4000


def test_interactions_personal_vs_corporate():
    s = full()
    assert s.interactions.interactions == 40 + 120 + 3 + 2
    assert (s.interactions.rate_interactions, s.interactions.rate_impressions) == (160, 5000)
    assert s.interactions_personal.rate == pytest.approx(40 / 1000)
    assert s.interactions_employer.rate == pytest.approx(120 / 4000)  # #5 has zero impressions


def test_audiences_and_ownership():
    s = full()
    assert [g.audience.id for g in s.audiences] == [11, 10, 12]  # largest first, unmeasured last
    assert (s.ownership.personal.size, s.ownership.personal.growth, s.ownership.personal.unknown) == (1600, 600, 1)
    # New AG's account counts from the start of the job (5000 on 1 Feb)
    assert (s.ownership.employer.size, s.ownership.employer.growth) == (5400, 400)


def test_career_reach_built_per_employment():
    s = full()
    new, old = s.career
    assert new.employment is NEW and old.employment is OLD
    assert new.built.spans == (Period(date(2024, 2, 1), date(2024, 3, 31)),)
    assert (new.contributions, new.reach.people.total, new.reach.impressions.total) == (4, None, 4000)
    # personal: 1000 on 31 Jan → 1600; employer: 5000 → 5400
    assert (new.built.personal, new.built.employer.growth, new.built.growth) == (600, 400, 1000)
    assert old.built.spans == (Period(date(2024, 1, 1), date(2024, 1, 31)),)
    assert (old.contributions, old.reach.people.total, old.built.growth) == (1, 300, 0)
    assert s.between_roles is None  # the roles follow each other without a gap


def test_campaign_target_vs_achieved():
    (result,) = full().campaigns
    assert (result.reach.people.total, result.interactions.interactions) == (None, 120)
    reach, interactions = result.targets
    assert (reach.target, reach.achieved, reach.status) == (5000, None, TargetStatus.NOT_MEASURED)
    assert (interactions.achieved, interactions.share, interactions.status) == (120, pytest.approx(1.2),
                                                                                TargetStatus.MET)
    assert result.status is TargetStatus.PARTLY_MET
    assert [k.id for k in result.key_contributions] == [2, 3]


def test_money_figures_and_strongest():
    s = full()
    assert s.earned_media_value.amounts == (Amount(pytest.approx(1000 / 1000 * 20 + 4000 / 1000 * 20), "EUR"),)
    assert s.earned_media_value.counted == 3  # #5 counts with zero impressions
    # monthly: personally owned followers at the period's end (1600) × 1.0; the employer's 5400 never count
    assert s.audience_value.amount == Amount(1600.0, "EUR")
    assert [x.id for x in s.strongest] == [2, 1, 3]


def test_money_off_gives_no_money_figures():
    s = summarize(CONTRIBUTIONS, rates=ValueRates(show_money=False), period=Q1, today=TODAY)
    assert s.earned_media_value is None and s.audience_value is None


def test_money_is_off_by_default():
    assert ValueRates().show_money is False


def test_one_employment_limits_period_contributions_and_accounts():
    s = full(employment_id=1)
    assert s.employment is OLD
    assert s.period == Period(date(2024, 1, 1), date(2024, 1, 31))
    assert s.contributions == 1
    assert [g.audience.id for g in s.audiences] == [10, 12]  # New AG's account is not Old Corp's
    with pytest.raises(ValueError):
        full(employment_id=99)


def test_empty_period():
    s = full(period=Period(date(2024, 5, 1), date(2024, 5, 31)))
    assert (s.contributions, s.reach.people.total, s.reach.without_any) == (0, None, 0)
    assert (s.interactions.interactions, s.interactions.rate) == (None, None)
    assert s.by_kind == () and s.strongest == () and s.campaigns == ()
    assert s.ownership.personal.size == 1600  # audiences keep their size
    assert s.ownership.personal.growth == 0


def test_nothing_at_all():
    s = summarize([], today=TODAY)
    assert s.period == Period(TODAY, TODAY)
    assert (s.contributions, s.reach.people.total, s.ownership.total.size, s.career) == (0, None, None, ())
    assert s.between_roles is None


def test_open_period_starts_at_first_known_day_and_ends_today():
    s = summarize(CONTRIBUTIONS, [LINKEDIN], today=TODAY)
    assert s.period == Period(date(2023, 12, 31), TODAY)
    assert s.contributions == 6


def test_contributions_without_a_role_are_counted_between_roles():
    loose = [*CONTRIBUTIONS, c(7, date(2024, 3, 5), audience=LINKEDIN, reach=10)]
    s = summarize(loose, [LINKEDIN, CORPORATE], [OLD, NEW], [], RATES, Q1, today=TODAY)
    assert (s.between_roles.contributions, s.between_roles.reach.people.total) == (1, 10)
    assert sum(job.contributions for job in s.career) + s.between_roles.contributions == s.contributions


def test_contributions_per_month_includes_empty_months():
    assert contributions_per_month(CONTRIBUTIONS, Period(date(2023, 12, 15), date(2024, 4, 10))) == (
        (date(2023, 12, 1), 1),
        (date(2024, 1, 1), 1),
        (date(2024, 2, 1), 2),
        (date(2024, 3, 1), 2),
        (date(2024, 4, 1), 0),
    )


def test_the_last_representable_day_ends_the_months():
    from portfolio_app.domain.value.periods import months

    assert list(months(Period(date(9999, 11, 15), date.max))) == [
        (date(9999, 11, 15), date(9999, 11, 30)),
        (date(9999, 12, 1), date(9999, 12, 31)),
    ]


def test_a_campaigns_key_contributions_leave_out_answers_unless_featured():
    """A reply with many views is not what a campaign is remembered by; a featured one is."""
    answer = c(7, date(2024, 2, 10), kind=K.ANSWER, audience=CORPORATE, employment=2, campaign=5,
               impressions=90000)

    def campaign(*extra):
        (result,) = summarize(CONTRIBUTIONS + list(extra), [LINKEDIN, CORPORATE, NEWSLETTER], [OLD, NEW],
                              [CAMPAIGN], RATES, Q1, today=TODAY).campaigns
        return result

    result = campaign(answer)
    assert [k.id for k in result.key_contributions] == [2, 3]
    assert result.contributions == 3  # still counted in the campaign's figures
    assert [k.id for k in campaign(answer._replace(featured=True)).key_contributions] == [7, 2, 3]


def test_the_windows_campaign_progress_picks_key_contributions_by_the_same_rule():
    from portfolio_app.domain.value import campaign_result

    answer = c(7, date(2024, 2, 10), kind=K.ANSWER, audience=CORPORATE, employment=2, campaign=5,
               impressions=90000)
    own = [x for x in CONTRIBUTIONS if x.campaign_id == 5] + [answer]
    assert [k.id for k in campaign_result(CAMPAIGN, own).key_contributions] == [2, 3]
    assert [k.id for k in campaign_result(CAMPAIGN, own[:-1] + [answer._replace(featured=True)])
            .key_contributions] == [7, 2, 3]
