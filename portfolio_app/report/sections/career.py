"""Career: per employment, the role, its period, what was done and the audience built."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import HRFlowable

from portfolio_app.report.blocks import Context, figure_row, keep_together, spacer
from portfolio_app.report.styles import RULE
from portfolio_app.report.text import plain


def _figures(ctx: Context, item) -> list[tuple[str, str]]:
    texts, fmt = ctx.texts, ctx.fmt
    unknown = texts("value.not_measured")
    return [
        (texts("career.contributions"), escape(fmt.integer(item.contributions))),
        (texts("career.reach"), escape(fmt.compact(item.reach.people.total, unknown))),
        (texts("career.impressions"), escape(fmt.compact(item.reach.impressions.total, unknown))),
        (texts("career.interactions"), escape(fmt.compact(item.interactions.interactions, unknown))),
        (texts("career.built_personal"), escape(fmt.signed(item.built.personal, unknown))),
    ] + ([(texts("career.built_employer"), escape(fmt.signed(item.built.employer.growth, unknown)))]
         if item.built.employer.audiences else [])  # a role without employer accounts: nothing to measure


def _handed_over(ctx: Context, item) -> list:
    employer = item.built.employer
    if not employer.handed_over_count:
        return []
    return [ctx.para(escape(ctx.texts("career.handed_over", accounts=ctx.fmt.integer(employer.handed_over_count),
                                      size=ctx.fmt.integer(employer.handed_over))), ctx.styles.small)]


def build(ctx: Context) -> list:
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    summary = ctx.data.summary
    career = summary.career
    if not career:
        return []
    story = [ctx.section("section.career")]
    entries = [*career, *([summary.between_roles] if summary.between_roles else [])]
    for index, item in enumerate(entries):
        job = item.employment
        if job is None:
            block = [ctx.para(escape(texts("career.between")), styles.heading),
                     ctx.para(escape(texts("career.between.note")), styles.meta)]
        else:
            period = fmt.period(job.start, job.end, texts("career.current"))
            meta = [plain(job.role)] if job.role else []
            meta.append(escape(period))
            spans = item.built.spans  # closed periods: both ends set
            first = spans[0].start if spans else None
            last = spans[-1].end if spans else None
            if first is not None and last is not None and (
                    first > job.start or last < (job.end or ctx.data.prepared_on)):
                meta.append(escape(texts("career.in_period", span=fmt.period(first, last))))
            block = [ctx.para(plain(job.organisation), styles.heading), ctx.para(" · ".join(meta), styles.meta)]
        block += [figure_row(ctx, _figures(ctx, item)), *_handed_over(ctx, item)]
        if index < len(entries) - 1:
            block += [spacer(3), HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=2, spaceAfter=2)]
        story += keep_together(block, ctx.width)
    return story
