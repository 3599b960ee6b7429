"""Campaigns: objective, period, target against achieved, outcome, key contributions."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import HRFlowable, KeepTogether, Table, TableStyle

from portfolio_app.domain.value import CampaignResult
from portfolio_app.report.blocks import Context, ProgressBar, spacer
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.sections.common import linked_title, meta_line
from portfolio_app.report.styles import RULE
from portfolio_app.report.text import plain


def _progress_text(ctx: Context, achieved: int, target: int | None, share: float | None) -> str:
    fmt = ctx.fmt
    if target:
        return ctx.texts("campaign.achieved", achieved=fmt.integer(achieved), target=fmt.integer(target),
                         share=fmt.percent(share, 0))
    return ctx.texts("campaign.no_target", achieved=fmt.integer(achieved))


def _targets(ctx: Context, result: CampaignResult) -> Table:
    bar_width = ctx.width * 0.38
    rows = []
    for label_key, achieved, target, share in (
        ("campaign.reach", result.reach.total, result.campaign.target_reach, result.reach_achieved),
        ("campaign.engagements", result.engagement.engagements, result.campaign.target_engagements,
         result.engagements_achieved),
    ):
        rows.append([
            ctx.para(escape(ctx.texts(label_key)), ctx.styles.small),
            ProgressBar(share, bar_width) if target else "",
            ctx.para(escape(_progress_text(ctx, achieved, target, share)), ctx.styles.body_tight),
        ])
    table = Table(rows, colWidths=[70, bar_width + 10, ctx.width - 80 - bar_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def build(ctx: Context) -> list:
    texts, fmt, styles, data = ctx.texts, ctx.fmt, ctx.styles, ctx.data
    results = data.summary.campaigns
    if not results:
        return []
    story = [ctx.section("section.campaigns")]
    for index, result in enumerate(results):
        campaign = result.campaign
        meta = []
        employment = data.employments.get(campaign.employment_id) if campaign.employment_id else None
        if employment:
            meta.append(plain(employment.organisation))
        if campaign.start or campaign.end:
            meta.append(escape(fmt.period(campaign.start, campaign.end)))
        meta.append(escape(texts("campaign.count", count=fmt.integer(result.reach.contributions))))
        block = [ctx.para(plain(campaign.name), styles.heading), ctx.para(" · ".join(meta), styles.meta)]
        extra = data.campaign_texts.get(campaign.id)
        if extra and extra.objective.strip():
            block.append(ctx.para(f"<font name='{BOLD}'>{escape(texts('campaign.objective'))}:</font> "
                                  + plain(extra.objective.strip())))
        block += [_targets(ctx, result), spacer(1)]
        if extra and extra.outcome.strip():
            block.append(ctx.para(f"<font name='{BOLD}'>{escape(texts('campaign.outcome'))}:</font> "
                                  + plain(extra.outcome.strip())))
        if result.key_contributions:
            block.append(ctx.para(escape(texts("campaign.key")), styles.subheading))
            for contribution in result.key_contributions:
                block.append(ctx.para(
                    f"<bullet>•</bullet>{linked_title(ctx, contribution)} <font size='7.5' color='#5f6f7f'>"
                    f"({meta_line(ctx, contribution, with_organisation=False)})</font>", styles.bullet))
        if index < len(results) - 1:
            block += [spacer(2), HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=2)]
        story.append(KeepTogether(block))
    return story
