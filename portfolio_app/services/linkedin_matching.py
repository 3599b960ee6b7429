"""Meeting LinkedIn's analytics posts with the posts of Shares.csv.

The analytics workbook names a post `urn:li:activity:…`, Shares.csv the same
post `urn:li:share:…` or `urn:li:ugcPost:…`, and nothing in either maps one to
the other. A post is matched by its URN where they are equal, else by its
publish date where exactly one LinkedIn post of that day is recorded (and no
other analytics row took it); else it becomes a new contribution, not
reviewed, so the user sees it. Each way is counted for the report.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import Connection, select

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers import ParsedExport
from portfolio_app.storage.models import Contribution

BY_URN = QT_TRANSLATE_NOOP("importing", "matched by URN")
BY_DATE = QT_TRANSLATE_NOOP("importing", "matched by publish date (the only LinkedIn post that day)")
UNMATCHED = QT_TRANSLATE_NOOP("importing", "not matched: new, marked not reviewed")


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
