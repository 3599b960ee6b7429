"""The page frame: paper size, header and "page X of Y" footer, outline and metadata."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import FrameBreak, _ktAllow

from portfolio_app.report.fonts import REGULAR, draw_string, shorten, string_width
from portfolio_app.report.styles import ACCENT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE

PAGE_SIZES = {"a4": A4, "letter": LETTER}


class SectionHeading(Paragraph):
    """A heading that also becomes a bookmark in the PDF outline."""

    def __init__(self, text: str, style, outline_title: str, level: int = 0):
        super().__init__(text, style)
        self.outline_title = outline_title
        self.outline_level = level


class OutlineMark(Paragraph):
    """An invisible bookmark (for the cover, which has no heading)."""

    def __init__(self, outline_title: str, style):
        super().__init__("", style)
        self.outline_title = outline_title
        self.outline_level = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        pass


# A heading starts at the foot of a page only with at least this much of what follows beneath it.
MIN_START = 48


class KeepWithStart(KeepTogether):
    """Headings (keepWithNext) and the flowable they introduce: on this page only with its start beneath them.

    ReportLab's own grouping keeps the whole follower with its heading, so a
    heading over a long table moved to the next page and left this one half
    empty; this group lets the follower split once the headings and its first
    ``MIN_START`` points fit.
    """

    def split(self, aW, aH):  # noqa: N803 - ReportLab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        if self._H <= aH or len(content) < 2 or (frame is not None and getattr(frame, "_atTop", False)):
            return super().split(aW, aH)
        heads, follower = content[:-1], content[-1]
        room = aH
        for index, head in enumerate(heads):
            room -= head.wrap(aW, room)[1] + head.getSpaceAfter() + (head.getSpaceBefore() if index else 0)
        room -= follower.getSpaceBefore()
        pieces = follower.split(aW, room) if room >= MIN_START else []
        if pieces and pieces[0].wrap(aW, room)[1] >= MIN_START:
            return content  # the frame sets the headings, then splits the follower itself
        return [FrameBreak(), *content]


@dataclass(frozen=True)
class PageDecor:
    """The words around every page after the cover."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]  # (page, pages) -> "Page 2 of 9"


def numbered_canvas(decor: PageDecor, cover_pages: int, bare_header_page: int = 0,
                    before_save: Callable[[Canvas], None] | None = None) -> type[Canvas]:
    """A canvas class that holds pages back until the end, so each footer knows the page count.

    ``bare_header_page`` (1-based, 0 for none) gets no running header: the executive summary
    carries the name in large type itself.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                if self._pageNumber > cover_pages:
                    self._decorate(total)
                super().showPage()
            if before_save is not None:
                before_save(self)  # e.g. embed the data file, once the pages are final
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            top = height - MARGIN_TOP + 8
            bottom = MARGIN_BOTTOM - 10
            self.line(MARGIN_X, bottom, width - MARGIN_X, bottom)
            if self._pageNumber != bare_header_page:
                self.line(MARGIN_X, top, width - MARGIN_X, top)
                self._pair(top + 5, decor.header_left, decor.header_right, ACCENT)
            self._pair(bottom - 11, decor.footer_left, decor.page_label(self._pageNumber, total), MUTED)
            self.restoreState()

        def _pair(self, y: float, left: str, right: str, right_color) -> None:
            """One line with a text on each side; the left one (a name of any length) gives way with "…"."""
            width = self._pagesize[0]
            right = shorten(right, 7.5, (width - 2 * MARGIN_X) / 2)
            room = width - 2 * MARGIN_X - string_width(right, 7.5) - 12
            self.setFillColor(MUTED)
            draw_string(self, MARGIN_X, y, shorten(left, 7.5, room), 7.5)
            self.setFillColor(right_color)
            draw_string(self, width - MARGIN_X, y, right, 7.5, align="right")

    return NumberedCanvas


class PortfolioDocument(BaseDocTemplate):
    """Cover page template, then body pages; headings become outline entries."""

    def __init__(self, target, page_size: str, with_cover: bool = True, **metadata):
        size = PAGE_SIZES[page_size]
        super().__init__(
            target,
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=REGULAR,  # every page starts in the embedded font, not in Helvetica (not embedded)
            **metadata,
        )
        width, height = size
        body = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - 2 * MARGIN_BOTTOM, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="cover", frames=[cover], onPage=self._draw_cover_band),
                     PageTemplate(id="body", frames=[body])]
        # the first template is the first page's: without a cover, body pages from the start
        self.addPageTemplates(templates if with_cover else templates[::-1])
        self._bookmarks = 0

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    @staticmethod
    def _draw_cover_band(canvas, document) -> None:
        width, height = document.pagesize
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 14, width, 14, stroke=0, fill=1)
        canvas.rect(0, 0, 6, height, stroke=0, fill=1)
        canvas.restoreState()

    def handle_keepWithNext(self, flowables):  # noqa: N802 - ReportLab's name
        """Group a run of keepWithNext flowables (headings) with what follows, so a heading never ends a page.

        ReportLab leaves a heading alone when the next flowable is itself a
        KeepTogether block (a career entry, a campaign): it could not nest
        them, so the heading sat at the foot of a page with its block on the
        next. Here such a block's content joins the heading's group.
        """
        count = 0
        while count < len(flowables) and flowables[count].getKeepWithNext() and _ktAllow(flowables[count]):
            count += 1
        if not count:
            return
        heads = flowables[:count]
        for head in heads:
            head.__dict__["keepWithNext"] = 0  # as ReportLab does: the group now keeps them
        following = flowables[count] if count < len(flowables) else None
        if isinstance(following, KeepTogether):  # a block kept whole, a chart that shrinks too: the headings join it
            group: KeepTogether = KeepTogether([*heads, *following._content])
            count += 1
        elif following is not None and _ktAllow(following):
            group = KeepWithStart([*heads, following])
            count += 1
        else:
            group = KeepTogether(heads)
        del flowables[:count]
        flowables.insert(0, group)

    def afterFlowable(self, flowable):  # noqa: N802 - ReportLab's name
        title = getattr(flowable, "outline_title", None)
        if title is None:
            return
        self._bookmarks += 1
        key = f"section-{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=flowable.outline_level, closed=False)
