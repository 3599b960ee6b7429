"""Counts read naturally: real plural forms in German and English, the status line in the UI's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from portfolio_app.devtools.translations import read_ts, update
from portfolio_app.ui.translators import install_translators


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield


def test_the_status_lines_count_in_german(qtbot, demo_db, german, make_window, wait_idle):
    window = make_window(demo_db, "contribution")
    status = window.pages["contribution"].status
    qtbot.waitUntil(lambda: status.text() != "")
    assert status.text() == "400 Beiträge"
    window.show_page("audience")
    wait_idle()
    assert window.pages["audience"].status.text() == "9 Zielgruppen"
    window.show_page("campaign")
    wait_idle()
    assert window.pages["campaign"].status.text() == "5 Kampagnen"
    assert QCoreApplication.translate("tables", "%Ln contribution(s)", "", 1) == "1 Beitrag"
    assert QCoreApplication.translate("undo", "Delete %Ln role(s)", "", 2) == "2 Rollen löschen"


def test_english_says_contributions_not_contribution_s(qtbot, demo_db, english, make_window, wait_idle):
    window = make_window(demo_db, "dashboard")
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    wait_idle()
    details = [tile.detail.text() for tile in dashboard.tiles.values()]
    assert any("contributions" in text for text in details)
    assert not [text for text in details if "(s)" in text]
    window.show_page("contribution")
    wait_idle()
    assert window.pages["contribution"].status.text() == "400 contributions"
    assert QCoreApplication.translate("tables", "%Ln role(s)", "", 1) == "1 role"


def test_a_new_plural_text_keeps_its_german_forms_through_lupdate(tmp_path):
    """lupdate files QCoreApplication.translate(…, n) texts as singular; the build keeps them plural."""
    source = tmp_path / "view.py"
    source.write_text('from PySide6.QtCore import QCoreApplication\n'
                      'QCoreApplication.translate("probe", "%Ln apple(s)", "", 3)\n', encoding="utf-8")
    ts = tmp_path / "probe_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'
                  "</TS>\n", encoding="utf-8")
    update(ts, [source])
    [message] = read_ts(ts)
    assert message.plural and not message.finished
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        "<numerusform></numerusform>", "<numerusform>%Ln Apfel</numerusform>", 1).replace(
        "<numerusform></numerusform>", "<numerusform>%Ln Äpfel</numerusform>", 1).replace(
        ' type="unfinished"', ""), encoding="utf-8")
    update(ts, [source])
    update(ts, [source])
    [message] = read_ts(ts)
    assert message.plural and message.finished and message.translations == ("%Ln Apfel", "%Ln Äpfel")


# German says these the same way for one and for many (the count stands alone before a participle)
SAME_IN_BOTH_NUMBERS = {"%Ln without a size", "%Ln shown"}


def test_every_german_plural_text_has_its_own_plural_form():
    """A plural text whose two German forms are equal reads "62 weiterer Eintrag … ist" for 62."""
    from portfolio_app.devtools.translations import ts_file

    same = [message.source for message in read_ts(ts_file("de"))
            if message.plural and len(set(message.translations)) < 2 and message.source not in SAME_IN_BOTH_NUMBERS]
    assert not same, "German singular used for the plural too:\n" + "\n".join(same)


def test_the_delete_question_counts_linked_records_in_the_plural(german):
    text = QCoreApplication.translate(
        "undo", "%Ln other record(s) (contributions, testimonials or others) are linked to what you are deleting. "
        "They will be kept and detached from it.", "", 62)
    assert text.startswith("62 weitere Einträge") and "sind mit dem verknüpft" in text
