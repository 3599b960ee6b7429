"""Meeting LinkedIn's analytics posts with the posts of Shares.csv, in either order.

The analytics workbook names a post `urn:li:activity:…`, Shares.csv the same
post `urn:li:share:…` or `urn:li:ugcPost:…`, and nothing in either maps one to
the other. A post is matched by its URN where they are equal, else by its
publish date where exactly one LinkedIn post of that day is recorded (and no
other analytics row took it); else it becomes a new contribution, not
reviewed, so the user sees it. Each way is counted for the report.

The other order: a workbook imported before Shares.csv leaves such new
contributions (titled "LinkedIn post of <date>"). A later Shares.csv post
takes one over by its URN where equal, else by its publish date where it is
the one workbook post of that day and the day's only LinkedIn post; it then
carries the Shares.csv URN, so both orders end with the same contribution.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import Connection, select, update

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers import ParsedExport
from portfolio_app.importers.linkedin_analytics import placeholder_title
from portfolio_app.services.import_merge import load_snapshot
from portfolio_app.storage.models import Contribution

BY_URN = QT_TRANSLATE_NOOP("importing", "matched by URN")
BY_DATE = QT_TRANSLATE_NOOP("importing", "matched by publish date (the only LinkedIn post that day)")
UNMATCHED = QT_TRANSLATE_NOOP("importing", "not matched: new, marked not reviewed")
MERGED_BY_URN = QT_TRANSLATE_NOOP("importing", "merged into a post the analytics workbook added, by URN")
MERGED_BY_DATE = QT_TRANSLATE_NOOP(
    "importing", "merged into a post the analytics workbook added, by publish date (the only post that day)")


def match_posts(conn: Connection, parsed: ParsedExport) -> Counter[str]:
    """Give each post the id of the recorded post it stands for; returns how many matched each way."""
    c = Contribution.__table__.c
    recorded = conn.execute(select(c.source_id, c.date).where(c.source == parsed.source)).all()
    known = {source_id for source_id, _day in recorded}
    by_day: dict[object, list[str]] = defaultdict(list)
    for source_id, day in recorded:
        by_day[day].append(source_id)
    claimed = {post.source_id for post in parsed.posts if post.source_id in known}
    counts: Counter[str] = Counter()
    for post in parsed.posts:
        if post.source_id in known:
            counts[BY_URN] += 1
            continue
        same_day = by_day.get(post.date, [])
        if len(same_day) == 1 and same_day[0] not in claimed:
            post.source_id = same_day[0]
            claimed.add(same_day[0])
            counts[BY_DATE] += 1
        else:
            counts[UNMATCHED] += 1
    return counts


def _added_by_workbook(source_id: str | None, day: dt.date, snapshot: str | None) -> bool:
    """A post the workbook created (its title as imported is the workbook's placeholder)."""
    return bool(source_id and source_id.startswith("urn:li:")
                and load_snapshot(snapshot).get("title") == placeholder_title(day))


def claim_workbook_posts(conn: Connection, parsed: ParsedExport) -> Counter[str]:
    """Before a Shares.csv import: hand each post the workbook added earlier to its Shares.csv post.

    A post with the same URN is met by the ordinary update; one met by its day
    gets the Shares.csv URN here (inside the import's transaction, rolled back
    by a dry run). The update then fills in text and link, keeps the figures
    (Shares.csv has none) and leaves what the user edited. Returns how many
    were merged each way.
    """
    table = Contribution.__table__
    c = table.c
    recorded = conn.execute(select(c.id, c.source_id, c.date, c.import_snapshot).where(c.source == parsed.source)).all()
    workbook = {source_id: (row_id, day) for row_id, source_id, day, snapshot in recorded
                if _added_by_workbook(source_id, day, snapshot)}
    counts: Counter[str] = Counter()
    if not workbook:
        return counts
    known = {source_id for _id, source_id, _day, _snapshot in recorded}
    # each day's LinkedIn posts once this export is in, those the workbook added aside
    posts_of_day: dict[dt.date, set[str]] = defaultdict(set)
    for _id, source_id, day, _snapshot in recorded:
        if source_id not in workbook:
            posts_of_day[day].add(source_id)
    for post in parsed.posts:
        posts_of_day[post.date].add(post.source_id)
    workbook_of_day: dict[dt.date, list[int]] = defaultdict(list)
    for row_id, day in workbook.values():
        workbook_of_day[day].append(row_id)
    for post in parsed.posts:
        if post.source_id in workbook:
            counts[MERGED_BY_URN] += 1
        elif post.source_id not in known and len(workbook_of_day[post.date]) == 1 \
                and len(posts_of_day[post.date]) == 1:
            conn.execute(update(table).where(c.id == workbook_of_day[post.date].pop()).values(
                source_id=post.source_id))
            counts[MERGED_BY_DATE] += 1
    return counts
