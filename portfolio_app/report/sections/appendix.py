"""Appendix: every public contribution of the period, in tables of 500 rows.

One Table of 10,000 rows costs ReportLab nearly twice as long as twenty of
500 (its splitting re-measures the rest on every page), so rows go in chunks,
each repeating the header on every page; rows are never split across pages.
Titles become Paragraphs only when they need wrapping or another font:
plain strings in cells are drawn as text, never parsed as markup.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from portfolio_app.domain.value import engagements_of, reach_of
from portfolio_app.report.blocks import Context, data_table_style
from portfolio_app.report.fonts import REGULAR, runs
from portfolio_app.report.sections.common import title_of
from portfolio_app.report.text import plain

CHUNK = 500
CELL_SIZE = 8
PADDING = 8  # left + right cell padding


def _fits_plainly(text: str, width: float) -> bool:
    if not (text.isascii() and text.isprintable()):
        if len(runs(text)) != 1 or runs(text)[0][0] != REGULAR or "\n" in text:
            return False
    return stringWidth(text, REGULAR, CELL_SIZE) <= width - PADDING


def build(ctx: Context) -> list:
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    contributions = ctx.data.contributions
    story = [ctx.section("section.appendix")]
    if not contributions:
        return story + [ctx.para(escape(texts("appendix.none")), styles.small)]
    story.append(ctx.para(escape(texts("appendix.count", count=fmt.integer(len(contributions)))), styles.small))
    w = ctx.width
    widths = [52, 64, 0, 66, 46, 66]
    widths[2] = w - sum(widths)
    header_keys = ("appendix.date", "appendix.kind", "appendix.title", "appendix.channel", "appendix.reach",
                   "appendix.engagements")
    kind_labels = {}
    platform_labels = {}
    cell_style = styles.cell
    for first in range(0, len(contributions), CHUNK):
        header = [Paragraph(escape(texts(key)), styles.cell_head_right if index >= 4 else styles.cell_head)
                  for index, key in enumerate(header_keys)]
        rows: list[list] = [header]
        for contribution in contributions[first:first + CHUNK]:
            title = title_of(ctx, contribution)
            title_cell = title if _fits_plainly(title, widths[2]) else Paragraph(plain(title), cell_style)
            kind = kind_labels.get(contribution.kind) or kind_labels.setdefault(
                contribution.kind, texts.kind(contribution.kind))
            channel = platform_labels.get(contribution.platform) or platform_labels.setdefault(
                contribution.platform, texts.platform(contribution.platform))
            reach, _ = reach_of(contribution)
            rows.append([
                fmt.short_date(contribution.date),
                kind if stringWidth(kind, REGULAR, CELL_SIZE) <= widths[1] - PADDING else Paragraph(escape(kind), cell_style),
                title_cell,
                channel if stringWidth(channel, REGULAR, CELL_SIZE) <= widths[3] - PADDING
                else Paragraph(escape(channel), cell_style),
                fmt.integer(reach),
                fmt.integer(engagements_of(contribution)),
            ])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(data_table_style(len(rows), right_columns=(4, 5)))
        story.append(table)
    return story
