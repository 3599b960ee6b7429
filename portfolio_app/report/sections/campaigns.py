"""Campaigns: objective, period, target against achieved, outcome, key contributions."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import HRFlowable, Table, TableStyle

from portfolio_app.domain.value import CampaignResult, TargetResult, TargetStatus
from portfolio_app.report.blocks import Context, ProgressBar, keep_together, spacer
from portfolio_app.report.fonts import BOLD
from portfolio_app.report.sections.common import linked_title, meta_line
from portfolio_app.report.styles import RULE
from portfolio_app.report.text import plain

KEY_CONTRIBUTIONS = 2  # the strongest two say what carried a campaign; the selected work lists more

def _progress_text(ctx: Context, target: TargetResult) -> str:
    fmt, texts = ctx.fmt, ctx.texts
    if target.status is TargetStatus.NOT_MEASURED:
        return texts("campaign.not_measured", target=fmt.integer(target.target))
    achieved = fmt.integer(target.achieved, texts("value.not_measured"))
    if target.target:
        return texts("campaign.achieved", achieved=achieved, target=fmt.integer(target.target),
                     share=fmt.percent(target.share, 0)) + " · " + texts(f"campaign.status.{target.status.value}")
    return texts("campaign.no_target", achieved=achieved)


def _targets(ctx: Context, result: CampaignResult) -> Table:
    bar_width = ctx.width * 0.38
    rows = []
    for label_key, target in zip(("campaign.reach", "campaign.interactions"), result.targets):
        rows.append([
            ctx.para(escape(ctx.texts(label_key)), ctx.styles.small),
            ProgressBar(target.share, bar_width) if target.target else "",
            ctx.para(escape(_progress_text(ctx, target)), ctx.styles.body_tight),
        ])
    table = Table(rows, colWidths=[70, bar_width + 10, ctx.width - 80 - bar_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _label(ctx: Context, key: str) -> str:
    return f"<font name='{BOLD}'>{escape(ctx.texts(key))}:</font> "


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
        meta.append(escape(texts("campaign.count", count=fmt.integer(result.contributions))))
        status = texts("campaign.status", status=texts(f"campaign.status.{result.status.value}"))
        meta.append(f"<font name='{BOLD}'>{escape(status)}</font>")
        block = [ctx.para(plain(campaign.name), styles.heading), ctx.para(" · ".join(meta), styles.meta)]
        extra = data.campaign_texts.get(campaign.id)
        if extra and extra.objective.strip():
            block += ctx.user_text(extra.objective, before=_label(ctx, "campaign.objective"))
        block += [_targets(ctx, result), spacer(1)]
        if extra and extra.outcome.strip():
            block += ctx.user_text(extra.outcome, before=_label(ctx, "campaign.outcome_own"))
        if result.key_contributions:
            block.append(ctx.para(escape(texts("campaign.key")), styles.subheading))
            for contribution in result.key_contributions[:KEY_CONTRIBUTIONS]:
                block.append(ctx.para(
                    f"<bullet>•</bullet>{linked_title(ctx, contribution)} <font size='7.5' color='#5f6f7f'>"
                    f"({meta_line(ctx, contribution, with_organisation=False)})</font>", styles.bullet))
        if index < len(results) - 1:
            block += [spacer(2), HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=2)]
        story += keep_together(block, ctx.width)
    return story
