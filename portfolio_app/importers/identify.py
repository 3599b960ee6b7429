"""What a file is, judged by its content rather than its name.

People rename downloads (`Shares (1).csv`, `x_tweets.js`, `outbox (2).json`)
and pick the wrong one. A picked file is read whatever it is called; when its
first bytes show it is another kind of export, it is refused with a message
saying what it looks like, instead of a confusing error deep in the parser.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path, PurePosixPath

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import ImportRefused
from portfolio_app.importers.containers import Container

HEAD_BYTES = 1 << 16

LOOKS_LIKE = QT_TRANSLATE_NOOP("importers", "this looks like {what}, not {expected}")

# kind -> how the message names it
LABELS = {
    "x-posts": QT_TRANSLATE_NOOP("importers", "the posts file of an X archive (tweets.js)"),
    "x-other": QT_TRANSLATE_NOOP("importers", "a file of an X archive other than its posts"),
    "x-analytics": QT_TRANSLATE_NOOP("importers", "an X analytics export"),
    "mastodon-outbox": QT_TRANSLATE_NOOP("importers", "a Mastodon outbox (outbox.json)"),
    "mastodon-actor": QT_TRANSLATE_NOOP("importers", "a Mastodon profile file (actor.json)"),
    "linkedin-shares": QT_TRANSLATE_NOOP("importers", "LinkedIn's Shares.csv"),
    "linkedin-connections": QT_TRANSLATE_NOOP("importers", "LinkedIn's Connections.csv"),
    "linkedin-profile": QT_TRANSLATE_NOOP("importers", "LinkedIn's Profile.csv"),
    "linkedin-positions": QT_TRANSLATE_NOOP("importers", "LinkedIn's Positions.csv"),
    "linkedin-recommendations": QT_TRANSLATE_NOOP("importers", "LinkedIn's Recommendations_Received.csv"),
    "youtube": QT_TRANSLATE_NOOP("importers", "a YouTube Studio table export"),
    "xlsx": QT_TRANSLATE_NOOP("importers", "an Excel workbook"),
    "zip": QT_TRANSLATE_NOOP("importers", "a zip archive"),
    "gzip": QT_TRANSLATE_NOOP("importers", "a .tar.gz archive"),
    "pdf": QT_TRANSLATE_NOOP("importers", "a PDF document"),
    "image": QT_TRANSLATE_NOOP("importers", "an image"),
}

# header words -> kind; every word must be in the header line
_CSV_KINDS = (
    ({"ShareCommentary"}, "linkedin-shares"),
    ({"Tweet id", "impressions"}, "x-analytics"),
    ({"Post id", "Impressions"}, "x-analytics"),
    ({"Video title", "Views"}, "youtube"),
    ({"Content", "Video publish time"}, "youtube"),
    ({"Company Name", "Title", "Started On"}, "linkedin-positions"),
    ({"First Name", "Last Name", "Text", "Status"}, "linkedin-recommendations"),
    ({"First Name", "Last Name", "Connected On"}, "linkedin-connections"),
    ({"First Name", "Last Name", "Headline"}, "linkedin-profile"),
)


def identify_head(head: bytes) -> str | None:
    """The kind of export these first bytes belong to, or None when they look like nothing we know."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if text.startswith("window.YTD."):
        return "x-posts" if text.startswith(("window.YTD.tweets.", "window.YTD.tweet.")) else "x-other"
    if text.startswith(("{", "[")):
        if '"orderedItems"' in text or '"OrderedCollection"' in text:
            return "mastodon-outbox"
        if '"preferredUsername"' in text:
            return "mastodon-actor"
        return None
    return _csv_kind(text)


def _csv_kind(text: str) -> str | None:
    # LinkedIn opens some files with a few lines of notes; look at the first lines, not just one
    for line in text.splitlines()[:12]:
        try:
            fields = {field.strip() for field in next(csv.reader([line]))}
        except (csv.Error, StopIteration):
            continue
        for words, kind in _CSV_KINDS:
            if words <= fields:
                return kind
    return None


def identify_file(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return None
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                return "xlsx" if "xl/workbook.xml" in archive.namelist() else "zip"
        except (OSError, zipfile.BadZipFile, ValueError):
            return "zip"
    return identify_head(head)


def refuse_other_kind(container: Container, accepted: tuple[str, ...], expected: str) -> None:
    """A picked file of another known kind is refused, naming what it looks like.

    A file of no known kind goes on to the parser, which says what is wrong with it.
    """
    name = container.picked
    if name is None:
        return
    kind = identify_file(container.path / name)
    if kind is not None and kind not in accepted:
        raise ImportRefused(LOOKS_LIKE, container.display(name), what=LABELS[kind], expected=expected)


def members_of_kind(container: Container, kind: str, suffix: str = ".csv") -> list[str]:
    """The members of a folder or archive whose content is of this kind, whatever they are called
    (`Shares_17529409.csv`, `analytics (3).csv`), in the order of their file names."""
    found = []
    for name in sorted(container.names(), key=lambda n: PurePosixPath(n).name):
        if not name.lower().endswith(suffix) or PurePosixPath(name).name.startswith("."):
            continue
        with container.open_binary(name) as binary:
            if identify_head(binary.read(HEAD_BYTES)) == kind:
                found.append(name)
    return found
