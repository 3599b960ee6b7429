"""The PDF's words exist in both languages; numbers and dates follow the locale."""

import string
from datetime import date

import pytest

from portfolio_app.domain.enums import ContributionKind, Ownership, Platform
from portfolio_app.report.formatting import Formatter, parse_locale
from portfolio_app.report.wording import TEXTS, Texts


def fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_has_both_languages_with_the_same_placeholders(key):
    english, german = TEXTS[key]
    assert english.strip() and german.strip()
    assert fields(english) == fields(german)


def test_german_is_german():
    texts = Texts("de")
    assert texts("section.summary") == "Zusammenfassung"
    assert texts("footer.page", page=2, pages=9) == "Seite 2 von 9"
    assert texts.kind(ContributionKind.TALK) == "Vortrag"
    assert texts.platform(Platform.LINKEDIN) == "LinkedIn"
    assert texts.platform(None) == "kein Kanal"
    assert texts.ownership(Ownership.EMPLOYER) == "Arbeitgeber"
    with pytest.raises(ValueError):
        Texts("fr")


@pytest.mark.parametrize(
    "locale, integer, decimal, percent",
    [
        ("en", "1,234,567", "1,234.5", "4.2%"),
        ("en_GB", "1,234,567", "1,234.5", "4.2%"),
        ("de", "1.234.567", "1.234,5", "4,2\u00a0%"),
        ("de_DE", "1.234.567", "1.234,5", "4,2\u00a0%"),
        ("de_CH", "1’234’567", "1’234.5", "4.2\u00a0%"),
        ("de-at", "1.234.567", "1.234,5", "4,2\u00a0%"),
    ],
)
def test_numbers_per_locale(locale, integer, decimal, percent):
    f = Formatter(locale)
    assert f.integer(1234567) == integer
    assert f.decimal(1234.5) == decimal
    assert f.percent(0.042) == percent


def test_small_negative_unknown_and_signed():
    f = Formatter("en")
    assert f.integer(0) == "0"
    assert f.integer(999) == "999"
    assert f.integer(-1500) == "−1,500"
    assert f.integer(None) == "–"
    assert f.signed(25) == "+25" and f.signed(-3) == "−3" and f.signed(0) == "0"
    assert f.percent(None) == "–"
    assert f.decimal(-0.01, 1) == "0.0"


def test_compact_and_money():
    assert Formatter("en").compact(987_654) == "987,654"
    assert Formatter("en").compact(1_250_000) == "1.3\u00a0M"
    assert Formatter("de").compact(1_250_000) == "1,3\u00a0Mio."
    assert Formatter("en").money(1234.56, "EUR") == "EUR\u00a01,235"
    assert Formatter("de").money(1234.56, "EUR") == "1.235\u00a0EUR"
    assert Formatter("de_CH").money(1234.56, "CHF") == "CHF\u00a01’235"
    # tiles abbreviate money by the same rule as every other figure
    assert Formatter("en").money(11_597_120.4, "EUR", compact=True) == "EUR\u00a011.6\u00a0M"
    assert Formatter("de").money(16_567.4, "EUR", compact=True) == "16.567\u00a0EUR"


def test_dates():
    en, de = Formatter("en"), Formatter("de")
    day = date(2024, 3, 5)
    assert en.date(day) == "5 March 2024"
    assert de.date(day) == "5. März 2024"
    assert de.month(day) == "März 2024"
    assert en.period(date(2018, 3, 1), date(2026, 9, 30)) == "Mar 2018 – Sep 2026"
    assert en.period(date(2024, 3, 1), date(2024, 3, 31)) == "Mar 2024"
    assert de.period(date(2024, 3, 1), None, "heute") == "März 2024 – heute"
    assert en.short_date(day) == "5 Mar 2024"
    assert de.short_date(date(2024, 9, 30)) == "30. Sept. 2024"
    assert [de.month_name(date(2024, m, 1)) for m in (3, 6, 7)] == ["März", "Juni", "Juli"]


@pytest.mark.parametrize("bad", ["fr", "english", "de_", "", "de_CHE"])
def test_unsupported_locales_are_refused(bad):
    with pytest.raises(ValueError):
        parse_locale(bad)
