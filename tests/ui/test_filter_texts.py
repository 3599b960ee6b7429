"""The contributions filter bar says in words what each "everything" choice covers, in German too."""

from __future__ import annotations

from PySide6.QtCore import Qt


def first_choices(page) -> list[str]:
    return [combo.itemText(0) for combo in (page.period, page.kind, page.audience, page.campaign, page.employment,
                                            page.review, page.figures)]


def test_the_german_filter_bar_names_what_each_filter_leaves_open(qtbot, demo_db, german, make_window, wait_idle):
    window = make_window(demo_db, "contribution")
    page = window.pages["contribution"]
    wait_idle()
    qtbot.mouseClick(page.employment, Qt.MouseButton.LeftButton)  # the user opens the "Im Auftrag von" filter
    qtbot.waitUntil(lambda: page.employment.view().isVisible())
    assert page.employment.toolTip() == "Im Auftrag von"
    assert page.employment.itemText(0) == "Alle Auftraggeber"  # was a bare "Alle": all what?
    page.employment.hidePopup()
    assert first_choices(page) == ["Gesamter Zeitraum", "Alle Arten", "Alle Zielgruppen", "Alle Kampagnen",
                                   "Alle Auftraggeber", "Durchgesehen oder nicht", "Mit oder ohne Kennzahlen"]


def test_the_english_filter_bar_says_all_organisations(qtbot, demo_db, make_window, wait_idle):
    window = make_window(demo_db, "contribution")
    page = window.pages["contribution"]
    wait_idle()
    assert page.employment.itemText(0) == "All organisations"
    organisation = page.employment.itemText(1)
    page.employment.setFocus()
    qtbot.keyClick(page.employment, Qt.Key.Key_Down)  # a keyboard user steps to the first organisation
    qtbot.waitUntil(lambda: page.model.query.employment_id == page.employment.itemData(1))
    assert page.employment.currentText() == organisation
