"""The closed vocabularies of the domain, stored by their string value."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, Protocol, get_args

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP


class Labelled(Protocol):
    """A member of a closed vocabulary that has a label marked for translation (context "enum")."""

    @property
    def value(self) -> str: ...

    @property
    def label(self) -> str: ...


class ContributionKind(StrEnum):
    POST = "post"
    ARTICLE = "article"
    TALK = "talk"
    INTERVIEW = "interview"
    PODCAST = "podcast"
    VIDEO = "video"
    NEWSLETTER = "newsletter"
    ANSWER = "answer"
    TRAINING = "training"
    EVENT = "event"
    PRESS = "press"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def is_offline(self) -> bool:
        """Talks, trainings and events happen in a room; their reach is attendees."""
        return self in OFFLINE_KINDS


OFFLINE_KINDS = frozenset({ContributionKind.TALK, ContributionKind.TRAINING, ContributionKind.EVENT})

_KIND_LABELS = {
    ContributionKind.POST: QT_TRANSLATE_NOOP("enum", "Post"),
    ContributionKind.ARTICLE: QT_TRANSLATE_NOOP("enum", "Article"),
    ContributionKind.TALK: QT_TRANSLATE_NOOP("enum", "Talk"),
    ContributionKind.INTERVIEW: QT_TRANSLATE_NOOP("enum", "Interview"),
    ContributionKind.PODCAST: QT_TRANSLATE_NOOP("enum", "Podcast"),
    ContributionKind.VIDEO: QT_TRANSLATE_NOOP("enum", "Video"),
    ContributionKind.NEWSLETTER: QT_TRANSLATE_NOOP("enum", "Newsletter"),
    ContributionKind.ANSWER: QT_TRANSLATE_NOOP("enum", "Answer / comment"),
    ContributionKind.TRAINING: QT_TRANSLATE_NOOP("enum", "Training"),
    ContributionKind.EVENT: QT_TRANSLATE_NOOP("enum", "Event"),
    ContributionKind.PRESS: QT_TRANSLATE_NOOP("enum", "Press mention"),
    ContributionKind.OTHER: QT_TRANSLATE_NOOP("enum", "Other"),
}


class Platform(StrEnum):
    LINKEDIN = "linkedin"
    X = "x"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    INSTAGRAM = "instagram"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    FACEBOOK = "facebook"
    BLOG = "blog"
    NEWSLETTER = "newsletter"
    PODCAST = "podcast"
    INTRANET = "intranet"
    COMMUNITY = "community"
    OFFLINE = "offline"

    @property
    def label(self) -> str:
        return _PLATFORM_LABELS[self]


_PLATFORM_LABELS = {
    Platform.LINKEDIN: QT_TRANSLATE_NOOP("enum", "LinkedIn"),
    Platform.X: QT_TRANSLATE_NOOP("enum", "X / Twitter"),
    Platform.MASTODON: QT_TRANSLATE_NOOP("enum", "Mastodon"),
    Platform.BLUESKY: QT_TRANSLATE_NOOP("enum", "Bluesky"),
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP("enum", "Instagram"),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP("enum", "YouTube"),
    Platform.TIKTOK: QT_TRANSLATE_NOOP("enum", "TikTok"),
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("enum", "Facebook"),
    Platform.BLOG: QT_TRANSLATE_NOOP("enum", "Blog"),
    Platform.NEWSLETTER: QT_TRANSLATE_NOOP("enum", "Newsletter"),
    Platform.PODCAST: QT_TRANSLATE_NOOP("enum", "Podcast"),
    Platform.INTRANET: QT_TRANSLATE_NOOP("enum", "Intranet"),
    Platform.COMMUNITY: QT_TRANSLATE_NOOP("enum", "Community"),
    Platform.OFFLINE: QT_TRANSLATE_NOOP("enum", "Offline"),
}


class Ownership(StrEnum):
    """Who owns an audience: personal ones travel with the person, employer ones stay."""

    PERSONAL = "personal"
    EMPLOYER = "employer"
    SHARED = "shared"

    @property
    def label(self) -> str:
        return _OWNERSHIP_LABELS[self]


_OWNERSHIP_LABELS = {
    Ownership.PERSONAL: QT_TRANSLATE_NOOP("enum", "Personal"),
    Ownership.EMPLOYER: QT_TRANSLATE_NOOP("enum", "Employer"),
    Ownership.SHARED: QT_TRANSLATE_NOOP("enum", "Shared"),
}

MetricField = Literal["impressions", "reach", "reactions", "comments", "shares", "clicks", "engagements", "attendees"]
METRIC_FIELDS: tuple[MetricField, ...] = get_args(MetricField)
"""Contribution metrics: non-negative whole numbers, or None when unknown (never 0 for unknown)."""

ENGAGEMENT_FIELDS = ("reactions", "comments", "shares", "clicks")
