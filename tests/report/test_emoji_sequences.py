"""Emoji sequences print as one glyph each and copy out of the PDF as written."""

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from portfolio_app.report.blocks import paragraph
from portfolio_app.report.emoji import resolve, text_of
from portfolio_app.report.fonts import REGULAR, font_dir, register_family
from portfolio_app.report.text import plain

SEQUENCES = {
    "woman technologist (joiner)": "👩‍💻",
    "family (two joiners)": "👨‍👩‍👧",
    "rainbow flag (selector and joiner)": "🏳️‍🌈",
    "skin tone": "👍🏽",
    "skin tone inside a joiner sequence": "👩🏽‍💻",
    "flag (regional indicators)": "🇩🇪",
    "keycap": "1️⃣",
    "subdivision flag (tags)": "🏴󠁧󠁢󠁥󠁮󠁧󠁿",
    "pirate flag": "🏴‍☠️",
}


def emoji_glyphs_drawn(pdf: bytes) -> list[int]:
    """Per page: how many glyphs are drawn in the emoji font (one byte per glyph in ReportLab's subsets)."""
    reader = PdfReader(io.BytesIO(pdf))
    counts = []
    for page in reader.pages:
        fonts = {name: font.get_object()["/BaseFont"] for name, font in page["/Resources"]["/Font"].items()}
        current, count = "", 0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = fonts[operands[0]]
            elif "NotoEmoji" in current and operator == b"Tj":
                count += len(operands[0])
            elif "NotoEmoji" in current and operator == b"TJ":
                count += sum(len(item) for item in operands[0] if isinstance(item, (bytes, str)))
        counts.append(count)
    return counts


@pytest.mark.parametrize("sequence", SEQUENCES.values(), ids=SEQUENCES.keys())
def test_a_sequence_is_one_glyph_in_the_pdf_and_copies_out_whole(sequence):
    register_family()
    buffer = io.BytesIO()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=14)
    SimpleDocTemplate(buffer).build([paragraph(plain(f"Team {sequence} launch"), style)])
    assert emoji_glyphs_drawn(buffer.getvalue()) == [1]
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert sequence.replace("\ufe0f", "") in text.replace("\ufe0f", "")


def test_sequences_beside_letters_and_in_right_to_left_text_stay_one_glyph():
    register_family()
    buffer = io.BytesIO()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=14)
    texts = ["great👍🏽 work", "שלום 👨‍👩‍👧 עולם", "1️⃣2️⃣ steps 🇨🇭🇩🇪"]
    SimpleDocTemplate(buffer).build([paragraph(plain(text), style) for text in texts])
    assert emoji_glyphs_drawn(buffer.getvalue()) == [1 + 1 + 4]


def test_the_longest_sequence_wins_and_an_unknown_one_stays_as_its_parts():
    family_of_four = "👨‍👩‍👧‍👦"
    assert len(resolve(family_of_four)) == 1
    assert resolve(family_of_four) != resolve("👨‍👩‍👧")
    assert text_of(ord(resolve(family_of_four))) == family_of_four
    unknown = "🦄‍🍕"  # not a sequence the font (or Unicode) knows
    assert resolve(unknown) == unknown
    assert resolve("plain text, 10:30") == "plain text, 10:30"
    assert resolve("👍 then 🏽") == "👍 then 🏽"  # a tone after a space is not a modifier of 👍


def test_the_table_matches_the_fonts_ligatures():
    """devtools/emoji_sequences.py wrote both; the font's cmap points each code at the sequence's ligature."""
    ttlib = pytest.importorskip("fontTools.ttLib")
    from portfolio_app.devtools.emoji_sequences import FIRST_CODE, ligatures

    font = ttlib.TTFont(font_dir() / "NotoEmoji-Regular.ttf")
    expected = sorted(ligatures(font).items())
    lines = (font_dir() / "NotoEmoji-sequences.txt").read_text(encoding="ascii").split()
    assert len(expected) > 3000
    cmap = font.getBestCmap()
    for number, (sequence, glyph) in enumerate(expected):
        assert text_of(FIRST_CODE + number) == "".join(map(chr, sequence))
        assert cmap[FIRST_CODE + number] == glyph
    assert len(lines) >= len(expected)


def test_a_users_own_character_in_the_sequences_range_prints_as_a_box_not_an_emoji():
    from portfolio_app.report.fonts import coverage

    register_family()
    buffer = io.BytesIO()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=14)
    SimpleDocTemplate(buffer).build([paragraph(plain("private \U000f0001 use"), style)])
    assert emoji_glyphs_drawn(buffer.getvalue()) == [0]
    assert coverage("private \U000f0001 use").missing == ("\U000f0001",)  # named by the CLI and the dialog


def test_a_shortened_text_never_ends_in_part_of_a_sequence():
    from portfolio_app.report.fonts import ELLIPSIS, shortened

    text = "Our team 👩‍💻👨‍👩‍👧 🏳️‍🌈 🇩🇪🇨🇭 1️⃣ 👍🏽🏴󠁧󠁢󠁥󠁮󠁧󠁿 shipped it"
    for limit in range(2, len(text) + 2):
        short = shortened(text, lambda candidate, limit=limit: len(candidate) <= limit)
        kept = short.removesuffix(ELLIPSIS)
        assert text.startswith(kept)
        rest = text[len(kept):]
        assert resolve(kept) + resolve(rest) == resolve(text), (limit, kept)  # no sequence spans the cut
