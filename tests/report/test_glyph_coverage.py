"""Real posts print with real glyphs: the share of distinct characters a bundled font draws.

Run with ``-s`` to see the measured shares. The emoji sample is what Symbola
(Unicode 10) covers; newer emoji are measured separately and reported, not
asserted.
"""

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from portfolio_app.report.fonts import BOLD, REGULAR, coverage, register_family, runs
from portfolio_app.report.text import plain

SAMPLES = {
    "Latin": "Grüße aus Zürich! Façade, naïve café, Ærøskøbing, Łódź, Žluťoučký kůň, İstanbul'da şeker, "
    "Tiếng Việt có dấu, ¿Qué tal? «Guillemets» „Anführungszeichen“ – — … € £ ¥ © ® ™ ° ± × ÷ ½ ß ẞ",
    "Greek": "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ άέήίόύώϊϋΐΰ",
    "Cyrillic": "Съешь же ещё этих мягких французских булок, да выпей чаю. Ґанок їжак є. Ђорђе Љубав Њива Џеп",
    "CJK": "我们的团队在上海发布了新产品。日本語のテキスト、ひらがなとカタカナ。한국어 텍스트도 잘 나옵니다. 「」、。・ー",
    "Emoji": "😀😂😍🤔👍👏🙏🔥🚀🎉💡✅❌📈📊💼🤝❤️⭐🌍📣🎤📚✨💪👉🙌😊🧠🦄🤩👩‍💻🇨🇭",
    "Math letters": "𝗯𝗼𝗹𝗱 𝘪𝘵𝘢𝘭𝘪𝘤 𝙗𝙤𝙡𝙙𝙞𝙩 𝚖𝚘𝚗𝚘 𝓈𝒸𝓇𝒾𝓅𝓉 ∑∫√∞≈≠≤≥",
    "Devanagari": "नमस्ते, यह एक परीक्षण है। हिन्दी में लिखा गया पाठ।",
    "Tamil": "வணக்கம், இது ஒரு சோதனை. தமிழ் எழுத்துக்கள்.",
}
NEWER_EMOJI = "🥰🥳🧵🫶🥹🫡🟢🟡🫨🩷🪿"  # Unicode 11 to 15: Noto Emoji (monochrome outlines) has them


@pytest.mark.parametrize("script", SAMPLES)
def test_every_distinct_character_prints_with_a_real_glyph(script):
    result = coverage(SAMPLES[script])
    print(f"{script}: {result.printed}/{result.distinct} = {result.share:.1%}")
    assert result.missing == ()
    assert result.share == 1.0


def test_bold_text_falls_back_too():
    assert coverage(SAMPLES["CJK"] + SAMPLES["Emoji"], base=BOLD).share == 1.0


def test_newer_emoji_print():
    result = coverage(NEWER_EMOJI)
    assert result.distinct == len(NEWER_EMOJI) and result.missing == ()


def test_runs_switch_font_only_where_needed():
    assert runs("Hello 世界 👍!") == [
        (REGULAR, "Hello "),
        ("PortfolioCJK", "世界"),
        (REGULAR, " "),
        ("PortfolioEmoji", "👍"),
        (REGULAR, "!"),
    ]


def test_the_pdf_embeds_subset_fallback_fonts_and_keeps_the_text():
    register_family()
    buffer = io.BytesIO()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=14)
    SimpleDocTemplate(buffer).build([Paragraph(plain(text), style) for text in SAMPLES.values()])
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    extracted = "".join(page.extract_text() for page in reader.pages)
    # Devanagari and Tamil are left out: without shaping, text extraction reorders their marks.
    for script in ("Latin", "Greek", "Cyrillic", "CJK", "Emoji"):
        for word in SAMPLES[script].split():
            assert word in extracted, (script, word)
    # bold and italic maths letters are set as letters of the family's bold and italic: searchable as words
    for word in ("bold", "italic", "boldit", "𝚖𝚘𝚗𝚘", "𝓈𝒸𝓇𝒾𝓅𝓉"):
        assert word in extracted, word
    fonts = {
        font["/BaseFont"].split("+")[-1]
        for page in reader.pages
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
    }
    assert {"DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback", "NanumGothic", "Symbola",
            "NotoEmoji-Regular"} <= fonts
    assert {"NotoSansDevanagari-Regular", "NotoSansTamil-Regular"} <= fonts
    # Subsetting keeps a page of every script far below the 15 MB of bundled fonts.
    assert len(buffer.getvalue()) < 250_000
