"""Audience size, growth and the personal / employer split, worked out by hand."""

from datetime import date

from portfolio_app.domain.enums import Ownership, Platform
from portfolio_app.domain.records import AudienceFacts, EmploymentFacts, Period
from portfolio_app.domain.value import (
    audience_series,
    growth_of,
    reach_built_during,
    size_at,
    split_by_ownership,
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
    growths = [
        growth_of(audience(1, snapshots=[(date(2024, 1, 1), 100), (date(2024, 3, 1), 150)]), Q1),
        growth_of(audience(2, snapshots=[(date(2024, 1, 1), 10), (date(2024, 3, 1), 30)]), Q1),
        growth_of(audience(3, Ownership.EMPLOYER, 7, [(date(2023, 6, 1), 5000), (date(2024, 3, 30), 5600)]), Q1),
        growth_of(audience(4, Ownership.EMPLOYER, 7), Q1),
    ]
    split = split_by_ownership(growths)
    assert (split.personal.size, split.personal.growth, split.personal.unknown) == (180, 70, 0)
    assert (split.employer.size, split.employer.growth, split.employer.unknown) == (5600, 600, 1)
    assert (split.shared.audiences, split.shared.size) == (0, 0)
    assert (split.total.size, split.total.growth, split.total.audiences) == (5780, 670, 4)


def test_reach_built_while_at_an_employer():
    job = EmploymentFacts(id=7, organisation="Acme", role="Head of Comms", start=date(2024, 2, 1), end=None)
    other = EmploymentFacts(id=8, organisation="Old", role="Writer", start=date(2020, 1, 1), end=date(2023, 12, 31))
    audiences = [
        audience(1, snapshots=[(date(2024, 1, 1), 100), (date(2024, 3, 31), 400)]),
        audience(2, Ownership.EMPLOYER, 7, [(date(2024, 1, 15), 1000), (date(2024, 3, 15), 1900)]),
        audience(3, Ownership.EMPLOYER, 8, [(date(2024, 1, 1), 9), (date(2024, 3, 1), 99)]),  # not Acme's
    ]
    built = reach_built_during(job, audiences, Q1)
    assert built.span == Period(date(2024, 2, 1), date(2024, 3, 31))
    assert (built.personal.growth, built.employer.growth, built.growth) == (300, 900, 1200)
    assert built.employer.audiences == 1
    assert reach_built_during(other, audiences, Q1) is None


def test_audience_series_at_start_and_each_month_end():
    audiences = [
        audience(1, snapshots=[(date(2024, 1, 1), 100), (date(2024, 2, 10), 150)]),
        audience(2, Ownership.EMPLOYER, 7, [(date(2024, 3, 1), 40)]),
    ]
    points = audience_series(audiences, Q1)
    assert [(p.day, p.personal, p.employer, p.total) for p in points] == [
        (date(2024, 1, 1), 100, 0, 100),
        (date(2024, 1, 31), 100, 0, 100),
        (date(2024, 2, 29), 150, 0, 150),
        (date(2024, 3, 31), 150, 40, 190),
    ]
