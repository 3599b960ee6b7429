"""Putting the sections together into one PDF with metadata, outline and page numbers."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from portfolio_app import __version__
from portfolio_app.report.attachment import attach, portfolio_json
from portfolio_app.report.blocks import Context
from portfolio_app.report.data import ReportData
from portfolio_app.report.document import PageDecor, PortfolioDocument, numbered_canvas
from portfolio_app.report.fonts import register_family
from portfolio_app.report.formatting import Formatter
from portfolio_app.report.options import ReportOptions, Section
from portfolio_app.report.sections import BUILDERS
from portfolio_app.report.styles import styles_for
from portfolio_app.report.wording import Texts
from portfolio_app.report.writer import write_atomically

# Sections that start on a fresh page; the others follow on when enough room is left.
_NEW_PAGE = {Section.CHARTS}
_MIN_ROOM = 45 * mm


Progress = Callable[[int, int], None]  # (done, total) in laid-out blocks


def _progress_relay(progress: Progress) -> Callable[[str, int], None]:
    """ReportLab reports ('SIZE_EST', n) once, then ('PROGRESS', handled); pass on (done, total).

    Splitting a table over pages adds blocks, so ReportLab's count can step
    back; the relay only ever moves forward.
    """
    total, done = [1], [0]

    def relay(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(1, value)
        elif kind == "PROGRESS" and value > done[0]:
            done[0] = min(value, total[0])
            progress(done[0], total[0])
        elif kind == "FINISHED":
            progress(total[0], total[0])

    return relay


def render(data: ReportData, options: ReportOptions, target: BinaryIO, progress: Progress | None = None) -> int:
    """Write the PDF for ``data`` into an open binary file; returns the number of pages.

    ``progress`` is called as blocks are laid out; an exception it raises (a
    user's Cancel) stops the export, and the atomic writer discards the file.
    """
    register_family()
    texts = Texts(options.text_language)
    fmt = Formatter(options.language)
    name = data.profile.name.strip()
    period = data.summary.period
    period_text = fmt.period(period.start, period.end)
    title = f"{name} – {texts('doc.title')}" if name else texts("doc.title")
    with_cover = options.includes(Section.COVER)
    document = PortfolioDocument(
        target,
        options.page_size,
        with_cover=with_cover,
        title=title,
        author=name,
        subject=texts("doc.subject", period=period_text),
        creator=texts("doc.creator", version=__version__),
        lang="de" if texts.language == "de" else "en",
    )
    ctx = Context(data, options, texts, fmt, document.frame_width, styles_for(texts.language))
    # A section with nothing to show returns no blocks and is left out, heading, outline entry and all.
    built = {section: BUILDERS[section](ctx) for section in options.sections if section is not Section.COVER}
    present = tuple(section for section, blocks in built.items() if blocks)
    ctx = dataclasses.replace(ctx, present=present)
    story: list = []
    for section in options.sections:
        blocks = BUILDERS[section](ctx) if section is Section.COVER else built[section]
        if not blocks:
            continue
        if story and section is not Section.COVER and story[-1].__class__ is not PageBreak:
            story.append(PageBreak() if section in _NEW_PAGE else CondPageBreak(_MIN_ROOM))
        story += blocks
    if progress is not None:
        document.setProgressCallBack(_progress_relay(progress))
    decor = PageDecor(
        header_left=f"{name} · {texts('doc.title')}" if name else texts("doc.title"),
        header_right=period_text,
        footer_left=texts("footer.generated", date=fmt.date(data.prepared_on)),
        page_label=lambda page, pages: texts("footer.page", page=page, pages=pages),
    )
    # Binary streams: ASCII85 (a relic of 7-bit mail) makes the file 25% larger and costs time.
    saved_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        cover_pages = 1 if with_cover else 0
        summary_page = cover_pages + 1 if Section.SUMMARY in present else 0
        content = portfolio_json(data, options)
        canvas = numbered_canvas(decor, cover_pages, bare_header_page=summary_page,
                                 before_save=lambda canv: attach(canv, content, texts("doc.attachment")))
        document.build(story, canvasmaker=canvas)
    finally:
        rl_config.useA85 = saved_a85
    return document.page


def render_to_file(data: ReportData, options: ReportOptions, path: Path, progress: Progress | None = None) -> int:
    """Write the PDF to ``path`` whole or not at all (see :mod:`portfolio_app.report.writer`); returns pages."""
    pages = []
    write_atomically(path, lambda handle: pages.append(render(data, options, handle, progress)))
    return pages[0]
