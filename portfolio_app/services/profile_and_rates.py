"""The one-row records: the profile and the value settings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

from portfolio_app.domain.records import (  # the sources live with the rates; re-exported for callers here
    DEFAULT_CPM_SOURCE,
    LEGACY_SOURCE,
    PHONEDOG_RATE,
    USER_SOURCE,
    ExchangeRate,
    Rate,
    ValueRates,
)
from portfolio_app.domain.validation import UNKNOWN_FIELD, check_profile, check_value_settings
from portfolio_app.errors import ValidationError
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import Profile, ValueSettings

SINGLE_ID = 1

DEFAULT_CPM_DATE = dt.date(2026, 11, 1)
# CPM in USD per 1,000 impressions
DEFAULT_CPM_AMOUNTS = {
    "linkedin": 30.0,
    "x": 6.0,
    "mastodon": 3.0,
    "bluesky": 3.0,
    "instagram": 8.0,
    "youtube": 10.0,
    "tiktok": 10.0,
    "facebook": 9.0,
    "blog": 5.0,
    "newsletter": 40.0,
    "podcast": 25.0,
    "intranet": 0.0,
    "community": 5.0,
    "offline": 0.0,
}
DEFAULT_CPM = {
    platform: Rate(amount, "USD", DEFAULT_CPM_SOURCE, DEFAULT_CPM_DATE)
    for platform, amount in DEFAULT_CPM_AMOUNTS.items()
}


def get_profile(db: Database) -> Profile:
    with db.session() as session:
        return session.get(Profile, SINGLE_ID) or Profile(id=SINGLE_ID)


def save_profile(db: Database, values: Mapping) -> Profile:
    unknown = set(values) - set(Profile.model_fields) - {"id"}
    errors = check_profile(values) | {name: UNKNOWN_FIELD for name in unknown}
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        profile = session.get(Profile, SINGLE_ID) or Profile(id=SINGLE_ID)
        for name, value in values.items():
            if name != "id":
                setattr(profile, name, value)
        session.add(profile)
    return profile


def _rate(data: Mapping) -> Rate:
    day = data.get("date")
    return Rate(float(data["amount"]), str(data["currency"]), str(data.get("source") or ""),
                dt.date.fromisoformat(day) if day else None)


def _rate_data(rate: Rate) -> dict:
    return {"amount": rate.amount, "currency": rate.currency, "source": rate.source,
            "date": rate.date.isoformat() if rate.date else None}


def _read_rates(settings: ValueSettings) -> ValueRates:
    """The stored rates: ``cpm_json`` holds {"cpm": …, "audience": …, "exchange": […]}.

    Older files hold a flat {platform: amount} there, with amounts in the
    currency of the settings and the follower value in its own column.
    """
    document = json.loads(settings.cpm_json or "{}")
    if isinstance(document.get("cpm"), dict):
        cpm = {**DEFAULT_CPM, **{p: _rate(r) for p, r in document["cpm"].items()}}
        audience = _rate(document["audience"]) if "audience" in document else PHONEDOG_RATE
        exchange = tuple(
            ExchangeRate(e["from"], e["to"], float(e["factor"]), e.get("source") or "",
                         dt.date.fromisoformat(e["date"]) if e.get("date") else None)
            for e in document.get("exchange", ())
        )
        return ValueRates(settings.currency, settings.show_money, audience, cpm, exchange)
    cpm = {**DEFAULT_CPM, **{p: Rate(float(a), settings.currency, LEGACY_SOURCE) for p, a in document.items()}}
    if settings.value_per_follower_month == PHONEDOG_RATE.amount:
        audience = PHONEDOG_RATE
    else:
        audience = Rate(settings.value_per_follower_month, settings.currency, LEGACY_SOURCE)
    return ValueRates(settings.currency, settings.show_money, audience, cpm)


def get_value_rates(db: Database) -> ValueRates:
    """The value settings; a database that never saved any has money off and the default rates."""
    with db.session() as session:
        settings = session.get(ValueSettings, SINGLE_ID)
    if settings is None:
        return ValueRates(cpm=dict(DEFAULT_CPM))
    return _read_rates(settings)


def save_value_rates(db: Database, rates: ValueRates) -> ValueRates:
    values = {
        "currency": rates.currency,
        "value_per_follower_month": rates.audience_rate.amount,
        "cpm": {platform: rate.amount for platform, rate in rates.cpm.items()},
    }
    errors = check_value_settings(values)
    if errors:
        raise ValidationError(errors)
    document = {
        "cpm": {platform: _rate_data(rate) for platform, rate in sorted(rates.cpm.items())},
        "audience": _rate_data(rates.audience_rate),
        "exchange": [
            {"from": e.from_currency, "to": e.to_currency, "factor": e.factor, "source": e.source,
             "date": e.date.isoformat() if e.date else None}
            for e in rates.exchange
        ],
    }
    with db.session() as session:
        settings = session.get(ValueSettings, SINGLE_ID) or ValueSettings(id=SINGLE_ID)
        settings.currency = rates.currency.strip()
        settings.show_money = bool(rates.show_money)
        settings.value_per_follower_month = float(rates.audience_rate.amount)
        settings.cpm_json = json.dumps(document, sort_keys=True)
        session.add(settings)
    return get_value_rates(db)




def with_amounts(
    current: ValueRates,
    *,
    currency: str,
    show_money: bool,
    follower_value: float,
    cpm: Mapping[str, float],
    today: dt.date | None = None,
) -> ValueRates:
    """``current`` with amounts as a form shows them: a changed amount keeps its rate's currency and
    becomes the user's own (source "set by you", dated today); an unchanged one keeps its source and date."""
    today = today or dt.date.today()

    def updated(rate: Rate | None, amount: float, fallback_currency: str) -> Rate:
        if rate is not None and rate.amount == amount:
            return rate
        return Rate(float(amount), rate.currency if rate else fallback_currency, USER_SOURCE, today)

    return ValueRates(
        currency=currency,
        show_money=show_money,
        audience_rate=updated(current.audience_rate, follower_value, current.audience_rate.currency),
        cpm={platform: updated(current.cpm.get(platform), amount, currency) for platform, amount in cpm.items()},
        exchange=current.exchange,
    )
