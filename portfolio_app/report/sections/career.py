"""Career: one table row per employment (role, period, what was done, audience built), roles side by side.

A row per role lets a reader compare them at a glance and keeps the section
to a third of a page; the time between roles gets a row of its own so the
rows add up to the period's totals.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from portfolio_app.report.blocks import Context, data_table_style, no_lone_rows
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.text import plain

HEAD_SIZE = 7
MIN_FIGURE_WIDTH = 50  # points; a figure column is wider where a word of its header needs it
_HEAD_KEYS = ("career.contributions", "career.reach", "career.impressions", "career.interactions",
              "career.built_personal", "career.built_employer")
NOT_APPLICABLE = "–"  # a role without employer accounts had none to grow (unknown is "not measured")


def _figures(ctx: Context, item) -> list[str]:
    texts, fmt = ctx.texts, ctx.fmt
    unknown = texts("value.not_measured")
    employer = item.built.employer
    return [
        fmt.integer(item.contributions),
        fmt.compact(item.reach.people.total, unknown),
        fmt.compact(item.reach.impressions.total, unknown),
        fmt.compact(item.interactions.interactions, unknown),
        fmt.signed(item.built.personal, unknown),
        fmt.signed(employer.growth, unknown) if employer.audiences else NOT_APPLICABLE,
    ]


def _role(ctx: Context, item) -> list[Paragraph]:
    """Organisation in bold; role, period and the hand-over of employer accounts beneath it in small type."""
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    job = item.employment
    if job is None:
        return [ctx.para(f"<font name='{BOLD}'>{escape(texts('career.between'))}</font>", styles.cell),
                ctx.para(escape(texts("career.between.note")), styles.cell_meta)]
    meta = [plain(job.role)] if job.role else []
    meta.append(escape(fmt.period(job.start, job.end, texts("career.current"))))
    spans = item.built.spans
    if spans and (spans[0].start > job.start or spans[-1].end < (job.end or ctx.data.prepared_on)):
        meta.append(escape(texts("career.in_period", span=fmt.period(spans[0].start, spans[-1].end))))
    cell = [ctx.para(f"<font name='{BOLD}'>{plain(job.organisation, BOLD)}</font>", styles.cell),
            ctx.para(" · ".join(meta), styles.cell_meta)]
    employer = item.built.employer
    if employer.handed_over_count:
        cell.append(ctx.para(escape(texts("career.handed_over", accounts=fmt.integer(employer.handed_over_count),
                                          size=fmt.integer(employer.handed_over))), styles.cell_meta))
    return cell


def _widths(ctx: Context) -> list[float]:
    """Figure columns as wide as the longest word of their header (never broken inside a word), the role the rest."""
    padding = 8  # data_table_style: 4 left, 4 right
    figures = [max(MIN_FIGURE_WIDTH, padding + 1 + max(stringWidth(word, BOLD, HEAD_SIZE)
                                                        for word in ctx.texts(key).split()))
               for key in _HEAD_KEYS]
    return [ctx.width - sum(figures), *figures]


def build(ctx: Context) -> list:
    texts, styles = ctx.texts, ctx.styles
    summary = ctx.data.summary
    if not summary.career:
        return []
    head_style = ParagraphStyle(f"{styles.cell_head_right.name}_small", parent=styles.cell_head_right,
                                fontSize=HEAD_SIZE, leading=8.5)
    rows: list[list] = [[Paragraph(escape(texts("career.role")), styles.cell_head)]
                        + [ctx.para(escape(texts(key)), head_style) for key in _HEAD_KEYS]]
    for item in [*summary.career, *([summary.between_roles] if summary.between_roles else [])]:
        rows.append([_role(ctx, item)] + [Paragraph(escape(value), styles.cell_right)
                                          for value in _figures(ctx, item)])
    table = Table(rows, colWidths=_widths(ctx), repeatRows=1, hAlign="LEFT")
    table.setStyle(data_table_style(len(rows)))
    return [ctx.section("section.career"), no_lone_rows(table, len(rows))]
