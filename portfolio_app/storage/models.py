"""The tables, as SQLModel classes.

Services hand these to the UI and CLI detached from any session, so they are
plain objects a view can hold. Metrics are nullable: unknown is not zero.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, Optional

from sqlalchemy import CheckConstraint, Column, Index, LargeBinary, Table, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _metric(table: str, name: str) -> CheckConstraint:
    return CheckConstraint(f"{name} IS NULL OR {name} >= 0", name=f"ck_{table}_{name}_nonneg")


class TableModel(SQLModel):
    """What every table below has, declared for the type checker (SQLModel sets these, but declares neither)."""

    __table__: ClassVar[Table]
    if TYPE_CHECKING:  # each table declares its own id column
        id: Optional[int]


class Profile(TableModel, table=True):
    """The one person whose portfolio this is (a single row, id 1)."""

    __tablename__ = "profile"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = ""
    headline: str = ""
    email: str = ""
    phone: str = ""
    location: str = ""
    website: str = ""
    summary: str = ""
    photo: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class Employment(TableModel, table=True):
    """A role at an organisation: on whose behalf work was done."""

    __tablename__ = "employment"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="ck_employment_end_after_start"),
        Index("uq_employment_source", "source", "source_id", unique=True),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    organisation: str = Field(index=True)
    role: str = ""
    start_date: dt.date = Field(index=True)
    end_date: Optional[dt.date] = None  # None: the current role
    notes: str = ""
    # an imported position (LinkedIn Positions.csv) keeps where it came from, as contributions do (0005)
    source: Optional[str] = None
    source_id: Optional[str] = None
    import_snapshot: Optional[str] = None


class Audience(TableModel, table=True):
    """A group of people the person reaches: an account, a list, a community."""

    __tablename__ = "audience"
    __table_args__ = (Index("ix_audience_platform_handle", "platform", "handle"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    platform: str = Field(index=True)
    handle: str = ""  # handle or URL that identifies the account on its platform
    url: str = ""
    ownership: str = "personal"
    employment_id: Optional[int] = Field(default=None, foreign_key="employment.id", index=True)
    segment: str = ""  # who they are
    notes: str = ""


class AudienceSnapshot(TableModel, table=True):
    """The size of an audience on a date."""

    __tablename__ = "audience_snapshot"
    __table_args__ = (
        UniqueConstraint("audience_id", "date", name="uq_audience_snapshot_audience_date"),
        CheckConstraint("size >= 0", name="ck_audience_snapshot_size_nonneg"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    audience_id: int = Field(foreign_key="audience.id", ondelete="CASCADE", index=True)
    date: dt.date = Field(index=True)
    size: int


class AudiencePeriodTotal(TableModel, table=True):
    """Figures a platform reports for an audience over a period (LinkedIn's DISCOVERY: impressions, members
    reached), stated with that period; never spread over posts or days, never added across periods (0010)."""

    __tablename__ = "audience_period_total"
    __table_args__ = (
        UniqueConstraint("audience_id", "start_date", "end_date", name="uq_audience_period_total_period"),
        CheckConstraint("end_date >= start_date", name="ck_audience_period_total_end_after_start"),
        _metric("audience_period_total", "impressions"),
        _metric("audience_period_total", "reached"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    audience_id: int = Field(foreign_key="audience.id", ondelete="CASCADE")
    start_date: dt.date
    end_date: dt.date
    impressions: Optional[int] = None
    reached: Optional[int] = None  # people (members) reached in the period, as the platform counts them
    source: str = ""  # the importer that brought it in


class Campaign(TableModel, table=True):
    """A coordinated effort with a goal; contributions belong to it."""

    __tablename__ = "campaign"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="ck_campaign_end_after_start"),
        _metric("campaign", "target_reach"),
        _metric("campaign", "target_engagements"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    objective: str = ""
    employment_id: Optional[int] = Field(default=None, foreign_key="employment.id", index=True)
    start_date: Optional[dt.date] = Field(default=None, index=True)
    end_date: Optional[dt.date] = None
    target_reach: Optional[int] = None
    target_engagements: Optional[int] = None
    outcome: str = ""


class Contribution(TableModel, table=True):
    """One piece of communication, online or offline."""

    __tablename__ = "contribution"
    __table_args__ = (
        UniqueConstraint("source", "source_id", name="uq_contribution_source"),
        _metric("contribution", "impressions"),
        _metric("contribution", "reach"),
        _metric("contribution", "reactions"),
        _metric("contribution", "comments"),
        _metric("contribution", "shares"),
        _metric("contribution", "clicks"),
        _metric("contribution", "attendees"),
        _metric("contribution", "engagements"),
        Index("ix_contribution_title", "title"),
        # every sortable column has an index (migration 0003): the table sorts 100,000 rows in SQL
        *(Index(f"ix_contribution_{c}", c) for c in ("comments", "shares", "clicks", "attendees", "featured",
                                                     "private", "engagements")),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    date: dt.date = Field(index=True)
    kind: str = Field(index=True)
    title: str = ""
    audience_id: Optional[int] = Field(default=None, foreign_key="audience.id", index=True)
    employment_id: Optional[int] = Field(default=None, foreign_key="employment.id", index=True)
    campaign_id: Optional[int] = Field(default=None, foreign_key="campaign.id", index=True)
    url: str = ""
    notes: str = ""
    tags: str = ""  # comma separated, as typed
    language: str = ""
    impressions: Optional[int] = Field(default=None, index=True)
    reach: Optional[int] = Field(default=None, index=True)
    reactions: Optional[int] = Field(default=None, index=True)
    comments: Optional[int] = None
    shares: Optional[int] = None
    clicks: Optional[int] = None
    # the platform's own total of interactions (LinkedIn "engagements": reactions, comments, reposts,
    # clicks… without the split); counted instead of the parts where given (migration 0009)
    engagements: Optional[int] = None
    attendees: Optional[int] = None
    featured: bool = False
    why_it_mattered: str = ""  # one line for the PDF's featured works (migration 0007); never imported
    private: bool = False
    # False for what an import brought in until the user opens or confirms it (migration 0004)
    reviewed: bool = Field(default=True, index=True, sa_column_kwargs={"server_default": "1"})
    source: Optional[str] = None  # importer that brought it in, None when typed in
    source_id: Optional[str] = None
    import_snapshot: Optional[str] = None  # JSON of the values as last imported: hand edits win on re-import
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Testimonial(TableModel, table=True):
    """Words of someone else about the person's work."""

    __tablename__ = "testimonial"
    __table_args__ = (Index("uq_testimonial_source", "source", "source_id", unique=True),)

    id: Optional[int] = Field(default=None, primary_key=True)
    author: str
    author_role: str = ""
    author_organisation: str = ""  # whose voice it is (migration 0008)
    text: str = ""
    date: Optional[dt.date] = Field(default=None, index=True)
    employment_id: Optional[int] = Field(default=None, foreign_key="employment.id", index=True)
    campaign_id: Optional[int] = Field(default=None, foreign_key="campaign.id", index=True)
    contribution_id: Optional[int] = Field(default=None, foreign_key="contribution.id", index=True)
    may_publish: bool = False
    # an imported recommendation (LinkedIn Recommendations_Received.csv) keeps where it came from (0005)
    source: Optional[str] = None
    source_id: Optional[str] = None
    import_snapshot: Optional[str] = None


class ValueSettings(TableModel, table=True):
    """The assumptions behind money figures (a single row, id 1)."""

    __tablename__ = "value_settings"
    __table_args__ = (CheckConstraint("value_per_follower_month >= 0", name="ck_value_settings_vpfm_nonneg"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    currency: str = "USD"  # the currency to show estimates in
    show_money: bool = False  # money figures are opt-in
    value_per_follower_month: float = 2.5  # the audience rate's amount (its currency and source: cpm_json)
    # the rates with currency, source and date: {"cpm": {platform: rate}, "audience": rate, "exchange": [...]};
    # files of earlier versions hold a flat {platform: amount} here
    cpm_json: str = "{}"


TABLES = (Profile, Employment, Audience, AudienceSnapshot, AudiencePeriodTotal, Campaign, Contribution, Testimonial,
          ValueSettings)
