"""Appendix: every public contribution of the period, in tables of 500 rows.

One Table of 10,000 rows costs ReportLab nearly twice as long as twenty of
500 (its splitting re-measures the rest on every page), so rows go in chunks,
each repeating the header on every page; rows are never split across pages.
Titles become Paragraphs only when they need another font; otherwise they
are wrapped into lines here (a Paragraph per cell costs more than the rest of
the row together). Plain strings in cells are drawn as text, never parsed as
markup.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from portfolio_app.domain.value import engagements_of, reach_of
from portfolio_app.report.blocks import Context
from portfolio_app.report.fonts import BOLD, REGULAR, ascii_widths, runs
from portfolio_app.report.sections.common import title_of
from portfolio_app.report.styles import ACCENT_DARK, RULE, WHITE, ZEBRA
from portfolio_app.report.text import plain

CHUNK = 500
CELL_SIZE = 8
PADDING = 12  # left + right cell padding: ReportLab's default 6 + 6

# Every per-cell command walks all 3,000 cells of a chunk, so the style keeps to
# few of them: the header is Paragraphs that carry their own font and colour,
# paddings and text colour stay at ReportLab's defaults.
_STYLE = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
    ("LEADING", (0, 0), (-1, -1), 10),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("ALIGN", (4, 1), (5, -1), "RIGHT"),
    ("BACKGROUND", (0, 0), (-1, 0), ACCENT_DARK),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]),
    ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
])


MAX_KIND_WIDTH = 84


def _wrap_ascii(text: str, room: float, widths: tuple[float, ...]) -> str | None:
    """Greedy line wrapping by table look-up (simpleSplit measures each word anew); None for an overlong word."""
    scale = CELL_SIZE / 1000
    space = widths[32] * scale
    lines, line, used = [], [], 0.0
    for word in text.split():
        size = sum(map(widths.__getitem__, word.encode("ascii"))) * scale
        if size > room:
            return None
        if line and used + space + size > room:
            lines.append(" ".join(line))
            line, used = [word], size
        else:
            used += (space if line else 0) + size
            line.append(word)
    lines.append(" ".join(line))
    return "\n".join(lines)


def _cell_text(text: str, width: float, style) -> str | Paragraph:
    """Text for a cell ``width`` wide: a string, wrapped into lines when long; a Paragraph for other fonts."""
    room = width - PADDING
    if text.isascii() and text.isprintable():
        widths = ascii_widths(REGULAR)
        if sum(map(widths.__getitem__, text.encode("ascii"))) * CELL_SIZE / 1000 <= room:
            return text
        wrapped = _wrap_ascii(text, room, widths)
        return wrapped if wrapped is not None else Paragraph(plain(text), style)
    pieces = runs(text)
    if len(pieces) != 1 or pieces[0][0] != REGULAR or "\n" in text:
        return Paragraph(plain(text), style)
    if stringWidth(text, REGULAR, CELL_SIZE) <= room:
        return text
    return "\n".join(simpleSplit(text, REGULAR, CELL_SIZE, room))


def build(ctx: Context) -> list:
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    contributions = ctx.data.contributions
    if not contributions:
        return []
    story = [ctx.section("section.appendix")]
    story.append(ctx.para(escape(texts("appendix.count", count=fmt.integer(len(contributions)))), styles.small))
    w = ctx.width
    kinds = {c.kind for c in contributions}
    widest_kind = max(stringWidth(texts.kind(kind), REGULAR, CELL_SIZE) for kind in kinds) + PADDING + 1
    header_keys = ("appendix.date", "appendix.kind", "appendix.title", "appendix.channel", "appendix.reach",
                   "appendix.engagements")

    def header_width(key: str) -> float:  # headers never break inside a word
        return stringWidth(texts(key), BOLD, CELL_SIZE) + PADDING + 1

    widths = [54, min(max(widest_kind, 48), MAX_KIND_WIDTH), 0, 66,
              max(50, header_width("appendix.reach")), max(56, header_width("appendix.engagements"))]
    widths[2] = w - sum(widths)
    kind_labels = {}
    platform_labels = {}
    cell_style = styles.cell
    for first in range(0, len(contributions), CHUNK):
        header = [Paragraph(escape(texts(key)), styles.cell_head_right if index >= 4 else styles.cell_head)
                  for index, key in enumerate(header_keys)]
        rows: list[list] = [header]
        for contribution in contributions[first:first + CHUNK]:
            kind = kind_labels.get(contribution.kind)
            if kind is None:
                kind = kind_labels[contribution.kind] = _cell_text(texts.kind(contribution.kind), widths[1], cell_style)
            channel = platform_labels.get(contribution.platform)
            if channel is None:
                channel = platform_labels[contribution.platform] = _cell_text(
                    texts.platform(contribution.platform), widths[3], cell_style)
            reach, _ = reach_of(contribution)
            rows.append([
                fmt.short_date(contribution.date),
                kind,
                _cell_text(title_of(ctx, contribution), widths[2], cell_style),
                channel,
                fmt.integer(reach),
                fmt.integer(engagements_of(contribution)),
            ])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=_STYLE)
        story.append(table)
    return story
