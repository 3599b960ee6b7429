"""Cover (optional; page 1 is the executive summary): who, which period, for whom, what is inside."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Table, TableStyle

from portfolio_app.report.blocks import Context, PinToBottom, ShrinkingGap, fit_lines, spacer
from portfolio_app.report.document import OutlineMark
from portfolio_app.report.sections.common import HEADLINE_LINES, NAME_LINES, VALUE_LINES, contact_line
from portfolio_app.report.styles import RULE
from portfolio_app.report.text import plain

LABEL_WIDTH = 34 * mm


def build(ctx: Context) -> list:
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    name = ctx.data.profile.name or texts("doc.title")
    top = [ctx.para(escape(texts("cover.portfolio")), styles.cover_kicker), spacer(3),
           ctx.user(name, styles.cover_name, max_lines=NAME_LINES)]
    if ctx.data.profile.headline:
        top.append(ctx.user(ctx.data.profile.headline, styles.cover_headline, max_lines=HEADLINE_LINES))
    top.append(spacer(14))

    rows = [(texts("cover.period"), escape(ctx.period_text))]
    if ctx.options.prepared_for.strip():
        prepared_for = fit_lines(ctx.options.prepared_for.strip(), styles.cover_value, ctx.width - LABEL_WIDTH,
                                 VALUE_LINES)
        rows.append((texts("cover.prepared_for"), plain(prepared_for)))
    contact = contact_line(ctx, styles.cover_value, ctx.width - LABEL_WIDTH)
    if contact:
        rows.append((texts("cover.contact"), contact))
    inside = [texts(f"section.{s.value}") for s in ctx.present]
    if inside:
        rows.append((texts("cover.contents"), " · ".join(escape(title) for title in inside)))
    table = Table(
        [[ctx.para(escape(label), styles.cover_label), ctx.para(value, styles.cover_value)] for label, value in rows],
        colWidths=[LABEL_WIDTH, ctx.width - LABEL_WIDTH],
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
    top.append(table)
    # page 1 (the executive summary) follows with the figures: the cover does not repeat them
    bottom = [ctx.para(escape(texts("footer.generated", date=fmt.date(ctx.data.prepared_on))), styles.small)]
    return [OutlineMark(texts("cover.portfolio"), styles.body), ShrinkingGap(52 * mm, [*top, *bottom]), *top,
            PinToBottom(bottom), NextPageTemplate("body"), PageBreak()]
