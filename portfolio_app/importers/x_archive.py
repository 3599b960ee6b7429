"""The X/Twitter archive: data/tweets.js (or tweet.js, or tweets-part1.js …).

Each file is a JavaScript assignment ``window.YTD.tweets.part0 = [ … ]``
whose entries are ``{"tweet": {…}}``. Counts are strings; text is HTML-escaped
(``&amp;``) and links are t.co short links, listed with their targets in
``entities.urls``. Posts become contributions, replies become answers,
retweets are skipped and counted unless asked for.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from typing import Any

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import (
    SKIP_REPOST,
    ImportedAccount,
    ImportedPost,
    ImportRefused,
    ParsedExport,
    ProgressHook,
    notes_from_text,
    title_from_text,
)
from portfolio_app.importers.containers import MISSING_MEMBER, Container, open_container, text_reader
from portfolio_app.importers.identify import refuse_other_kind
from portfolio_app.importers.jsonstream import JsonStream
from portfolio_app.importers.values import safe_count

SOURCE = "x"

NOT_YTD = QT_TRANSLATE_NOOP("importers", "this is not a file of an X archive (no window.YTD assignment)")
NO_ID = QT_TRANSLATE_NOOP("importers", "a post without an id")
BAD_DATE = QT_TRANSLATE_NOOP("importers", "unreadable date {value}")
NOT_A_POST = QT_TRANSLATE_NOOP("importers", "an entry that is not a post")

_POSTS_FILE = re.compile(r"(?:^|/)(tweets?)(?:-part(\d+))?\.js$", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
_PREFIX_LIMIT = 200
PLATFORM_ONLY = ImportedAccount(platform=Platform.X, handle=None, name="X")


def parse_created_at(value: object) -> date | None:
    """`Wed Oct 19 20:07:25 +0000 2022` (English names, whatever the locale) or ISO 8601."""
    if not isinstance(value, str):
        return None
    parts = value.split()
    try:
        if len(parts) == 6 and parts[1] in _MONTHS:
            return date(int(parts[5]), _MONTHS[parts[1]], int(parts[2]))
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def posts_files(container: Container) -> list[str]:
    """The posts files in reading order: tweets.js (part 0) first, then part1, part2 …"""
    found = []
    for name in container.names():
        match = _POSTS_FILE.search(name)
        if match:
            found.append((int(match.group(2) or 0), name))
    return [name for _, name in sorted(found)]


def parse_x_archive(path: str, include_reposts: bool = False,
                    progress: ProgressHook | None = None) -> ParsedExport:
    with open_container(path) as container:
        refuse_other_kind(container, ("x-posts",), "data/tweets.js")
        files = [container.picked] if container.picked else posts_files(container)
        if not files:
            raise ImportRefused(MISSING_MEMBER, container.label, expected="data/tweets.js")
        result = ParsedExport(SOURCE)
        # without account.js the posts still belong on X: the one X account recorded, or a new "X"
        result.account = _read_account(container) or PLATFORM_ONLY
        username = result.account.handle.lstrip("@") if result.account and result.account.handle else None
        total = sum(container.size(name) for name in files)
        offset = 0
        for name in files:
            hook = None
            if progress:
                hook = (lambda base: lambda done, _total: progress(base + done, total))(offset)
            with container.open_binary(name, hook) as binary:
                stream = JsonStream(text_reader(binary, container.display(name)), container.display(name))
                _read_posts(stream, result, username, include_reposts)
            offset += container.size(name)
        result.drop_duplicate_ids()
        return result


def _open_assignment(stream: JsonStream) -> None:
    prefix = stream.read_until("=", _PREFIX_LIMIT)
    if not prefix.strip().startswith("window."):
        raise ImportRefused(NOT_YTD, stream.name, 1)


def _read_posts(stream: JsonStream, result: ParsedExport, username: str | None,
                include_reposts: bool) -> None:
    _open_assignment(stream)
    for number, line in enumerate(stream.iter_array(), start=1):
        entry = stream.value()
        tweet = entry.get("tweet", entry) if isinstance(entry, dict) else None
        if not isinstance(tweet, dict):
            result.problem(stream.name, line, NOT_A_POST, entry=number)
            continue
        post = _post_from(tweet, stream.name, line, number, username, result)
        if post is None:
            continue
        if post.title.startswith("RT @") and not include_reposts:
            result.skip(SKIP_REPOST)
            continue
        result.add(post)
    stream.end()


def _post_from(tweet: dict[str, Any], file: str, line: int, entry: int, username: str | None,
               result: ParsedExport) -> ImportedPost | None:
    tweet_id = tweet.get("id_str") or tweet.get("id")
    if not isinstance(tweet_id, (str, int)) or isinstance(tweet_id, bool) or not str(tweet_id).strip():
        result.problem(file, line, NO_ID, entry=entry)
        return None
    tweet_id = str(tweet_id).strip()
    day = parse_created_at(tweet.get("created_at"))
    if day is None:
        result.problem(file, line, BAD_DATE, entry=entry, value=repr(tweet.get("created_at"))[:60])
        return None
    text = _readable_text(tweet)
    title = title_from_text(text)
    reply_to = tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")
    url = f"https://x.com/{username}/status/{tweet_id}" if username else f"https://x.com/i/web/status/{tweet_id}"
    language = tweet.get("lang")
    return ImportedPost(
        source_id=tweet_id,
        date=day,
        kind=ContributionKind.ANSWER if reply_to else ContributionKind.POST,
        title=title,
        url=url,
        notes=notes_from_text(text, title),
        tags=_hashtags(tweet),
        language=language if isinstance(language, str) and language not in ("und", "") else None,
        reactions=safe_count(tweet.get("favorite_count")),
        shares=safe_count(tweet.get("retweet_count")),
        line=line,
        entry=entry,
        file=file,
    )


def _entities(tweet: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    entities = tweet.get("entities")
    items = entities.get(kind) if isinstance(entities, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _readable_text(tweet: dict[str, Any]) -> str:
    """The words as the author saw them: entities unescaped, t.co links expanded, media links dropped."""
    text = tweet.get("full_text", tweet.get("text", ""))
    if not isinstance(text, str):
        text = ""
    for item in _entities(tweet, "urls"):
        short, long = item.get("url"), item.get("expanded_url")
        if isinstance(short, str) and short and isinstance(long, str) and long:
            text = text.replace(short, long)
    for item in _entities(tweet, "media"):
        short = item.get("url")
        if isinstance(short, str) and short:
            text = text.replace(short, "")
    return html.unescape(text).strip()


def _hashtags(tweet: dict[str, Any]) -> str | None:
    tags = [item["text"] for item in _entities(tweet, "hashtags") if isinstance(item.get("text"), str)]
    return ", ".join(dict.fromkeys(tags)) or None


def _read_ytd_entries(container: Container, name: str, keep: bool = True) -> list[Any] | int | None:
    """The entries of a small `window.YTD.…` file, or just how many there are."""
    found = container.find(name)
    if found is None:
        return None
    with container.open_binary(found) as binary:
        stream = JsonStream(text_reader(binary, container.display(found)), container.display(found))
        _open_assignment(stream)
        entries: list[Any] = []
        count = 0
        for _line in stream.iter_array():
            entry = stream.value()
            count += 1
            if keep:
                entries.append(entry)
        stream.end()
    return entries if keep else count


def _read_account(container: Container) -> ImportedAccount | None:
    """account.js names the user; follower.js lists followers, i.e. the audience size then."""
    username = display_name = None
    entries = _read_ytd_entries(container, "data/account.js")
    if isinstance(entries, list):
        for entry in entries:
            account = entry.get("account") if isinstance(entry, dict) else None
            if isinstance(account, dict) and isinstance(account.get("username"), str):
                username = account["username"]
                name = account.get("accountDisplayName")
                display_name = name if isinstance(name, str) and name else None
                break
    if not username:
        return None
    size = size_date = None
    followers = container.find("data/follower.js")
    if followers:
        count = _read_ytd_entries(container, "data/follower.js", keep=False)
        size = count if isinstance(count, int) else None
        size_date = _generation_date(container) or container.modified(followers)
    return ImportedAccount(
        platform=Platform.X,
        handle="@" + username,
        name=f"X – {display_name} (@{username})" if display_name else f"X – @{username}",
        url=f"https://x.com/{username}",
        size=size,
        size_date=size_date,
    )


def _generation_date(container: Container) -> date | None:
    """manifest.js says when the archive was made: `"generationDate" : "2022-10-19T20:12:03.964Z"`."""
    found = container.find("data/manifest.js")
    if found is None:
        return None
    with container.open_binary(found) as binary:
        head = binary.read(1 << 16).decode("utf-8", "replace")
    match = re.search(r'"generationDate"\s*:\s*"([^"]+)"', head)
    return parse_created_at(match.group(1)) if match else None
