"""Hebrew and Arabic in display order, line by line.

ReportLab draws every line left to right as stored. Reordering a whole
paragraph before it is wrapped puts its end on the first line: a two-line
Hebrew title read bottom-up. So paragraphs are wrapped in logical (typed)
order and each line is put in display order when it is drawn, with the
paragraph's direction (its first strong letter, as Unicode says) and brackets
mirrored inside right-to-left runs: "(גרסה 2.0)" stays "(…)". Arabic letters
are joined (presentation forms) before wrapping, since joining changes their
widths. Python-bidi's pure-Python algorithm is used: its Rust ``get_display``
does not mirror brackets.
"""

from __future__ import annotations

import unicodedata


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def base_direction(text: str) -> str:
    """"R" when the first strong letter is right-to-left, else "L"."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def display_positions(text: str, base: str) -> list[tuple[int, str]]:
    """For each character in display order: (its index in ``text``, the character drawn, mirrored if need be)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = algorithm.PARAGRAPH_LEVELS[base]
    storage["base_dir"] = base
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    # explicit embedding marks are removed by the algorithm; every other character keeps its index
    return [(char["index"], char["ch"]) for char in storage["chars"]]


def display(text: str, base: str | None = None) -> str:
    """One line of ``text`` in display order."""
    if not has_rtl(text):
        return text
    return "".join(char for _index, char in display_positions(text, base or base_direction(text)))


def typed_text(para) -> str:
    """The text of ReportLab's broken lines (ParaLines), in typed order."""
    if para.kind == 0:
        return " ".join(word for _extra, words in para.lines for word in words)
    return "".join(getattr(frag, "text", "") or "" for line in para.lines for frag in line.words)


def visual_lines(para, base: str):
    """A copy of ReportLab's broken lines (ParaLines) with each line in display order."""
    if para.kind == 0:
        lines = [(extra, display(" ".join(words), base).split(" ")) for extra, words in para.lines]
        return para.clone(lines=lines)
    return para.clone(lines=[_visual_frag_line(line, base) for line in para.lines])


def _visual_frag_line(line, base: str):
    """A line of styled fragments with the fragments cut and put in display order."""
    frags = line.words
    if any(getattr(frag, "cbDefn", None) is not None or not isinstance(getattr(frag, "text", None), str)
           for frag in frags):
        return line  # an inline image or a link mark: left as it is
    owners = [number for number, frag in enumerate(frags) for _char in frag.text]
    text = "".join(frag.text for frag in frags)
    if not has_rtl(text):
        return line
    words: list = []
    current, chunk = -1, list[str]()
    for index, char in display_positions(text, base):
        if owners[index] != current and chunk:
            words.append(frags[current].clone(text="".join(chunk)))
            chunk = []
        current = owners[index]
        chunk.append(char)
    if chunk:
        words.append(frags[current].clone(text="".join(chunk)))
    return line.clone(words=words)
