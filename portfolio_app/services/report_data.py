"""Everything the PDF needs, read from the database in one go.

Private contributions are left out by the queries themselves (through
``load_facts`` and the ``private`` filter below), so no later step can leak
them. Organisation names are replaced here when the user asks for anonymity,
before any figure or text reaches the layout.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import or_, select

from portfolio_app.domain.records import ContributionFacts, Period, ValueRates
from portfolio_app.domain.value import (
    audience_series,
    contributions_per_month,
    in_period,
    missing_exchange,
    summarize,
)
from portfolio_app.errors import PortfolioError
from portfolio_app.report.anonymize import Anonymizer
from portfolio_app.report.data import AudienceText, CampaignText, ProfileText, ReportData, TestimonialText
from portfolio_app.report.options import ReportOptions
from portfolio_app.report.text import without_shortcodes
from portfolio_app.report.wording import Texts
from portfolio_app.services.figures import Facts, load_facts
from portfolio_app.services.profile_and_rates import get_profile
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import Audience, Campaign, Contribution, Testimonial


def _public_links_and_reasons(db: Database, period: Period) -> tuple[dict[int, str], dict[int, str]]:
    """The links and the "why it mattered" lines of the period's public contributions, in one read."""
    c = Contribution.__table__.c
    query = select(c.id, c.url, c.why_it_mattered).where(
        c.private.is_(False), or_(c.url != "", c.why_it_mattered != ""))
    if period.start:
        query = query.where(c.date >= period.start)
    if period.end:
        query = query.where(c.date <= period.end)
    urls, why = {}, {}
    with db.engine.connect() as connection:
        for row in connection.execute(query):
            if row.url:
                urls[row.id] = row.url
            if row.why_it_mattered.strip():
                why[row.id] = row.why_it_mattered.strip()
    return urls, why


def _audience_texts(db: Database) -> dict[int, AudienceText]:
    a = Audience.__table__.c
    with db.engine.connect() as connection:
        return {
            row.id: AudienceText(row.handle or "", row.url or "", row.segment or "")
            for row in connection.execute(select(a.id, a.handle, a.url, a.segment))
        }


def _campaign_texts(db: Database) -> dict[int, CampaignText]:
    k = Campaign.__table__.c
    with db.engine.connect() as connection:
        return {
            row.id: CampaignText(row.objective or "", row.outcome or "")
            for row in connection.execute(select(k.id, k.objective, k.outcome))
        }


def _publishable_testimonials(db: Database, period: Period) -> list[TestimonialText]:
    """Only those that may be published; dated ones only when inside the period."""
    t = Testimonial.__table__.c
    query = (select(t.author, t.author_role, t.author_organisation, t.text, t.date)
             .where(t.may_publish.is_(True)).order_by(t.date, t.id))
    with db.engine.connect() as connection:
        rows = connection.execute(query).all()
    return [
        TestimonialText(row.author or "", row.author_role or "", row.text or "", row.date,
                        row.author_organisation or "")
        for row in rows
        if row.date is None or period.contains(row.date)
    ]


def _profile_text(db: Database) -> ProfileText:
    profile = get_profile(db)
    return ProfileText(
        name=profile.name or "",
        headline=profile.headline or "",
        email=profile.email or "",
        phone=profile.phone or "",
        location=profile.location or "",
        website=profile.website or "",
        summary=profile.summary or "",
    )


def _anonymize(
    anonymizer: Anonymizer,
    facts: Facts,
    profile: ProfileText,
    audience_texts: dict[int, AudienceText],
    campaign_texts: dict[int, CampaignText],
    testimonials: list[TestimonialText],
    urls: dict[int, str],
    why: dict[int, str],
):
    replace = dataclasses.replace
    text = anonymizer.text
    facts = Facts(
        contributions=tuple(c._replace(title=text(c.title)) for c in facts.contributions),
        audiences=tuple(replace(a, name=text(a.name)) for a in facts.audiences),
        employments=tuple(replace(e, organisation=anonymizer.organisation(e.organisation), role=text(e.role))
                          for e in facts.employments),
        campaigns=tuple(replace(k, name=text(k.name)) for k in facts.campaigns),
        rates=facts.rates,
    )
    # the person's own name stays: "Anna Ford" who worked at Ford is still Anna Ford
    profile = replace(
        profile,
        headline=text(profile.headline),
        summary=text(profile.summary),
        location=text(profile.location),
        email=anonymizer.url(profile.email),
        website=anonymizer.url(profile.website),
    )
    audience_texts = {
        key: AudienceText(text(v.handle) if anonymizer.url(v.handle) else "", anonymizer.url(v.url), text(v.segment))
        for key, v in audience_texts.items()
    }
    campaign_texts = {key: CampaignText(text(v.objective), text(v.outcome)) for key, v in campaign_texts.items()}
    testimonials = [TestimonialText(text(t.author), text(t.role), text(t.text), t.date,
                                    anonymizer.organisation(t.organisation)) for t in testimonials]
    urls = {key: url for key, url in urls.items() if anonymizer.url(url)}
    why = {key: text(line) for key, line in why.items()}
    return facts, profile, audience_texts, campaign_texts, testimonials, urls, why


def _anonymized_rates(rates: ValueRates, text) -> ValueRates:
    """Rate sources are the user's words too ("Zyxcorp media kit 2024") and the method page prints them."""
    return dataclasses.replace(
        rates,
        audience_rate=dataclasses.replace(rates.audience_rate, source=text(rates.audience_rate.source)),
        cpm={platform: dataclasses.replace(rate, source=text(rate.source)) for platform, rate in rates.cpm.items()},
        exchange=tuple(dataclasses.replace(rate, source=text(rate.source)) for rate in rates.exchange),
    )


def _measured_until(audiences) -> dict[str, dt.date]:
    """Per ownership, the day of the newest size snapshot: charts end there instead of drawing a flat tail."""
    last: dict[str, dt.date] = {}
    for audience in audiences:
        if audience.snapshots:
            key = audience.ownership.value
            last[key] = max(last.get(key, audience.snapshots[-1][0]), audience.snapshots[-1][0])
    return last


def refuse_currency_without_rate(rates: ValueRates, currency: str) -> None:
    """Showing estimates in ``currency`` needs an exchange rate from every rate's currency: never a relabel."""
    missing = missing_exchange(rates, currency)
    if missing:
        raise PortfolioError(
            f"money figures cannot be shown in {currency}: the rates are in {', '.join(missing)} and no exchange "
            f"rate to {currency} is set (Preferences → Value rates); leave out --currency to show them in the "
            f"rates' own currency"
        )


def load_report_data(db: Database, options: ReportOptions, *, today: dt.date | None = None) -> ReportData:
    """Read and compute what the PDF for ``options`` shows."""
    today = today or dt.date.today()
    facts = load_facts(db)  # private contributions excluded by the query
    rates = facts.rates
    if options.show_money is not None or options.currency:
        rates = dataclasses.replace(
            rates,
            show_money=rates.show_money if options.show_money is None else options.show_money,
            currency=options.currency or rates.currency,
        )
    if options.currency and options.show_money is not False:  # asked for a currency: convert or refuse
        refuse_currency_without_rate(rates, options.currency)
    profile = _profile_text(db)
    audience_texts = _audience_texts(db)
    campaign_texts = _campaign_texts(db)
    testimonials = _publishable_testimonials(db, options.period)
    urls, why = _public_links_and_reasons(db, options.period)
    # custom emoji of Mastodon (":blobcat:") are dropped from every text the PDF prints, consistently
    facts = dataclasses.replace(facts, contributions=tuple(
        c._replace(title=without_shortcodes(c.title)) if ":" in c.title else c for c in facts.contributions))
    testimonials = [dataclasses.replace(t, text=without_shortcodes(t.text)) for t in testimonials]
    why = {key: without_shortcodes(line) for key, line in why.items()}
    profile = dataclasses.replace(profile, summary=without_shortcodes(profile.summary),
                                  headline=without_shortcodes(profile.headline))
    if options.anonymize:
        texts = Texts(options.text_language)
        anonymizer = Anonymizer(facts.employments, lambda letter: texts("anon.organisation", letter=letter))
        facts, profile, audience_texts, campaign_texts, testimonials, urls, why = _anonymize(
            anonymizer, facts, profile, audience_texts, campaign_texts, testimonials, urls, why
        )
        rates = _anonymized_rates(rates, anonymizer.text)
    summary = summarize(
        facts.contributions, facts.audiences, facts.employments, facts.campaigns, rates,
        period=options.period, today=today,
    )
    chosen: tuple[ContributionFacts, ...] = tuple(in_period(facts.contributions, summary.period))
    return ReportData(
        profile=profile,
        summary=summary,
        contributions=chosen,
        urls=urls,
        audience_names={a.id: a.name for a in facts.audiences},
        audience_texts=audience_texts,
        employments={e.id: e for e in facts.employments},
        campaign_texts=campaign_texts,
        testimonials=tuple(testimonials),
        per_month=contributions_per_month(chosen, summary.period),
        audience_series=audience_series(facts.audiences, summary.period, facts.employments),
        prepared_on=today,
        anonymized=options.anonymize,
        measured_until=_measured_until(facts.audiences),
        why_it_mattered=why,
    )
