"""Testimonials: only those the person may publish (the query already left the others out)."""

from __future__ import annotations

from portfolio_app.report.blocks import Context, keep_together, spacer
from portfolio_app.report.sections.common import quote
from portfolio_app.report.sections.executive import on_first_page


def build(ctx: Context) -> list:
    _, on_page_one = on_first_page(ctx)
    others = [t for t in ctx.data.testimonials if t not in on_page_one]
    if not others:
        return []
    story = [ctx.section("section.testimonials")]
    for testimonial in others:
        story += [*keep_together([quote(ctx, testimonial)], ctx.width), spacer(3)]  # a short one stays whole
    return story
