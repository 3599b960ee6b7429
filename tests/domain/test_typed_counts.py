"""Typed counts: what people write is understood, the ambiguous is refused with the readings named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portfolio_app.domain.typed_counts import AMBIGUOUS, NOT_A_COUNT, NOT_WHOLE_COUNT, read_count
from portfolio_app.domain.validation import MAX_INT, NEGATIVE, TOO_LARGE

EN = {"decimal": ".", "group": ","}
DE = {"decimal": ",", "group": "."}
FR = {"decimal": ",", "group": "\u202f"}


@pytest.mark.parametrize("typed, locale, value", [
    ("12k", EN, 12_000), ("12K", DE, 12_000), ("1.5k", EN, 1_500), ("1,5k", DE, 1_500), ("1,5k", EN, 1_500),
    ("1.5k", DE, 1_500), ("2.25M", EN, 2_250_000), ("3 Mio.", DE, 3_000_000), ("12 000", EN, 12_000),
    ("12 000", DE, 12_000), ("12\u202f000", FR, 12_000), ("12'000", EN, 12_000), ("12.000", DE, 12_000),
    ("12,000", EN, 12_000), ("1,234,567", EN, 1_234_567), ("1.234.567", EN, 1_234_567),
    ("1.234.567", DE, 1_234_567), ("16332", DE, 16_332), ("0", EN, 0), ("+15", EN, 15), ("12.0", EN, 12),
    ("1,000.00", EN, 1_000), ("  42  ", DE, 42), ("1.2k", DE, 1_200), ("7 tsd", DE, 7_000),
])
def test_what_people_type_is_understood(typed, locale, value):
    assert read_count(typed, **locale).value == value


def test_empty_is_unknown_not_zero():
    assert read_count("", **EN).value is None and read_count("", **EN).ok
    assert read_count("   ", **DE).value is None


@pytest.mark.parametrize("typed, locale, problem, details", [
    ("12.000", EN, AMBIGUOUS, ("12", "12,000")),
    ("12,000", DE, AMBIGUOUS, ("12", "12.000")),
    ("1.500k", EN, AMBIGUOUS, ("1,500", "1,500,000")),
    ("1.5", EN, NOT_WHOLE_COUNT, ("1.5",)),
    ("1,5", DE, NOT_WHOLE_COUNT, ("1,5",)),
    ("1.5", DE, NOT_WHOLE_COUNT, ("1,5",)),
    ("1.2345k", EN, NOT_WHOLE_COUNT, ("1,234.5",)),
    ("-5", EN, NEGATIVE, ()),
    ("\u22125", DE, NEGATIVE, ()),
    ("12x", EN, NOT_A_COUNT, ()),
    ("1,2,3", EN, NOT_A_COUNT, ()),
    ("12.", EN, NOT_A_COUNT, ()),
    ("k", EN, NOT_A_COUNT, ()),
    ("1 2", EN, NOT_A_COUNT, ()),
    ("٣", EN, NOT_A_COUNT, ()),
    (str(MAX_INT + 1), EN, TOO_LARGE, ()),
])
def test_what_cannot_be_a_count_says_why(typed, locale, problem, details):
    reading = read_count(typed, **locale)
    assert (reading.value, reading.problem, reading.details) == (None, problem, details)


def test_the_largest_sqlite_integer_is_accepted():
    assert read_count(f"{MAX_INT:,}", **EN).value == MAX_INT


counts = st.integers(min_value=0, max_value=MAX_INT)


@given(counts)
def test_a_number_written_the_way_the_locale_writes_it_reads_back(n):
    assert read_count(str(n), **EN).value == n
    assert read_count(str(n), **DE).value == n
    assert read_count(f"{n:,}", **EN).value == n
    assert read_count(f"{n:,}".replace(",", "."), **DE).value == n
    assert read_count(f"{n:,}".replace(",", " "), **DE).value == n
    assert read_count(f"{n:,}".replace(",", "\u202f"), **FR).value == n


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([("k", 1_000), ("M", 1_000_000)]))
def test_a_suffix_multiplies(n, suffix):
    letter, factor = suffix
    assert read_count(f"{n}{letter}", **EN).value == n * factor
    assert read_count(f"{n} {letter}", **DE).value == n * factor


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=9))
def test_one_decimal_with_k_reads_in_either_convention(whole, tenth):
    expected = whole * 1000 + tenth * 100
    assert read_count(f"{whole}.{tenth}k", **EN).value == expected
    assert read_count(f"{whole},{tenth}k", **DE).value == expected
    assert read_count(f"{whole},{tenth}k", **EN).value == expected  # a comma cannot group a single digit


@given(st.text(max_size=30), st.sampled_from([EN, DE, FR]))
def test_any_text_gives_a_count_or_a_reason(text, locale):
    reading = read_count(text, **locale)
    assert reading.ok == (reading.problem == "")
    if reading.ok and reading.value is not None:
        assert 0 <= reading.value <= MAX_INT
    if not reading.ok:
        assert reading.value is None


# addresses typed without a scheme -------------------------------------------------------------------------
from portfolio_app.domain.validation import complete_url, url_error  # noqa: E402


@pytest.mark.parametrize("typed, completed", [
    ("example.com", "https://example.com"),
    ("www.example.com/talks/2024?x=1#top", "https://www.example.com/talks/2024?x=1#top"),
    ("blog.example.co.uk:8080/a", "https://blog.example.co.uk:8080/a"),
    ("  example.com/a  ", "https://example.com/a"),
    ("http://example.com", "http://example.com"),
    ("mailto:me@example.com", "mailto:me@example.com"),
    ("javascript:alert(1)", "javascript:alert(1)"),
    ("not a url", "not a url"),
    ("localhost", "localhost"),
    ("", ""),
])
def test_an_address_without_scheme_gets_https(typed, completed):
    assert complete_url(typed) == completed


@given(st.text(max_size=40))
def test_a_completed_address_is_safe_or_refused(text):
    completed = complete_url(text)
    if completed.startswith("https://") and not text.strip().startswith("https://"):
        assert url_error(completed) is None


# figures that are allowed but doubted ---------------------------------------------------------------------
from portfolio_app.domain.plausibility import (  # noqa: E402
    MORE_INTERACTIONS_THAN_IMPRESSIONS,
    MORE_INTERACTIONS_THAN_REACH,
    REACH_ABOVE_IMPRESSIONS,
    SIZE_DROP,
    SIZE_JUMP,
    contribution_warnings,
    size_warnings,
)


def test_interactions_above_impressions_are_doubted_at_the_largest_interaction():
    doubts = contribution_warnings({"impressions": 100, "reactions": 90, "comments": 20, "shares": None})
    assert list(doubts) == ["reactions"]
    assert (doubts["reactions"].template, doubts["reactions"].numbers) == (MORE_INTERACTIONS_THAN_IMPRESSIONS, (110, 100))
    assert contribution_warnings({"reach": 15, "reactions": 1_000_000})["reactions"].template == MORE_INTERACTIONS_THAN_REACH
    assert contribution_warnings({"impressions": 10, "reach": 11})["reach"].template == REACH_ABOVE_IMPRESSIONS
    assert contribution_warnings({"impressions": None, "reach": None, "reactions": 5}) == {}
    assert contribution_warnings({"impressions": 100, "reactions": "12x"}) == {}


def test_a_fall_of_99_percent_or_a_hundredfold_rise_is_doubted_in_date_order():
    rows = [(D(2024, 3, 1), 12), (D(2024, 1, 1), 16_332), (D(2024, 5, 1), 13_000), (D(2024, 6, 1), None)]
    doubts = size_warnings(rows)
    assert {i: (d.template, d.numbers) for i, d in doubts.items()} == {0: (SIZE_DROP, (16_332,)), 2: (SIZE_JUMP, (12,))}
    assert size_warnings([(D(2024, 1, 1), 1000), (D(2024, 2, 1), 11)]) == {}  # 98.9 % down: fine
    assert size_warnings([(D(2024, 1, 1), 0), (D(2024, 2, 1), 50)]) == {}


import datetime as _dt  # noqa: E402

D = _dt.date
