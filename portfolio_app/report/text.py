"""User text is text: turning titles, notes and URLs into safe Paragraph markup.

ReportLab's Paragraph parses its input as markup: an unescaped ``<`` raises,
``&`` starts an entity, and ``<a>``, ``<link>`` and ``<img>`` make links or
read files. So every string that came from the user or an import goes through
:func:`plain`, and links are made only here, only for http, https and mailto.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from xml.sax.saxutils import quoteattr

from portfolio_app.report.fonts import REGULAR, paragraph_markup
from portfolio_app.report.language import likely_language
from portfolio_app.report.styles import HYPHENATION

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# A Mastodon custom emoji (":ablobcathappypaws:") is an image on its server, not a character: no font has it.
# At least one letter, so a time such as 10:30:45 is left alone.
_SHORTCODE = re.compile(r"(?<![\w:]):(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]{2,}:(?![\w:])")
LINK_COLOR = "#1f5f8b"


def plain(text: str | None, base: str = REGULAR, language: str | None = None) -> str:
    """Markup that prints ``text`` literally, in fonts that have its characters.

    Words are hyphenated only by the rules of the language the text is in: ``language`` when the caller
    knows it (the report's own words), else the likely one. Only German documents hyphenate (HYPHENATION),
    so text not likely German is set in ``<nobr>``: ReportLab then wraps it between words, never inside one
    (a word longer than the whole line is still cut at the line's end).
    """
    markup = paragraph_markup(text or "", base)
    if not markup or (language or likely_language(text or "")) in HYPHENATION:
        return markup
    return f"<nobr>{markup}</nobr>"


def safe_url(url: str | None) -> str | None:
    """The URL when it may become a link (http/https with a host, or mailto); else None."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ch in '"<>\\' for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme in ("http", "https") and not parts.hostname:
        return None
    if scheme == "mailto" and "@" not in parts.path:
        return None
    return url


def link(url: str | None, label: str | None = None, base: str = REGULAR, color: str = LINK_COLOR) -> str:
    """A clickable link to ``url`` showing ``label`` (the URL itself when empty).

    An unsafe URL prints as plain text and links nowhere.
    """
    shown = plain(label or url or "", base)
    target = safe_url(url)
    if target is None:
        return shown
    return f"<a href={quoteattr(target)} color={quoteattr(color)}>{shown}</a>"


# A Paragraph re-wraps all of its remaining text on every page it is split
# over, so one 200,000-character text would take minutes; pieces of this size
# keep the layout linear and each piece well inside one page.
BLOCK_CHARS = 2_000
BLOCK_LINES = 30


def text_blocks(text: str, chars: int = BLOCK_CHARS, lines: int = BLOCK_LINES) -> list[tuple[str, bool]]:
    """Long user text cut into pieces a Paragraph lays out quickly: (piece, ends a paragraph).

    Paragraphs end at blank lines; a longer one is cut at a line end, else
    at a space, else (one long token) anywhere, so no piece holds more than
    ``chars`` characters or ``lines`` lines.
    """
    blocks: list[tuple[str, bool]] = []
    for paragraph in re.split(r"\n[ \t]*\n", text.strip()):
        rest = paragraph.strip("\n")
        while len(rest) > chars or rest.count("\n") >= lines:
            cut = _cut_at(rest, chars, lines)
            blocks.append((rest[:cut].rstrip(), False))
            rest = rest[cut:].lstrip(" \n")
        if rest.strip():
            blocks.append((rest, True))
    return blocks


def _cut_at(text: str, chars: int, lines: int) -> int:
    line_end = -1
    for _ in range(lines):
        line_end = text.find("\n", line_end + 1)
        if line_end < 0 or line_end > chars:
            break
    else:
        return line_end
    window = text[: chars + 1]
    for separator in ("\n", " "):
        position = window.rfind(separator, chars // 2)
        if position > 0:
            return position
    return chars


def without_shortcodes(text: str) -> str:
    """``text`` with custom-emoji shortcodes dropped, always (their names are not words of the post)."""
    if ":" not in text:
        return text
    dropped = _SHORTCODE.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", dropped).strip() if dropped != text else text
