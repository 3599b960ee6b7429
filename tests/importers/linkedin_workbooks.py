"""LinkedIn analytics workbooks of our own making, laid out as the real exports are.

Current exports: a note row and a blank row above the headers of TOP POSTS,
numbers and dates stored as text ("1,234", "12/27/2024"), FOLLOWERS opening
with "Total followers on M/D/YYYY" beside the total, DEMOGRAPHICS with
percentages like "< 1%". Some older files put the headers on the first row
and store numbers as numbers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path


def write_workbook(path: Path, top_posts: list[tuple[str, str, str | int, str | int]], *,
                   total: tuple[str, str | int] | None = ("12/27/2024", "1,204"),
                   daily: list[tuple[str, str | int]] = (("12/25/2024", "3"), ("12/26/2024", "0"),
                                                         ("12/27/2024", "4")),
                   headers_on_first_row: bool = False,
                   discovery: tuple[str, str | None, str | None] = ("12/1/2024 - 12/27/2024", "23,456", "9,876"),
                   ) -> Path:
    """top_posts: (post URL, publish date, engagements, impressions) – the two tables hold the same posts."""
    from openpyxl import Workbook

    book = Workbook()
    period, impressions, reached = discovery
    sheet = book.active
    sheet.title = "DISCOVERY"
    sheet.append(["Overall Performance", period])
    sheet.append(["Impressions", impressions])
    sheet.append(["Members reached", reached])
    engagement = book.create_sheet("ENGAGEMENT")
    engagement.append(["Date", "Impressions", "Engagements"])
    engagement.append(["12/27/2024", "1,000", "12"])
    posts = book.create_sheet("TOP POSTS")
    if not headers_on_first_row:
        posts.append(["Maximum of 50 posts available to include in this list"])
        posts.append([])
    posts.append(["Post URL", "Post publish date", "Engagements", None,
                  "Post URL", "Post publish date", "Impressions"])
    by_impressions = sorted(top_posts, key=lambda p: -int(str(p[3]).replace(",", "")))
    for (url, day, engagements, _), (url2, day2, _, impressions) in zip(top_posts, by_impressions):
        posts.append([url, day, engagements, None, url2, day2, impressions])
    followers = book.create_sheet("FOLLOWERS")
    if total is not None:
        followers.append([f"Total followers on {total[0]}", total[1]])
        followers.append([])
    followers.append(["Date", "New followers"])
    for day, new in daily:
        followers.append([day, new])
    demographics = book.create_sheet("DEMOGRAPHICS")
    demographics.append(["Top Demographics", "Value", "Percentage"])
    demographics.append(["Job titles", "Engineer", "< 1%"])
    book.save(path)
    return path


def activity(number: int) -> str:
    return f"https://www.linkedin.com/feed/update/urn:li:activity:{number}"


DAY = date(2025, 7, 1)


def write_share_link_workbook(path: Path) -> Path:
    """The layout of exports since 2026 (AggregateAnalytics_…), with the quirks seen in them.

    Posts are named by share links (`/posts/<name>_<title-words>-share-<id>-<hash>?utm…`), the date
    header is "Post Publish Date", the spacer column between the tables holds a stray number and the
    shorter table's empty rows are filled with it too, FOLLOWERS gives its total on the line below
    "Total followers on M/D/YYYY:", and the demographics come in two sheets.
    """
    from openpyxl import Workbook

    book = Workbook()
    discovery = book.active
    discovery.title = "DISCOVERY"
    for row in (["Overall Performance", "6/1/2025 - 7/31/2025"], ["Impressions", "8,120"],
                ["Members reached", "3,003"]):
        discovery.append(row)
    posts = book.create_sheet("TOP POSTS")
    launch = "https://www.linkedin.com/posts/jane-doe_three-things-share-7345678901234567890-Xy1z?utm_source=share"
    tips = "https://www.linkedin.com/posts/jane-doe_how-to-share-10-tips-activity-7350000000000000005-AbCd"
    for row in (["Maximum of 50 posts available to include in this list"], [],
                ["Post URL", "Post Publish Date", "Engagements", "17", "Post URL", "Post Publish Date", "Impressions"],
                [launch, "7/1/2025", "87", "17", launch, "7/1/2025", "5,210"],
                ["17", "17", "17", "17", tips, "7/20/2025", "240"]):
        posts.append(row)
    followers = book.create_sheet("FOLLOWERS")
    for row in (["Total followers on 7/31/2025:", ""], ["Total followers", "1,204"], [],
                ["Date", "New followers"], ["7/30/2025", "2"], ["7/31/2025", "1"]):
        followers.append(row)
    for name in ("AUDIENCE DEMOGRAPHICS", "CONTENT DEMOGRAPHICS"):
        sheet = book.create_sheet(name)
        sheet.append(["Top Demographics", "Value", "Percentage"])
        sheet.append(["Location", "Berlin", "< 1%"])
    book.save(path)
    return path
