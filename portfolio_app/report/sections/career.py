"""Career: per employment, the role, its period, what was done and the audience built."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import HRFlowable, KeepTogether

from portfolio_app.report.blocks import Context, figure_row, spacer
from portfolio_app.report.styles import RULE
from portfolio_app.report.text import plain


def build(ctx: Context) -> list:
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    career = ctx.data.summary.career
    if not career:
        return []
    story = [ctx.section("section.career")]
    for index, item in enumerate(career):
        job = item.employment
        period = fmt.period(job.start, job.end, texts("career.current"))
        meta = [plain(job.role)] if job.role else []
        meta.append(escape(period))
        span = item.built.span
        if span.start > job.start or span.end < (job.end or ctx.data.prepared_on):
            meta.append(escape(texts("career.in_period", span=fmt.period(span.start, span.end))))
        block = [
            ctx.para(plain(job.organisation), styles.heading),
            ctx.para(" · ".join(meta), styles.meta),
            figure_row(ctx, [
                (texts("career.contributions"), escape(fmt.integer(item.contributions))),
                (texts("career.reach"), escape(fmt.compact(item.reach.total))),
                (texts("career.engagement_rate"), escape(fmt.percent(item.engagement.rate, 2))),
                (texts("career.built_personal"), escape(fmt.signed(item.built.personal.growth))),
                (texts("career.built_employer"), escape(fmt.signed(item.built.employer.growth))),
            ]),
        ]
        if index < len(career) - 1:
            block += [spacer(3), HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=2, spaceAfter=2)]
        story.append(KeepTogether(block))
    return story
