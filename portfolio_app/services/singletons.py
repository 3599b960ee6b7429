"""The one-row records: the profile and the value settings."""

from __future__ import annotations

import json
from collections.abc import Mapping

from portfolio_app.domain.records import ValueRates
from portfolio_app.domain.validation import UNKNOWN_FIELD, check_profile, check_value_settings
from portfolio_app.errors import ValidationError
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import Profile, ValueSettings

SINGLE_ID = 1

# CPM in the currency per 1,000 impressions; plain starting points the user is meant to adjust
DEFAULT_CPM = {
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


def get_value_rates(db: Database) -> ValueRates:
    with db.session() as session:
        settings = session.get(ValueSettings, SINGLE_ID)
    if settings is None:
        return ValueRates(cpm=dict(DEFAULT_CPM))
    return ValueRates(
        currency=settings.currency,
        show_money=settings.show_money,
        value_per_follower_month=settings.value_per_follower_month,
        cpm={**DEFAULT_CPM, **json.loads(settings.cpm_json or "{}")},
    )


def save_value_rates(db: Database, rates: ValueRates) -> ValueRates:
    values = {
        "currency": rates.currency,
        "value_per_follower_month": rates.value_per_follower_month,
        "cpm": rates.cpm,
    }
    errors = check_value_settings(values)
    if errors:
        raise ValidationError(errors)
    with db.session() as session:
        settings = session.get(ValueSettings, SINGLE_ID) or ValueSettings(id=SINGLE_ID)
        settings.currency = rates.currency.strip()
        settings.show_money = bool(rates.show_money)
        settings.value_per_follower_month = float(rates.value_per_follower_month)
        settings.cpm_json = json.dumps(dict(rates.cpm), sort_keys=True)
        session.add(settings)
    return get_value_rates(db)
