"""Emoji sequences ("👩‍💻", "🇩🇪", "1️⃣", "👍🏽") as one character each, so they print as one glyph.

ReportLab draws one glyph per code point and applies no ligature tables, so a
family printed as man, woman, girl side by side. The bundled emoji font carries
each sequence it draws as a private-use code point (devtools/emoji_sequences.py
wrote them, with the table of sequences beside the font); :func:`resolve`
replaces a sequence by that code point before layout, and :func:`text_of`
gives the sequence back for the PDF's text layer, so it copies as written.
"""

from __future__ import annotations

import re
from functools import cache

from portfolio_app.resources import resource_path

FIRST_CODE = 0xF0000  # as devtools/emoji_sequences.py assigns them
LAST_CODE = 0xFFFFD
_SELECTORS = "\ufe0e\ufe0f"  # text/emoji presentation: the font's ligatures skip them
# Every sequence holds one of these: a joiner, the keycap mark, a skin tone, a regional indicator or a tag.
_JOINING = re.compile("[\u200d\u20e3\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f]")
# What continues the character before it: a joiner, a selector, the keycap mark, a skin tone, a tag.
_CONTINUING = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


@cache
def _table() -> tuple[dict[str, str], dict[int, str], frozenset[str], int]:
    """(sequence -> its character, code point -> sequence, first characters, longest sequence length)."""
    lines = (resource_path("fonts") / "NotoEmoji-sequences.txt").read_text(encoding="ascii").split("\n")
    chars: dict[str, str] = {}
    texts: dict[int, str] = {}
    for number, line in enumerate(filter(None, lines)):
        sequence = "".join(chr(int(code, 16)) for code in line.split())
        chars[sequence] = chr(FIRST_CODE + number)
        texts[FIRST_CODE + number] = sequence
    longest = max(map(len, chars), default=0)
    return chars, texts, frozenset(sequence[0] for sequence in chars), longest


def is_sequence_char(char: str) -> bool:
    """True for a character that :func:`resolve` put in place of a sequence (and for user text in that range)."""
    return FIRST_CODE <= ord(char) <= LAST_CODE


_PRIVATE = re.compile("[\U000f0000-\U000ffffd]")


_NO_GLYPH = "\U0010fffd"  # private use too, and in no bundled font: prints as the box the export warns of


def without_private_use(text: str) -> str:
    """``text`` with characters of the sequences' range replaced: they are a user's private-use characters
    (no font has a meaning for them), and must print as a box, not as a sequence's emoji."""
    return text if text.isascii() else _PRIVATE.sub(_NO_GLYPH, text)


def resolve(text: str) -> str:
    """``text`` with each emoji sequence the font draws as one glyph replaced by its character.

    The longest sequence wins ("👨‍👩‍👧‍👦" before "👨‍👩‍👧"); variation selectors inside
    a sequence are skipped; a sequence the font does not know stays as its parts.
    """
    if text.isascii() or not _JOINING.search(text):
        return text
    chars, _texts, firsts, longest = _table()
    out: list[str] = []
    position, size = 0, len(text)
    while position < size:
        char = text[position]
        if char in firsts:
            found = _longest_match(text, position, chars, longest)
            if found is not None:
                out.append(found[0])
                position = found[1]
                continue
        out.append(char)
        position += 1
    return "".join(out)


def _longest_match(text: str, start: int, chars: dict[str, str], longest: int) -> tuple[str, int] | None:
    """(character, end in text) of the longest known sequence starting at ``start``."""
    parts: list[str] = []
    ends: list[int] = []
    position = start
    while position < len(text) and len(parts) < longest:
        if text[position] not in _SELECTORS:
            parts.append(text[position])
            ends.append(position + 1)
        elif ends:
            ends[-1] = position + 1  # a selector belongs to the character before it
        position += 1
    for length in range(len(parts), 1, -1):
        char = chars.get("".join(parts[:length]))
        if char is not None:
            end = ends[length - 1]
            while end < len(text) and text[end] in _SELECTORS:
                end += 1
            return char, end
    return None


def sequence_start(text: str, cut: int) -> int:
    """``cut`` moved back to the start of an emoji sequence it would split ("👨‍👩‍|👧" → "|👨‍👩‍👧"), so a
    shortened text does not end in half a family; a cut between the two letters of a flag moves too."""
    while 0 < cut < len(text) and (_CONTINUING.match(text, cut) or text[cut - 1] == "\u200d"
                                   or _splits_flag(text, cut)):
        cut -= 1
    return cut


def _splits_flag(text: str, cut: int) -> bool:
    """True when ``cut`` falls between the two regional indicators of a flag ("🇩|🇪")."""
    pairs = 0
    while cut - pairs - 1 >= 0 and "\U0001f1e6" <= text[cut - pairs - 1] <= "\U0001f1ff":
        pairs += 1
    return pairs % 2 == 1


def text_of(code: int) -> str | None:
    """The sequence a resolved character stands for; None for any other code point."""
    if not FIRST_CODE <= code <= LAST_CODE:
        return None
    return _table()[1].get(code)
