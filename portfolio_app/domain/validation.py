"""Field rules for every record, as pure functions over plain values.

Each ``check_*`` takes the full set of values a record would have after a save
and returns {field: reason}; an empty dict means valid. Reasons are marked for
translation; forms show them at the field, the CLI prints them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from portfolio_app.domain.enums import METRIC_FIELDS, ContributionKind, Ownership, Platform
from portfolio_app.domain.kinds import RecordKind
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP

Errors = dict[str, str]

MAX_INT = 2**63 - 1  # what SQLite stores in an INTEGER
MAX_LINE = 1_000  # a title or name; longer is a paste gone wrong
MAX_TEXT = 200_000  # notes, summaries, testimonial text
SAFE_URL_SCHEMES = ("http", "https", "mailto")

REQUIRED = QT_TRANSLATE_NOOP("validation", "Required.")
NOT_A_DATE = QT_TRANSLATE_NOOP("validation", "Not a valid date.")
NOT_WHOLE = QT_TRANSLATE_NOOP("validation", "Must be a whole number, or empty when unknown.")
NEGATIVE = QT_TRANSLATE_NOOP("validation", "Must not be negative.")
TOO_LARGE = QT_TRANSLATE_NOOP("validation", "Too large.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "Too long.")
CONTROL_CHARS = QT_TRANSLATE_NOOP("validation", "Contains control characters.")
END_BEFORE_START = QT_TRANSLATE_NOOP("validation", "The end date must not be before the start date.")
BAD_URL = QT_TRANSLATE_NOOP("validation", "Must be a web address starting with http:// or https:// (or mailto:).")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("validation", "Not one of the allowed choices.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("validation", "Must be a number, not negative.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("validation", "Not a field of this record.")
NEEDS_EMPLOYMENT = QT_TRANSLATE_NOOP("validation", "An employer-owned audience needs its employment.")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # line breaks and tabs allowed


def _has_control(text: str, multiline: bool) -> bool:
    # a regex scans in C; a per-character loop was the slowest step of a 100,000-post import
    return (_CONTROL_MULTILINE if multiline else _CONTROL).search(text) is not None


def text_error(value: object, *, required: bool = False, multiline: bool = False) -> str | None:
    if value is None:
        value = ""
    if not isinstance(value, str):
        return UNKNOWN_CHOICE
    if required and not value.strip():
        return REQUIRED
    if len(value) > (MAX_TEXT if multiline else MAX_LINE):
        return TOO_LONG
    if _has_control(value, multiline):
        return CONTROL_CHARS
    return None


def metric_error(value: object) -> str | None:
    """A metric is a whole number ≥ 0, or None for unknown."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return NOT_WHOLE
    if value < 0:
        return NEGATIVE
    if value > MAX_INT:
        return TOO_LARGE
    return None


def date_error(value: object, *, required: bool = False) -> str | None:
    if value is None:
        return REQUIRED if required else None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return NOT_A_DATE
    return None


def url_error(value: object) -> str | None:
    """Empty, or an address whose scheme is safe to put behind a link."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) > MAX_LINE or _has_control(value, False):
        return BAD_URL
    text = value.strip()
    if _is_plain_web_address(text):
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() not in SAFE_URL_SCHEMES:
        return BAD_URL
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return BAD_URL
    if parts.scheme.lower() == "mailto" and "@" not in parts.path:
        return BAD_URL
    return None


_HOST_FIRST = re.compile(r"^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$")


def complete_url(text: str) -> str:
    """An address typed without its scheme ("example.com/talk", "www.x.org") gets https:// in front.

    Anything else comes back as typed (stripped), for url_error to judge.
    """
    text = (text or "").strip()
    if text and "://" not in text and not text.lower().startswith("mailto:") and _HOST_FIRST.match(text):
        return "https://" + text
    return text


_WEB_PREFIXES = ("https://", "http://")
_NETLOC_END = frozenset("/?#")


def _is_plain_web_address(text: str) -> bool:
    """http(s)://host…, decided by its prefix: what urlsplit would accept, at a tenth of its cost.

    An import checks 100,000 addresses; anything unusual (brackets of an IPv6
    host, which urlsplit may refuse) goes the long way.
    """
    head = text[:8].lower()
    for prefix in _WEB_PREFIXES:
        if head.startswith(prefix):
            rest = text[len(prefix):]
            return bool(rest) and rest[0] not in _NETLOC_END and "[" not in rest and "]" not in rest
    return False


def choice_error(value: object, choices: type) -> str | None:
    try:
        choices(value)
    except ValueError:
        return UNKNOWN_CHOICE
    return None


def _period_errors(values: Mapping, start: str, end: str, errors: Errors) -> None:
    first, last = values.get(start), values.get(end)
    if start not in errors and end not in errors and first and last and last < first:
        errors[end] = END_BEFORE_START


def _collect(checks: Mapping[str, str | None]) -> Errors:
    return {field: reason for field, reason in checks.items() if reason}


def check_contribution(values: Mapping) -> Errors:
    errors = _collect(
        {
            "date": date_error(values.get("date"), required=True),
            "kind": choice_error(values.get("kind"), ContributionKind),
            "title": text_error(values.get("title"), required=True),
            "url": url_error(values.get("url")),
            "notes": text_error(values.get("notes"), multiline=True),
            "tags": text_error(values.get("tags")),
            "language": text_error(values.get("language")),
            "why_it_mattered": text_error(values.get("why_it_mattered")),
            **{name: metric_error(values.get(name)) for name in METRIC_FIELDS},
        }
    )
    return errors


def check_audience(values: Mapping) -> Errors:
    errors = _collect(
        {
            "name": text_error(values.get("name"), required=True),
            "platform": choice_error(values.get("platform"), Platform),
            "ownership": choice_error(values.get("ownership"), Ownership),
            "handle": text_error(values.get("handle")),
            "url": url_error(values.get("url")),
            "segment": text_error(values.get("segment"), multiline=True),
            "notes": text_error(values.get("notes"), multiline=True),
        }
    )
    if values.get("ownership") == Ownership.EMPLOYER and not values.get("employment_id") and "ownership" not in errors:
        errors["employment_id"] = NEEDS_EMPLOYMENT
    return errors


def check_snapshot(values: Mapping) -> Errors:
    size_error = metric_error(values.get("size"))
    if values.get("size") is None:
        size_error = REQUIRED
    return _collect({"date": date_error(values.get("date"), required=True), "size": size_error})


def check_employment(values: Mapping) -> Errors:
    errors = _collect(
        {
            "organisation": text_error(values.get("organisation"), required=True),
            "role": text_error(values.get("role")),
            "start_date": date_error(values.get("start_date"), required=True),
            "end_date": date_error(values.get("end_date")),
            "notes": text_error(values.get("notes"), multiline=True),
        }
    )
    _period_errors(values, "start_date", "end_date", errors)
    return errors


def check_campaign(values: Mapping) -> Errors:
    errors = _collect(
        {
            "name": text_error(values.get("name"), required=True),
            "objective": text_error(values.get("objective"), multiline=True),
            "start_date": date_error(values.get("start_date")),
            "end_date": date_error(values.get("end_date")),
            "target_reach": metric_error(values.get("target_reach")),
            "target_engagements": metric_error(values.get("target_engagements")),
            "outcome": text_error(values.get("outcome"), multiline=True),
        }
    )
    _period_errors(values, "start_date", "end_date", errors)
    return errors


def check_testimonial(values: Mapping) -> Errors:
    return _collect(
        {
            "author": text_error(values.get("author"), required=True),
            "author_role": text_error(values.get("author_role")),
            "author_organisation": text_error(values.get("author_organisation")),
            "text": text_error(values.get("text"), required=True, multiline=True),
            "date": date_error(values.get("date")),
        }
    )


def check_profile(values: Mapping) -> Errors:
    return _collect(
        {
            "name": text_error(values.get("name")),
            "headline": text_error(values.get("headline")),
            "email": text_error(values.get("email")),
            "phone": text_error(values.get("phone")),
            "location": text_error(values.get("location")),
            "website": url_error(values.get("website")),
            "summary": text_error(values.get("summary"), multiline=True),
        }
    )


def _rate_error(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        return NOT_A_NUMBER
    if value > 1e12:
        return TOO_LARGE
    return None


def check_value_settings(values: Mapping) -> Errors:
    errors = _collect(
        {
            "currency": text_error(values.get("currency"), required=True),
            "value_per_follower_month": _rate_error(values.get("value_per_follower_month")),
        }
    )
    cpm = values.get("cpm") or {}
    for platform, rate in cpm.items():
        reason = choice_error(platform, Platform) or _rate_error(rate)
        if reason:
            errors[f"cpm.{platform}"] = reason
    return errors


CHECKS: dict[RecordKind, Callable[[Mapping], Errors]] = {
    RecordKind.CONTRIBUTION: check_contribution,
    RecordKind.AUDIENCE: check_audience,
    RecordKind.AUDIENCE_SNAPSHOT: check_snapshot,
    RecordKind.EMPLOYMENT: check_employment,
    RecordKind.CAMPAIGN: check_campaign,
    RecordKind.TESTIMONIAL: check_testimonial,
    RecordKind.PROFILE: check_profile,
    RecordKind.VALUE_SETTINGS: check_value_settings,
}
