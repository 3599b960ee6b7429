"""Method: how every figure was computed, with the counts behind it and the rates used.

Set in small type under small headings: a reader who checks a figure finds it, one who does not loses
little room to it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph, Table

from portfolio_app.domain.enums import Platform
from portfolio_app.domain.records import DEFAULT_CPM_SOURCE, LEGACY_SOURCE, PHONEDOG_RATE, USER_SOURCE
from portfolio_app.domain.value import Amount, AudienceValue, exchange_factor
from portfolio_app.report.blocks import Context, data_table_style
from portfolio_app.report.sections.common import money_text

# sources the app writes, printed in the report's language and for its reader ("set by you" is the author)
_OWN_SOURCES = {DEFAULT_CPM_SOURCE: "default", USER_SOURCE: "user", LEGACY_SOURCE: "legacy",
                PHONEDOG_RATE.source: "phonedog"}


def _rate_row(ctx: Context, label: str, amount: str, source: str, day) -> list:
    styles = ctx.styles
    if source in _OWN_SOURCES:
        source = ctx.texts(f"method.rates.source.{_OWN_SOURCES[source]}")
    return [Paragraph(escape(label), styles.cell), Paragraph(escape(amount), styles.cell_right),
            Paragraph(escape(source), styles.cell), Paragraph(escape(ctx.fmt.short_date(day)), styles.cell)]


def _rates_table(ctx: Context) -> Table:
    """Every rate behind a money figure: amount with its currency, where it comes from and when."""
    texts, fmt, styles, rates = ctx.texts, ctx.fmt, ctx.styles, ctx.data.summary.rates
    used = {platform for platform, _ in ctx.data.summary.by_channel if platform is not None}
    rows = [[Paragraph(escape(texts(key)), styles.cell_head) for key in
             ("method.rates.rate", "method.rates.amount", "method.rates.source", "method.rates.date")]]
    for platform in Platform:
        rate = rates.cpm.get(platform.value)
        if platform in used and rate is not None:
            rows.append(_rate_row(ctx, texts("method.rates.cpm", platform=texts.platform(platform)),
                                  f"{fmt.decimal(rate.amount, 2)} {rate.currency}", rate.source, rate.date))
    audience = rates.audience_rate
    rows.append(_rate_row(ctx, texts("method.rates.follower"), f"{fmt.decimal(audience.amount, 2)} {audience.currency}",
                          audience.source, audience.date))
    for exchange in rates.exchange:
        rows.append(_rate_row(ctx, texts("method.rates.exchange", from_currency=exchange.from_currency,
                                         to_currency=exchange.to_currency),
                              f"{fmt.decimal(exchange.factor, 4)} {exchange.to_currency}", exchange.source,
                              exchange.date))
    w = ctx.width
    table = Table(rows, colWidths=[w * 0.24, w * 0.14, w * 0.48, w * 0.14], repeatRows=1, hAlign="LEFT")
    table.setStyle(data_table_style(len(rows)))
    return table


def _audience_amount(ctx: Context, value: AudienceValue) -> str:
    """The product in the rate's currency, and where it was converted, the converted amount with its factor:
    a reader multiplying followers by the rate finds the first number."""
    rates, fmt = ctx.data.summary.rates, ctx.fmt
    rate = rates.audience_rate
    assert value.amount is not None and value.followers is not None
    product = money_text(ctx, (Amount(value.followers * rate.amount, rate.currency),))
    if value.amount.currency == rate.currency:
        return product
    factor = exchange_factor(rates, rate.currency, value.amount.currency)
    return f"{product} = " + ctx.texts("method.audience_value.converted", amount=money_text(ctx, (value.amount,)),
                                       factor=fmt.decimal(factor, 4), to_currency=value.amount.currency,
                                       from_currency=rate.currency)


def build(ctx: Context) -> list:
    texts, fmt, styles, s = ctx.texts, ctx.fmt, ctx.styles, ctx.data.summary
    story = [ctx.section("section.method"), ctx.words("method.intro", styles.detail)]
    story.append(ctx.words("method.period", styles.small, period=fmt.day_period(s.period.start, s.period.end),
                           date=fmt.date(ctx.data.prepared_on)))
    if ctx.data.anonymized:
        story.append(ctx.words("method.anonymized", styles.small))
    reach, interactions = s.reach, s.interactions
    story += [
        ctx.words("method.reach.title", styles.subheading),
        ctx.words("method.reach", styles.detail, count=fmt.integer(reach.contributions),
                  people=fmt.integer(reach.people.with_figure), impressions=fmt.integer(reach.impressions.with_figure),
                  attendees=fmt.integer(reach.attendees.with_figure), without=fmt.integer(reach.without_any)),
        ctx.words("method.engagement.title", styles.subheading),
        ctx.words("method.engagement", styles.detail,
                  with_interactions=fmt.integer(interactions.with_interactions),
                  basis=fmt.integer(interactions.rate_basis),
                  interactions=fmt.integer(interactions.rate_interactions),
                  impressions=fmt.integer(interactions.rate_impressions),
                  rate=fmt.percent(interactions.rate, 2, texts("value.not_measured"))),
        ctx.words("method.audience.title", styles.subheading),
        ctx.words("method.audience", styles.detail),
        ctx.words("method.campaigns.title", styles.subheading),
        ctx.words("method.campaigns", styles.detail),
    ]
    money = [ctx.words("method.money.title", styles.subheading)]
    if s.earned_media_value is not None and s.audience_value is not None:
        emv, value = s.earned_media_value, s.audience_value
        money.append(ctx.words("method.emv", styles.detail, amount=money_text(ctx, emv.amounts),
                               counted=fmt.integer(emv.counted),
                               without_impressions=fmt.integer(emv.without_impressions),
                               without_rate=fmt.integer(emv.without_rate)))
        if value.amount is not None:
            rate = s.rates.audience_rate
            money.append(ctx.words("method.audience_value", styles.detail,
                                   followers=fmt.integer(value.followers),
                                   rate=f"{fmt.decimal(rate.amount, 2)} {rate.currency}",
                                   amount=_audience_amount(ctx, value)))
            # PhoneDog's claim is named as the rate only where it is the rate used
            phonedog = (rate.amount, rate.currency) == (PHONEDOG_RATE.amount, PHONEDOG_RATE.currency)
            money.append(ctx.words("method.audience_value.phonedog" if phonedog else "method.audience_value.own_rate",
                                   styles.detail))
        else:
            money.append(ctx.words("method.audience_value.none", styles.detail))
        money += [
            ctx.words("method.currency", styles.detail),
            ctx.words("method.barcelona", styles.detail),
            KeepTogether([ctx.words("method.rates", styles.subheading), _rates_table(ctx)]),
        ]
        story += money  # switched off: no heading, no sentence saying so
    return story
