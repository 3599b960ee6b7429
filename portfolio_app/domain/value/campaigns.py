"""Campaigns: what their contributions achieved against the targets set."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.domain.records import CampaignFacts, ContributionFacts, Period
from portfolio_app.domain.value.contributions import (
    EngagementTotal,
    ReachTotal,
    strongest,
    total_engagement,
    total_reach,
)


@dataclass(frozen=True, slots=True)
class CampaignResult:
    campaign: CampaignFacts
    reach: ReachTotal
    engagement: EngagementTotal
    key_contributions: tuple[ContributionFacts, ...]

    @property
    def reach_achieved(self) -> float | None:
        """Achieved reach as a share of the target; None without a target."""
        target = self.campaign.target_reach
        return self.reach.total / target if target else None

    @property
    def engagements_achieved(self) -> float | None:
        target = self.campaign.target_engagements
        return self.engagement.engagements / target if target else None


def _overlaps(campaign: CampaignFacts, period: Period) -> bool:
    starts_before_end = campaign.start is None or period.end is None or campaign.start <= period.end
    ends_after_start = campaign.end is None or period.start is None or campaign.end >= period.start
    return starts_before_end and ends_after_start


def campaign_results(
    campaigns: Sequence[CampaignFacts], contributions: Sequence[ContributionFacts], period: Period
) -> tuple[CampaignResult, ...]:
    """Campaigns running in the period or with contributions in it, latest first.

    ``contributions`` are those of the period; a campaign reaching beyond it is
    measured by its part inside, like every other figure of the report.
    """
    by_campaign: dict[int, list[ContributionFacts]] = {}
    for contribution in contributions:
        if contribution.campaign_id is not None:
            by_campaign.setdefault(contribution.campaign_id, []).append(contribution)
    results = []
    for campaign in campaigns:
        own = by_campaign.get(campaign.id, [])
        if not own and not _overlaps(campaign, period):
            continue
        results.append(CampaignResult(campaign, total_reach(own), total_engagement(own), strongest(own, 3)))
    results.sort(key=lambda r: (r.campaign.start or date.min, r.campaign.id), reverse=True)
    return tuple(results)
