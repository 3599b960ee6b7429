"""The communication value model of DESIGN.md: pure functions over domain records.

Import from here; the submodules are split by subject (contributions,
audiences, money, campaigns, series) and ``summarize`` puts them together.
"""

from portfolio_app.domain.value.audiences import (
    AudienceGrowth,
    OwnershipSplit,
    ReachBuilt,
    SizeAndGrowth,
    growth_of,
    reach_built_during,
    size_at,
    split_by_ownership,
)
from portfolio_app.domain.value.campaigns import CampaignResult, campaign_results
from portfolio_app.domain.value.contributions import (
    EngagementTotal,
    KindFigures,
    ReachSource,
    ReachTotal,
    channel_of,
    counts_by_channel,
    counts_by_kind,
    engagements_of,
    figures_by_kind,
    in_period,
    is_offline,
    reach_of,
    strongest,
    total_engagement,
    total_reach,
)
from portfolio_app.domain.value.money import AudienceValue, EarnedMediaValue, audience_value, earned_media_value
from portfolio_app.domain.value.periods import close_period
from portfolio_app.domain.value.series import AudiencePoint, audience_series, contributions_per_month
from portfolio_app.domain.value.summary import CareerFigures, Summary, summarize

__all__ = [
    "AudienceGrowth",
    "AudiencePoint",
    "AudienceValue",
    "CampaignResult",
    "CareerFigures",
    "EarnedMediaValue",
    "EngagementTotal",
    "KindFigures",
    "OwnershipSplit",
    "ReachBuilt",
    "ReachSource",
    "ReachTotal",
    "SizeAndGrowth",
    "Summary",
    "audience_series",
    "audience_value",
    "campaign_results",
    "channel_of",
    "close_period",
    "contributions_per_month",
    "counts_by_channel",
    "counts_by_kind",
    "earned_media_value",
    "engagements_of",
    "figures_by_kind",
    "growth_of",
    "in_period",
    "is_offline",
    "reach_built_during",
    "reach_of",
    "size_at",
    "split_by_ownership",
    "strongest",
    "summarize",
    "total_engagement",
    "total_reach",
]
