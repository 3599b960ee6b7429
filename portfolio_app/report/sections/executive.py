"""Page 1, the executive summary: who this is, what they achieved, proof in numbers, work and voices.

A reader who stops after this page knows the person, how to reach them, the
period, three outcomes with their numbers, three to five works with why each
mattered, and what others say. Every part is left out when there is nothing
true to put in it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Table, TableStyle

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.records import ContributionFacts
from portfolio_app.domain.value import reach_of
from portfolio_app.report.blocks import Context, fit_lines, paragraph, spacer, tile_text_width, tiles
from portfolio_app.report.data import TestimonialText
from portfolio_app.report.document import OutlineMark
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.options import Section
from portfolio_app.report.proof_points import proof_points
from portfolio_app.report.sections.common import (
    HEADLINE_LINES,
    NAME_LINES,
    VALUE_LINES,
    channel_of,
    contact_line,
    figures_line,
    linked_title,
    organisation_of,
    quote,
)
from portfolio_app.report.styles import RULE
from portfolio_app.report.text import plain

FEATURED_MAX = 5
FEATURED_MIN = 3  # filled up with the strongest pieces when fewer are marked as featured
TESTIMONIALS_MAX = 2
PROOF_LINES = 6


def featured_works(ctx: Context) -> list[ContributionFacts]:
    """The person's featured works, strongest first; topped up to three with the strongest others (no replies)."""
    def strength(c: ContributionFacts):
        return (-(reach_of(c)[0] or 0), c.date, c.id)

    featured = sorted((c for c in ctx.data.contributions if c.featured), key=strength)[:FEATURED_MAX]
    if len(featured) < FEATURED_MIN:
        chosen = {c.id for c in featured}
        others = sorted((c for c in ctx.data.contributions if c.id not in chosen
                         and c.kind is not ContributionKind.ANSWER and reach_of(c)[0] is not None), key=strength)
        featured += others[:FEATURED_MIN - len(featured)]
    return featured


def _header(ctx: Context) -> list:
    texts, styles, profile = ctx.texts, ctx.styles, ctx.data.profile
    story = [ctx.user(profile.name.strip() or texts("doc.title"), styles.cover_name, max_lines=NAME_LINES)]
    if profile.headline.strip():
        story.append(ctx.user(profile.headline.strip(), styles.cover_headline, max_lines=HEADLINE_LINES))
    contact = contact_line(ctx)
    if contact:
        story.append(ctx.para(contact, styles.body_tight))
    facts = [f"<font name='{BOLD}'>{escape(texts('cover.period'))}:</font> {escape(ctx.period_text)}"]
    if ctx.options.prepared_for.strip():
        prepared_for = fit_lines(ctx.options.prepared_for.strip(), styles.meta, ctx.width, VALUE_LINES)
        facts.append(f"<font name='{BOLD}'>{escape(texts('cover.prepared_for'))}:</font> {plain(prepared_for)}")
    story.append(ctx.para("  ·  ".join(facts), styles.meta))
    return story


def _rule(ctx: Context) -> Table:
    line = Table([[""]], colWidths=[ctx.width], rowHeights=[1])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)]))
    return line


def _proof(ctx: Context) -> list:
    points = proof_points(ctx.data.summary, ctx.fmt, ctx.texts)
    if not points:
        return []
    columns = len(points) if len(points) > 1 else 3
    width = tile_text_width(ctx.width, columns)
    # the words may hold a campaign's name of any length: a tile keeps to a few lines
    items = [(point.label, escape(point.value), plain(fit_lines(point.words, ctx.styles.tile_words, width,
                                                                PROOF_LINES), language=ctx.texts.language))
             for point in points]
    return [ctx.para(escape(ctx.texts("exec.proof")), ctx.styles.heading),
            tiles(ctx, items, columns=columns, note_style=ctx.styles.tile_words)]


def _featured(ctx: Context) -> list:
    works = featured_works(ctx)
    if not works:
        return []
    styles = ctx.styles
    rows = []
    for number, work in enumerate(works, start=1):
        meta = [escape(ctx.texts.kind(work.kind)), plain(channel_of(ctx, work))]
        organisation = organisation_of(ctx, work)
        if organisation and organisation not in channel_of(ctx, work):  # "Company page (Acme) · Acme" says it twice
            meta.append(plain(organisation))
        meta.append(escape(ctx.fmt.month(work.date)))
        figures = figures_line(ctx, work)
        if figures:
            meta.append(figures)
        # the number is the title's bullet, in the title's size: the text layer reads "1 Title", not "Title … 1"
        # the title in the style's own font: "𝐁𝐨𝐥𝐝" letters are set in bold only where the base font is not bold
        cell = [paragraph(linked_title(ctx, work, styles.featured_title.fontName), styles.featured_title,
                          bulletText=f"{number}"),
                ctx.para(" · ".join(meta), styles.featured_meta)]
        why = ctx.data.why_it_mattered.get(work.id, "")
        if why:
            cell.append(ctx.para(plain(why), styles.featured_why))
        rows.append([cell])
    table = Table(rows, colWidths=[ctx.width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
    ]))
    return [KeepTogether([ctx.para(escape(ctx.texts("exec.featured")), styles.heading), table])]


def chosen_testimonials(ctx: Context) -> list[TestimonialText]:
    """One or two voices: those that say who the author is (role, organisation) first, newest first."""
    return sorted(ctx.data.testimonials, key=lambda t: (bool(t.organisation.strip()), bool(t.role.strip()),
                                                        t.date is not None and t.date.toordinal()),
                  reverse=True)[:TESTIMONIALS_MAX]


def on_first_page(ctx: Context) -> tuple[set[int], list[TestimonialText]]:
    """The works and testimonials page 1 shows, so later sections need not repeat them."""
    if not ctx.options.includes(Section.SUMMARY):
        return set(), []
    return {work.id for work in featured_works(ctx)}, chosen_testimonials(ctx)


def _voices(ctx: Context) -> list:
    chosen = chosen_testimonials(ctx)
    if not chosen:
        return []
    quotes = []
    for testimonial in chosen:
        quotes += [quote(ctx, testimonial, compact=True), spacer(1.5)]
    return [KeepTogether([ctx.para(escape(ctx.texts("exec.voices")), ctx.styles.heading), *quotes[:-1]])]


def build(ctx: Context) -> list:
    story: list = [OutlineMark(ctx.texts("section.summary"), ctx.styles.body)]
    story += _header(ctx)
    story += [spacer(1.5), _rule(ctx), spacer(2)]
    summary = ctx.data.profile.summary.strip()
    if summary:
        story += ctx.user_text(summary)
    elif not ctx.data.summary.contributions:
        story.append(ctx.words("summary.sentence.nothing"))
    story += _proof(ctx)
    story += _featured(ctx)
    story += _voices(ctx)
    return story

