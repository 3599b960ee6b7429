"""Audience size, growth and the personal / employer split, worked out by hand."""

from datetime import date

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import AudienceFacts, EmploymentFacts, Period
from portfolio_app.domain.value import (
    audience_series,
    growth_of,
    role_spans,
    size_at,
    split_by_ownership,
    summarize,
)

Q1 = Period(date(2024, 1, 1), date(2024, 3, 31))


def audience(id_, ownership=Ownership.PERSONAL, employment_id=None, snapshots=()):
    return AudienceFacts(
        id=id_,
        name=f"A{id_}",
        platform=Platform.LINKEDIN,
        ownership=ownership,
        employment_id=employment_id,
        snapshots=tuple(snapshots),
    )


def test_size_at_takes_latest_snapshot_on_or_before():
    a = audience(1, snapshots=[(date(2024, 2, 1), 200), (date(2024, 1, 1), 100), (date(2024, 3, 1), 300)])
    assert size_at(a, date(2023, 12, 31)) is None
    assert size_at(a, date(2024, 1, 1)) == 100
    assert size_at(a, date(2024, 2, 15)) == 200
    assert size_at(a, date(2030, 1, 1)) == 300


def test_audience_without_snapshots_has_no_size_nor_growth():
    g = growth_of(audience(1), Q1)
    assert (g.start_size, g.end_size, g.growth, g.baseline_date) == (None, None, None, None)


def test_growth_is_end_minus_start():
    a = audience(1, snapshots=[(date(2023, 12, 1), 1000), (date(2024, 2, 1), 1300), (date(2024, 4, 5), 2000)])
    g = growth_of(a, Q1)
    assert (g.start_size, g.end_size, g.growth, g.baseline_date) == (1000, 1300, 300, date(2024, 1, 1))


def test_growth_counts_from_first_size_when_audience_started_in_the_period():
    a = audience(1, snapshots=[(date(2024, 2, 10), 50), (date(2024, 3, 20), 80)])
    g = growth_of(a, Q1)
    assert (g.start_size, g.end_size, g.growth, g.baseline_date) == (50, 80, 30, date(2024, 2, 10))


def test_shrinking_audience_has_negative_growth():
    a = audience(1, snapshots=[(date(2024, 1, 1), 500), (date(2024, 3, 1), 450)])
    assert growth_of(a, Q1).growth == -50


def test_split_by_ownership_adds_sizes_and_growth_and_counts_unknown():
    job = EmploymentFacts(id=7, organisation="Acme", role="Editor", start=date(2020, 1, 1))
    growths = [
        growth_of(audience(1, snapshots=[(date(2024, 1, 1), 100), (date(2024, 3, 1), 150)]), Q1),
        growth_of(audience(2, snapshots=[(date(2024, 1, 1), 10), (date(2024, 3, 1), 30)]), Q1),
        growth_of(audience(3, Ownership.EMPLOYER, 7, [(date(2023, 6, 1), 5000), (date(2024, 3, 30), 5600)]), Q1, [job]),
        growth_of(audience(4, Ownership.EMPLOYER, 7), Q1, [job]),
    ]
    split = split_by_ownership(growths)
    assert (split.personal.size, split.personal.growth, split.personal.unknown) == (180, 70, 0)
    assert (split.employer.size, split.employer.growth, split.employer.unknown) == (5600, 600, 1)
    assert (split.shared.audiences, split.shared.size, split.shared.growth) == (0, None, None)
    assert (split.total.size, split.total.growth, split.total.audiences) == (5780, 670, 4)


# A career worked out by hand: job A (owns account E) Jan–Jun 2020, two months between roles, job B from Sep.
JOB_A = EmploymentFacts(id=1, organisation="A", role="Editor", start=date(2020, 1, 1), end=date(2020, 6, 30))
JOB_B = EmploymentFacts(id=2, organisation="B", role="Lead", start=date(2020, 9, 1))
MINE = audience(1, snapshots=[(date(2019, 12, 1), 100), (date(2020, 3, 31), 160), (date(2020, 7, 31), 200),
                              (date(2020, 12, 31), 300)])
ACCOUNT = audience(2, Ownership.EMPLOYER, 1, [(date(2020, 1, 1), 1000), (date(2020, 6, 30), 1500),
                                               (date(2020, 10, 31), 9000)])  # 9000: grown by others after
YEAR = Period(date(2020, 1, 1), date(2020, 12, 31))
END_OF_2020 = date(2020, 12, 31)


def career_summary(period):
    return summarize([], [MINE, ACCOUNT], [JOB_A, JOB_B], period=period, today=END_OF_2020)


def test_role_spans_cut_the_period_into_roles_and_gaps():
    assert role_spans([JOB_A, JOB_B], YEAR) == [
        (1, Period(date(2020, 1, 1), date(2020, 6, 30))),
        (None, Period(date(2020, 7, 1), date(2020, 8, 31))),
        (2, Period(date(2020, 9, 1), date(2020, 12, 31))),
    ]
    overlapping = EmploymentFacts(id=3, organisation="C", role="Freelance", start=date(2020, 3, 1),
                                  end=date(2020, 4, 30))
    assert role_spans([JOB_A, overlapping], Period(date(2020, 1, 1), date(2020, 7, 15))) == [
        (1, Period(date(2020, 1, 1), date(2020, 2, 29))),
        (3, Period(date(2020, 3, 1), date(2020, 4, 30))),
        (1, Period(date(2020, 5, 1), date(2020, 6, 30))),
        (None, Period(date(2020, 7, 1), date(2020, 7, 15))),
    ]


def test_employer_account_counts_only_while_employed_and_is_handed_over():
    s = career_summary(YEAR)
    (account,) = [g for g in s.audiences if g.audience.id == 2]
    assert account.window == Period(date(2020, 1, 1), date(2020, 6, 30))
    assert (account.start_size, account.end_size, account.growth, account.handed_over) == (1000, 1500, 500, True)
    # at the period's end the person runs only their own audience: 300; the 9000 are not theirs
    assert (s.ownership.total.size, s.ownership.total.growth) == (300, 200 + 500)
    assert (s.ownership.employer.size, s.ownership.employer.handed_over, s.ownership.employer.handed_over_count) == (
        None, 1500, 1)
    # none held at the end: its size is none (the person ran no employer account then), not "not measured"
    assert (s.ownership.employer.held, s.ownership.employer.none_held) == (0, True)
    assert (s.ownership.total.held, s.ownership.total.none_held) == (1, False)


def test_after_the_employment_the_account_adds_nothing():
    s = career_summary(Period(date(2020, 7, 1), date(2020, 12, 31)))
    assert [g.audience.id for g in s.audiences] == [1]
    assert (s.ownership.total.size, s.ownership.total.growth) == (300, 300 - 160)
    assert (s.ownership.employer.audiences, s.ownership.employer.size, s.ownership.employer.growth) == (0, None, None)


def test_mid_job_the_account_counts_at_the_period_end():
    s = career_summary(Period(date(2020, 1, 1), date(2020, 3, 31)))
    assert (s.ownership.employer.size, s.ownership.employer.growth, s.ownership.employer.handed_over) == (1000, 0, 0)
    assert (s.ownership.personal.size, s.ownership.personal.growth) == (160, 60)


def test_roles_plus_between_roles_add_up_to_the_period():
    s = career_summary(YEAR)
    job_b, job_a = s.career
    between = s.between_roles
    # own audience: 100 → 160 while at A, 160 → 200 between roles, 200 → 300 at B
    assert (job_a.built.personal, between.built.personal, job_b.built.personal) == (60, 40, 100)
    assert job_a.built.personal + between.built.personal + job_b.built.personal == s.ownership.personal.growth
    assert (job_a.built.employer.growth, job_a.built.employer.handed_over) == (500, 1500)
    assert (job_b.built.employer.growth, between.built.employer.growth) == (None, None)
    assert between.built.spans == (Period(date(2020, 7, 1), date(2020, 8, 31)),)


def test_a_period_reaching_into_the_future_ends_today():
    s = career_summary(Period(date(2020, 10, 1), date(2021, 12, 31)))
    assert s.period == Period(date(2020, 10, 1), END_OF_2020)


def test_audience_series_at_start_and_each_month_end():
    audiences = [
        audience(1, snapshots=[(date(2024, 1, 1), 100), (date(2024, 2, 10), 150)]),
        audience(2, Ownership.EMPLOYER, 7, [(date(2024, 2, 1), 40)]),
    ]
    job = EmploymentFacts(id=7, organisation="Acme", role="Editor", start=date(2024, 1, 1), end=date(2024, 2, 29))
    points = audience_series(audiences, Q1, [job])
    # None, not 0, where nothing of that ownership counted with a size: a chart leaves a gap there
    assert [(p.day, p.personal, p.employer, p.total) for p in points] == [
        (date(2024, 1, 1), 100, None, 100),  # the employer account is first measured on 1 February
        (date(2024, 1, 31), 100, None, 100),
        (date(2024, 2, 29), 150, 40, 190),
        (date(2024, 3, 31), 150, None, 150),  # handed over at the end of February
    ]
    assert all(p.shared is None for p in points)  # no shared audience at all
