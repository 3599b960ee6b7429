"""Campaigns: one compact row each (name, period, result; reach and interactions against their targets).

Beneath each row, in small type, the objective, the outcome in the author's
words and the key contributions. A header row names the two target columns
once; five campaigns fit on well under a page.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import HRFlowable, Table, TableStyle

from portfolio_app.domain.value import CampaignResult, TargetResult, TargetStatus
from portfolio_app.report.blocks import Context, ProgressBar, keep_together
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.sections.common import linked_title, meta_line
from portfolio_app.report.styles import ACCENT_DARK, RULE
from portfolio_app.report.text import plain

KEY_CONTRIBUTIONS = 2  # the strongest two say what carried a campaign; the selected work lists more
NAME_SHARE = 0.40  # of the width; the two target columns share the rest


def _progress(ctx: Context, target: TargetResult, width: float) -> list:
    """Bar (when there is a target), the figure against it, and the target's own status."""
    fmt, texts, styles = ctx.fmt, ctx.texts, ctx.styles
    if target.status is TargetStatus.NOT_MEASURED:
        return [ctx.para(escape(texts("campaign.not_measured", target=fmt.integer(target.target))), styles.cell)]
    achieved = fmt.integer(target.achieved, texts("value.not_measured"))
    if not target.target:
        return [ctx.para(escape(texts("campaign.no_target", achieved=achieved)), styles.cell)]
    figure = texts("campaign.achieved", achieved=achieved, target=fmt.integer(target.target),
                   share=fmt.percent(target.share, 0))
    return [ProgressBar(target.share, width, height=5),
            ctx.para(f"{escape(figure)}<br/><font color='#{ACCENT_DARK.hexval()[2:]}'>"
                     f"{escape(texts(f'campaign.status.{target.status.value}'))}</font>", styles.cell)]


def _widths(ctx: Context) -> list[float]:
    name = ctx.width * NAME_SHARE
    return [name, (ctx.width - name) / 2, (ctx.width - name) / 2]


_PADDED = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
]


def _header(ctx: Context) -> Table:
    """The columns named once: campaign, people reached against target, interactions against target."""
    keys = ("campaign.name", "campaign.reach", "campaign.interactions")
    table = Table([[ctx.para(escape(ctx.texts(key)), ctx.styles.cell_meta) for key in keys]],
                  colWidths=_widths(ctx), hAlign="LEFT")
    table.setStyle(TableStyle([*_PADDED, ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    table.keepWithNext = 1
    return table


def _row(ctx: Context, result: CampaignResult) -> Table:
    texts, fmt, styles, data = ctx.texts, ctx.fmt, ctx.styles, ctx.data
    campaign = result.campaign
    meta = []
    employment = data.employments.get(campaign.employment_id) if campaign.employment_id else None
    if employment:
        meta.append(plain(employment.organisation))
    if campaign.start or campaign.end:
        meta.append(escape(fmt.period(campaign.start, campaign.end)))
    meta.append(escape(texts.count("campaign.count", result.contributions, count=fmt.integer(result.contributions))))
    period = data.summary.period
    if (campaign.start and period.start and campaign.start < period.start) or (
            campaign.end and period.end and campaign.end > period.end):
        # measured by its part in the report's period, like every figure: the row says which part
        span = fmt.period(max(d for d in (campaign.start, period.start) if d),
                          min(d for d in (campaign.end, period.end) if d))
        meta.append(escape(texts("campaign.in_period", span=span)))
    status = texts("campaign.status", status=texts(f"campaign.status.{result.status.value}"))
    name = [ctx.para(plain(campaign.name, BOLD), styles.subheading_flat),
            ctx.para(" · ".join(meta), styles.cell_meta),
            ctx.para(f"<font name='{BOLD}'>{escape(status)}</font>", styles.cell)]
    widths = _widths(ctx)
    bar = widths[1] - 10
    reach, interactions = result.targets
    table = Table([[name, _progress(ctx, reach, bar), _progress(ctx, interactions, bar)]], colWidths=widths,
                  hAlign="LEFT")
    table.setStyle(TableStyle([*_PADDED, ("TOPPADDING", (1, 0), (-1, -1), 3)]))
    return table


def _label(ctx: Context, key: str) -> str:
    return f"<font name='{BOLD}'>{escape(ctx.texts(key))}:</font> "


def _details(ctx: Context, result: CampaignResult) -> list:
    """Objective, outcome and key contributions in small type; long user text flows on."""
    styles = ctx.styles
    details = []
    extra = ctx.data.campaign_texts.get(result.campaign.id)
    if extra and extra.objective.strip():
        details += ctx.user_text(extra.objective, styles.detail, before=_label(ctx, "campaign.objective"))
    if extra and extra.outcome.strip():
        details += ctx.user_text(extra.outcome, styles.detail, before=_label(ctx, "campaign.outcome_own"))
    if result.key_contributions:
        works = [f"{linked_title(ctx, contribution)} <font color='#5f6f7f'>"
                 f"({meta_line(ctx, contribution, with_organisation=False)})</font>"
                 for contribution in result.key_contributions[:KEY_CONTRIBUTIONS]]
        details.append(ctx.para(_label(ctx, "campaign.key") + "; ".join(works), styles.detail))
    return details


def build(ctx: Context) -> list:
    results = ctx.data.summary.campaigns
    if not results:
        return []
    story = [ctx.section("section.campaigns"), _header(ctx)]
    for index, result in enumerate(results):
        block = [_row(ctx, result), *_details(ctx, result)]
        if index < len(results) - 1:
            block.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=3, spaceAfter=5))
        story += keep_together(block, ctx.width)
    return story
