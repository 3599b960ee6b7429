"""Create, edit, validate, delete and undo through the services, on a real file."""

from __future__ import annotations

import datetime as dt

import pytest

from portfolio_app.domain.records import ExchangeRate, Rate, ValueRates
from portfolio_app.errors import HasDependents, NotFound, ValidationError
from portfolio_app.services import records
from portfolio_app.services.profile_and_rates import get_profile, get_value_rates, save_profile, save_value_rates

D = dt.date


def _employment(db, **extra):
    return records.employments.create(db, {"organisation": "Northwind", "role": "Writer", "start_date": D(2020, 1, 1), **extra})


def _audience(db, **extra):
    return records.audiences.create(db, {"name": "LinkedIn", "platform": "linkedin", "ownership": "personal", **extra})


def _contribution(db, **extra):
    return records.contributions.create(db, {"date": D(2024, 5, 1), "kind": "post", "title": "Hello", **extra})


def test_every_concept_round_trips(db):
    job = _employment(db)
    audience = _audience(db, handle="in/alex")
    campaign = records.campaigns.create(db, {"name": "Launch", "employment_id": job.id, "target_reach": 5000,
                                              "start_date": D(2024, 1, 1), "end_date": D(2024, 3, 1)})
    post = _contribution(db, audience_id=audience.id, campaign_id=campaign.id, employment_id=job.id,
                         impressions=1000, reach=None, url="https://example.com/p")
    snap = records.snapshots.create(db, {"audience_id": audience.id, "date": D(2024, 1, 1), "size": 120})
    quote = records.testimonials.create(db, {"author": "Maria", "text": "Great work", "contribution_id": post.id})
    for service, record in [(records.employments, job), (records.audiences, audience), (records.campaigns, campaign),
                            (records.contributions, post), (records.snapshots, snap), (records.testimonials, quote)]:
        again = service.get(db, record.id)
        assert again.model_dump() == record.model_dump()
    assert records.contributions.get(db, post.id).reach is None


def test_update_changes_only_what_was_given_and_stamps_time(db):
    from sqlalchemy import update

    from portfolio_app.storage.models import Contribution

    post = _contribution(db, impressions=10)
    long_ago = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with db.session() as session:  # as if last saved years ago: an update without a stamp would keep this
        session.execute(update(Contribution).where(Contribution.id == post.id).values(updated_at=long_ago))
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    updated = records.contributions.update(db, post.id, {"title": "Changed", "reactions": 3})
    assert (updated.title, updated.impressions, updated.reactions) == ("Changed", 10, 3)
    stamped = records.contributions.get(db, post.id).updated_at
    stamped = stamped if stamped.tzinfo else stamped.replace(tzinfo=dt.UTC)  # SQLite hands it back without a zone
    assert stamped > long_ago and stamped >= before


@pytest.mark.parametrize(
    "values, field",
    [
        ({"title": ""}, "title"),
        ({"impressions": -1}, "impressions"),
        ({"reach": 2**63}, "reach"),
        ({"shares": 1.5}, "shares"),
        ({"kind": "tweetstorm"}, "kind"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "file:///etc/passwd"}, "url"),
        ({"title": "a\x00b"}, "title"),
        ({"title": "x" * 10_000}, "title"),
        ({"date": "2024-01-01"}, "date"),
        ({"audience_id": 4242}, "audience_id"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_invalid_contribution_names_the_field_and_saves_nothing(db, values, field):
    with pytest.raises(ValidationError) as refused:
        _contribution(db, **values)
    assert field in refused.value.errors
    assert records.contributions.count(db) == 0


def test_end_before_start_is_a_field_error(db):
    with pytest.raises(ValidationError) as refused:
        _employment(db, end_date=D(2019, 1, 1))
    assert list(refused.value.errors) == ["end_date"]


def test_employer_owned_audience_needs_its_employment(db):
    with pytest.raises(ValidationError) as refused:
        _audience(db, ownership="employer")
    assert "employment_id" in refused.value.errors


def test_unicode_and_rtl_text_are_kept_exactly(db):
    title = "Ünïcödé 𝗯𝗼𝗹𝗱 🎉 שלום עולם 日本語"
    post = _contribution(db, title=title, notes="line 1\nline 2\ttab")
    assert records.contributions.get(db, post.id).title == title


def test_deleting_a_campaign_with_contributions_asks_then_detaches_and_undo_restores(db):
    campaign = records.campaigns.create(db, {"name": "Launch"})
    posts = [_contribution(db, campaign_id=campaign.id, title=f"p{i}") for i in range(3)]
    with pytest.raises(HasDependents) as refused:
        records.campaigns.delete(db, [campaign.id])
    assert refused.value.count == 3
    assert records.campaigns.count(db) == 1
    deleted = records.campaigns.delete(db, [campaign.id], detach=True)
    assert records.campaigns.count(db) == 0
    assert records.contributions.count(db) == 3
    assert all(records.contributions.get(db, p.id).campaign_id is None for p in posts)
    records.campaigns.restore(db, deleted)
    assert records.campaigns.get(db, campaign.id).name == "Launch"
    assert all(records.contributions.get(db, p.id).campaign_id == campaign.id for p in posts)


def test_deleting_an_audience_undo_brings_back_its_size_history(db):
    audience = _audience(db)
    for month in (1, 2, 3):
        records.snapshots.create(db, {"audience_id": audience.id, "date": D(2024, month, 1), "size": month * 10})
    deleted = records.audiences.delete(db, [audience.id])
    assert records.snapshots.count(db) == 0
    records.audiences.restore(db, deleted)
    assert [s.size for s in records.snapshots.list(db, audience_id=audience.id)] == [10, 20, 30]


def test_deleting_contributions_and_undo(db):
    posts = [_contribution(db, title=f"p{i}") for i in range(5)]
    deleted = records.contributions.delete(db, [p.id for p in posts[:3]])
    assert deleted.count == 3 and records.contributions.count(db) == 2
    records.contributions.restore(db, deleted)
    assert sorted(p.title for p in records.contributions.list(db)) == ["p0", "p1", "p2", "p3", "p4"]


def test_missing_records_are_reported(db):
    with pytest.raises(NotFound):
        records.contributions.get(db, 99)
    with pytest.raises(NotFound):
        records.contributions.update(db, 99, {"title": "x"})
    with pytest.raises(NotFound):
        records.contributions.delete(db, [99])


def test_list_sorts_and_filters(db):
    job = _employment(db)
    _contribution(db, title="b", date=D(2024, 2, 1), employment_id=job.id)
    _contribution(db, title="a", date=D(2024, 3, 1))
    assert [p.title for p in records.contributions.list(db, order_by="title")] == ["a", "b"]
    assert [p.title for p in records.contributions.list(db, order_by="date", descending=True)] == ["a", "b"]
    assert [p.title for p in records.contributions.list(db, employment_id=job.id)] == ["b"]


def test_profile_and_value_settings(db):
    assert get_profile(db).name == ""
    save_profile(db, {"name": "Jana Köhler", "website": "https://jana.example"})
    assert get_profile(db).name == "Jana Köhler"
    with pytest.raises(ValidationError) as refused:
        save_profile(db, {"website": "javascript:alert(1)"})
    assert "website" in refused.value.errors
    rates = get_value_rates(db)
    # a new database: money off; every default rate has an amount, a currency, a source and a date
    assert rates.show_money is False and rates.cpm["linkedin"].amount > 0
    assert all(rate.currency and rate.source and rate.date for rate in [*rates.cpm.values(), rates.audience_rate])
    assert "PhoneDog" in rates.audience_rate.source and rates.audience_rate.currency == "USD"
    mine = Rate(4.5, "CHF", "media kit of X, Zurich", D(2024, 5, 1))
    exchange = (ExchangeRate("USD", "CHF", 0.88, "my bank", D(2024, 5, 2)),)
    saved = save_value_rates(db, ValueRates(currency="CHF", show_money=True, cpm={**rates.cpm, "x": mine},
                                            exchange=exchange))
    assert (saved.currency, saved.show_money, saved.cpm["x"], saved.exchange) == ("CHF", True, mine, exchange)
    assert saved.audience_rate == rates.audience_rate
    with pytest.raises(ValidationError):
        save_value_rates(db, ValueRates(cpm={"x": Rate(-1.0, "USD")}))


def test_value_settings_of_earlier_versions_are_read_with_their_currency(db):
    from portfolio_app.storage.models import ValueSettings

    with db.session() as session:
        session.add(ValueSettings(id=1, currency="EUR", show_money=True, value_per_follower_month=2.5,
                                  cpm_json='{"linkedin": 12.0}'))
    rates = get_value_rates(db)
    assert (rates.cpm["linkedin"].amount, rates.cpm["linkedin"].currency) == (12.0, "EUR")
    assert rates.audience_rate.currency == "USD"  # 2.50 was the PhoneDog figure, in USD


def test_list_text_and_period_filters_for_small_tables(db):
    records.campaigns.create(db, {"name": "Launch 100% API", "start_date": D(2024, 1, 1)})
    records.campaigns.create(db, {"name": "Hiring", "objective": "find a launch_team", "start_date": D(2022, 1, 1)})
    assert [c.name for c in records.campaigns.list(db, text="launch")] == ["Hiring", "Launch 100% API"]
    assert [c.name for c in records.campaigns.list(db, text="100%")] == ["Launch 100% API"]
    assert [c.name for c in records.campaigns.list(db, text="launch_")] == ["Hiring"]
    assert [c.name for c in records.campaigns.list(db, start=D(2023, 1, 1))] == ["Launch 100% API"]
    assert [c.name for c in records.campaigns.list(db, end=D(2023, 1, 1))] == ["Hiring"]
