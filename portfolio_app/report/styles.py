"""The look of the portfolio: one palette, one type scale, shared by every section."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from portfolio_app.report.fonts import BOLD, ITALIC, REGULAR

INK = colors.HexColor("#1b2a3a")
MUTED = colors.HexColor("#5f6f7f")
ACCENT = colors.HexColor("#1f6f8b")  # personal / portable
ACCENT_DARK = colors.HexColor("#134a5e")
WARM = colors.HexColor("#e07a5f")  # employer-owned
SHARED = colors.HexColor("#8d7bb5")
TILE = colors.HexColor("#eef4f7")
RULE = colors.HexColor("#d3dde4")
ZEBRA = colors.HexColor("#f5f8fa")
WHITE = colors.white

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm


def _style(name: str, **values) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9.5, "leading": 13.5, "textColor": INK}
    base.update(values)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle = _style("body", spaceAfter=5)
    body_tight: ParagraphStyle = _style("body_tight")
    # the bullet in the embedded font (ReportLab's default, Helvetica, is not embedded)
    bullet: ParagraphStyle = _style("bullet", leftIndent=10, bulletIndent=0, spaceAfter=1, bulletFontName=REGULAR)
    small: ParagraphStyle = _style("small", fontSize=8, leading=10.5, textColor=MUTED)
    small_right: ParagraphStyle = _style("small_right", fontSize=8, leading=10.5, textColor=MUTED, alignment=TA_RIGHT)
    note: ParagraphStyle = _style("note", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=2, spaceAfter=8)
    section: ParagraphStyle = _style(
        "section", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT_DARK, spaceBefore=16, spaceAfter=10,
        keepWithNext=1,
    )
    heading: ParagraphStyle = _style(
        "heading", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=3, keepWithNext=1
    )
    subheading: ParagraphStyle = _style(
        "subheading", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=1,
        textColor=ACCENT_DARK,
    )
    subheading_flat: ParagraphStyle = _style("subheading_flat", fontName=BOLD, fontSize=9.5, leading=12,
                                             textColor=ACCENT_DARK)  # a name heading a table row
    detail: ParagraphStyle = _style("detail", fontSize=8.5, leading=11.5, spaceAfter=2)  # dense prose: method, notes
    meta: ParagraphStyle = _style("meta", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=4, keepWithNext=1)
    quote: ParagraphStyle = _style("quote", fontName=ITALIC, fontSize=10, leading=14.5, spaceAfter=3)
    tile_value: ParagraphStyle = _style("tile_value", fontName=BOLD, fontSize=16, leading=19, textColor=ACCENT_DARK)
    tile_label: ParagraphStyle = _style("tile_label", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=MUTED)
    tile_note: ParagraphStyle = _style("tile_note", fontSize=7, leading=9, textColor=MUTED)
    tile_words: ParagraphStyle = _style("tile_words", fontSize=8, leading=10.5)  # a proof point's sentence
    why: ParagraphStyle = _style("why", fontSize=8.5, leading=11.5, textColor=ACCENT_DARK)  # why a work mattered
    featured_title: ParagraphStyle = _style("featured_title", leftIndent=16, bulletIndent=0, bulletFontName=BOLD,
                                            bulletColor=ACCENT)
    featured_meta: ParagraphStyle = _style("featured_meta", fontSize=8, leading=10.5, textColor=MUTED, leftIndent=16)
    featured_why: ParagraphStyle = _style("featured_why", fontSize=8.5, leading=11.5, textColor=ACCENT_DARK,
                                          leftIndent=16)
    cell: ParagraphStyle = _style("cell", fontSize=8, leading=10)
    cell_meta: ParagraphStyle = _style("cell_meta", fontSize=7, leading=9, textColor=MUTED)
    cell_right: ParagraphStyle = _style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT)
    cell_head: ParagraphStyle = _style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=WHITE)
    cell_head_right: ParagraphStyle = _style(
        "cell_head_right", fontName=BOLD, fontSize=8, leading=10, textColor=WHITE, alignment=TA_RIGHT
    )
    cover_kicker: ParagraphStyle = _style(
        "cover_kicker", fontName=BOLD, fontSize=10, leading=13, textColor=ACCENT, alignment=TA_LEFT
    )
    cover_name: ParagraphStyle = _style("cover_name", fontName=BOLD, fontSize=30, leading=36, spaceAfter=6)
    cover_headline: ParagraphStyle = _style("cover_headline", fontSize=14, leading=19, textColor=MUTED, spaceAfter=4)
    cover_label: ParagraphStyle = _style("cover_label", fontName=BOLD, fontSize=8, leading=11, textColor=MUTED)
    cover_value: ParagraphStyle = _style("cover_value", fontSize=11, leading=15)
    figure_value: ParagraphStyle = _style(
        "figure_value", fontName=BOLD, fontSize=12, leading=15, textColor=ACCENT_DARK, alignment=TA_LEFT
    )
    centered: ParagraphStyle = _style("centered", alignment=TA_CENTER)


STYLES = Styles()

# Pyphen's dictionaries: words break at their syllables ("Wachs-tum"), never at whatever letter fills the line.
HYPHENATION = {"de": "de_DE"}  # English keeps whole words, as English typesetting mostly does


@cache
def styles_for(language: str) -> Styles:
    """The type scale with hyphenation for ``language`` (en, de): every style breaks words at pyphen's points."""
    lang = HYPHENATION.get(language)
    if lang is None:
        return STYLES
    values = {}
    for item in fields(Styles):
        style = getattr(STYLES, item.name)
        values[item.name] = ParagraphStyle(f"{style.name}_{language}", parent=style, hyphenationLang=lang)
    return Styles(**values)
