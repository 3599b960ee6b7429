"""A testimonial links to any contribution, however old: the editor searches them all as the user types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from user_steps import in_editor

from portfolio_app.services import records
from portfolio_app.services.demo import fill_demo

OLD_TITLE = "Keynote on tidal power at the harbour forum"


def many_contributions(db) -> int:
    """A record of more than 500 contributions whose oldest one is the one to link."""
    fill_demo(db, contributions=620, seed=3)  # the demo's are from recent years
    old = records.contributions.save(db, None, {"date": dt.date(2001, 5, 4), "kind": "talk", "title": OLD_TITLE})
    assert records.contributions.count(db) > 600
    return old.id


def test_typing_finds_a_contribution_older_than_the_newest_500_and_links_it(qtbot, make_window, db, wait_idle):
    old_id = many_contributions(db)
    window = make_window(db, "testimonial")
    before = {t.id for t in records.testimonials.list(db)}

    def fill(editor):
        qtbot.keyClicks(editor.form.fields["author"], "Ada Example")
        qtbot.keyClicks(editor.form.fields["text"], "Her keynote changed our plans.")
        combo = editor.contribution.combo
        assert combo.findData(old_id) < 0  # not among the newest offered before anything is typed
        combo.setFocus()
        qtbot.keyClicks(combo.lineEdit(), "tidal harb")  # words of the title, as in the Contributions search
        qtbot.waitUntil(lambda: combo.findData(old_id) > 0)
        popup = combo.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        row = next(r for r in range(popup.model().rowCount())
                   if popup.model().index(r, 0).data() == f"2001-05-04 · {OLD_TITLE}")
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                         pos=popup.visualRect(popup.model().index(row, 0)).center())
        assert editor.contribution.value() == old_id
        qtbot.wait(1)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    in_editor(fill)
    window.app_actions.new.trigger()
    made = [t for t in records.testimonials.list(db) if t.id not in before]
    assert [t.contribution_id for t in made] == [old_id]

    def check_shown(editor):  # opened again, the old link is shown, not lost among the newest
        assert editor.contribution.value() == old_id
        assert editor.contribution.combo.currentText() == f"2001-05-04 · {OLD_TITLE}"
        editor.reject()

    in_editor(check_shown)
    window.edit_record("testimonial", made[0].id)
    wait_idle()


def test_a_search_finds_words_of_the_notes_too_and_nothing_offers_none(qtbot, make_window, db, wait_idle):
    many_contributions(db)
    noted = records.contributions.save(db, None, {"date": dt.date(2003, 1, 2), "kind": "article",
                                                  "title": "Short piece", "notes": "about zanzibar ferries"})
    window = make_window(db, "testimonial")

    def search(editor):
        combo = editor.contribution.combo
        combo.setFocus()
        qtbot.keyClicks(combo.lineEdit(), "zanzib")
        qtbot.waitUntil(lambda: combo.findData(noted.id) > 0)
        assert combo.currentText() == "zanzib"  # the search keeps what is being typed
        assert editor.contribution.problem()  # typed words are not a choice until one is picked
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "qqqxyz")
        qtbot.waitUntil(lambda: combo.findData(noted.id) < 0)
        assert combo.count() == 1  # only "none": nothing matches
        editor.discard()

    in_editor(search)
    window.app_actions.new.trigger()
    wait_idle()
