"""Appendix: the selected work (default) or every public contribution, grouped by employment or year.

The full list goes in tables of 500 rows.

One Table of 10,000 rows costs ReportLab nearly twice as long as twenty of
500 (its splitting re-measures the rest on every page), so rows go in chunks,
each repeating the header on every page; rows are never split across pages.
Titles become Paragraphs only when they need another font; otherwise they
are wrapped into lines here (a Paragraph per cell costs more than the rest of
the row together). Plain strings in cells are drawn as text, never parsed as
markup.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from portfolio_app.domain.value import interactions_of, reach_of
from portfolio_app.report.blocks import Context, fit_lines, no_lone_rows, paragraph
from portfolio_app.report.fonts import BOLD, REGULAR, ascii_widths, runs
from portfolio_app.report.sections.common import channel_of, linked_title, title_of
from portfolio_app.report.selection import AppendixMode, WorkGroup, select_work
from portfolio_app.report.styles import ACCENT_DARK, RULE, WHITE, ZEBRA
from portfolio_app.report.text import plain
from portfolio_app.report.wording import figure_key

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


# the selected work's table: date, title with kind and channel beneath, reach, interactions
_SELECTED_STYLE = TableStyle([
    *_STYLE.getCommands()[:4],
    ("ALIGN", (2, 1), (3, -1), "RIGHT"),
    *_STYLE.getCommands()[5:],
])

MAX_KIND_WIDTH = 84
# A row must fit on a page: a channel (an audience's name) is shortened after a few lines, a title
# only when longer than the forms allow (another tool's database).
LONG_TITLE = 600
MAX_TITLE_LINES = 45
MAX_CHANNEL_LINES = 4


def _wrap_ascii(text: str, room: float, widths: tuple[float, ...]) -> str | None:
    """Greedy line wrapping by table look-up (simpleSplit measures each word anew); None for an overlong word."""
    scale = CELL_SIZE / 1000
    space = widths[32] * scale
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
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
    """Text for a cell ``width`` wide: a string, wrapped into lines when long; a Paragraph for other fonts.

    Only a Paragraph breaks inside a word too long for the cell (a URL as a
    title); a string would run over the next columns.
    """
    room = width - PADDING
    if len(text) > LONG_TITLE:
        text = fit_lines(text, style, room, MAX_TITLE_LINES)
    if text.isascii() and text.isprintable():
        widths = ascii_widths(REGULAR)
        if sum(map(widths.__getitem__, text.encode("ascii"))) * CELL_SIZE / 1000 <= room:
            return text
        wrapped = _wrap_ascii(text, room, widths)
        return wrapped if wrapped is not None else paragraph(plain(text), style)
    pieces = runs(text)
    # a string is drawn as given: Hebrew or Arabic (reordered, joined) and emoji sequences need the Paragraph
    if len(pieces) != 1 or pieces[0] != (REGULAR, text) or "\n" in text:
        return paragraph(plain(text), style)
    if stringWidth(text, REGULAR, CELL_SIZE) <= room:
        return text
    lines = simpleSplit(text, REGULAR, CELL_SIZE, room)
    if any(stringWidth(line, REGULAR, CELL_SIZE) > room for line in lines):
        return paragraph(plain(text), style)
    return "\n".join(lines)


def _group_heading(ctx: Context, group: WorkGroup) -> list:
    """'Helio Energy Systems · Head of … · Mar 2023 – current' and the group's subtotals."""
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    if group.employment is not None:
        job = group.employment
        title = plain(job.organisation, BOLD)
        meta = [plain(job.role)] if job.role else []
        meta.append(escape(fmt.period(job.start, job.end, texts("career.current"))))
        period = ctx.data.summary.period
        if period.start and period.end and (job.start < period.start or (job.end or period.end) > period.end):
            # the subtotals count the role's part in the report's period, as the career row says
            meta.append(escape(texts("career.in_period", span=fmt.period(max(job.start, period.start),
                                                                          min(job.end or period.end, period.end)))))
        title += f" <font name='{REGULAR}' size='8' color='#5f6f7f'>· {' · '.join(meta)}</font>"
    else:
        title = escape(texts("appendix.year", year=group.year))
    # people, views, attendees and interactions each with its own label, only where measured
    measured = [texts(f"summary.measured.{key}", value=fmt.integer(value))
                for key, value in (("people", group.reach), ("impressions", group.impressions),
                                   ("attendees", group.attendees), ("interactions", group.engagements))
                if value is not None]
    totals = texts.count("appendix.subtotal", group.contributions, count=fmt.integer(group.contributions),
                         figures=" · ".join(measured) or texts("value.not_measured"))
    if ctx.options.appendix is AppendixMode.SELECTED:
        totals += " " + texts("appendix.listed", listed=fmt.integer(len(group.listed)))
    return [ctx.para(title, styles.subheading), ctx.para(escape(totals), _lead(ctx))]


def _lead(ctx: Context) -> ParagraphStyle:
    """Small type that stays with what follows: the intro and a group's totals are never left alone."""
    small = ctx.styles.small
    return _LEADS.get(small.name) or _LEADS.setdefault(
        small.name, ParagraphStyle(f"{small.name}_lead", parent=small, keepWithNext=1))


_LEADS: dict[str, ParagraphStyle] = {}


def _channel(ctx: Context, contribution, width: float) -> str:
    return fit_lines(channel_of(ctx, contribution), ctx.styles.cell, width - PADDING, MAX_CHANNEL_LINES)


def _selected_table(ctx: Context, group: WorkGroup, widths: list[float]) -> Table:
    """Few rows, so each is a title linked where it has a safe URL, with kind and channel beneath it."""
    styles, fmt, texts = ctx.styles, ctx.fmt, ctx.texts
    header = _header(ctx)
    rows: list[list] = [[header[0], header[2], header[4], header[5]]]
    for contribution in group.listed:
        reach, source = reach_of(contribution)
        title_room = ctx.width - widths[0] - widths[4] - widths[5]
        title = title_of(ctx, contribution)
        if len(title) > LONG_TITLE:
            title = fit_lines(title, styles.cell, title_room - PADDING, MAX_TITLE_LINES)
        channel = fit_lines(channel_of(ctx, contribution), styles.cell_meta, title_room - PADDING, MAX_CHANNEL_LINES)
        where = f"{escape(texts.kind(contribution.kind))} · {plain(channel)}"
        figure = (Paragraph(f"{escape(fmt.integer(reach))}<br/><font size='6.5' color='#5f6f7f'>"
                            f"{escape(texts(f'appendix.source.{figure_key(contribution.platform, source)}'))}"
                            "</font>", styles.cell_right)
                  if reach is not None and source is not None else fmt.integer(reach))  # views are not people
        rows.append([
            fmt.short_date(contribution.date),
            [paragraph(linked_title(ctx, contribution, shown=title), styles.cell), paragraph(where, styles.cell_meta)],
            figure,
            fmt.integer(interactions_of(contribution)),
        ])
    title_room = ctx.width - widths[0] - widths[4] - widths[5]
    table = Table(rows, colWidths=[widths[0], title_room, widths[4], widths[5]], repeatRows=1, hAlign="LEFT",
                  style=_SELECTED_STYLE)
    return no_lone_rows(table, len(rows))


def _header(ctx: Context) -> list:
    keys = ("appendix.date", "appendix.kind", "appendix.title", "appendix.channel", "appendix.reach",
            "appendix.engagements")
    return [Paragraph(escape(ctx.texts(key)), ctx.styles.cell_head_right if index >= 4 else ctx.styles.cell_head)
            for index, key in enumerate(keys)]


def _widths(ctx: Context, contributions) -> list[float]:
    texts = ctx.texts
    kinds = {c.kind for c in contributions}
    widest_kind = max(stringWidth(texts.kind(kind), REGULAR, CELL_SIZE) for kind in kinds) + PADDING + 1

    def header_width(key: str) -> float:  # headers never break inside a word
        return stringWidth(texts(key), BOLD, CELL_SIZE) + PADDING + 1

    widest_date = stringWidth(ctx.fmt.short_date(date(2024, 9, 30)), REGULAR, CELL_SIZE) + PADDING + 1
    widths = [widest_date, min(max(widest_kind, 48), MAX_KIND_WIDTH), 0, 104,
              max(50, header_width("appendix.reach")), max(56, header_width("appendix.engagements"))]
    widths[2] = ctx.width - sum(widths)
    return widths


def build(ctx: Context) -> list:
    texts, fmt = ctx.texts, ctx.fmt
    mode = ctx.options.appendix
    groups = select_work(ctx.data.contributions, ctx.data.employments, mode)
    if not groups:
        return []
    listed = sum(len(group.listed) for group in groups)
    story = [ctx.section("section.appendix.selected" if mode is AppendixMode.SELECTED else "section.appendix")]
    intro = "appendix.intro.selected" if mode is AppendixMode.SELECTED else "appendix.count"
    lead = _lead(ctx)
    governing = listed if mode is not AppendixMode.SELECTED else len(ctx.data.contributions)  # what the noun counts
    story.append(ctx.para(escape(texts.count(intro, governing, count=fmt.integer(listed),
                                             total=fmt.integer(len(ctx.data.contributions)))), lead))
    story.append(ctx.para(escape(texts("appendix.figure_note")), lead))  # one column, three metrics
    widths = _widths(ctx, ctx.data.contributions)
    for group in groups:
        heading = _group_heading(ctx, group)
        if mode is AppendixMode.SELECTED:
            # the headings keep with the table's first rows (see document.KeepWithStart); the rest of a
            # table may go on over the page, its header repeated, instead of leaving this page half empty
            story += [*heading, _selected_table(ctx, group, widths)]
        else:
            story += heading + _full_tables(ctx, group, widths)
    return story


def _full_tables(ctx: Context, group: WorkGroup, widths: list[float]) -> list:
    """Every contribution of the group, in chunks of plain-string rows (see the module's note on speed)."""
    texts, fmt, cell_style = ctx.texts, ctx.fmt, ctx.styles.cell
    kind_labels: dict = {}
    channel_labels: dict = {}
    tables = []
    members = group.listed
    for first in range(0, len(members), CHUNK):
        rows: list[list] = [_header(ctx)]
        for contribution in members[first:first + CHUNK]:
            kind = kind_labels.get(contribution.kind)
            if kind is None:
                kind = kind_labels[contribution.kind] = _cell_text(texts.kind(contribution.kind), widths[1], cell_style)
            channel_key = (contribution.audience_id, contribution.platform)
            channel = channel_labels.get(channel_key)
            if channel is None:
                channel = channel_labels[channel_key] = _cell_text(_channel(ctx, contribution, widths[3]),
                                                                   widths[3], cell_style)
            reach, _ = reach_of(contribution)
            rows.append([
                fmt.short_date(contribution.date),
                kind,
                _cell_text(title_of(ctx, contribution), widths[2], cell_style),
                channel,
                fmt.integer(reach),
                fmt.integer(interactions_of(contribution)),
            ])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=_STYLE)
        tables.append(no_lone_rows(table, len(rows)))
    return tables
