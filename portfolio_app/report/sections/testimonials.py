"""Testimonials: only those the person may publish (the query already left the others out)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Table, TableStyle

from portfolio_app.report.blocks import Context, spacer
from portfolio_app.report.fonts import BOLD, register_italics
from portfolio_app.report.styles import ACCENT, TILE
from portfolio_app.report.text import plain


def build(ctx: Context) -> list:
    styles, fmt = ctx.styles, ctx.fmt
    if not ctx.data.testimonials:
        return []
    story = [ctx.section("section.testimonials")]
    register_italics()
    for testimonial in ctx.data.testimonials:
        who = [f"<font name='{BOLD}'>{plain(testimonial.author, BOLD)}</font>"]
        if testimonial.role.strip():
            who.append(plain(testimonial.role.strip()))
        if testimonial.date:
            who.append(escape(fmt.month(testimonial.date)))
        quote = Table(
            [[ctx.para("“" + plain(testimonial.text.strip(), styles.quote.fontName) + "”", styles.quote)],
             [ctx.para("— " + ", ".join(who), styles.small)]],
            colWidths=[ctx.width],
        )
        quote.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), TILE),
            ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, 0), 9),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
        ]))
        story += [KeepTogether([quote]), spacer(3)]
    return story
