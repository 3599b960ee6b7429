"""Reusable pieces of the layout: context, headings, tiles, figure rows, tables, progress bars."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from portfolio_app.report.bidi_lines import base_direction, has_rtl, typed_text, visual_lines
from portfolio_app.report.data import ReportData
from portfolio_app.report.document import SectionHeading
from portfolio_app.report.fonts import BOLD, REGULAR, draw_string, has_cjk, shortened, string_width
from portfolio_app.report.formatting import Formatter
from portfolio_app.report.options import ReportOptions
from portfolio_app.report.styles import ACCENT, ACCENT_DARK, INK, RULE, STYLES, TILE, WHITE, ZEBRA, Styles
from portfolio_app.report.text import plain, text_blocks
from portfolio_app.report.wording import Texts

_CJK_STYLES: dict[str, ParagraphStyle] = {}
_UNHYPHENATED: dict[str, ParagraphStyle] = {}


class Text(Paragraph):
    """A Paragraph that never runs past its width.

    With hyphenation on (German), ReportLab first splits a URL at a slash and
    then leaves the rest whole however long it is ("https://x.org/a-long_slug…"
    ran over the next columns); such a paragraph is set again without
    hyphenation, where every overlong word is broken at the width.
    """

    blPara: Any  # noqa: N815 (ReportLab's name) the broken lines (ParaLines), set by wrap()

    style: ParagraphStyle  # set by Paragraph (ReportLab ships no types)

    def wrap(self, available_width, available_height):
        size = super().wrap(available_width, available_height)
        if getattr(self.style, "hyphenationLang", "") and self._overflows(available_width):
            name = self.style.name
            self.style = _UNHYPHENATED.get(name) or _UNHYPHENATED.setdefault(
                name, ParagraphStyle(f"{name}_unhyphenated", parent=self.style, hyphenationLang=""))
            size = super().wrap(available_width, available_height)
        return size

    def drawPara(self, debug=0):  # noqa: N802 (ReportLab's name)
        """Draw each line in display order when the text holds Hebrew or Arabic (wrapped in typed order)."""
        typed = self.blPara
        text = typed_text(typed)
        if not has_rtl(text):
            return super().drawPara(debug)
        self.blPara = visual_lines(typed, base_direction(text))
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = typed

    def _overflows(self, width: float) -> bool:
        lines = self.blPara.lines
        if self.blPara.kind == 0:
            return any(extra < -0.5 for extra, _ in lines)
        return any(getattr(line, "extraSpace", 0) < -0.5 for line in lines)


def paragraph(markup: str, style: ParagraphStyle, **extra) -> Paragraph:
    """A Paragraph; one with Chinese, Japanese or Korean text wraps between characters, never before "。"."""
    if has_cjk(markup):
        style = _CJK_STYLES.get(style.name) or _CJK_STYLES.setdefault(
            style.name, ParagraphStyle(f"{style.name}_cjk", parent=style, wordWrap="CJK"))
    return Text(markup, style, **extra)


@dataclass(frozen=True)
class Context:
    """What every section needs: the data, the choices, the words and the page width."""

    data: ReportData
    options: ReportOptions
    texts: Texts
    fmt: Formatter
    width: float
    styles: Styles = STYLES
    present: tuple = ()  # the sections that have something to show (known once they are built)

    @property
    def show_money(self) -> bool:
        return self.data.summary.rates.show_money

    def section(self, key: str) -> SectionHeading:
        title = self.texts(key)
        return SectionHeading(escape(title), self.styles.section, outline_title=title)

    def para(self, markup: str, style=None) -> Paragraph:
        """A paragraph of our own markup (escape user parts with :func:`plain` first)."""
        return paragraph(markup, style or self.styles.body)

    def user(self, text: str, style=None, max_lines: int | None = None) -> Paragraph:
        """A paragraph of user text, printed literally; at most ``max_lines`` lines, shortened with "…"."""
        style = style or self.styles.body
        if max_lines is not None:
            text = fit_lines(text, style, self.width, max_lines)
        return paragraph(plain(text, style.fontName), style)

    def user_text(self, text: str, style=None, before: str = "", after: str = "") -> list[Paragraph]:
        """A long user text as paragraphs that flow across pages (``before``/``after``: markup around it)."""
        style = style or self.styles.body
        blocks = text_blocks(text)
        paragraphs = []
        for index, (block, ends) in enumerate(blocks):
            markup = plain(block, style.fontName)
            if index == 0:
                markup = before + markup
            if index == len(blocks) - 1:
                markup += after
            paragraphs.append(paragraph(markup, style if ends else _continued(style)))
        return paragraphs

    def words(self, key: str, style=None, **values) -> Paragraph:
        """A paragraph of the report's own words (values may be user text: they are escaped)."""
        style = style or self.styles.body
        escaped = {name: plain(str(value), style.fontName) for name, value in values.items()}
        return paragraph(escape(self.texts(key)).format(**escaped) if values else escape(self.texts(key)), style)

    @property
    def period_text(self) -> str:
        period = self.data.summary.period
        return self.fmt.period(period.start, period.end)


def _continued(style: ParagraphStyle) -> ParagraphStyle:
    """The style for a piece of a paragraph that goes on in the next piece: no space in between."""
    return _CONTINUED.setdefault(style.name, ParagraphStyle(f"{style.name}_continued", parent=style, spaceAfter=0))


_CONTINUED: dict[str, ParagraphStyle] = {}


def fit_lines(text: str, style: ParagraphStyle, width: float, max_lines: int) -> str:
    """``text`` when it sets in at most ``max_lines`` lines of ``width``; else its longest start that does, with "…".

    For a cell or a cover line that must stay small: a table row taller than
    a page cannot be laid out at all.
    """
    limit = max_lines * style.leading + 0.01

    def fits(candidate: str) -> bool:
        return paragraph(plain(candidate, style.fontName), style).wrap(width, 1e9)[1] <= limit

    # no visible glyph is narrower than a fifth of the font size
    bound = int(max_lines * (width / (style.fontSize * 0.2) + 1))
    if len(text) <= bound and fits(text):
        return text
    return shortened(text[:bound], fits)


def _span(canvas, words: str) -> None:
    """Open a marked-content span whose text, for programs reading the text layer, is ``words`` (/ActualText)."""
    spoken = "FEFF" + words.encode("utf-16-be").hex().upper()  # any character, nothing to escape
    canvas.addLiteral(f"/Span <</ActualText <{spoken}>>> BDC")


class TileValue(Flowable):
    """A tile's number (one line where it fits); the text layer reads the whole tile, "label number note".

    The number is set large above its label, so poppler's reading order
    (pdftotext, copy and paste) took the numbers of a whole row first and the
    labels after them. The number is drawn inside a span that reads as the
    tile's words, and the small print beneath in one that reads as nothing
    (:class:`Unspoken`), so each tile reads whole, tile by tile. pypdf and
    viewers that ignore /ActualText read the drawn glyphs as before. Drawn
    with the canvas, not as a Paragraph: poppler places a span's words with
    the font and position in force where the span ends, and a Paragraph
    restores the graphics state before that.
    """

    def __init__(self, value: str, style: ParagraphStyle, words: str):
        super().__init__()
        self.value, self.style, self.words = value, style, " ".join(words.split())
        self.lines = [value]

    def wrap(self, available_width, available_height):
        # a value too wide even at the smallest size (amounts in several currencies) goes on over lines
        self.lines = _lines(self.value, self.style, available_width)
        self.width, self.height = available_width, self.style.leading * len(self.lines)
        return self.width, self.height

    def draw(self):
        style, canvas = self.style, self.canv
        canvas.setFillColor(style.textColor)
        baseline = self.height - getAscent(style.fontName, style.fontSize)
        for number, line in enumerate(self.lines):
            # the words on the first line only: a span over several lines reads as turned text to poppler
            _span(canvas, self.words if number == 0 else "")
            draw_string(canvas, 0, baseline - number * style.leading, line, style.fontSize, base=style.fontName)
            canvas.addLiteral("EMC")


def _lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """``text`` broken between words into lines no wider than ``width`` (a longer word keeps a line of its own)."""
    lines = [""]
    for word in text.split(" "):
        candidate = f"{lines[-1]} {word}" if lines[-1] else word
        if lines[-1] and string_width(candidate, style.fontSize, style.fontName) > width:
            lines.append(word)
        else:
            lines[-1] = candidate
    return lines


class Unspoken(Flowable):
    """Draws ``content``; the text layer leaves it out (a tile's value speaks its words, see TileValue)."""

    def __init__(self, content: Flowable):
        super().__init__()
        self.content = content

    def wrap(self, available_width, available_height):
        self.width, self.height = self.content.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self):
        _span(self.canv, "")
        self.content.drawOn(self.canv, 0, 0)
        self.canv.addLiteral("EMC")


def words_of(markup: str) -> str:
    """The text of our paragraph markup: tags dropped (a line break is a space), entities resolved."""
    return unescape(re.sub(r"<[^>]*>", " ", markup))


TILE_GAP = 3 * mm
TILE_PADDING = 14  # left + right


def tile_text_width(width: float, columns: int) -> float:
    """How wide the text inside one of ``columns`` tiles across ``width`` may be."""
    return (width - TILE_GAP * (columns - 1)) / columns - TILE_PADDING


def tiles(ctx: Context, items: Sequence[tuple[str, str, str]], columns: int = 4,
          note_style: ParagraphStyle | None = None, filler: Flowable | None = None) -> Table:
    """Key figures as tiles: (label, value, note) each, ``columns`` per row.

    ``filler`` takes the empty cells of a last row that is not full (nine tiles in rows of four leave
    three); ask :func:`tiles_leave_room` first, and place it elsewhere when there is none.
    """
    styles = ctx.styles
    note_style = note_style or styles.tile_note
    gap = TILE_GAP
    tile_width = (ctx.width - gap * (columns - 1)) / columns

    inner_width = tile_text_width(ctx.width, columns)

    # One tile style: every value in the same size (the largest that fits them all), on top, so the
    # figures of a row stand on one line; label and note beneath it in small type read as one block.
    # The text layer reads each tile as "label value note" (see TileValue).
    value_style = styles.tile_value
    widest = max((stringWidth(unescape(value), value_style.fontName, value_style.fontSize)
                  for _, value, _ in items), default=0)
    if widest > inner_width - 1:
        size = max(9.0, value_style.fontSize * (inner_width - 1) / widest)
        value_style = ParagraphStyle(f"tile_value_{size:.1f}", parent=value_style, fontSize=size)
    # the label in the note's font and size (set apart by colour): one block of text for pdftotext
    labels = [f"<font color='#{INK.hexval()[2:]}'>{escape(text)}</font>" for text, _, _ in items]

    def cell(label: str, value: str, note: str) -> Table:
        words = " ".join(words_of(part) for part in (label, value, note))
        inner = Table([[TileValue(unescape(value), value_style, words)],
                       [Unspoken(paragraph(f"{label}<br/>{note}", note_style))]],
                      colWidths=[inner_width])
        inner.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (0, 0), 2),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return inner

    rows, row = [], []
    for label, (_, value, note) in zip(labels, items):
        row.append(cell(label, value, note))
        row.append("")
        if len(row) == columns * 2:
            rows.append(row[:-1])
            row = []
    filled = None
    if row:
        if filler is not None:
            filled = len(row)  # the cell after the last tile's gap, spanning to the end of the row
            row += [filler, ""] + ["", ""] * (columns - len(row) // 2 - 1)
        else:
            row += ["", ""] * (columns - len(row) // 2)
        rows.append(row[:-1])
    widths = []
    for index in range(columns):
        widths.append(tile_width)
        if index < columns - 1:
            widths.append(gap)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for r, cells in enumerate(rows):
        for c in range(0, len(cells), 2):
            if cells[c] != "" and cells[c] is not filler:
                commands.append(("BACKGROUND", (c, r), (c, r), TILE))
                commands.append(("LINEABOVE", (c, r), (c, r), 2, ACCENT))
    for r in range(len(rows) - 1):
        commands.append(("BOTTOMPADDING", (0, r), (-1, r), 12))
    if filled is not None:
        commands += [("SPAN", (filled, len(rows) - 1), (-1, len(rows) - 1)),
                     ("LEFTPADDING", (filled, len(rows) - 1), (-1, len(rows) - 1), 12),
                     ("RIGHTPADDING", (filled, len(rows) - 1), (-1, len(rows) - 1), 0)]
    table.setStyle(TableStyle(commands))
    return table


def tiles_leave_room(count: int, columns: int = 4) -> bool:
    """Whether ``count`` tiles in rows of ``columns`` leave at least half a row empty for a filler."""
    return 0 < count % columns <= columns // 2


class _EndsKeptTable(Table):
    """A Table whose NOSPLIT bookkeeping holds only the cells inside its NOSPLIT ranges.

    ReportLab's own fills an entry for every cell on every layout pass and
    split (half a second of CPU in a 10,000-row appendix); it only ever looks
    up the cells it lists as inside a range, so the split positions are the same.
    """

    def _calcNoSplitRanges(self) -> None:  # noqa: N802 (ReportLab's name)
        ranges: dict[tuple[int, int], tuple[int, int, int, int] | None] = {}
        columns: list[tuple[int, int]] = []
        rows: list[tuple[int, int]] = []
        self._nosplitRanges, self._colNoSplitCells, self._rowNoSplitCells = ranges, columns, rows
        for _command, (x0, y0), (x1, y1) in self._nosplitCmds:
            x0, x1 = sorted((x0 + self._ncols if x0 < 0 else x0, x1 + self._ncols if x1 < 0 else x1))
            y0, y1 = sorted((y0 + self._nrows if y0 < 0 else y0, y1 + self._nrows if y1 < 0 else y1))
            if x0 == x1 and y0 == y1:
                continue
            cells = [(x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]
            if x0 != x1:
                columns.extend(cells)
            if y0 != y1:
                rows.extend(cells)
            ranges.update(dict.fromkeys(cells))  # clobbered, as in ReportLab, apart from the main entry
            ranges[x0, y0] = (x0, y0, x1, y1)


def no_lone_rows(table: Table, rows: int) -> Table:
    """A table split over pages keeps at least two rows under its header on each side of the break.

    A single row at the top of the next page under a repeated header reads
    as a mistake. ``rows`` counts the header row too.
    """
    if rows > 4:
        table.setStyle(TableStyle([("NOSPLIT", (0, 0), (-1, 2)), ("NOSPLIT", (0, -2), (-1, -1))]))
        # the same table with lean NOSPLIT bookkeeping (ReportLab swaps an instance's class the same way);
        # its split parts are made with self.__class__ and stay lean
        table.__class__ = _EndsKeptTable
    return table


def data_table_style(rows: int, right_columns: Sequence[int] = ()) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTNAME", (0, 1), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_DARK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if rows > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]))
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    return TableStyle(commands)


class ProgressBar(Flowable):
    """Achieved against target: a filled bar, capped at the frame, with the over-achievement marked."""

    def __init__(self, share: float | None, width: float, height: float = 7):
        super().__init__()
        self.share = share
        self.width = width
        self.height = height

    def wrap(self, available_width, available_height):
        return self.width, self.height + 3

    def draw(self):
        drawing = Drawing(self.width, self.height)
        drawing.add(Rect(0, 0, self.width, self.height, fillColor=TILE, strokeColor=None))
        if self.share:
            filled = min(self.share, 1.0) * self.width
            drawing.add(Rect(0, 0, filled, self.height, fillColor=ACCENT, strokeColor=None))
            if self.share > 1:
                drawing.add(String(self.width - 2, 1.2, "+", fontName=BOLD, fontSize=6.5, fillColor=WHITE,
                                   textAnchor="end"))
        drawing.drawOn(self.canv, 0, 2)


class PinToBottom(Flowable):
    """Takes the rest of the frame and draws its content at the bottom (the cover's key figures)."""

    def __init__(self, content: Sequence[Flowable]):
        super().__init__()
        self.content = list(content)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, available_width, available_height):
        self._sizes = [item.wrap(available_width, available_height) for item in self.content]
        needed = sum(height for _, height in self._sizes)
        self.width, self.height = available_width, max(available_height, needed)
        return self.width, self.height

    def draw(self):
        y = sum(height for _, height in self._sizes)
        for item, (_, height) in zip(self.content, self._sizes):
            y -= height
            item.drawOn(self.canv, 0, y)


class Panel(Flowable):
    """Flowables on a tinted background with a rule on the left, split across pages like the text inside.

    A Table would hold the same look, but a table row taller than a page
    cannot be laid out, and one long testimonial would stop every export.
    """

    def __init__(self, content: Sequence[Flowable], background=TILE, rule=ACCENT, rule_width: float = 3,
                 padding: tuple[float, float] = (9, 12)):
        super().__init__()
        self.content = list(content)
        self.background, self.rule, self.rule_width = background, rule, rule_width
        self.pad_y, self.pad_x = padding
        # shared with the parts of a split, so each piece is measured once; keyed by the piece itself
        # (an id could be reused by a newer piece once an older one is gone)
        self._heights: dict[tuple[Flowable, float], float] = {}

    def _part(self, content: list) -> Panel:
        part = Panel(content, self.background, self.rule, self.rule_width, (self.pad_y, self.pad_x))
        part._heights = self._heights
        return part

    def _height(self, item: Flowable, width: float) -> float:
        key = (item, width)
        if key not in self._heights:
            self._heights[key] = item.wrap(width, 1e9)[1]
        return self._heights[key]

    def _gap(self, index: int) -> float:
        """Space between item ``index`` and the one before it."""
        if index == 0:
            return 0
        return max(self.content[index - 1].getSpaceAfter(), self.content[index].getSpaceBefore())

    def wrap(self, available_width, available_height):
        inner = available_width - 2 * self.pad_x
        height = 2 * self.pad_y
        for index, item in enumerate(self.content):
            height += self._gap(index) + self._height(item, inner)
            if height > available_height:
                break  # enough to know it does not fit; the rest is measured as the split reaches it
        self.width, self.height = available_width, height
        return self.width, self.height

    def split(self, available_width, available_height):
        inner = available_width - 2 * self.pad_x
        room = available_height - 2 * self.pad_y
        used = 0.0
        for index, item in enumerate(self.content):
            gap = self._gap(index)
            height = self._height(item, inner)
            if used + gap + height <= room:
                used += gap + height
                continue
            pieces = item.split(inner, room - used - gap) if room - used - gap > 0 else []
            if len(pieces) > 1:
                first, rest = self.content[:index] + pieces[:1], pieces[1:] + self.content[index + 1:]
            else:
                first, rest = self.content[:index], self.content[index:]
            return [self._part(first), self._part(rest)] if first else []
        return [self]

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.background)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setStrokeColor(self.rule)
        canvas.setLineWidth(self.rule_width)
        canvas.line(self.rule_width / 2, 0, self.rule_width / 2, self.height)
        canvas.restoreState()
        inner = self.width - 2 * self.pad_x
        y = self.height - self.pad_y
        for index, item in enumerate(self.content):
            _, height = item.wrap(inner, 1e9)
            y -= self._gap(index) + height
            item.drawOn(canvas, self.pad_x, y)


def stack_height(flowables: Sequence[Flowable], width: float) -> float:
    """Height of flowables set one under the other in a frame ``width`` wide."""
    height = 0.0
    for index, item in enumerate(flowables):
        height += item.wrap(width, 1e9)[1] + item.getSpaceAfter() + (item.getSpaceBefore() if index else 0)
    return height


# Taller than this, a block flows on instead of being kept on one page: pushing a block
# taller than the space left to the next page leaves a page nearly blank.
KEEP_TOGETHER_HEIGHT = 360


def keep_together(block: Sequence[Flowable], width: float) -> list[Flowable]:
    """``block`` on one page when it is short enough; a longer one flows (its headings keep with what follows)."""
    if stack_height(block, width) <= KEEP_TOGETHER_HEIGHT:
        return [KeepTogether(list(block))]
    return list(block)


class ShrinkingChart(KeepTogether):
    """A chart with its title and note, kept together, that gives up some height rather than leave a page half empty.

    ``draw_chart(height)`` makes the drawing. Where the block does not fit at
    its full ``height`` but would at ``least`` or more, the chart is drawn as
    tall as the room allows; with less room it moves to the next page whole.
    """

    def __init__(self, title: Flowable, draw_chart: Callable[[float], Flowable], height: float, least: float,
                 note: Flowable | None = None):
        self.parts = (title, note)
        self.draw_chart, self.full, self.least = draw_chart, height, least
        super().__init__(self._content_for(height))

    def _content_for(self, height: float) -> list[Flowable]:
        title, note = self.parts
        return [title, self.draw_chart(height), *([note] if note is not None else [])]

    def split(self, aW, aH):  # noqa: N803 - ReportLab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > aH:
            height = self.full - (self._H - aH) - 0.5
            if height >= self.least:
                return self._content_for(height)
        return super().split(aW, aH)


class ShrinkingGap(Flowable):
    """Vertical space of up to ``height`` that gives way to what follows it, so a page keeps its content.

    The cover opens with air above the name; a long name or headline takes
    from that air instead of pushing the key figures onto a second page.
    """

    def __init__(self, height: float, following: Sequence[Flowable]):
        super().__init__()
        self.most = height
        self.following = list(following)

    def wrap(self, available_width, available_height):
        room = available_height - stack_height(self.following, available_width)
        self.width, self.height = available_width, max(0.0, min(self.most, room))
        return self.width, self.height

    def draw(self):
        pass


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)
