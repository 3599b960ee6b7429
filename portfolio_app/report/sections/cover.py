"""Cover: who, what, which period, for whom; three figures to start with."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import NextPageTemplate, PageBreak, Table, TableStyle

from portfolio_app.report.blocks import Context, PinToBottom, spacer, tiles
from portfolio_app.report.document import OutlineMark
from portfolio_app.report.styles import RULE
from portfolio_app.report.text import link, plain, safe_url


def _contact(ctx: Context) -> str:
    profile = ctx.data.profile
    parts = []
    if profile.email:
        address = profile.email.strip()
        parts.append(link(f"mailto:{address}", address) if safe_url(f"mailto:{address}") else plain(address))
    if profile.website:
        parts.append(link(profile.website, profile.website.removeprefix("https://").removeprefix("http://")))
    if profile.phone:
        parts.append(plain(profile.phone))
    if profile.location:
        parts.append(plain(profile.location))
    return " · ".join(parts)


def build(ctx: Context) -> list:
    texts, fmt, styles, summary = ctx.texts, ctx.fmt, ctx.styles, ctx.data.summary
    name = ctx.data.profile.name or texts("doc.title")
    story = [OutlineMark(texts("cover.portfolio"), styles.body), spacer(52)]
    story.append(ctx.para(escape(texts("cover.portfolio")), styles.cover_kicker))
    story.append(spacer(3))
    story.append(ctx.user(name, styles.cover_name))
    if ctx.data.profile.headline:
        story.append(ctx.user(ctx.data.profile.headline, styles.cover_headline))
    story.append(spacer(14))

    rows = [(texts("cover.period"), escape(ctx.period_text))]
    if ctx.options.prepared_for.strip():
        rows.append((texts("cover.prepared_for"), plain(ctx.options.prepared_for.strip())))
    contact = _contact(ctx)
    if contact:
        rows.append((texts("cover.contact"), contact))
    inside = [texts(f"section.{s.value}") for s in ctx.present]
    if inside:
        rows.append((texts("cover.contents"), " · ".join(escape(title) for title in inside)))
    table = Table(
        [[ctx.para(escape(label), styles.cover_label), ctx.para(value, styles.cover_value)] for label, value in rows],
        colWidths=[34 * 2.835, ctx.width - 34 * 2.835],
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
    ]))
    story.append(table)
    figures = tiles(ctx, [
        (texts("tile.contributions"), escape(fmt.integer(summary.contributions)),
         escape(texts("tile.contributions.note", online=fmt.integer(summary.online),
                      offline=fmt.integer(summary.offline)))),
        (texts("tile.interactions"), escape(fmt.compact(summary.interactions.interactions,
                                                        texts("value.not_measured"))),
         escape(texts("tile.interactions.note", with_figure=fmt.integer(summary.interactions.with_interactions),
                      count=fmt.integer(summary.contributions)))),
        (texts("tile.audience"), escape(fmt.compact(summary.ownership.total.size, texts("value.not_measured"))),
         escape(texts("tile.audience.note",
                      growth=fmt.signed(summary.ownership.total.growth, texts("value.not_measured"))))),
    ], columns=3)
    prepared = ctx.para(escape(texts("footer.generated", date=fmt.date(ctx.data.prepared_on))), styles.small)
    story.append(PinToBottom([figures, spacer(5), prepared]))
    story += [NextPageTemplate("body"), PageBreak()]
    return story
