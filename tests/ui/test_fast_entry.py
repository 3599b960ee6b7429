"""Fast figure entry: the contributions that still need figures are one filter away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from portfolio_app.domain.enums import METRIC_FIELDS
from portfolio_app.services import records
from portfolio_app.services.contribution_queries import ContributionQuery, count_contributions


def test_needs_figures_shows_exactly_the_contributions_without_any_metric(qtbot, make_window, demo_db, wait_idle):
    without = [c.id for c in records.contributions.list(demo_db)
               if all(getattr(c, name) is None for name in METRIC_FIELDS)]
    assert 0 < len(without) < 400
    assert count_contributions(demo_db, ContributionQuery(needs_figures=True)) == len(without)

    window = make_window(demo_db, "contribution")
    page = window.pages["contribution"]
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.figures.setCurrentIndex(page.figures.findText("Needs figures"))
    wait_idle()
    assert page.model.rowCount() == len(without)
    assert page.status.text() == f"400 contributions · {len(without)} shown"
    records.contributions.update(demo_db, without[0], {"reach": 120})  # a figure typed in: it leaves the list
    assert count_contributions(demo_db, ContributionQuery(needs_figures=True)) == len(without) - 1


def type_into_cell(qtbot, page, row, column, text):
    """What the cell editor does when the user types ``text`` and presses Enter."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    index = page.model.index(row, column)
    delegate = page.table.itemDelegateForColumn(column)
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    delegate.setModelData(editor, page.model, index)
    editor.deleteLater()


def test_a_figure_typed_into_a_metric_cell_is_saved_as_understood(qtbot, make_window, demo_db, wait_idle):
    from portfolio_app.ui.tables.contribution_model import Col

    window = make_window(demo_db, "contribution")
    page = window.pages["contribution"]
    record_id = page.model.id_at(0)
    type_into_cell(qtbot, page, 0, Col.REACH, "1.5k")
    assert records.contributions.get(demo_db, record_id).reach == 1500
    wait_idle()
    qtbot.waitUntil(lambda: page.model.index(0, Col.REACH).data() == "1,500")

    refused = []
    page.metric_delegate.refused.connect(refused.append)
    before = records.contributions.get(demo_db, record_id).impressions
    type_into_cell(qtbot, page, 0, Col.IMPRESSIONS, "12.000")
    assert refused and refused[0].startswith("Could be 12 or 12,000")
    assert records.contributions.get(demo_db, record_id).impressions == before
    wait_idle()


def test_double_click_still_opens_the_editor_and_titles_are_not_cells(qtbot, make_window, demo_db):
    from portfolio_app.ui.tables.contribution_model import Col

    window = make_window(demo_db, "contribution")
    model = window.pages["contribution"].model
    assert not model.flags(model.index(0, Col.TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, Col.ATTENDEES)) & Qt.ItemFlag.ItemIsEditable
