"""Method: how every figure was computed, with the counts behind it and the rates used."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph, Table

from portfolio_app.domain.enums import Platform
from portfolio_app.report.blocks import Context, data_table_style


def _rates_table(ctx: Context) -> Table:
    texts, fmt, styles, rates = ctx.texts, ctx.fmt, ctx.styles, ctx.data.summary.rates
    used = {platform for platform, _ in ctx.data.summary.by_channel if platform is not None}
    rows = [[Paragraph(escape(texts("method.rates.platform")), styles.cell_head),
             Paragraph(escape(texts("method.rates.cpm", currency=rates.currency)), styles.cell_head_right)]]
    for platform in Platform:
        if platform in used:
            cpm = rates.cpm.get(platform.value)
            rows.append([Paragraph(escape(texts.platform(platform)), styles.cell),
                         Paragraph(escape(fmt.decimal(cpm, 2)), styles.cell_right)])
    rows.append([Paragraph(escape(texts("method.rates.follower")), styles.cell),
                 Paragraph(escape(f"{fmt.decimal(rates.value_per_follower_month, 2)} {rates.currency}"),
                           styles.cell_right)])
    table = Table(rows, colWidths=[ctx.width * 0.4, ctx.width * 0.2], repeatRows=1, hAlign="LEFT")
    table.setStyle(data_table_style(len(rows)))
    return table


def build(ctx: Context) -> list:
    texts, fmt, styles, s = ctx.texts, ctx.fmt, ctx.styles, ctx.data.summary
    story = [ctx.section("section.method"), ctx.words("method.intro")]
    story.append(ctx.words("method.period", styles.small, period=fmt.day_period(s.period.start, s.period.end),
                           date=fmt.date(ctx.data.prepared_on)))
    if ctx.data.anonymized:
        story.append(ctx.words("method.anonymized", styles.small))
    reach = s.reach
    story += [
        ctx.words("method.reach.title", styles.heading),
        ctx.words("method.reach", with_figure=fmt.integer(reach.with_figure), count=fmt.integer(reach.contributions),
                  from_reach=fmt.integer(reach.from_reach), from_impressions=fmt.integer(reach.from_impressions),
                  from_attendees=fmt.integer(reach.from_attendees), without=fmt.integer(reach.without_figure)),
        ctx.words("method.engagement.title", styles.heading),
        ctx.words("method.engagement", basis=fmt.integer(s.engagement.rate_basis),
                  engagements=fmt.integer(s.engagement.rate_engagements),
                  impressions=fmt.integer(s.engagement.rate_impressions), rate=fmt.percent(s.engagement.rate, 2)),
        ctx.words("method.audience.title", styles.heading),
        ctx.words("method.audience"),
    ]
    money = [ctx.words("method.money.title", styles.heading)]
    if s.earned_media_value is not None and s.audience_value is not None:
        emv, value = s.earned_media_value, s.audience_value
        money += [
            ctx.words("method.emv", amount=fmt.money(emv.amount, emv.currency), counted=fmt.integer(emv.counted),
                      without_impressions=fmt.integer(emv.without_impressions),
                      without_rate=fmt.integer(emv.without_rate)),
            ctx.words("method.audience_value", amount=fmt.money(value.total, value.currency),
                      rate=f"{fmt.decimal(value.rate, 2)} {value.currency}",
                      months=fmt.decimal(value.months, 1)),
            ctx.words("method.barcelona"),
            KeepTogether([ctx.words("method.rates", styles.subheading), _rates_table(ctx)]),
        ]
        story += money  # switched off: no heading, no sentence saying so
    return story
