"""Charts: audience over time, contributions per month, channel mix, portable vs employer."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Table, TableStyle

from portfolio_app.report import charts
from portfolio_app.report.blocks import Context, ShrinkingChart
from portfolio_app.report.sections import summary

AUDIENCE_HEIGHT, PER_MONTH_HEIGHT = 165, 120  # points, at most


def _block(ctx: Context, title_key: str, drawing, note_key: str | None = None) -> list:
    """Title, chart and note; nothing at all when the chart has no data."""
    if drawing is None:
        return []
    styles = ctx.styles
    parts = [ctx.para(escape(ctx.texts(title_key)), styles.heading), drawing]
    if note_key:
        parts.append(ctx.para(escape(ctx.texts(note_key)), styles.note))
    return parts


def _shrinking(ctx: Context, title_key: str, draw_chart, height: float, least: float,
               note_key: str | None = None) -> list:
    """A full-width chart that takes what is left of a page (down to ``least``) instead of leaving it empty."""
    if draw_chart(height) is None:
        return []
    note = ctx.para(escape(ctx.texts(note_key)), ctx.styles.note) if note_key else None
    return [ShrinkingChart(ctx.para(escape(ctx.texts(title_key)), ctx.styles.heading), draw_chart, height, least,
                           note)]


def build(ctx: Context) -> list:
    fmt, texts, data, figures = ctx.fmt, ctx.texts, ctx.data, ctx.data.summary
    half = (ctx.width - 18) / 2
    per_quarter = len(data.per_month) > charts.QUARTERS_ABOVE
    story = summary.key_figures(ctx) if ctx.data.summary.contributions else []
    story += _shrinking(ctx, "chart.audience", lambda height: charts.audience_growth(
        data.audience_series, fmt, texts, ctx.width, height=height, measured_until=data.measured_until),
        AUDIENCE_HEIGHT, AUDIENCE_HEIGHT * 0.6, "chart.audience.note")
    story += _shrinking(ctx, "chart.per_quarter" if per_quarter else "chart.per_month",
                        lambda height: charts.contributions_per_month(data.per_month, fmt, ctx.width, height=height),
                        PER_MONTH_HEIGHT, PER_MONTH_HEIGHT * 0.7)
    left = _block(ctx, "chart.channels", charts.channel_mix(figures.by_channel, fmt, texts, half),
                  "chart.channels.note")
    right = _block(ctx, "chart.built", charts.reach_built(figures.career, fmt, texts, half), "chart.built.note")
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
