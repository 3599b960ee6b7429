"""The three proof points of page 1: the strongest outcomes, each a number and the words around it.

Candidates come from the value model's summary in a fixed order of weight for
a hiring manager — people reached, audience built that travels with the
person, campaigns that met their target, engagement, the strongest single
piece — and only those with a measured number stand. Nothing is invented:
a figure the records do not have gives no proof point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from portfolio_app.domain.value import Summary, TargetStatus, reach_of
from portfolio_app.report.formatting import Formatter
from portfolio_app.report.wording import Texts, figure_key

PROOF_POINTS = 3


@dataclass(frozen=True, slots=True)
class ProofPoint:
    key: str  # which candidate: reach, built, campaigns, engagement, strongest
    label: str
    value: str  # the number, formatted
    words: str  # the sentence around it (may contain user text: escape before printing as markup)


def _reach(s: Summary, fmt: Formatter, texts: Texts) -> ProofPoint | None:
    """People reached where platforms measured people; else views, labelled as views (they are not people)."""
    people, views = s.reach.people, s.reach.impressions
    if people.total:
        return ProofPoint("reach", texts("proof.reach.label"), fmt.compact(people.total), texts.count(
            "proof.reach", s.contributions, count=fmt.integer(s.contributions),
            channels=texts.on_channels(s.channels, fmt.integer(s.channels)),
            with_figure=fmt.integer(people.with_figure)))
    if views.total:
        return ProofPoint("views", texts("proof.views.label"), fmt.compact(views.total), texts.count(
            "proof.views", s.contributions, count=fmt.integer(s.contributions),
            with_figure=fmt.integer(views.with_figure)))
    return None


def _built(s: Summary, fmt: Formatter, texts: Texts) -> ProofPoint | None:
    personal = s.ownership.personal
    if not personal.growth or personal.growth <= 0:
        return None
    return ProofPoint("built", texts("proof.built.label"), fmt.signed(personal.growth),
                      texts("proof.built", size=fmt.compact(personal.size, texts("value.not_measured"))))


def _campaigns(s: Summary, fmt: Formatter, texts: Texts) -> ProofPoint | None:
    """Campaigns whose people-reached target was met (the value model's status), with the best of them."""
    targeted = [(r, r.targets[0]) for r in s.campaigns if r.targets[0].share is not None]
    met = [(r, t) for r, t in targeted if t.status is TargetStatus.MET]
    if not met:
        return None
    best, target = max(met, key=lambda pair: pair[1].share or 0)
    return ProofPoint("campaigns", texts("proof.campaigns.label"),
                      texts("proof.campaigns.value", met=fmt.integer(len(met)), count=fmt.integer(len(targeted))),
                      texts("proof.campaigns", best=best.campaign.name, share=fmt.percent(target.share, 0)))


def _engagement(s: Summary, fmt: Formatter, texts: Texts) -> ProofPoint | None:
    interactions = s.interactions
    if interactions.rate is None:
        return None
    # as many places as the key figures and the method page give it: page 1 must not read 2.0 % beside 1.97 %
    return ProofPoint("engagement", texts("proof.engagement.label"), fmt.percent(interactions.rate, 2),
                      texts.count("proof.engagement", interactions.rate_basis,
                                  basis=fmt.integer(interactions.rate_basis),
                                  engagements=fmt.integer(interactions.rate_interactions)))


def _strongest(s: Summary, fmt: Formatter, texts: Texts) -> ProofPoint | None:
    if not s.strongest:
        return None
    piece = s.strongest[0]
    value, source = reach_of(piece)
    if value is None or source is None:
        return None
    return ProofPoint("strongest", texts("proof.strongest.label"), fmt.compact(value),
                      texts(f"proof.strongest.{figure_key(piece.platform, source)}",
                            title=piece.title.strip() or texts("appendix.untitled"),
                            kind=texts.kind(piece.kind)))


_CANDIDATES: tuple[Callable[[Summary, Formatter, Texts], ProofPoint | None], ...] = (
    _reach, _built, _campaigns, _engagement, _strongest)


def proof_points(summary: Summary, fmt: Formatter, texts: Texts, count: int = PROOF_POINTS) -> list[ProofPoint]:
    """Up to ``count`` proof points, strongest kind first; fewer when the records hold fewer figures."""
    points = []
    for candidate in _CANDIDATES:
        point = candidate(summary, fmt, texts)
        if point is not None:
            points.append(point)
        if len(points) == count:
            break
    return points
