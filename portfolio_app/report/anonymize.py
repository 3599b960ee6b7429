"""Neutral organisation names for a portfolio sent where the employers must not show.

Each organisation gets a letter ("Organisation A" for the earliest role) and
its name is replaced wherever it appears in text: full name, and its first word
when that word is distinctive ("Northwind" of "Northwind Analytics"). URLs that
contain the name are dropped rather than rewritten: a link would give it away.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable

from portfolio_app.domain.records import EmploymentFacts

# First words too common to stand for an organisation on their own.
_GENERIC = frozenset({"the", "and", "for", "team", "group", "company", "bank", "university", "city", "global"})


def _letter(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index % 26] + (str(index // 26 + 1) if index >= 26 else "")


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class Anonymizer:
    def __init__(self, employments: Iterable[EmploymentFacts], label: Callable[[str], str]):
        self.pseudonyms: dict[str, str] = {}  # casefolded organisation → neutral name
        for employment in sorted(employments, key=lambda e: (e.start, e.id)):
            key = employment.organisation.strip().casefold()
            if key and key not in self.pseudonyms:
                self.pseudonyms[key] = label(_letter(len(self.pseudonyms)))
        variants: dict[str, str] = {}
        for key, neutral in self.pseudonyms.items():
            variants[key] = neutral
            first = key.split()[0] if key.split() else ""
            if len(first) >= 4 and first not in _GENERIC and first != key:
                variants.setdefault(first, neutral)
        self._variants = variants
        self._tokens = {_squash(v) for v in variants if len(_squash(v)) >= 3}
        alternatives = sorted(variants, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(v) for v in alternatives) + r")(?!\w)", re.IGNORECASE)
            if alternatives
            else None
        )

    def organisation(self, name: str) -> str:
        return self.pseudonyms.get(name.strip().casefold(), self.text(name))

    def text(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(lambda match: self._variants[match.group(0).casefold()], text)

    def url(self, url: str) -> str:
        squashed = _squash(url)
        return "" if any(token in squashed for token in self._tokens) else url
