"""Pieces of the layout that decide on their own: chart data shaping, appendix cell wrapping."""

from datetime import date

import pytest
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph

from portfolio_app.domain.value import AudiencePoint
from portfolio_app.report import charts
from portfolio_app.report.fonts import REGULAR, register_family
from portfolio_app.report.formatting import Formatter
from portfolio_app.report.sections.appendix import CELL_SIZE, PADDING, _cell_text
from portfolio_app.report.styles import STYLES
from portfolio_app.report.wording import Texts

FMT, TEXTS = Formatter("en"), Texts("en")


def test_quarters_add_up_the_months():
    months = [(date(2024, m, 1), m) for m in range(1, 8)]
    assert charts.group_by_quarter(months) == [
        (date(2024, 1, 1), 1 + 2 + 3), (date(2024, 4, 1), 4 + 5 + 6), (date(2024, 7, 1), 7)]


def test_charts_without_data_say_so_instead_of_drawing_an_empty_frame():
    assert charts.contributions_per_month([(date(2024, 1, 1), 0)], FMT, 400) is None
    assert charts.audience_growth([AudiencePoint(date(2024, 1, 1), 0, 0, 0)] * 2, FMT, TEXTS, 400) is None
    assert charts.channel_mix((), FMT, TEXTS, 300) is None
    assert charts.reach_built((), FMT, TEXTS, 300) is None


def test_charts_with_data_fit_their_width():
    points = [AudiencePoint(date(2024, m, 28), 100 * m, 50 * m, 0) for m in range(1, 13)]
    drawing = charts.audience_growth(points, FMT, TEXTS, 420)
    assert drawing.width == 420 and drawing.getBounds()[2] <= 420 + 1


@pytest.mark.parametrize("title", [
    "Short title",
    "Reply about developer experience in the community forum and a very long tail of words to wrap around",
    "word " * 60,
])
def test_appendix_wraps_ascii_titles_like_reportlab(title):
    register_family()
    width = 200
    cell = _cell_text(title, width, STYLES.cell)
    assert isinstance(cell, str)
    assert cell.split("\n") == simpleSplit(title, REGULAR, CELL_SIZE, width - PADDING)


def test_appendix_uses_a_paragraph_for_other_scripts_and_overlong_words():
    assert isinstance(_cell_text("日本語のタイトル", 200, STYLES.cell), Paragraph)
    assert isinstance(_cell_text("x" * 300, 200, STYLES.cell), Paragraph)
    assert _cell_text("Grüße", 200, STYLES.cell) == "Grüße"  # Latin beyond ASCII stays a plain string


def _axis_labels(drawing) -> list[str]:
    axis = drawing.getContents()[0].xValueAxis
    return [axis.labelTextFormat(step) for step in axis.valueSteps]


def test_audience_axis_never_repeats_a_label():
    # the period starts on the 1st, so its first point and the month's end both fall in January
    points = [AudiencePoint(date(2021, 1, 1), 10, 0, 0)] + [
        AudiencePoint(date(2021 + (m - 1) // 12, (m - 1) % 12 + 1, 28), 10 + m, 0, 0) for m in range(1, 31)]
    labels = _axis_labels(charts.audience_growth(points, FMT, TEXTS, 420))
    assert labels and len(labels) == len(set(labels)), labels


def test_audience_lines_end_at_their_last_measurement():
    points = [AudiencePoint(date(2024, m, 28), 100 * m, 50, 0) for m in range(1, 13)]
    drawing = charts.audience_growth(points, FMT, TEXTS, 420,
                                     measured_until={"personal": date(2024, 12, 20), "employer": date(2024, 6, 10)})
    personal, employer = drawing.getContents()[0].data
    assert personal[-1][0] == date(2024, 12, 20).toordinal()
    assert employer[-1][0] == date(2024, 6, 10).toordinal()  # no flat tail from June to December
    assert all(day <= date(2024, 6, 10).toordinal() for day, _ in employer)


def test_tiles_share_one_value_size_with_the_value_on_top():
    from reportlab.platypus import Table

    from portfolio_app.report.blocks import tiles

    class _Ctx:  # tiles reads only these two attributes of the real Context
        styles, width = STYLES, 480

    register_family()
    items = [("Contributions", "393", "note"), ("A label long enough to wrap onto two lines", "721,364", "n"),
             ("Audience value", "EUR 11,597,120,000", "estimate")]
    table = tiles(_Ctx, items, columns=3)
    cells = [cell for cell in table._cellvalues[0] if isinstance(cell, Table)]
    sizes = {cell._cellvalues[0][0].style.fontSize for cell in cells}  # the value, first in every tile
    assert len(cells) == 3 and len(sizes) == 1  # the long money figure shrinks all three alike
    assert all(cell._cellvalues[1][0].content.text.endswith(note) for cell, (_, _, note) in zip(cells, items))


@pytest.mark.parametrize("width", range(40, 300, 7))
def test_chinese_never_starts_a_line_with_closing_punctuation(width):
    from portfolio_app.report.blocks import paragraph
    from portfolio_app.report.text import plain

    register_family()
    text = "我们的团队在上海发布了新产品，大家都很高兴。我们的团队在上海发布了新产品：大家都很高兴！"
    para = paragraph(plain(text), STYLES.body)
    para.wrap(width, 10_000)
    assert para.style.wordWrap == "CJK"
    lines = ["".join(getattr(word, "text", "") for word in line.words) if hasattr(line, "words")
             else "".join(word for word in line[1] if isinstance(word, str)) for line in para.blPara.lines]
    assert "".join(lines) == text
    assert not any(line[:1] in "，。：！、" for line in lines[1:]), lines


def test_a_chart_shrinks_into_the_rest_of_a_page_down_to_its_least_height():
    """A chart that would leave the foot of a page empty takes that room, down to ``least``; below, it moves."""
    from io import BytesIO

    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus.doctemplate import _FrameBreak as FrameBreak  # FrameBreak itself is an instance

    from portfolio_app.report.blocks import ShrinkingChart

    register_family()
    made = []

    def draw(height):
        made.append(height)
        return Drawing(400, height)

    def chart():
        block = ShrinkingChart(Paragraph("Audience", STYLES.heading), draw, 165, 100)
        block.canv = Canvas(BytesIO())  # as a frame gives it
        return block

    block = chart()
    natural = block.wrap(400, 1000) and block._H
    title = natural - 165
    parts = block.split(400, title + 130)
    assert not any(isinstance(part, FrameBreak) for part in parts)
    assert 100 <= parts[1].height <= 130 and sum(part.wrap(400, 1000)[1] for part in parts) <= title + 130
    moved = chart().split(400, title + 90)
    assert isinstance(moved[0], FrameBreak) and moved[2].height == 165  # whole, on the next page


def test_a_last_row_with_room_takes_the_filler_beside_its_tiles():
    """Nine tiles in rows of four leave three cells empty: the period's sentence goes there, not beneath."""
    from portfolio_app.report.blocks import tiles, tiles_leave_room

    class _Ctx:
        styles, width = STYLES, 480

    register_family()
    sentence = Paragraph("From 1 March 2018 to 1 October 2026 …", STYLES.body)
    items = [(f"Label {n}", f"{n},000", "note") for n in range(9)]
    assert tiles_leave_room(9) and not tiles_leave_room(8) and not tiles_leave_room(7)  # 7: one cell is too small
    table = tiles(_Ctx, items, filler=sentence)
    assert len(table._cellvalues) == 3 and sentence in table._cellvalues[-1]
    assert ("SPAN", (2, 2), (-1, 2)) in [tuple(command) for command in table._spanCmds]
    assert sentence not in [cell for row in tiles(_Ctx, items[:8])._cellvalues for cell in row]


@pytest.mark.parametrize("room", range(40, 200, 9))
def test_a_table_split_over_pages_leaves_no_row_alone(room):
    """However little room is left, each part of a split table has its header and at least two rows."""
    from reportlab.platypus import Table

    from portfolio_app.report.blocks import no_lone_rows

    rows = [["Date"]] + [[f"row {n}"] for n in range(8)]
    table = no_lone_rows(Table(rows, repeatRows=1), len(rows))
    table.wrap(200, 1000)
    parts = table.split(200, room)
    assert parts == [] or len(parts) == 1 or all(len(part._cellvalues) >= 3 for part in parts), room


def test_a_heading_groups_with_the_block_that_follows_it_whatever_its_kind():
    """A heading is never left on its own: with a block kept together (a chart that may shrink too) it joins
    the block; with a table it keeps to the table's start."""
    from io import BytesIO

    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import KeepTogether, Table

    from portfolio_app.report.blocks import ShrinkingChart
    from portfolio_app.report.document import KeepWithStart, PortfolioDocument

    register_family()
    document = PortfolioDocument(BytesIO(), "a4")
    chart = ShrinkingChart(Paragraph("Audience", STYLES.heading), lambda height: Drawing(400, height), 165, 100)
    for follower, kind in ((chart, KeepTogether), (KeepTogether([Paragraph("x", STYLES.body)]), KeepTogether),
                           (Table([["a"], ["b"]]), KeepWithStart)):
        heading = Paragraph("Key figures", STYLES.section)
        story = [heading, follower, Paragraph("after", STYLES.body)]
        document.handle_keepWithNext(story)
        assert len(story) == 2 and type(story[0]) is kind and story[0]._content[0] is heading


def test_audience_built_labels_unknown_and_no_accounts_as_the_career_table_does():
    from portfolio_app.domain.enums import Ownership, Platform
    from portfolio_app.domain.records import AudienceFacts, EmploymentFacts, Period
    from portfolio_app.domain.value import summarize

    acme = EmploymentFacts(1, "Acme", "Editor", date(2020, 1, 1), date(2021, 12, 31))
    birch = EmploymentFacts(2, "Birch", "Writer", date(2022, 1, 1), None)
    page = AudienceFacts(1, "Acme page", Platform.LINKEDIN, Ownership.EMPLOYER, 1,
                         ((date(2020, 1, 1), 100), (date(2021, 12, 31), 600)))
    own = AudienceFacts(2, "Own X", Platform.X, Ownership.PERSONAL, None,
                        ((date(2022, 1, 1), 100), (date(2022, 12, 31), 300)))  # first measured in the Birch role
    summary = summarize([], [page, own], [acme, birch], period=Period(date(2020, 1, 1), date(2022, 12, 31)),
                        today=date(2023, 1, 1))
    drawing = charts.reach_built(summary.career, FMT, TEXTS, 300)
    employer, personal = drawing.getContents()[0].barLabelArray  # rows: Acme, then Birch (latest at the top)
    assert employer == ["+500", "–"]  # Birch owned no employer account: none to grow, not 0
    assert personal == ["not measured", "+200"]  # no figure of the own X while at Acme: not 0


def test_audience_lines_start_at_their_first_measurement_and_break_where_nothing_counts():
    # personal first measured in April; employer measured January to March, handed over, a new one from October
    points = [AudiencePoint(date(2024, m, 28), 100 * m if m >= 4 else None,
                            50 if m <= 3 or m >= 10 else None, None) for m in range(1, 13)]
    personal, employer_before, employer_after = charts.audience_growth(points, FMT, TEXTS, 420).getContents()[0].data
    assert personal[0] == (date(2024, 4, 28).toordinal(), 400)  # no 0 drawn for January to March
    assert [day for day, _ in employer_before] == [date(2024, m, 28).toordinal() for m in (1, 2, 3)]
    assert employer_after[0][0] == date(2024, 10, 28).toordinal()  # no line through the months without one
    assert all(size for run in (personal, employer_before, employer_after) for _, size in run)


def test_a_line_measured_once_is_drawn_as_a_dot():
    points = [AudiencePoint(date(2024, m, 28), 1204 if m == 12 else None, None, None) for m in range(1, 13)]
    plot = charts.audience_growth(points, FMT, TEXTS, 420, measured_until={"personal": date(2024, 12, 27)})
    line = plot.getContents()[0]
    assert line.data == [[(date(2024, 12, 27).toordinal(), 1204)]]
    assert line.lines[0].symbol is not None


def test_a_tile_value_too_wide_for_its_tile_goes_on_over_lines_inside_it():
    from portfolio_app.report.blocks import TileValue
    from portfolio_app.report.fonts import string_width

    register_family()
    style = STYLES.tile_value
    value = TileValue("EUR 1,234,567 + USD 2,345,678 + GBP 3,456,789", style, "Audience value …")
    width, height = value.wrap(100, 1000)
    assert len(value.lines) > 1 and height == len(value.lines) * style.leading
    assert all(string_width(line, style.fontSize, style.fontName) <= 100 for line in value.lines)
    assert " ".join(value.lines) == value.value
    assert TileValue("225,856", style, "").wrap(100, 1000)[1] == style.leading


def test_a_table_kept_at_its_ends_splits_where_reportlab_would_with_lean_bookkeeping():
    """The lean NOSPLIT bookkeeping gives ReportLab's split positions at every height, without an entry per
    cell on each layout pass (which cost half a second of a 10,000-row appendix)."""
    from reportlab.platypus import Table, TableStyle

    from portfolio_app.report.blocks import no_lone_rows

    rows = [["Date", "Title"]] + [[f"row {n}", "x" * (n % 7)] for n in range(40)]
    kept = no_lone_rows(Table(rows, repeatRows=1), len(rows))
    plain = Table(rows, repeatRows=1, style=TableStyle([("NOSPLIT", (0, 0), (-1, 2)), ("NOSPLIT", (0, -2), (-1, -1))]))
    for table in (kept, plain):
        table.wrap(200, 2000)
    assert len(kept._nosplitRanges) == 2 * 3 + 2 * 2  # the cells of its two ranges, not one per cell
    for room in range(0, 800, 5):
        assert (kept._getFirstPossibleSplitRowPosition(room)
                == plain._getFirstPossibleSplitRowPosition(room)), room
        assert ([len(part._cellvalues) for part in kept.split(200, room)]
                == [len(part._cellvalues) for part in plain.split(200, room)]), room
