"""Small helpers the sections share: how a contribution is named, placed and linked."""

from __future__ import annotations

from xml.sax.saxutils import escape

from portfolio_app.domain.records import ContributionFacts
from portfolio_app.domain.value import interactions_of, reach_of
from portfolio_app.report.blocks import Context, Panel, fit_lines
from portfolio_app.report.data import TestimonialText
from portfolio_app.report.fonts import BOLD, REGULAR, register_italics
from portfolio_app.report.text import link, plain, safe_url
from portfolio_app.report.wording import figure_key

# Page 1 and the cover keep to one page whatever the user typed: the name, the headline and the
# "prepared for" get at most these many lines, then "…" (contact_line gives each part one line).
NAME_LINES, HEADLINE_LINES, VALUE_LINES = 3, 3, 2


def title_of(ctx: Context, contribution: ContributionFacts) -> str:
    return contribution.title.strip() or ctx.texts("appendix.untitled")


def channel_of(ctx: Context, contribution: ContributionFacts) -> str:
    """The audience's name when it has one, else the platform."""
    if contribution.audience_id is not None and contribution.audience_id in ctx.data.audience_names:
        return ctx.data.audience_names[contribution.audience_id]
    return ctx.texts.platform(contribution.platform)


def organisation_of(ctx: Context, contribution: ContributionFacts) -> str:
    employment = ctx.data.employments.get(contribution.employment_id) if contribution.employment_id else None
    return employment.organisation if employment else ""


def linked_title(ctx: Context, contribution: ContributionFacts, base: str = REGULAR, shown: str | None = None) -> str:
    """The title (or ``shown``, a shortened one) as a link when the contribution has a safe URL, else as text."""
    url = ctx.data.urls.get(contribution.id, "")
    title = title_of(ctx, contribution) if shown is None else shown
    return link(url, title, base) if url else plain(title, base)


def meta_line(ctx: Context, contribution: ContributionFacts, with_organisation: bool = True) -> str:
    """'3 March 2024 · Talk · LinkedIn profile · Acme' as markup."""
    parts = [escape(ctx.fmt.date(contribution.date)), escape(ctx.texts.kind(contribution.kind)),
             plain(channel_of(ctx, contribution))]
    organisation = organisation_of(ctx, contribution) if with_organisation else ""
    if organisation:
        parts.append(plain(organisation))
    return " · ".join(parts)


def figures_line(ctx: Context, contribution: ContributionFacts) -> str:
    value, source = reach_of(contribution)
    parts = []
    if value is not None and source is not None:  # with its own label: views are not people
        parts.append(escape(ctx.texts(f"figure.{figure_key(contribution.platform, source)}",
                                      value=ctx.fmt.integer(value))))
    engagements = interactions_of(contribution)
    if engagements is not None:
        parts.append(escape(ctx.texts("highlights.engagements", engagements=ctx.fmt.integer(engagements))))
    return " · ".join(parts)


def money_text(ctx: Context, amounts, compact: bool = False) -> str:
    """One amount per currency, joined: figures in different currencies are never added up."""
    if not amounts:
        return ctx.texts("value.not_measured")
    return " + ".join(ctx.fmt.money(a.value, a.currency, compact=compact) for a in amounts)


NONE_HELD = "–"  # every audience of the kind was handed over before the period's end: nothing to measure


def size_at_end_text(ctx: Context, split, compact: bool = True) -> str:
    """Audiences' size at the period's end: "–" when all of them were handed over before it (the person ran
    none then), "not measured" when one was still the person's but had no figure."""
    if split.size is None and split.none_held:
        return NONE_HELD
    number = ctx.fmt.compact if compact else ctx.fmt.integer
    return number(split.size, ctx.texts("value.not_measured"))


def contact_line(ctx: Context, style=None, width: float | None = None) -> str:
    """E-mail and website as links, then phone and place: 'jana@… · jana.example.com · Zürich'.

    Each part is at most one line of ``width`` in ``style`` (shortened with "…"), so a pasted
    paragraph in a profile field cannot push page 1 or the cover over a page.
    """
    profile = ctx.data.profile
    style, width = style or ctx.styles.body_tight, width or ctx.width

    def shown(text: str) -> str:
        return fit_lines(text.strip(), style, width, 1)

    parts = []
    if profile.email.strip():
        address = profile.email.strip()
        mailto = f"mailto:{address}"
        parts.append(link(mailto, shown(address)) if safe_url(mailto) else plain(shown(address)))
    if profile.website.strip():
        website = profile.website.strip()
        parts.append(link(website, shown(website.removeprefix("https://").removeprefix("http://").rstrip("/"))))
    for text in (profile.phone, profile.location):
        if text.strip():
            parts.append(plain(shown(text)))
    return " · ".join(parts)


def testimonial_byline(ctx: Context, testimonial: TestimonialText, with_date: bool = True) -> str:
    """'— Maria Schneider, VP Marketing, Tessera Health, May 2021' as markup."""
    who = [f"<font name='{BOLD}'>{plain(testimonial.author, BOLD)}</font>"]
    who += [plain(part.strip()) for part in (testimonial.role, testimonial.organisation) if part.strip()]
    if with_date and testimonial.date:
        who.append(escape(ctx.fmt.month(testimonial.date)))
    return "— " + ", ".join(who)


def quote(ctx: Context, testimonial: TestimonialText, compact: bool = False) -> Panel:
    """A testimonial in the language's quotation marks with who said it; a long one flows over pages."""
    register_italics()
    styles = ctx.styles
    words = ctx.user_text(testimonial.text, styles.quote, before=ctx.texts("quote.open"),
                          after=ctx.texts("quote.close"))
    byline = ctx.para(testimonial_byline(ctx, testimonial, with_date=not compact), styles.small)
    return Panel([*words, byline], padding=(6, 12) if compact else (9, 12))
