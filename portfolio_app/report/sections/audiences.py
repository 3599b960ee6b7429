"""Audiences: size at the end of the period, growth over it, and who owns them."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Table

from portfolio_app.report.blocks import Context, data_table_style, fit_lines, no_lone_rows, paragraph
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.sections.common import size_at_end_text
from portfolio_app.report.styles import ACCENT, SHARED, WARM
from portfolio_app.report.text import plain

_OWNER_COLORS = {"personal": ACCENT, "employer": WARM, "shared": SHARED}
_WIDTHS = (0.27, 0.13, 0.13, 0.11, 0.11, 0.25)
_PADDING = 8  # data_table_style: 4 left, 4 right
# A table row must fit on a page: a long name, handle or segment is shortened with "…" after these many lines.
NAME_LINES, HANDLE_LINES, SEGMENT_LINES = 4, 2, 8


def _size(ctx: Context, item) -> str:
    """The size at the period's end; a handed-over account shows its hand-over instead (it is not counted).

    A size last recorded before the period's last month says when: the latest figure stands for the end
    (never projected), and a reader should see how old it is.
    """
    fmt = ctx.fmt
    if not item.handed_over:
        size = escape(fmt.integer(item.end_size, ctx.texts("value.not_measured")))
        end = item.window.end if item.window else None
        measured = max((day for day, _ in item.audience.snapshots if end and day <= end), default=None)
        if item.end_size is None or end is None or measured is None or measured >= end.replace(day=1):
            return size
        note = ctx.texts("audiences.as_of", date=fmt.short_date(measured))
        return f"{size}<br/><font size='6.5' color='#5f6f7f'>{escape(note)}</font>"
    note = ctx.texts("audiences.handed_over", size=fmt.integer(item.end_size), date=fmt.short_date(item.window.end))
    return f"–<br/><font size='6.5' color='#5f6f7f'>{escape(note)}</font>"


def build(ctx: Context) -> list:
    texts, fmt, styles, summary = ctx.texts, ctx.fmt, ctx.styles, ctx.data.summary
    if not summary.audiences:
        return []
    story = [ctx.section("section.audiences")]
    head = [Paragraph(escape(texts(key)), styles.cell_head) for key in
            ("audiences.name", "audiences.platform", "audiences.ownership")]
    head += [Paragraph(escape(texts(key)), styles.cell_head_right) for key in ("audiences.size", "audiences.growth")]
    head.append(Paragraph(escape(texts("audiences.segment")), styles.cell_head))
    rows = [head]
    name_width, segment_width = ctx.width * _WIDTHS[0] - _PADDING, ctx.width * _WIDTHS[5] - _PADDING
    for item in summary.audiences:
        audience = item.audience
        extra = ctx.data.audience_texts.get(audience.id)
        name = plain(fit_lines(audience.name, styles.cell, name_width, NAME_LINES))
        if extra and extra.handle.strip():
            handle = fit_lines(extra.handle.strip(), styles.cell, name_width, HANDLE_LINES)
            name += f"<br/><font size='7' color='#5f6f7f'>{plain(handle)}</font>"
        segment = fit_lines(extra.segment.strip(), styles.cell, segment_width, SEGMENT_LINES) if extra else ""
        growth = escape(fmt.signed(item.growth))
        if item.baseline_date and item.baseline_date != summary.period.start:
            since = escape(texts("audiences.since", date=fmt.month(item.baseline_date)))
            growth += f"<br/><font size='6.5' color='#5f6f7f'>{since}</font>"
        color = _OWNER_COLORS[audience.ownership.value].hexval()[2:]
        rows.append([
            paragraph(name, styles.cell),
            Paragraph(escape(texts.platform(audience.platform)), styles.cell),
            Paragraph(f"<font color='#{color}'>■</font> {escape(texts.ownership(audience.ownership))}", styles.cell),
            Paragraph(_size(ctx, item), styles.cell_right),
            Paragraph(growth, styles.cell_right),
            paragraph(plain(segment), styles.cell),
        ])
    total = summary.ownership.total
    rows.append([
        Paragraph(f"<font name='{BOLD}'>{escape(texts('audiences.total'))}</font>", styles.cell), "", "",
        Paragraph(f"<font name='{BOLD}'>{escape(size_at_end_text(ctx, total, compact=False))}</font>",
                  styles.cell_right),
        Paragraph(f"<font name='{BOLD}'>{escape(fmt.signed(total.growth))}</font>", styles.cell_right),
        "",
    ])
    w = ctx.width
    table = Table(rows, colWidths=[w * share for share in _WIDTHS], repeatRows=1, hAlign="LEFT")
    table.setStyle(data_table_style(len(rows)))
    story.append(no_lone_rows(table, len(rows)))
    return story
