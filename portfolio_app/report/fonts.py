"""Fonts that print real posts: one bundled family, and fallbacks per character run.

DejaVu Sans (four styles) sets the text. A character it lacks is set in the
first bundled fallback that has it: CJK, Hangul, Devanagari, Tamil, then
Symbola for emoji, symbols and mathematical letters such as "𝗯𝗼𝗹𝗱". Fallback
fonts are loaded only when a text needs them, since parsing a 4 MB font costs
tens of milliseconds. ReportLab embeds TrueType fonts as subsets, so the PDF
carries only the glyphs it uses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables

from portfolio_app.report import cjk_wrap
from portfolio_app.report.bidi_lines import display, has_rtl
from portfolio_app.report.emoji import is_sequence_char, resolve, sequence_start, text_of, without_private_use
from portfolio_app.resources import resource_path

REGULAR = "PortfolioSans"
BOLD = "PortfolioSans-Bold"
ITALIC = "PortfolioSans-Italic"
BOLD_ITALIC = "PortfolioSans-BoldItalic"

_FAMILY_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
}
# Only quotes are set in italics: these load when first asked for (each font costs ~20 ms to parse).
_ITALIC_FILES = {
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


@dataclass(frozen=True, slots=True)
class Fallback:
    name: str
    file: str
    covers: str  # what it is there for, for the method notes and tests


EMOJI = "PortfolioEmoji"  # also draws the emoji sequences of report/emoji.py, one glyph each

# Tried in this order for a character the family lacks.
FALLBACKS = (
    Fallback("PortfolioCJK", "DroidSansFallbackFull.ttf", "Chinese, Japanese"),
    Fallback("PortfolioHangul", "NanumGothic.ttf", "Korean"),
    Fallback("PortfolioDevanagari", "NotoSansDevanagari-Regular.ttf", "Devanagari"),
    Fallback("PortfolioTamil", "NotoSansTamil-Regular.ttf", "Tamil"),
    # emoji up to Unicode 15.1 in monochrome outlines (ReportLab cannot draw colour bitmap fonts)
    Fallback(EMOJI, "NotoEmoji-Regular.ttf", "emoji"),
    Fallback("PortfolioSymbols", "Symbola.ttf", "symbols, mathematical letters, older emoji"),
)

# Invisible characters (joiners, variation selectors) that no font needs to draw.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn"})


def font_dir() -> Path:
    """resources/fonts in a checkout, a wheel or the bundle."""
    return resource_path("fonts")


def _load(name: str, file: str) -> TTFont:
    font = TTFont(name, str(font_dir() / file))
    pdfmetrics.registerFont(font)
    return font


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap that maps code points beyond U+FFFF as UTF-16 surrogate pairs.

    ReportLab 5.1 writes them as five hex digits, which PDF readers reject, so
    emoji and "𝗯𝗼𝗹𝗱" letters could not be searched or copied out of the PDF. An emoji sequence drawn as one
    glyph (report/emoji.py) maps back to all of its code points.
    Blocks hold at most 100 entries, as the CMap format requires.
    """
    entries = [f"<{code:02X}> <{(text_of(char) or chr(char)).encode('utf-16-be').hex().upper()}>"
               for code, char in enumerate(subset)]
    blocks = []
    for first in range(0, len(entries), 100):
        block = entries[first : first + 100]
        blocks += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def register_family() -> None:
    """Register the text family once per process, with <b>/<i> mapped inside it."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name, file in _FAMILY_FILES.items():
        _load(name, file)
    # Table cells and drawings default to Helvetica, which is not embedded: even an empty cell or a chart
    # that sets its own fonts would put it in the PDF.
    tables.CellStyle.fontname = REGULAR
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


@cache
def register_italics() -> None:
    """Load the italic styles; call before laying out text set in them."""
    register_family()
    for name, file in _ITALIC_FILES.items():
        _load(name, file)


@cache
def _fallback_font(index: int) -> TTFont:
    fallback = FALLBACKS[index]
    font = _load(fallback.name, fallback.file)
    # A fallback has one style; <b> or <i> around it must still find a font.
    pdfmetrics.registerFontFamily(
        fallback.name, normal=fallback.name, bold=fallback.name, italic=fallback.name, boldItalic=fallback.name
    )
    return font


@cache
def _emoji_font() -> str:
    _fallback_font(next(index for index, fallback in enumerate(FALLBACKS) if fallback.name == EMOJI))
    return EMOJI


@cache
def _codepoints(font_name: str) -> frozenset[int]:
    register_family()
    if font_name in _ITALIC_FILES:
        register_italics()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def _fallback_codepoints(index: int) -> frozenset[int]:
    return frozenset(_fallback_font(index).face.charToGlyph)


@cache
def font_for(char: str, base: str = REGULAR) -> str | None:
    """The font that draws ``char`` with a real glyph; None when no bundled font has it."""
    code = ord(char)
    if is_sequence_char(char):
        return None  # user text in the range emoji sequences are drawn with: no font has a meaning for it
    if code in _codepoints(base) or code in _codepoints(REGULAR):
        return base if code in _codepoints(base) else REGULAR
    for index in range(len(FALLBACKS)):
        if code in _fallback_codepoints(index):
            return FALLBACKS[index].name
    return None


def _clean(text: str) -> str:
    """Drop control characters (they break the PDF text) and soft hyphens, and make tabs spaces.

    A soft hyphen (U+00AD, pasted from web pages) marks where a word may break; ReportLab draws it as a
    visible "-" in the middle of a line ("zero-width"), so it goes: user text is wrapped between words.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").replace("\u00ad", "")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs"))


@lru_cache(maxsize=4096)
def _cached_runs(text: str, base: str) -> tuple[tuple[str, str], ...]:
    return tuple(runs(text, base))


def ascii_widths(font_name: str) -> tuple[float, ...]:
    """Advance widths (per 1000 units of size) of the 128 ASCII characters, for fast measuring."""
    return _ascii_widths(font_name)


@cache
def _ascii_widths(font_name: str) -> tuple[float, ...]:
    register_family()
    face = pdfmetrics.getFont(font_name).face
    return tuple(face.charWidths.get(code, face.defaultWidth) for code in range(128))


def runs(text: str, base: str = REGULAR, visual: bool = True) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs, each drawable by its font: in display order, or with
    ``visual=False`` in typed order for a Paragraph (which reorders each line as it draws it).

    Invisible characters no font has are dropped; any other character without
    a glyph anywhere stays in ``base`` (it prints as a box, and the coverage
    measurement counts it as missing). Emoji sequences ("👩‍💻") become the
    emoji font's one character for them, before right-to-left lines are put in display order.
    """
    result: list[tuple[str, str]] = []
    text = resolve(without_private_use(_clean(text)))  # an emoji sequence is one character before bidi
    for char in visual_order(text) if visual else joined(text):
        font: str | None
        styled = _math_letter(char) if "\U0001d400" <= char <= "\U0001d7ff" else None
        if styled is not None:  # "𝗯𝗼𝗹𝗱" set as "bold" in our own bold: same size and weight as the text
            font, char = styled
        elif is_sequence_char(char):
            font = _emoji_font()
        else:
            font = font_for(char, base) if char != "\n" else base
        if font is None:
            if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
                continue
            font = base
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + char)
        else:
            result.append((font, char))
    return result


@cache
def _math_letter(char: str) -> tuple[str, str] | None:
    """A mathematical bold/italic letter or digit (LinkedIn's "bold text") as (font, plain letter).

    Posts use them for emphasis; Symbola draws them smaller and in another weight, so they are
    set as the letter itself in the family's bold, italic or bold italic. Script, fraktur,
    double-struck and monospace letters keep their own look (Symbola).
    """
    name = unicodedata.name(char, "")
    if not name.startswith("MATHEMATICAL ") or any(
            style in name for style in ("SCRIPT", "FRAKTUR", "DOUBLE-STRUCK", "MONOSPACE")):
        return None
    plain = unicodedata.normalize("NFKC", char)
    if len(plain) != 1 or not plain.isalnum() or not plain.isascii():
        return None  # Greek and other letters: Symbola has them
    bold, italic = " BOLD" in name, "ITALIC" in name
    if italic:
        register_italics()
    font = BOLD_ITALIC if bold and italic else BOLD if bold else ITALIC if italic else REGULAR
    return font, plain


def joined(text: str) -> str:
    """Arabic letters in their joined forms (presentation forms): ReportLab draws each letter as given, so
    without this Arabic prints unjoined. Other text is returned as is; the order stays the typed one."""
    if not has_rtl(text):
        return text
    from arabic_reshaper import reshape

    return reshape(text)


def visual_order(text: str) -> str:
    """Hebrew and Arabic as a PDF draws one line of them: letters joined, each line in display order (Unicode
    bidi, brackets mirrored). Without this "שלום" prints backwards. Paragraphs are reordered line by line
    when drawn instead (blocks.Text), since a paragraph reordered as a whole wraps its end onto line one.
    """
    if not has_rtl(text):
        return text
    return "\n".join(display(line) for line in joined(text).split("\n"))


def paragraph_markup(text: str, base: str = REGULAR) -> str:
    """User text as Paragraph markup: escaped, fallback runs in <font>, newlines as <br/>."""
    parts = []
    for font, chunk in runs(text, base, visual=False):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font face="{font}">{escaped}</font>')
    return "".join(parts)


@lru_cache(maxsize=1024)
def string_width(text: str, size: float, base: str = REGULAR) -> float:
    """Width of a one-line text drawn with :func:`draw_string`."""
    return sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in _cached_runs(text.replace("\n", " "), base))


def draw_string(canvas, x: float, y: float, text: str, size: float, base: str = REGULAR, align: str = "left") -> None:
    """Draw one line of user text on a canvas, switching fonts per run."""
    line = text.replace("\n", " ")
    if align != "left":
        width = string_width(line, size, base)
        x -= width if align == "right" else width / 2
    for font, chunk in _cached_runs(line, base):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)


ELLIPSIS = "…"


def shorten(text: str, size: float, width: float, base: str = REGULAR) -> str:
    """One line of ``text`` no wider than ``width``: whole when it fits, else cut (at a space if one is near)
    with "…"."""
    line = " ".join(text.split()[: int(width)])  # no glyph is narrower than a point at these sizes
    line = line[: int(20 * width / size)]
    if _run_width(line, size, base) <= width:
        return line
    return shortened(line, lambda candidate: _run_width(candidate, size, base) <= width)


def shortened(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` that ``fits`` with "…" after it, cut at a space or line end when one is
    near (binary search: ``fits`` is asked some log2(len(text)) times)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + ELLIPSIS):
            low = middle
        else:
            high = middle - 1
    space = max(text.rfind(" ", 0, low + 1), text.rfind("\n", 0, low + 1))
    cut = sequence_start(text, space if space > low * 0.75 else low)
    return text[:cut].rstrip() + ELLIPSIS if cut else ""


def _run_width(text: str, size: float, base: str) -> float:
    return sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, base))


def single_font(text: str, base: str = REGULAR) -> str:
    """One font for a whole label (chart labels cannot switch fonts): base unless one fallback has it all."""
    fonts = {font for font, chunk in runs(text, base) if chunk.strip()}
    return fonts.pop() if len(fonts) == 1 else base


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many distinct visible characters of a text print with a real glyph."""

    distinct: int
    printed: int
    missing: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.printed / self.distinct if self.distinct else 1.0


def coverage(text: str, base: str = REGULAR) -> Coverage:
    """Distinct visible characters of ``text`` and which of them no bundled font draws."""
    # set() first: a 10,000-title portfolio has half a million characters but a few hundred distinct ones
    chars = sorted(ch for ch in _clean("".join(set(text))) if not ch.isspace())
    visible = [ch for ch in chars if not (unicodedata.category(ch) in _INVISIBLE_CATEGORIES and font_for(ch,
                                                                                                         base) is None)]
    missing = tuple(ch for ch in visible if font_for(ch, base) is None)
    return Coverage(len(visible), len(visible) - len(missing), missing)


# Chinese, Japanese and Korean text has no spaces to break at: such paragraphs wrap in ReportLab's CJK mode,
# with the line-start rules of report/cjk_wrap.py.
_CJK_RANGES = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F))


def has_cjk(text: str) -> bool:
    """True when ``text`` holds Chinese, Japanese or Korean characters (they break between characters)."""
    if text.isascii():
        return False
    for ch in text:
        code = ord(ch)
        if any(low <= code <= high for low, high in _CJK_RANGES):
            cjk_wrap.install()
            return True
    return False
