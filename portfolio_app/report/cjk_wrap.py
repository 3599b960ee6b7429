"""Line breaks in Chinese, Japanese and Korean text: closing punctuation never starts a line (kinsoku).

CJK text has no spaces, so ReportLab's CJK mode breaks between any two
characters. Its rule for punctuation is to let one closing mark hang in the
margin, "but not two or more": after "（免费）" the "，" still began the next
line. These are ReportLab's two CJK splitters (one font; several fonts, as
in mixed Latin and CJK text) with one change: once the end of a line is
found, it moves back until the next line starts with a character that may
start one and this line does not end with an opening bracket — the
characters before it go down to the next line with it.
"""

from __future__ import annotations

from functools import cache
from unicodedata import category

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.rl_config import _FUZZ

# Closing marks ReportLab's list lacks: full-width comma, colon, semicolon, question and exclamation marks, and
# some closing brackets.
_CLOSING = "，．：；？！）］｝〉》」』】〕〗〙〛、。・ー々〻ゝゞヽヾ"
_OPENING = "（［｛〈《「『【〔〖〘〚"


@cache
def install() -> None:
    """Make ReportLab's CJK wrapping follow the rules above (once per process, before laying out CJK text)."""
    for module in (rl_paragraph, textsplit):
        module.ALL_CANNOT_START += "".join(ch for ch in _CLOSING if ch not in module.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_END += "".join(ch for ch in _OPENING if ch not in textsplit.ALL_CANNOT_END)
    rl_paragraph.wordSplit = word_split
    rl_paragraph.cjkFragSplit = frag_split


def _line_end(chars, end: int, start: int) -> int:
    """``end`` moved back so the next line starts with a character that may start one (and this one does not
    end with an opening bracket); a line keeps at least one character."""
    cannot_start, cannot_end = textsplit.ALL_CANNOT_START, textsplit.ALL_CANNOT_END
    while start + 1 < end < len(chars) and (_is_in(chars[end], cannot_start) or _is_in(chars[end - 1], cannot_end)):
        end -= 1
    return end


def _is_in(char: str, characters: str) -> bool:
    return bool(char) and char in characters  # an inline image is an empty string, which "is in" every string


def _after_latin(chars, end: int, start: int) -> int:
    """Inside a Latin word, the end moved back to just after a space or a CJK character (ReportLab's rule)."""
    for back in range(end - 1, (start + end) >> 1, -1):
        if chars[back] and (category(chars[back]) == "Zs" or ord(chars[back]) >= 0x3000):
            if back + 1 < end:
                return back + 2
            break
    return end


def _break(chars, end: int, start: int) -> int:
    """Where a line that overflows at character ``end - 1`` ends."""
    overflowing = end - 1
    if chars[overflowing] and ord(chars[overflowing]) < 0x3000:
        end = _after_latin(chars, end, start)
        overflowing = end - 1
    if chars[overflowing] not in textsplit.ALL_CANNOT_START and end > start + 1:
        end -= 1  # the overflowing character goes to the next line; a closing mark may hang in the margin
    return _line_end(chars, end, start)


def word_split(word: str, max_widths, font_name: str, font_size: float, encoding: str = "utf8") -> list:
    """textsplit.wordSplit for one font: [[extra space, line text], …]."""
    if not isinstance(word, str):
        word = word.decode(encoding)
    widths = [stringWidth(ch, font_name, font_size) for ch in word]
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    lines: list = []
    start = position = 0
    used = 0.0
    while position < len(word):
        used += widths[position]
        position += 1
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        if used > max_width + _FUZZ and used > 0:
            position = _break(word, position, start)
            lines.append([max_width - sum(widths[start:position]), word[start:position].strip()])
            start, used = position, 0.0
    if used > 0:
        lines.append([max_widths[min(len(lines), len(max_widths) - 1)] - used, word[start:]])
    return lines


def _width(char, max_width: float) -> float:
    width = char.width
    if hasattr(width, "normalizedValue"):  # a percentage width of an inline image
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return width


def frag_split(frags, max_widths, calc_bounds, encoding: str = "utf8"):
    """paragraph.cjkFragSplit for text in several fonts: ParaLines of kind 1."""
    chars: list = []
    for frag in frags:
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            chars.extend(rl_paragraph.cjkU(ch, frag, encoding) for ch in text)
        else:
            chars.append(rl_paragraph.cjkU(text, frag, encoding))
    lines: list = []
    start = position = 0
    used = 0.0
    max_width = max_widths[0]
    widths = [_width(char, max_width) for char in chars]
    while position < len(chars):
        char = chars[position]
        used += widths[position]
        position += 1
        line_break = hasattr(char.frag, "lineBreak")
        if (used > max_width + _FUZZ and used > 0) or line_break:
            if not line_break:
                position = _break(chars, position, start)
            line_width = sum(widths[start:position])
            lines.append(rl_paragraph.makeCJKParaLine(chars[start:position], max_width, line_width,
                                                     max_width - line_width, line_break, calc_bounds))
            max_width = max_widths[min(len(lines), len(max_widths) - 1)]
            start, used = position, 0.0
    if used > 0:
        lines.append(rl_paragraph.makeCJKParaLine(chars[start:], max_width, used, max_width - used, False,
                                                 calc_bounds))
    return rl_paragraph.ParaLines(kind=1, lines=lines)
