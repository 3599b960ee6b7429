"""Testimonials: only those the person may publish (the query already left the others out)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from portfolio_app.report.blocks import Context, Panel, spacer
from portfolio_app.report.fonts import BOLD, register_italics
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
        # a quote of any length flows on over pages, its author under its last line
        quote = ctx.user_text(testimonial.text, styles.quote, before="“", after="”")
        story += [Panel([*quote, ctx.para("— " + ", ".join(who), styles.small)]), spacer(3)]
    return story
