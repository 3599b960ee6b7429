"""No English left in the German UI: a German text equal to its English source must be a name or one word.

"Link", "Export", "Podcast" or "YouTube Studio" read the same in German; a
sentence copied over untranslated ("Save changes?") does not, and this test
names it.
"""

from __future__ import annotations

import re

from portfolio_app.devtools.translations import read_ts, ts_file

_PLACEHOLDERS = re.compile(r"%L?n|%L?\d|\{[^}]*\}|<[^>]*>|&(?=\w)")
# lower-case words that German uses as they are (file types, "online"/"offline")
SHARED_WORDS = {"online", "offline", "pdf", "csv", "txt", "zip", "xlsx", "json", "sqlite"}


def _english_words(text: str) -> list[str]:
    """The lower-case words of a text that is more than one word; names (capitalised) are left out."""
    words = re.findall(r"[^\W\d_]+", _PLACEHOLDERS.sub(" ", text))
    if len(words) < 2:
        return []
    return [word for word in words if word.islower() and word not in SHARED_WORDS]


def test_the_rule_flags_a_copied_sentence_and_spares_names():
    assert _english_words("Save changes?") == ["changes"]
    assert _english_words("&Name:") == [] and _english_words("YouTube Studio") == []
    assert _english_words("%1 online · %2 offline") == [] and _english_words("Portfolio – %1.pdf") == []


def test_no_german_text_is_an_english_sentence_left_as_it_was():
    copied = []
    for message in read_ts(ts_file("de")):
        for translation in message.translations:
            if translation == message.source and _english_words(message.source):
                copied.append(f"[{message.context}] {message.source!r}")
    assert not copied, "left in English in the German UI:\n" + "\n".join(copied)
