"""The rows of the small tables (audiences, campaigns, roles, testimonials) as plain dicts.

Each row carries the names of what it links to and its figures, read with one
query per figure for the whole table (one GROUP BY for the contribution
counts, one for the latest audience sizes) rather than one per row.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import SQLModel

from portfolio_app.services.records import audiences, campaigns, employments, testimonials
from portfolio_app.storage.database import Database
from portfolio_app.storage.models import AudienceSnapshot, Contribution, Employment

_c = SQLModel.metadata.tables[Contribution.__tablename__].c
_s = SQLModel.metadata.tables[AudienceSnapshot.__tablename__].c
_e = SQLModel.metadata.tables[Employment.__tablename__].c


def contribution_counts(db: Database, column: str) -> dict[int, int]:
    """How many contributions link to each audience/campaign/employment (``column``: e.g. "audience_id")."""
    link = _c[column]
    statement = select(link, func.count()).where(link.is_not(None)).group_by(link)
    with db.engine.connect() as connection:
        return {owner: count for owner, count in connection.execute(statement)}


def latest_sizes(db: Database) -> dict[int, tuple]:
    """Per audience, the date and size of its newest snapshot."""
    newest = select(_s.audience_id, func.max(_s.date).label("date")).group_by(_s.audience_id).subquery()
    statement = select(_s.audience_id, _s.date, _s.size).join(
        newest, (newest.c.audience_id == _s.audience_id) & (newest.c.date == _s.date))
    with db.engine.connect() as connection:
        return {audience_id: (day, size) for audience_id, day, size in connection.execute(statement)}


def organisations(db: Database) -> dict[int, str]:
    with db.engine.connect() as connection:
        return dict(connection.execute(select(_e.id, _e.organisation)).all())


def _row(record) -> dict:
    return {name: getattr(record, name) for name in type(record).model_fields}


def audience_rows(db: Database) -> list[dict]:
    names, sizes, counts = organisations(db), latest_sizes(db), contribution_counts(db, "audience_id")
    rows = []
    for audience in audiences.list(db):
        size_date, size = sizes.get(audience.id or 0, (None, None))
        rows.append({**_row(audience), "organisation": names.get(audience.employment_id or 0, ""), "size": size,
                     "size_date": size_date, "contributions": counts.get(audience.id or 0, 0)})
    return rows


def campaign_rows(db: Database) -> list[dict]:
    """With the progress against each target (achieved, share, status), computed by the value model."""
    from portfolio_app.services.figures import campaign_progress

    names, counts, progress = organisations(db), contribution_counts(db, "campaign_id"), campaign_progress(db)
    rows = []
    for campaign in campaigns.list(db):
        result = progress.get(campaign.id or 0)
        reach, interactions = result.targets if result else (None, None)
        rows.append({**_row(campaign), "organisation": names.get(campaign.employment_id or 0, ""),
                     "contributions": counts.get(campaign.id or 0, 0), "reach_progress": reach,
                     "interactions_progress": interactions, "status": result.status if result else None})
    return rows


def employment_rows(db: Database) -> list[dict]:
    counts = contribution_counts(db, "employment_id")
    return [{**_row(employment), "contributions": counts.get(employment.id or 0, 0)}
            for employment in employments.list(db, descending=True)]


def testimonial_rows(db: Database) -> list[dict]:
    names = organisations(db)
    return [{**_row(testimonial), "organisation": names.get(testimonial.employment_id or 0, "")}
            for testimonial in testimonials.list(db, descending=True)]
