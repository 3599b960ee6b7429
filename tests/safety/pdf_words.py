"""Where every word of a PDF landed (poppler's pdftotext -bbox), to catch text drawn over text or off the page."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


@dataclass(frozen=True, slots=True)
class Word:
    page: int  # from 1
    x0: float
    y0: float  # from the top
    x1: float
    y1: float
    text: str


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]

    def text(self) -> str:
        return " ".join(word.text for word in self.words)


def pages_of(pdf: Path) -> list[Page]:
    assert shutil.which("pdftotext"), "pdftotext is missing: install poppler-utils (.ci/run does)"
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for number, match in enumerate(_PAGE.finditer(out), start=1):
        words = tuple(Word(number, float(a), float(b), float(c), float(d), html.unescape(text))
                      for a, b, c, d, text in _WORD.findall(match.group(3)))
        pages.append(Page(number, float(match.group(1)), float(match.group(2)), words))
    return pages


def outside(page: Page, margin: float) -> list[Word]:
    """Words that reach into the left or right margin or off the page."""
    return [w for w in page.words if w.x0 < margin - 0.5 or w.x1 > page.width - margin + 0.5]


def overprinted(page: Page) -> list[tuple[Word, Word]]:
    """Pairs of words drawn over each other: overlapping across and by more than half a line down."""
    bands: dict[int, list[Word]] = defaultdict(list)
    for word in page.words:
        bands[int(word.y0 // 10)].append(word)
    pairs = []
    for band, words in bands.items():
        near = sorted(words + bands.get(band + 1, []), key=lambda w: w.x0)
        for index, a in enumerate(near):
            for b in near[index + 1:]:
                if b.x0 >= a.x1 - 0.5:
                    break  # sorted by left edge: no later word reaches back over a
                down = min(a.y1, b.y1) - max(a.y0, b.y0)
                if min(a.x1, b.x1) - b.x0 > 0.5 and down > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0):
                    pairs.append((a, b))
    return sorted(set(pairs), key=lambda pair: (pair[0].y0, pair[0].x0))
