"""Neutral organisation names for a portfolio sent where the employers must not show.

Each organisation gets a letter ("Organisation A" for the earliest role) and
its name is replaced wherever it appears in text. A name is found

- whatever its case and width: texts are compared in NFKC, case-folded, with
  invisible format characters (zero-width space, soft hyphen) left out, so
  "ＺＹＸＣＯＲＰ" and "zyx\u200bcorp" are "Zyxcorp";
- inside words and hashtags ("#ZyxcorpLife", "ZyxcorpIndustries",
  "Bob Zyxcorp-Smith"), with any punctuation or none between its words
  ("Northwind-Analytics", "#NorthwindAnalytics");
- in its short forms: without a leading article or a trailing legal form
  ("Quillfeather" of "The Quillfeather", "Zyxcorp" of "Zyxcorp GmbH") and
  its first word when that word is distinctive ("Northwind" of
  "Northwind Analytics").

A form of fewer than four letters ("SAP", "3M") would be found inside far
too many words, so it counts only where a word or a camelCase part starts
and ends ("#SAPLife", not "sapling"). URLs that contain a name are dropped
rather than rewritten: a link would give it away.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable

from portfolio_app.domain.records import EmploymentFacts

# First words too common to stand for an organisation on their own.
_GENERIC = frozenset({"the", "and", "for", "team", "group", "company", "bank", "university", "city", "global"})
_ARTICLES = frozenset({"the", "a", "an", "die", "der", "das", "le", "la", "les", "el", "il", "de"})
_LEGAL_FORMS = frozenset({
    "gmbh", "ag", "kg", "ug", "se", "ev", "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp",
    "corporation", "co", "sa", "sarl", "sas", "bv", "nv", "oy", "ab", "spa", "srl", "pty",
})
_BETWEEN_WORDS = r"[\W_]*"
# Shorter forms only count as whole words (or camelCase parts).
INSIDE_WORDS_FROM = 4


def _letter(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index % 26] + (str(index // 26 + 1) if index >= 26 else "")


def _fold_char(char: str) -> str:
    if unicodedata.category(char) == "Cf":
        return ""
    return unicodedata.normalize("NFKC", char).casefold()


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` as names are compared (NFKC, case-folded, no format characters), and for each of its
    characters the index of the original character it came from."""
    if text.isascii():
        return text.casefold(), list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        fold = _fold_char(char)
        chars.append(fold)
        origin.extend([index] * len(fold))
    return "".join(chars), origin


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", folded(text)[0])


def _forms(name: str) -> set[tuple[str, ...]]:
    """The ways a text may name the organisation, each as its words: full, without article or legal form, first word."""
    words = _words(name)
    forms = {tuple(words)}
    core = list(words)
    if len(core) > 1 and core[0] in _ARTICLES:
        core = core[1:]
    while len(core) > 1 and core[-1] in _LEGAL_FORMS:
        core = core[:-1]
    if core and not (len(core) == 1 and core[0] in _GENERIC | _ARTICLES):
        forms.add(tuple(core))
    if len(core) > 1 and len(core[0]) >= INSIDE_WORDS_FROM and core[0] not in _GENERIC:
        forms.add((core[0],))
    return {form for form in forms if form}


def _letters(form: tuple[str, ...]) -> int:
    return sum(len(word) for word in form)


class Anonymizer:
    def __init__(self, employments: Iterable[EmploymentFacts], label: Callable[[str], str]):
        self.pseudonyms: dict[str, str] = {}  # folded organisation name → neutral name
        for employment in sorted(employments, key=lambda e: (e.start, e.id)):
            key = " ".join(_words(employment.organisation))
            if key and key not in self.pseudonyms:
                self.pseudonyms[key] = label(_letter(len(self.pseudonyms)))
        owner: dict[tuple[str, ...], str] = {}
        for key, neutral in self.pseudonyms.items():
            for form in sorted(_forms(key), key=_letters, reverse=True):
                owner.setdefault(form, neutral)
        # longest first, so "Northwind Analytics" is replaced whole before "Northwind" alone
        self._forms = sorted(owner, key=_letters, reverse=True)
        self._neutral = [owner[form] for form in self._forms]
        self._tokens = {"".join(form) for form in self._forms if _letters(form) >= 3}
        # one group per form (match.lastindex says which); any punctuation or none between its words
        groups = ("(" + _BETWEEN_WORDS.join(map(re.escape, form)) + ")" for form in self._forms)
        self._pattern = re.compile("|".join(groups)) if self._forms else None

    def organisation(self, name: str) -> str:
        return self.pseudonyms.get(" ".join(_words(name)), self.text(name))

    def text(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        view, origin = folded(text)
        parts, done = [], 0
        for match in self._pattern.finditer(view):
            group = match.lastindex
            assert group is not None, "every alternative is a group, so one of them matched"
            form = self._forms[group - 1]
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            if start < done or (_letters(form) < INSIDE_WORDS_FROM and not _stands_alone(text, start, end)):
                continue
            parts += [text[done:start], self._neutral[group - 1]]
            done = end
        return "".join(parts) + text[done:] if parts else text

    def url(self, url: str) -> str:
        squashed = "".join(_words(url))
        return "" if any(token in squashed for token in self._tokens) else url


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins and ends a word or a camelCase part ("#SAPLife", not "sapling")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    starts = not before.isalnum() or (before.islower() and text[start].isupper())
    ends = not after.isalnum() or (after.isupper() and not text[end - 1].isupper()) or (
        after.isupper() and end + 1 < len(text) and text[end + 1].islower())
    return starts and ends
