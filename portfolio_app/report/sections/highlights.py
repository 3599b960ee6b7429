"""Highlights: the contributions the person marked as featured, with clickable links."""

from __future__ import annotations

from portfolio_app.domain.value import reach_of
from portfolio_app.report.blocks import Context, keep_together, spacer
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.sections.common import figures_line, linked_title, meta_line
from portfolio_app.report.sections.executive import on_first_page

# A reader has two minutes: beyond this, the strongest featured ones are shown (all are in the appendix).
MAX_HIGHLIGHTS = 24
AFTER_PAGE_ONE = 4  # after the 3-5 on page 1 a few more; the rest are in the selected work at the end


def build(ctx: Context) -> list:
    styles = ctx.styles
    shown, _ = on_first_page(ctx)
    featured = [c for c in ctx.data.contributions if c.featured and c.id not in shown]
    if not featured:
        return []
    story = [ctx.section("section.highlights")]
    featured.sort(key=lambda c: (-(reach_of(c)[0] or 0), c.date, c.id))
    limit = AFTER_PAGE_ONE if shown else MAX_HIGHLIGHTS
    if len(featured) > limit:  # one sentence says what is shown
        story.append(ctx.words("highlights.more", styles.small, shown=ctx.fmt.integer(limit),
                               count=ctx.fmt.integer(len(featured))))
        featured = featured[:limit]
    elif shown:
        story.append(ctx.words("highlights.more_than_page_one", styles.small))
    for contribution in featured:
        # the title is the link; where and when, then its figures, on one line as on page 1
        figures = figures_line(ctx, contribution)
        block = [
            ctx.para(linked_title(ctx, contribution, BOLD), styles.subheading),
            ctx.para(" · ".join(part for part in (meta_line(ctx, contribution), figures) if part), styles.small),
        ]
        why = ctx.data.why_it_mattered.get(contribution.id, "")
        if why:
            block += ctx.user_text(why, styles.why)
        block.append(spacer(2))
        story += keep_together(block, ctx.width)
    return story
