"""Summary: key figures as tiles, a short text, and the three strongest results."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from portfolio_app.domain.value import figures_by_kind, reach_of
from portfolio_app.report.blocks import Context, data_table_style, spacer, tiles
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.sections.common import channel_of, linked_title
from portfolio_app.report.styles import ACCENT, RULE
from portfolio_app.report.text import plain


def _tiles(ctx: Context) -> list[tuple[str, str, str]]:
    texts, fmt, s = ctx.texts, ctx.fmt, ctx.data.summary
    engagement = s.engagement
    items = [
        (texts("tile.contributions"), escape(fmt.compact(s.contributions)),
         escape(texts("tile.contributions.note", online=fmt.integer(s.online), offline=fmt.integer(s.offline)))),
        (texts("tile.reach"), escape(fmt.compact(s.reach.total)),
         escape(texts("tile.reach.note", with_figure=fmt.integer(s.reach.with_figure),
                      count=fmt.integer(s.reach.contributions)))),
        (texts("tile.engagement_rate"), escape(fmt.percent(engagement.rate, 2)),
         escape(texts("tile.engagement_rate.note", engagements=fmt.integer(engagement.rate_engagements),
                      impressions=fmt.integer(engagement.rate_impressions)))),
        (texts("tile.audience"), escape(fmt.compact(s.ownership.total.size)),
         escape(texts("tile.audience.note", growth=fmt.signed(s.ownership.total.growth)))),
        (texts("tile.portable"), escape(fmt.compact(s.ownership.personal.size)),
         escape(texts("tile.portable.note", growth=fmt.signed(s.ownership.personal.growth)))),
        (texts("tile.employer"), escape(fmt.compact(s.ownership.employer.size)),
         escape(texts("tile.employer.note", growth=fmt.signed(s.ownership.employer.growth)))),
    ]
    if s.earned_media_value is not None and s.audience_value is not None:
        currency = s.rates.currency
        items += [
            (texts("tile.emv"), escape(fmt.money(s.earned_media_value.amount, currency, compact=True)), escape(texts("tile.emv.note"))),
            (texts("tile.audience_value"), escape(fmt.money(s.audience_value.total, currency, compact=True)),
             escape(texts("tile.audience_value.note"))),
        ]
    else:
        items += [
            (texts("legend.personal"), escape(fmt.percent(s.engagement_personal.rate, 2)),
             escape(texts("tile.engagement_rate"))),
            (texts("legend.employer"), escape(fmt.percent(s.engagement_employer.rate, 2)),
             escape(texts("tile.engagement_rate"))),
        ]
    return items


def _sentence(ctx: Context) -> str:
    texts, fmt, s = ctx.texts, ctx.fmt, ctx.data.summary
    if not s.contributions:
        return escape(texts("summary.sentence.nothing"))
    values = {
        "start": escape(fmt.date(s.period.start)),
        "end": escape(fmt.date(s.period.end)),
        "name": plain(ctx.data.profile.name or texts("summary.you")),
        "count": escape(fmt.integer(s.contributions)),
        "channels": escape(fmt.integer(len(s.by_channel))),
        "reach": escape(fmt.integer(s.reach.total)),
        "personal_rate": escape(fmt.percent(s.engagement_personal.rate, 2, unknown=texts("summary.no_rate"))),
        "employer_rate": escape(fmt.percent(s.engagement_employer.rate, 2, unknown=texts("summary.no_rate"))),
    }
    return escape(texts("summary.sentence")).format(**values)


def _strongest(ctx: Context) -> list:
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    rows = []
    for number, contribution in enumerate(ctx.data.summary.strongest, start=1):
        value, _ = reach_of(contribution)
        line = escape(texts("summary.strongest.line")).format(
            reach=f"<font name='{BOLD}'>{escape(fmt.integer(value))}</font>",
            kind=escape(texts.kind(contribution.kind)),
            channel=plain(channel_of(ctx, contribution)),
            date=escape(fmt.date(contribution.date)),
        )
        rows.append([
            ctx.para(f"<font color='#{ACCENT.hexval()[2:]}'>{number}</font>", styles.tile_value),
            [ctx.para(linked_title(ctx, contribution, BOLD), styles.body_tight), ctx.para(line, styles.small)],
        ])
    if not rows:
        return []
    table = Table(rows, colWidths=[22, ctx.width - 22], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
    ]))
    return [KeepTogether([ctx.para(escape(texts("summary.strongest")), styles.heading), table])]


def _by_kind(ctx: Context) -> list:
    """What was done: count, reach and engagement rate per kind of contribution."""
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    figures = figures_by_kind(ctx.data.contributions)
    if not figures:
        return []
    head = [Paragraph(escape(texts("summary.kind")), styles.cell_head)] + [
        Paragraph(escape(texts(key)), styles.cell_head_right)
        for key in ("tile.contributions", "tile.reach", "tile.engagement_rate")
    ]
    rows = [head] + [
        [Paragraph(escape(texts.kind(item.kind)), styles.cell),
         Paragraph(escape(fmt.integer(item.contributions)), styles.cell_right),
         Paragraph(escape(fmt.integer(item.reach.total)), styles.cell_right),
         Paragraph(escape(fmt.percent(item.engagement.rate, 2)), styles.cell_right)]
        for item in figures
    ]
    w = ctx.width
    table = Table(rows, colWidths=[w * 0.34, w * 0.2, w * 0.2, w * 0.26], hAlign="LEFT", repeatRows=1)
    table.setStyle(data_table_style(len(rows)))
    return [KeepTogether([ctx.para(escape(texts("summary.by_kind")), styles.heading), table])]


def build(ctx: Context) -> list:
    story = [ctx.section("section.summary"), tiles(ctx, _tiles(ctx)), spacer(6)]
    if ctx.data.profile.summary.strip():
        story.append(ctx.user(ctx.data.profile.summary.strip()))
    story.append(ctx.para(_sentence(ctx)))
    story += _strongest(ctx)
    story += _by_kind(ctx)
    return story
