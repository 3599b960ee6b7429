"""User text prints literally and never becomes markup, a link or a file read."""

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from portfolio_app.report.fonts import BOLD, REGULAR, register_family
from portfolio_app.report.text import link, plain, safe_url

HOSTILE = [
    "a<b",
    "<b>unclosed",
    "AT&T",
    "&amp; stays &amp;",
    '<a href="javascript:alert(1)">click</a>',
    '<link href="file:///etc/passwd">secret</link>',
    '<img src="/etc/hostname"/>',
    "<para>x</para> & <br/> &#60; &nbsp;",
    "tab\there\x00nul\x07bell",
]


def build(flowables) -> PdfReader:
    register_family()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(flowables)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def annotations(reader: PdfReader) -> list[dict]:
    found = []
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            found.append(ref.get_object())
    return found


def style(font=REGULAR):
    return ParagraphStyle("t", fontName=font, fontSize=10, leading=13)


@pytest.mark.parametrize("font", [REGULAR, BOLD])
def test_hostile_titles_print_literally_and_make_no_link(font):
    reader = build([Paragraph(plain(text, font), style(font)) for text in HOSTILE])
    extracted = "".join(page.extract_text() for page in reader.pages)
    for text in HOSTILE[:-1]:
        assert text in extracted
    assert "tab herenulbell" in extracted  # a tab is a space, control characters are dropped
    assert "AT&T;" not in extracted
    assert annotations(reader) == []


def test_no_image_is_read_from_user_text():
    reader = build([Paragraph(plain('<img src="/etc/hostname"/>'), style())])
    for page in reader.pages:
        resources = page["/Resources"]
        assert "/XObject" not in resources


def test_newlines_become_line_breaks():
    reader = build([Paragraph(plain("first line\nsecond line"), style())])
    lines = reader.pages[0].extract_text().splitlines()
    assert "first line" in lines and "second line" in lines


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,hi",
        "ftp://example.org/x",
        "http://",
        "https:///path",
        "mailto:nobody",
        'https://example.org/"><img src=x>',
        "https://exa mple.org",
        "",
        None,
        "example.org/no-scheme",
    ],
)
def test_unsafe_urls_make_no_link(url):
    assert safe_url(url) is None
    reader = build([Paragraph(link(url, "label"), style())])
    assert annotations(reader) == []
    assert "label" in reader.pages[0].extract_text()


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b=1&c=2", "http://example.org", "mailto:me@example.org", "HTTPS://EXAMPLE.ORG/X"],
)
def test_safe_urls_become_uri_links(url):
    reader = build([Paragraph(link(url, "go <here> & there"), style())])
    (annotation,) = annotations(reader)
    assert annotation["/A"]["/S"] == "/URI"
    assert annotation["/A"]["/URI"] == url
    assert "go <here> & there" in reader.pages[0].extract_text()


def test_link_without_label_shows_the_url():
    reader = build([Paragraph(link("https://example.org/x&y"), style())])
    assert "https://example.org/x&y" in reader.pages[0].extract_text()
    assert annotations(reader)[0]["/A"]["/URI"] == "https://example.org/x&y"
