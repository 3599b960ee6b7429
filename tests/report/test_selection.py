"""The appendix's selection: featured plus the strongest per employment or year, replies left out."""

from datetime import date

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.records import ContributionFacts, EmploymentFacts
from portfolio_app.report.selection import AppendixMode, select_work

JOB = EmploymentFacts(7, "Acme", "Writer", date(2020, 1, 1), None)


def post(ident, day, reach=None, kind=ContributionKind.POST, featured=False, employment=7, reactions=None):
    return ContributionFacts(ident, day, kind, employment_id=employment, reach=reach, featured=featured,
                             reactions=reactions, title=f"#{ident}")


def test_featured_plus_strongest_per_group_without_answers_or_unmeasured():
    items = [post(i, date(2021, 1, i), reach=100 * i) for i in range(1, 9)]
    items += [post(20, date(2021, 2, 1), reach=10_000, kind=ContributionKind.ANSWER),  # a reply: never by strength
              post(21, date(2021, 2, 2), featured=True),  # featured without figures: chosen by the person
              post(22, date(2021, 2, 3))]  # no figure at all: nothing to rank it by
    (group,) = select_work(items, {7: JOB}, per_group=3)
    assert [c.id for c in group.listed] == [21, 8, 7, 6]  # newest first
    assert group.contributions == 11 and group.reach == sum(100 * i for i in range(1, 9)) + 10_000
    assert group.employment == JOB and group.year is None


def test_contributions_without_employment_group_by_year_newest_group_first():
    items = [post(1, date(2019, 5, 1), reach=5, employment=None), post(2, date(2023, 5, 1), reach=5, employment=None),
             post(3, date(2021, 5, 1), reactions=4)]
    groups = select_work(items, {7: JOB})
    assert [(g.year, g.employment and g.employment.id) for g in groups] == [(2023, None), (None, 7), (2019, None)]
    assert groups[1].reach is None and groups[1].engagements == 4  # unknown stays unknown


def test_full_lists_everything_and_none_nothing():
    items = [post(1, date(2021, 1, 1), kind=ContributionKind.ANSWER), post(2, date(2021, 1, 2))]
    assert [c.id for c in select_work(items, {7: JOB}, AppendixMode.FULL)[0].listed] == [2, 1]
    assert select_work(items, {7: JOB}, AppendixMode.NONE) == ()
    assert select_work(items, {7: JOB}) == ()  # no featured, nothing measured: no empty group


def test_proof_points_only_from_measured_figures():
    from portfolio_app.domain.value import summarize
    from portfolio_app.report.formatting import Formatter
    from portfolio_app.report.wording import Texts
    from portfolio_app.report.proof_points import proof_points

    fmt, texts = Formatter("en"), Texts("en")
    unmeasured = summarize([post(1, date(2021, 1, 1))], today=date(2022, 1, 1))
    assert proof_points(unmeasured, fmt, texts) == []  # nothing measured: nothing claimed
    measured = summarize([post(1, date(2021, 1, 1), reach=1200, reactions=30),
                          post(2, date(2021, 2, 1), reach=800)], today=date(2022, 1, 1))
    points = proof_points(measured, fmt, texts)
    assert [p.key for p in points] == ["reach", "strongest"]  # no audiences, no campaigns, no impressions
    assert points[0].value == "2,000" and "2 contributions" in points[0].words
    assert points[1].value == "1,200" and "“#1”" in points[1].words
