"""The Mastodon archive: outbox.json (ActivityStreams) and actor.json.

`Create` activities carry the posts, `Announce` activities are boosts of other
people's posts (skipped and counted). Server versions differ: some items carry
a `signature`, some notes have no like/boost counts (unknown, not zero), and
one known file repeats the `orderedItems` key with an empty list first: as in
JSON parsers generally, the last occurrence wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlparse

from portfolio_app.domain.enums import ContributionKind, Platform
from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import (
    SKIP_OTHER_ACTIVITY,
    SKIP_REPOST,
    ImportedAccount,
    ImportedPost,
    ImportRefused,
    ParsedExport,
    ProgressHook,
    RowProblem,
    notes_from_text,
    title_from_text,
)
from portfolio_app.importers.containers import MISSING_MEMBER, Container, open_container, text_reader
from portfolio_app.importers.htmltext import html_to_text
from portfolio_app.importers.identify import refuse_other_kind
from portfolio_app.importers.jsonstream import JsonStream
from portfolio_app.importers.values import parse_iso_date, safe_count

SOURCE = "mastodon"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"

NOT_A_COLLECTION = QT_TRANSLATE_NOOP("importers", "this outbox has no orderedItems list")
NO_OBJECT = QT_TRANSLATE_NOOP("importers", "a post activity without its note")
NO_ID = QT_TRANSLATE_NOOP("importers", "a post without an id")
BAD_DATE = QT_TRANSLATE_NOOP("importers", "unreadable date {value}")
NOT_AN_ACTIVITY = QT_TRANSLATE_NOOP("importers", "an entry that is not an activity")


def parse_mastodon_archive(path: str, progress: ProgressHook | None = None) -> ParsedExport:
    with open_container(path) as container:
        refuse_other_kind(container, ("mastodon-outbox",), "outbox.json")
        outbox = container.main("outbox.json")
        if outbox is None:
            raise ImportRefused(MISSING_MEMBER, container.label, expected="outbox.json")
        result = ParsedExport(SOURCE)
        result.account = _read_actor(container)
        with container.open_binary(outbox, progress) as binary:
            stream = JsonStream(text_reader(binary, container.display(outbox)), container.display(outbox))
            _read_outbox(stream, result)
        if result.account is None:
            result.account = account_from_urls(post.url or post.source_id for post in result.posts)
        result.drop_duplicate_ids()
        return result


def account_from_urls(urls: Iterable[str]) -> ImportedAccount:
    """Without actor.json the account shows in the post URLs: https://host/@user/1 or https://host/users/user/statuses/1."""
    for url in urls:
        try:
            parsed = urlparse(url)
        except ValueError:
            continue
        parts = [part for part in parsed.path.split("/") if part]
        user = None
        if parts and parts[0].startswith("@") and len(parts[0]) > 1:
            user = parts[0][1:]
        elif len(parts) >= 2 and parts[0] == "users":
            user = parts[1]
        if user and parsed.hostname:
            handle = f"@{user}@{parsed.hostname}"
            return ImportedAccount(platform=Platform.MASTODON, handle=handle, name=f"Mastodon – {handle}",
                                   url=f"https://{parsed.hostname}/@{user}")
    return ImportedAccount(platform=Platform.MASTODON, handle=None, name="Mastodon")


def _read_outbox(stream: JsonStream, result: ParsedExport) -> None:
    found = False
    for key in stream.iter_object():
        if key != "orderedItems":
            stream.value()
            continue
        # A later orderedItems replaces an earlier one entirely.
        found = True
        result.posts, result.problems = [], []
        result.skipped.clear()
        if stream.peek() != "[":
            raise stream.refuse(NOT_A_COLLECTION)
        for entry, line in enumerate(stream.iter_array(), start=1):
            _read_activity(stream.value(), stream.name, line, entry, result)
    stream.end()
    if not found:
        raise ImportRefused(NOT_A_COLLECTION, stream.name)


def _read_activity(activity: Any, file: str, line: int, entry: int, result: ParsedExport) -> None:
    if not isinstance(activity, dict):
        result.problem(file, line, NOT_AN_ACTIVITY, entry=entry)
        return
    kind = activity.get("type")
    if kind == "Announce":
        result.skip(SKIP_REPOST)
        return
    if kind != "Create":
        result.skip(SKIP_OTHER_ACTIVITY)
        return
    note = activity.get("object")
    if not isinstance(note, dict):
        result.problem(file, line, NO_OBJECT, entry=entry)
        return
    post = _post_from(note, activity, file, line, entry)
    if isinstance(post, RowProblem):
        result.problems.append(post)
    else:
        result.add(post)


def _post_from(note: dict[str, Any], activity: dict[str, Any], file: str, line: int,
               entry: int) -> ImportedPost | RowProblem:
    note_id = note.get("id")
    if not isinstance(note_id, str) or not note_id.strip():
        return RowProblem(file, line, NO_ID, entry=entry)
    published = note.get("published") or activity.get("published")
    try:
        day = parse_iso_date(published) if isinstance(published, str) else None
    except ValueError:
        day = None
    if day is None:
        return RowProblem(file, line, BAD_DATE, (("value", repr(published)[:60]),), entry)
    content = note.get("content")
    text = html_to_text(content) if isinstance(content, str) else ""
    title = title_from_text(text)
    url = note.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        url = note_id if note_id.startswith(("https://", "http://")) else None
    return ImportedPost(
        source_id=note_id.strip(),
        date=day,
        kind=ContributionKind.ANSWER if note.get("inReplyTo") else ContributionKind.POST,
        title=title,
        url=url,
        notes=notes_from_text(text, title),
        tags=_hashtags(note),
        language=_language(note),
        reactions=_total(note.get("likes")),
        shares=_total(note.get("shares")),
        private=not _is_public(note, activity),
        line=line,
        file=file,
        entry=entry,
    )


def _total(collection: Any) -> int | None:
    """`{"type": "Collection", "totalItems": 3}`; missing means unknown."""
    if isinstance(collection, dict):
        return safe_count(collection.get("totalItems"))
    return None


def _hashtags(note: dict[str, Any]) -> str | None:
    tags = note.get("tag")
    if not isinstance(tags, list):
        return None
    names = [t["name"].lstrip("#") for t in tags
             if isinstance(t, dict) and t.get("type") == "Hashtag" and isinstance(t.get("name"), str)]
    return ", ".join(dict.fromkeys(n for n in names if n)) or None


def _language(note: dict[str, Any]) -> str | None:
    content_map = note.get("contentMap")
    if isinstance(content_map, dict):
        for language in content_map:
            if isinstance(language, str) and language:
                return language
    return None


def _is_public(note: dict[str, Any], activity: dict[str, Any]) -> bool:
    """Public and unlisted posts name the Public collection in to/cc; followers-only and direct ones do not."""
    for holder in (note, activity):
        for key in ("to", "cc"):
            value = holder.get(key)
            values = value if isinstance(value, list) else [value]
            if PUBLIC in values or "as:Public" in values or "Public" in values:
                return True
    return False


def _read_actor(container: Container) -> ImportedAccount | None:
    found = container.find("actor.json")
    if found is None:
        return None
    with container.open_binary(found, limit=16 << 20) as binary:
        stream = JsonStream(text_reader(binary, container.display(found)), container.display(found))
        actor = stream.value()
        stream.end()
    if not isinstance(actor, dict):
        return None
    username = actor.get("preferredUsername")
    actor_id = actor.get("id") or actor.get("url")
    if not isinstance(username, str) or not username:
        return None
    try:
        host = urlparse(actor_id).hostname if isinstance(actor_id, str) else None
    except ValueError:
        host = None
    handle = f"@{username}@{host}" if host else f"@{username}"
    name = actor.get("name")
    url = actor.get("url")
    return ImportedAccount(
        platform=Platform.MASTODON,
        handle=handle,
        name=f"Mastodon – {name.strip()} ({handle})" if isinstance(name, str) and name.strip()
        else f"Mastodon – {handle}",
        url=url if isinstance(url, str) else None,
    )
