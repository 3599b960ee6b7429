"""Give each emoji sequence of the bundled emoji font a character of its own, so ReportLab can print it.

"👩‍💻", "🇩🇪", "1️⃣" and "👍🏽" are several code points that a font turns into one
glyph through its OpenType ligature tables (GSUB). ReportLab draws one glyph per
code point and reads no GSUB (its optional HarfBuzz shaping garbles words that
mix fonts and maps ligatures to characters that do not copy out), so the
report resolves sequences itself:

- this tool reads the ligatures of NotoEmoji-Regular.ttf's ``ccmp`` feature
  and gives sequence number ``i`` the private-use code point U+F0000 + i in
  the font's cmap, pointing at the ligature glyph;
- it writes the sequences, one a line in that order (code points in hex,
  without the variation selector U+FE0F, which the font's ligatures skip), to
  NotoEmoji-sequences.txt beside the font;
- ``report/emoji.py`` replaces each sequence in a text by its code point
  before layout, and maps the code point back to the sequence in the PDF's
  text layer, so the emoji copies and searches as written.

Run it again after replacing the font:
``python -m portfolio_app.devtools.emoji_sequences``. Needs fontTools (the
``test`` or ``bundle`` extra).
"""

from __future__ import annotations

from pathlib import Path

FONT = "NotoEmoji-Regular.ttf"
TABLE = "NotoEmoji-sequences.txt"
FIRST_CODE = 0xF0000  # Supplementary Private Use Area-A: no other bundled font uses it
LAST_CODE = 0xFFFFD


def ligatures(font) -> dict[tuple[int, ...], str]:
    """(code points) -> ligature glyph name, for every ligature the font's ccmp feature forms."""
    cmap = font.getBestCmap()
    by_glyph: dict[str, int] = {}
    for code, glyph in sorted(cmap.items()):
        if not FIRST_CODE <= code <= LAST_CODE:
            by_glyph.setdefault(glyph, code)
    gsub = font["GSUB"].table
    lookups = sorted({index for record in gsub.FeatureList.FeatureRecord if record.FeatureTag == "ccmp"
                      for index in record.Feature.LookupListIndex})
    found: dict[tuple[int, ...], str] = {}
    for index in lookups:
        for subtable in gsub.LookupList.Lookup[index].SubTable:
            for first, entries in (getattr(subtable, "ligatures", None) or {}).items():
                for entry in entries:
                    glyphs = [first, *entry.Component]
                    if all(glyph in by_glyph for glyph in glyphs):
                        found.setdefault(tuple(by_glyph[glyph] for glyph in glyphs), entry.LigGlyph)
    return found


def write(font_dir: Path) -> int:
    """Add the sequences' code points to the font and write the table; returns how many sequences."""
    from fontTools.ttLib import TTFont

    path = font_dir / FONT
    font = TTFont(path)
    sequences = sorted(ligatures(font).items())
    if FIRST_CODE + len(sequences) > LAST_CODE:
        raise ValueError(f"{len(sequences)} sequences do not fit the private-use plane")
    for table in font["cmap"].tables:
        for code in [code for code in table.cmap if FIRST_CODE <= code <= LAST_CODE]:
            del table.cmap[code]
        if table.format == 12:  # the full-Unicode subtables; the BMP-only ones cannot hold these codes
            for number, (_sequence, glyph) in enumerate(sequences):
                table.cmap[FIRST_CODE + number] = glyph
    font.save(path)
    lines = [" ".join(f"{code:X}" for code in sequence) for sequence, _glyph in sequences]
    (font_dir / TABLE).write_text("\n".join(lines) + "\n", encoding="ascii")
    return len(sequences)


if __name__ == "__main__":
    from portfolio_app.report.fonts import font_dir

    print(f"{write(font_dir())} emoji sequences written")
