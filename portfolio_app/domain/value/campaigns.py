"""Campaigns: what their contributions achieved against the targets set.

Each target is compared with the figure it names: the reach target with the
people reached (reach as platforms measured it, summed per contribution), the
interactions target with the interactions. The status is computed, never taken
from the user's outcome text: met (100 % or more), partly met (50 % or more),
not met (less), no target, or not measured (no contribution had the figure).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from portfolio_app.domain.enums import ContributionKind
from portfolio_app.domain.records import CampaignFacts, ContributionFacts, Period
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.domain.value.contributions import (
    InteractionTotal,
    ReachTotal,
    interaction_total,
    reach_total,
    strongest,
)
from portfolio_app.domain.value.groups import ContributionGroup, group_contributions

PARTLY_MET_FROM = 0.5  # half the target or more is "partly met"


class TargetStatus(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NO_TARGET = "no_target"
    NOT_MEASURED = "not_measured"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    TargetStatus.MET: QT_TRANSLATE_NOOP("value", "met"),
    TargetStatus.PARTLY_MET: QT_TRANSLATE_NOOP("value", "partly met"),
    TargetStatus.NOT_MET: QT_TRANSLATE_NOOP("value", "not met"),
    TargetStatus.NO_TARGET: QT_TRANSLATE_NOOP("value", "no target"),
    TargetStatus.NOT_MEASURED: QT_TRANSLATE_NOOP("value", "not measured"),
}


class TargetKind(StrEnum):
    REACH = "reach"  # people reached
    INTERACTIONS = "interactions"


@dataclass(frozen=True, slots=True)
class TargetResult:
    kind: TargetKind
    target: int | None
    achieved: int | None  # None: not measured

    @property
    def share(self) -> float | None:
        """Achieved as a share of the target (1.0 = 100 %); None without a target or a figure."""
        if not self.target or self.achieved is None:
            return None
        return self.achieved / self.target

    @property
    def status(self) -> TargetStatus:
        if not self.target:
            return TargetStatus.NO_TARGET
        share = self.share
        if share is None:
            return TargetStatus.NOT_MEASURED
        if share >= 1:
            return TargetStatus.MET
        return TargetStatus.PARTLY_MET if share >= PARTLY_MET_FROM else TargetStatus.NOT_MET


def overall_status(targets: Sequence[TargetResult]) -> TargetStatus:
    """Met when every target set is met; not met when none is even partly met; else partly met."""
    statuses = [t.status for t in targets if t.status is not TargetStatus.NO_TARGET]
    if not statuses:
        return TargetStatus.NO_TARGET
    if all(s is TargetStatus.MET for s in statuses):
        return TargetStatus.MET
    if all(s is TargetStatus.NOT_MEASURED for s in statuses):
        return TargetStatus.NOT_MEASURED
    if all(s in (TargetStatus.NOT_MET, TargetStatus.NOT_MEASURED) for s in statuses):
        return TargetStatus.NOT_MET
    return TargetStatus.PARTLY_MET


@dataclass(frozen=True, slots=True)
class CampaignResult:
    campaign: CampaignFacts
    reach: ReachTotal
    interactions: InteractionTotal
    key_contributions: tuple[ContributionFacts, ...]
    contributions: int = 0

    @property
    def targets(self) -> tuple[TargetResult, TargetResult]:
        return (
            TargetResult(TargetKind.REACH, self.campaign.target_reach, self.reach.people.total),
            TargetResult(TargetKind.INTERACTIONS, self.campaign.target_engagements, self.interactions.interactions),
        )

    @property
    def status(self) -> TargetStatus:
        return overall_status(self.targets)


def _overlaps(campaign: CampaignFacts, period: Period) -> bool:
    starts_before_end = campaign.start is None or period.end is None or campaign.start <= period.end
    ends_after_start = campaign.end is None or period.start is None or campaign.end >= period.start
    return starts_before_end and ends_after_start


def campaign_result(campaign: CampaignFacts, contributions: Sequence[ContributionFacts]) -> CampaignResult:
    """One campaign measured by ``contributions`` (those of it to count)."""
    return _result(campaign, group_contributions(contributions), _key_works(contributions))


def _result(campaign: CampaignFacts, groups: Sequence[ContributionGroup],
            key: tuple[ContributionFacts, ...]) -> CampaignResult:
    count = sum(g.contributions for g in groups)
    return CampaignResult(campaign, reach_total(groups), interaction_total(groups), key, count)


def _key_works(own: Iterable[ContributionFacts]) -> tuple[ContributionFacts, ...]:
    """A campaign's three strongest contributions. Answers count only where featured: a reply is not
    what a campaign is remembered by (the demo named "Replied to a question about Kubernetes" twice)."""
    return strongest((c for c in own if c.kind is not ContributionKind.ANSWER or c.featured), 3)


def campaign_key_contributions(
    contributions: Iterable[ContributionFacts],
) -> dict[int, tuple[ContributionFacts, ...]]:
    """Each campaign's key contributions (:func:`_key_works`), by campaign id."""
    by_campaign: dict[int, list[ContributionFacts]] = {}
    for contribution in contributions:
        if contribution.campaign_id is not None:
            by_campaign.setdefault(contribution.campaign_id, []).append(contribution)
    return {campaign_id: _key_works(own) for campaign_id, own in by_campaign.items()}


def grouped_campaign_results(
    campaigns: Sequence[CampaignFacts], groups: Sequence[ContributionGroup],
    key_contributions: Mapping[int, tuple[ContributionFacts, ...]], period: Period,
) -> tuple[CampaignResult, ...]:
    """Campaigns running in the period or with contributions in it, latest first, measured by the period's
    groups (a campaign reaching beyond the period by its part inside), with each one's key contributions."""
    by_campaign: dict[int, list[ContributionGroup]] = {}
    for group in groups:
        if group.campaign_id is not None:
            by_campaign.setdefault(group.campaign_id, []).append(group)
    results = []
    for campaign in campaigns:
        own = by_campaign.get(campaign.id, [])
        if not own and not _overlaps(campaign, period):
            continue
        results.append(_result(campaign, own, key_contributions.get(campaign.id, ())))
    results.sort(key=lambda r: (r.campaign.start or date.min, r.campaign.id), reverse=True)
    return tuple(results)
