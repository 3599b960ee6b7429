"""X analytics CSVs of our own making, in both layouts users have, with the real exports' quirks.

Legacy monthly files (`tweet_activity_metrics_<account>_<from>_<to>_en.csv`):
every cell quoted, counts written as floats ("4715.0") except the app/media
columns ("0"), promoted cells "-", time "2017-01-30 19:05 +0000", text
HTML-escaped with t.co links and line breaks inside the quotes. Current
files (`account_analytics_content_*.csv`): plain counts, dates "Sat, Aug 22, 2026".
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

LEGACY_HEADER = [
    "Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements", "engagement rate",
    "retweets", "replies", "likes", "user profile clicks", "url clicks", "hashtag clicks", "detail expands",
    "permalink clicks", "app opens", "app installs", "follows", "email tweet", "dial phone", "media views",
    "media engagements",
    *(f"promoted {name}" for name in (
        "impressions", "engagements", "engagement rate", "retweets", "replies", "likes", "user profile clicks",
        "url clicks", "hashtag clicks", "detail expands", "permalink clicks", "app opens", "app installs",
        "follows", "email tweet", "dial phone", "media views", "media engagements")),
]
CURRENT_HEADER = ["Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements", "Bookmarks",
                  "Shares", "New follows", "Replies", "Reposts", "Profile visits", "Detail Expands", "URL Clicks",
                  "Hashtag Clicks", "Permalink Clicks"]


def legacy_row(tweet_id: str, when: datetime, text: str, impressions: int, retweets: int, replies: int,
               likes: int, url_clicks: int, account: str = "janedoe") -> list[str]:
    engagements = retweets + replies + likes + url_clicks + 3
    return [
        tweet_id, f"https://twitter.com/{account}/status/{tweet_id}", text, when.strftime("%Y-%m-%d %H:%M +0000"),
        f"{impressions}.0", f"{engagements}.0", str(engagements / impressions if impressions else 0),
        f"{retweets}.0", f"{replies}.0", f"{likes}.0", "1.0", f"{url_clicks}.0", "0.0", "2.0", "0.0",
        "0", "0", "0", "0", "0", "0", "0", *(["-"] * 18),
    ]


def legacy_csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(LEGACY_HEADER)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def current_csv(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CURRENT_HEADER)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def current_row(post_id: str, when: datetime, text: str, impressions: int, likes: int, replies: int,
                reposts: int, url_clicks: int, account: str = "janedoe") -> list[object]:
    return [post_id, when.strftime("%a, %b %-d, %Y"), text, f"https://x.com/{account}/status/{post_id}",
            impressions, likes, likes + replies + reposts + url_clicks, 1, 2, 0, replies, reposts, 4, 5,
            url_clicks, 0, 0]


def monthly_files(months: int = 60, per_month: int = 28, start_id: int = 10**18, later: int = 0) -> dict[str, bytes]:
    """A user's monthly legacy downloads: `months` files of `per_month` posts each;
    `later` impressions more on every post, as a download made some time later shows."""
    files = {}
    first = datetime(2017, 1, 1, tzinfo=timezone.utc)
    number = start_id
    for month in range(months):
        begin = first + timedelta(days=30 * month)
        rows = []
        for index in range(per_month):
            number += 1
            when = begin + timedelta(days=index, hours=9)
            text = f"Post {number} &amp; friends https://t.co/abc{index}\nsecond line"
            rows.append(legacy_row(str(number), when, text, 1000 + index + later, index % 5, index % 3, index, index % 7))
        end = begin + timedelta(days=30)
        files[f"tweet_activity_metrics_janedoe_{begin:%Y%m%d}_{end:%Y%m%d}_en.csv"] = legacy_csv(rows)
    return files
