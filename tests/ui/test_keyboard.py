"""Keyboard and states: shortcuts, tab order, actions enabled only when they can act, the sort arrow, Revert."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QCommonStyle, QMessageBox, QStyle, QStyleOptionHeader
from user_steps import in_modal, press

from portfolio_app.ui.actions import action_icon
from portfolio_app.ui.main_window import PAGE_KEYS
from portfolio_app.ui.tables.table_view import ConventionalSortArrow


@pytest.fixture
def window(qtbot, demo_db, make_window):
    made = make_window(demo_db, "contribution")
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def test_ctrl_1_to_7_switch_pages(qtbot, window):
    for number, key in enumerate(PAGE_KEYS, start=1):
        press(window, f"Ctrl+{number}")
        assert window.current_key() == key
    assert window.navigation.item(0).toolTip() == "Ctrl+1"


@pytest.mark.parametrize("keys, dialog", [("Ctrl+,", "PreferencesDialog"), ("Ctrl+I", "ImportWizard")])
def test_ctrl_comma_opens_preferences_and_ctrl_i_imports(qtbot, window, keys, dialog):
    seen = in_modal(lambda opened: opened.reject())
    press(window, keys)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [dialog]


def test_after_a_delete_edit_and_delete_wait_for_a_new_selection(qtbot, window, monkeypatch, wait_idle):
    page = window.pages["contribution"]
    page.table.selectRow(0)
    assert window.app_actions.edit.isEnabled() and window.app_actions.delete.isEnabled()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window.app_actions.delete.trigger()
    wait_idle()
    qtbot.waitUntil(lambda: page.model.rowCount() == 399)
    assert page.selected_ids() == []
    assert not window.app_actions.edit.isEnabled() and not window.app_actions.delete.isEnabled()


def test_tab_goes_from_the_search_through_the_filters_into_the_table_and_out_again(qtbot, window):
    page = window.pages["contribution"]
    page.search.setFocus()
    order = [page.search]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is page.table:
            break
    filters = [page.period, page.kind, page.audience, page.campaign, page.employment]
    positions = [order.index(widget) for widget in filters]
    assert positions == sorted(positions) and order[-1] is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table


def render_arrow(style, indicator):
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(0)
    option = QStyleOptionHeader()
    option.rect = QRect(0, 0, 24, 24)
    option.sortIndicator = indicator
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter, None)
    painter.end()
    return image


def test_the_sort_arrow_points_up_for_ascending(qtbot, window):
    header = window.pages["contribution"].table.horizontalHeader()
    assert isinstance(header.style(), ConventionalSortArrow)
    # QHeaderView passes SortDown for ascending order; drawn as the base style draws SortUp (an up arrow)
    base = QApplication.style()
    up = QStyleOptionHeader.SortIndicator.SortUp
    down = QStyleOptionHeader.SortIndicator.SortDown
    assert render_arrow(header.style(), down) == render_arrow(base, up)
    assert render_arrow(header.style(), up) == render_arrow(base, down)
    assert render_arrow(base, up) != render_arrow(base, down)
    assert isinstance(base, QCommonStyle)


def test_revert_in_the_profile_has_a_revert_icon_not_a_bin(qtbot, window):
    window.show_page("profile")
    button = window.pages["profile"].revert_button
    assert button.icon().pixmap(16).toImage() == action_icon("document-revert").pixmap(16).toImage()


def test_an_error_appearing_under_a_field_moves_no_other_field(qtbot, demo_db):
    from portfolio_app.ui.editors import editor_class

    dialog = editor_class("contribution")(demo_db, None, None, None)
    dialog.show()
    try:
        qtbot.wait(5)
        below = dialog.form.fields["tags"]
        before = below.mapTo(dialog, below.rect().topLeft())
        title = dialog.form.fields["title"]
        qtbot.keyClicks(title, "x")
        qtbot.keyClick(title, Qt.Key.Key_Backspace)  # touched, then emptied: "Required."
        qtbot.wait(5)
        assert dialog.form.errors["title"].isVisible() and dialog.form.errors["title"].text() == "Required."
        assert below.mapTo(dialog, below.rect().topLeft()) == before
    finally:
        dialog.discard()
        dialog.deleteLater()
