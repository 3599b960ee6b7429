"""Key figures: the tiles, one sentence over the period, and what was done per kind of contribution."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph, Table

from portfolio_app.domain.value import figures_by_kind
from portfolio_app.report.blocks import Context, data_table_style, spacer, tiles, tiles_leave_room
from portfolio_app.report.sections.common import money_text, size_at_end_text
from portfolio_app.report.text import plain


def _metric_tile(ctx: Context, key: str, metric, compact=True) -> tuple[str, str, str]:
    texts, fmt = ctx.texts, ctx.fmt
    value = fmt.compact(metric.total, texts("value.not_measured")) if compact else fmt.integer(metric.total)
    return (texts(f"tile.{key}"), escape(value),
            escape(texts.count(f"tile.{key}.note", metric.contributions,
                               with_figure=fmt.integer(metric.with_figure), count=fmt.integer(metric.contributions))))


def _employer_note(ctx: Context, employer) -> str:
    texts, fmt = ctx.texts, ctx.fmt
    growth = fmt.signed(employer.growth, texts("value.not_measured"))
    if employer.handed_over_count:
        return texts("tile.employer.handed_over", growth=growth, count=fmt.integer(employer.handed_over_count),
                     size=fmt.integer(employer.handed_over))
    return texts("tile.employer.note", growth=growth)


def _tiles(ctx: Context) -> list[tuple[str, str, str]]:
    texts, fmt, s = ctx.texts, ctx.fmt, ctx.data.summary
    unknown = texts("value.not_measured")
    interactions = s.interactions
    split = s.ownership
    items = [
        (texts("tile.contributions"), escape(fmt.compact(s.contributions)),
         escape(texts("tile.contributions.note", online=fmt.integer(s.online), offline=fmt.integer(s.offline)))),
        _metric_tile(ctx, "reach", s.reach.people),
        _metric_tile(ctx, "impressions", s.reach.impressions),
        _metric_tile(ctx, "attendees", s.reach.attendees),
        (texts("tile.interactions"), escape(fmt.compact(interactions.interactions, unknown)),
         escape(texts.count("tile.interactions.note", s.contributions,
                            with_figure=fmt.integer(interactions.with_interactions),
                            count=fmt.integer(s.contributions)))),
        (texts("tile.engagement_rate"), escape(fmt.percent(interactions.rate, 2, unknown)),
         escape(texts.count("tile.engagement_rate.note", interactions.rate_basis,
                            interactions=fmt.integer(interactions.rate_interactions),
                      impressions=fmt.integer(interactions.rate_impressions),
                      basis=fmt.integer(interactions.rate_basis)))),
        (texts("tile.audience"), escape(size_at_end_text(ctx, split.total)),
         escape(texts("tile.audience.note", growth=fmt.signed(split.total.growth, unknown)))),
        (texts("tile.portable"), escape(size_at_end_text(ctx, split.personal)),
         escape(texts("tile.portable.note", growth=fmt.signed(split.personal.growth, unknown)))),
    ]
    if split.employer.audiences:
        items.append((texts("tile.employer"), escape(size_at_end_text(ctx, split.employer)),
                      escape(_employer_note(ctx, split.employer))))
    if s.earned_media_value is not None and s.audience_value is not None:
        value = s.audience_value
        rate = s.rates.audience_rate
        items += [
            (texts("tile.emv"), escape(money_text(ctx, s.earned_media_value.amounts, compact=True)),
             escape(texts("tile.emv.note"))),
            (texts("tile.audience_value"), escape(money_text(ctx, (value.amount,) if value.amount else (),
                                                             compact=True)),
             escape(texts("tile.audience_value.note", rate=f"{fmt.decimal(rate.amount, 2)} {rate.currency}"))),
        ]
    return items


def _sentence(ctx: Context) -> str:
    texts, fmt, s = ctx.texts, ctx.fmt, ctx.data.summary
    if not s.contributions:
        return escape(texts("summary.sentence.nothing"))
    channels = texts.on_channels(s.channels, fmt.integer(s.channels))
    values = {
        "start": escape(fmt.date(s.period.start)),
        "end": escape(fmt.date(s.period.end)),
        "name": plain(ctx.data.profile.name or texts("summary.you")),
        "count": escape(fmt.integer(s.contributions)),
        "channels": escape(channels),
    }
    sentences = [escape(texts.count("summary.sentence", s.contributions)).format(**values)]
    measured = [
        texts(f"summary.measured.{key}", value=fmt.integer(total))
        for key, total in (("people", s.reach.people.total), ("impressions", s.reach.impressions.total),
                           ("attendees", s.reach.attendees.total), ("interactions", s.interactions.interactions))
        if total is not None
    ]
    sentences.append(escape(texts("summary.measured", figures="; ".join(measured)) if measured
                            else texts("summary.measured.nothing")))
    if s.interactions_personal.rate is not None or s.interactions_employer.rate is not None:
        unknown = texts("value.not_measured")
        personal = fmt.percent(s.interactions_personal.rate, 2, unknown)
        employer = fmt.percent(s.interactions_employer.rate, 2, unknown)
        # a rate is named only for channels that carried contributions: none on employer-owned channels is
        # not an employer rate "not measured"
        if not s.reach_employer.contributions:
            sentences.append(escape(texts("summary.rates.personal", rate=personal)))
        elif not s.reach_personal.contributions:
            sentences.append(escape(texts("summary.rates.employer", rate=employer)))
        else:
            sentences.append(escape(texts("summary.rates", personal_rate=personal, employer_rate=employer)))
    return " ".join(sentences)


def _by_kind(ctx: Context) -> list:
    """What was done: count, people reached, views and interactions per kind of contribution."""
    texts, fmt, styles = ctx.texts, ctx.fmt, ctx.styles
    figures = figures_by_kind(ctx.data.contributions)
    if not figures:
        return []
    unknown = texts("value.not_measured")
    head = [Paragraph(escape(texts("summary.kind")), styles.cell_head)] + [
        Paragraph(escape(texts(key)), styles.cell_head_right)
        for key in ("tile.contributions", "tile.reach", "tile.impressions", "tile.interactions")
    ]
    rows = [head] + [
        [Paragraph(escape(texts.kind(item.kind)), styles.cell),
         Paragraph(escape(fmt.integer(item.contributions)), styles.cell_right),
         Paragraph(escape(fmt.integer(item.reach.people.total, unknown)), styles.cell_right),
         Paragraph(escape(fmt.integer(item.reach.impressions.total, unknown)), styles.cell_right),
         Paragraph(escape(fmt.integer(item.interactions.interactions, unknown)), styles.cell_right)]
        for item in figures
    ]
    w = ctx.width
    table = Table(rows, colWidths=[w * 0.28, w * 0.16, w * 0.18, w * 0.2, w * 0.18], hAlign="LEFT", repeatRows=1)
    table.setStyle(data_table_style(len(rows)))
    return [KeepTogether([ctx.para(escape(texts("summary.by_kind")), styles.heading), table])]


def key_figures(ctx: Context) -> list:
    """The tiles, the period in one sentence, and what was done per kind (the start of the charts section)."""
    items = _tiles(ctx)
    sentence = ctx.para(_sentence(ctx))
    if tiles_leave_room(len(items)):  # the period in words beside the last tiles, not beneath them
        story = [tiles(ctx, items, filler=sentence), spacer(4)]
    else:
        story = [tiles(ctx, items), spacer(4), sentence]
    story += _by_kind(ctx)
    return story
