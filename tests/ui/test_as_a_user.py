"""Issue 14, driven as a user would: keys, clicks and shortcuts in the real window, checked on screen and in the file.

The other test files test each item closely; these walk the parts that were
only tested by calling methods (choosing a period, a filter or a completion,
opening dialogs, looking at the charts and the campaigns' progress).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from user_steps import in_modal, press

from portfolio_app.services import records


def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def choose_with_keys(qtbot, combo, text: str) -> None:
    """Step through a combo box with the Down key until ``text`` is chosen, as a keyboard user does."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


# item 6: the charts in the German window -------------------------------------------------------------
def test_the_german_dashboard_charts_keep_title_and_legend_apart_and_count_in_whole_numbers(
        qtbot, demo_db, german, make_window, wait_idle):
    window = active(qtbot, make_window(demo_db, "contribution"))
    window.resize(1024, 700)
    press(window, "Ctrl+1")
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=10_000)
    wait_idle()
    growth = dashboard.growth_chart
    german_title = QCoreApplication.translate("AudienceGrowthChart", "Audience growth")
    assert growth.isVisible() and growth.title == german_title != "Audience growth"
    title = growth.title_rect()
    legend = growth.legend_rects()
    assert legend and all(not swatch.intersects(title) and not text.intersects(title) for swatch, text in legend)
    assert all(text.right() <= growth.width() for _, text in legend)
    months = dashboard.month_chart
    from portfolio_app.ui.dashboard_charts import nice_ticks

    ticks = nice_ticks(max(count for _, count in months.months))
    labels = [label for label in months.value_labels(ticks) if label]
    assert len(labels) == len(set(labels)) and all(label.replace(".", "").isdigit() for label in labels)
    window.grab()  # paints at this size


def test_a_low_volume_record_counts_its_months_in_whole_numbers(qtbot, db, make_window, wait_idle):
    for day in (dt.date.today().replace(day=1), dt.date.today().replace(day=2)):
        records.contributions.create(db, {"title": "One talk", "kind": "talk", "date": day})
    window = active(qtbot, make_window(db, "contribution"))
    press(window, "Ctrl+1")
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=10_000)
    from portfolio_app.ui.dashboard_charts import nice_ticks

    ticks = nice_ticks(max(count for _, count in dashboard.month_chart.months))
    assert [label for label in dashboard.month_chart.value_labels(ticks) if label] == ["0", "1", "2"]
    wait_idle()


# item 8: the campaigns' progress on the Campaigns page --------------------------------------------------
def test_ctrl_4_shows_each_campaigns_progress_as_the_pdf_computes_it(qtbot, demo_db, make_window, wait_idle):
    from portfolio_app.services.figures import campaign_progress
    from portfolio_app.ui.tables.columns import ID_ROLE
    from portfolio_app.ui.tables.progress import ProgressDelegate
    from portfolio_app.ui.tables.specs import CampaignCol

    window = active(qtbot, make_window(demo_db, "contribution"))
    press(window, "Ctrl+4")
    assert window.current_key() == "campaign"
    page = window.pages["campaign"]
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 5, timeout=10_000)
    progress = campaign_progress(demo_db)
    model = page.table.model()
    for row in range(model.rowCount()):
        reach, _interactions = progress[model.index(row, 0).data(ID_ROLE)].targets
        shown = model.index(row, CampaignCol.REACH_PROGRESS).data()
        assert shown == ("–" if reach.share is None else f"{round(reach.share * 100)}\u202f%")
    assert not page.table.isColumnHidden(CampaignCol.REACH_PROGRESS)
    assert isinstance(page.table.itemDelegateForColumn(CampaignCol.REACH_PROGRESS), ProgressDelegate)
    wait_idle()


# item 9: the "Needs figures" filter chosen with the keyboard ----------------------------------------------
def test_needs_figures_chosen_with_the_keyboard_lists_what_lacks_figures(qtbot, demo_db, make_window, wait_idle):
    from portfolio_app.domain.enums import METRIC_FIELDS

    without = sum(all(getattr(c, name) is None for name in METRIC_FIELDS) for c in records.contributions.list(demo_db))
    window = active(qtbot, make_window(demo_db, "contribution"))
    page = window.pages["contribution"]
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        choose_with_keys(qtbot, page.figures, "Needs figures")
    assert page.model.rowCount() == without
    assert page.status.text() == f"400 contributions · {without} shown"
    wait_idle()


# item 12: clear states, driven from the window ------------------------------------------------------------
PAPERS = [(QLocale.Country.UnitedStates, "letter"), (QLocale.Country.Germany, "a4")]


@pytest.mark.parametrize("territory, paper", PAPERS)
def test_ctrl_comma_and_ctrl_e_open_with_the_same_paper(qtbot, demo_db, make_window, territory, paper, wait_idle):
    QLocale.setDefault(QLocale(QLocale.Language.English, territory))
    window = None
    try:
        window = active(qtbot, make_window(demo_db, "contribution"))
        seen_papers: list[str] = []

        def read_paper(dialog):
            combo = getattr(dialog, "page_size_combo", None) or dialog.page_size
            seen_papers.append(combo.currentData())
            dialog.reject()

        opened = in_modal(read_paper)
        press(window, "Ctrl+,")
        qtbot.waitUntil(lambda: bool(opened))
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        active(qtbot, window)  # the focus is back in the window
        second = in_modal(read_paper)
        press(window, "Ctrl+E")
        qtbot.waitUntil(lambda: len(seen_papers) == 2, timeout=10_000)
        assert opened + second == ["PreferencesDialog", "ExportDialog"]
        assert seen_papers == [paper, paper]
        wait_idle()
    finally:
        if window is not None:
            window.close()  # in the locale it was made in: a user's locale does not change under a running window
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_period_chosen_on_the_demo_gives_way_to_all_time_in_another_record(qtbot, demo_db, make_window,
                                                                                tmp_path, wait_idle):
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    window = active(qtbot, make_window(demo_db, "dashboard"))
    dashboard = window.pages["dashboard"]
    choose_with_keys(qtbot, dashboard.period_box, "This year")
    wait_idle()
    other = open_database(tmp_path / "imported.sqlite")
    fill_demo(other, contributions=20, seed=3)
    window.set_database(other)  # as File → Open, a restore or leaving the demo do
    wait_idle()
    assert dashboard.period_box.currentText() == "All time"


def test_a_tag_is_completed_with_down_and_enter(qtbot, db, make_window, wait_idle):
    for title, tags in (("A", "Hiring, ai"), ("B", "hiring, data privacy"), ("C", "AI")):
        records.contributions.create(db, {"title": title, "kind": "post", "date": dt.date(2025, 1, 1), "tags": tags})
    window = active(qtbot, make_window(db, "contribution"))

    def complete_and_save(editor):
        qtbot.keyClicks(editor.form.fields["title"], "Tagged by keyboard")
        field = editor.form.fields["tags"]
        field.setFocus()
        qtbot.keyClicks(field, "ai, da")
        popup = field.completer_.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert field.text() == "ai, data privacy"
        qtbot.wait(1)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    in_modal(complete_and_save)
    press(window, "Ctrl+N")
    qtbot.waitUntil(lambda: bool(records.contributions.list(db, text="Tagged by keyboard")), timeout=10_000)
    [made] = records.contributions.list(db, text="Tagged by keyboard")
    assert made.tags == "ai, data privacy"
    wait_idle()


def test_the_demo_opened_from_the_first_run_page_shows_its_banner_and_the_way_back(qtbot, db, make_window,
                                                                                 wait_idle):
    window = active(qtbot, make_window(db, "contribution"))
    assert window.stack.currentWidget() is window.empty_state  # an empty record: the first-run page
    assert not window.demo_banner.isVisible()
    qtbot.mouseClick(window.empty_state.demo_choice.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_demo and window.demo_banner.isVisible(), timeout=30_000)
    assert "demo data" in window.demo_banner.text.text() and "demo" in window.windowTitle()
    wait_idle()
    qtbot.mouseClick(window.demo_banner.back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_demo and window.db is not None, timeout=10_000)
    wait_idle()
    assert window.db.path == db.path and not window.demo_banner.isVisible()
