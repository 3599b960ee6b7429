"""Charts: audience over time, contributions per month, channel mix, portable vs employer."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Table, TableStyle

from portfolio_app.report import charts
from portfolio_app.report.blocks import Context
from portfolio_app.report.sections import summary


def _block(ctx: Context, title_key: str, drawing, note_key: str | None = None) -> list:
    """Title, chart and note; nothing at all when the chart has no data."""
    if drawing is None:
        return []
    styles = ctx.styles
    parts = [ctx.para(escape(ctx.texts(title_key)), styles.heading), drawing]
    if note_key:
        parts.append(ctx.para(escape(ctx.texts(note_key)), styles.note))
    return parts


def build(ctx: Context) -> list:
    fmt, texts, data, figures = ctx.fmt, ctx.texts, ctx.data, ctx.data.summary
    half = (ctx.width - 18) / 2
    blocks = [
        _block(ctx, "chart.audience", charts.audience_growth(data.audience_series, fmt, texts, ctx.width,
                                                              measured_until=data.measured_until),
               "chart.audience.note"),
        _block(ctx, "chart.per_quarter" if len(data.per_month) > charts.QUARTERS_ABOVE else "chart.per_month",
               charts.contributions_per_month(data.per_month, fmt, ctx.width)),
    ]
    left = _block(ctx, "chart.channels", charts.channel_mix(figures.by_channel, fmt, texts, half),
                  "chart.channels.note")
    right = _block(ctx, "chart.built", charts.reach_built(figures.career, fmt, texts, half), "chart.built.note")
    story = summary.key_figures(ctx) if ctx.data.summary.contributions else []
    story += [KeepTogether(block) for block in blocks if block]
    if left and right:
        pair = Table([[left, right]], colWidths=[half + 18, half], hAlign="LEFT")
        pair.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 18),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ]))
        story.append(pair)
    elif left or right:
        story.append(KeepTogether(left or right))
    return [ctx.section("section.charts"), *story] if story else []
