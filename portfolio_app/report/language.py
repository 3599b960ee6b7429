"""Which language a user's text is probably in, so words are hyphenated only by that language's rules.

Titles, notes and testimonials are in whatever language their author wrote
them: an English post in a German portfolio must not be broken at German
syllables ("Un-der-stand-ing" by German rules is "Un-derstan-ding"). A
dictionary-free guess is enough: common short words (articles, pronouns,
prepositions) of each language counted per text. A text too short to tell is
not hyphenated at all, only wrapped between words.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

# Words that are frequent in one of the languages and rare in the other ("die", "was" and "an" are both).
_GERMAN = frozenset("""
der das und ist nicht mit für auf ein eine einen einem einer den dem des zu zum zur von vom sich im
wir ich sie es auch wie bei über aus nach oder wird werden wurde sind hat haben unsere unser unseren
dass noch nur schon mehr sehr kann können durch als bis gegen ohne unter zwischen heute jetzt neue neuen
""".split())
_ENGLISH = frozenset("""
the and of to in is for with on that this are be it as at by from we our you your or not how what why
has have had will would can could about into over new more their they he she his her its which who
""".split())
_GERMAN_LETTERS = frozenset("äöüß")


def likely_language(text: str) -> str | None:
    """"de", "en" or None (too little to tell, or another language)."""
    words = [word.lower() for word in _WORD.findall(text)]
    german = sum(word in _GERMAN for word in words) + (2 if _GERMAN_LETTERS & set(text.lower()) else 0)
    english = sum(word in _ENGLISH for word in words)
    if german > english and german >= 2:
        return "de"
    if english > german and english >= 1:
        return "en"
    return None
