"""Undoable deletes on a QUndoStack, against real database files."""

from __future__ import annotations

import datetime as dt

from portfolio_app.domain.kinds import RecordKind
from portfolio_app.services import records
from portfolio_app.ui.operations import change_bus
from portfolio_app.ui.undo import DeleteRecords, delete_text, new_undo_stack


def announced(step) -> list:
    """The Changes broadcast while ``step`` ran (delivered at once instead of on the next event-loop turn)."""
    heard = []
    bus = change_bus()
    bus.changes_applied.connect(heard.append)
    try:
        step()
        bus.flush()
    finally:
        bus.changes_applied.disconnect(heard.append)
    return heard


def test_undo_puts_an_audience_back_with_its_size_history_and_links(qapp, demo_db):
    audience = next(a for a in records.audiences.list(demo_db) if records.snapshots.list(demo_db, audience_id=a.id))
    history = [(s.date, s.size) for s in records.snapshots.list(demo_db, audience_id=audience.id)]
    linked = sorted(c.id for c in records.contributions.list(demo_db, audience_id=audience.id))
    assert history and linked
    stack = new_undo_stack()

    [deleted] = announced(lambda: stack.push(DeleteRecords(demo_db, "audience", [audience.id], detach=True)))
    # the audience, its size history and the contributions detached from it changed
    assert deleted.ids_of(RecordKind.AUDIENCE) == {audience.id}
    assert deleted.ids_of(RecordKind.CONTRIBUTION) == set(linked)
    assert len(deleted.ids_of(RecordKind.AUDIENCE_SNAPSHOT)) == len(history)
    assert audience.id not in {a.id for a in records.audiences.list(demo_db)}
    assert not records.snapshots.list(demo_db, audience_id=audience.id)
    assert all(records.contributions.get(demo_db, i).audience_id is None for i in linked)
    assert stack.undoText() == "Delete 1 audience"

    assert announced(stack.undo) == [deleted]  # undo goes the same way: every view hears of it
    assert records.audiences.get(demo_db, audience.id).name == audience.name
    assert [(s.date, s.size) for s in records.snapshots.list(demo_db, audience_id=audience.id)] == history
    assert sorted(c.id for c in records.contributions.list(demo_db, audience_id=audience.id)) == linked

    assert announced(stack.redo) == [deleted]
    assert audience.id not in {a.id for a in records.audiences.list(demo_db)}


def test_a_delete_done_in_the_background_is_not_done_twice(qapp, db):
    first = records.contributions.create(db, {"date": dt.date(2024, 1, 2), "kind": "post", "title": "One"})
    second = records.contributions.create(db, {"date": dt.date(2024, 1, 3), "kind": "post", "title": "Two"})
    deleted = records.contributions.delete(db, [first.id, second.id])
    stack = new_undo_stack()
    stack.push(DeleteRecords(db, "contribution", [first.id, second.id], done=deleted))  # no NotFound: not re-run
    assert records.contributions.count(db) == 0
    stack.undo()
    assert {c.title for c in records.contributions.list(db)} == {"One", "Two"}
    stack.redo()
    assert records.contributions.count(db) == 0


def test_undo_texts_name_what_and_how_many(qapp):
    assert delete_text("contribution", 1) == "Delete 1 contribution"
    assert delete_text("contribution", 1200) == "Delete 1,200 contributions"
    assert delete_text("employment", 2) == "Delete 2 roles"


def test_undo_puts_back_an_audiences_period_totals(qapp, db):
    from tests.ui.test_editors import add_period_total

    from portfolio_app.services.period_totals import period_totals

    audience = records.audiences.create(db, {"name": "Alex on LinkedIn", "platform": "linkedin"})
    add_period_total(db, audience.id)
    before = period_totals(db, audience.id)
    stack = new_undo_stack()
    [deleted] = announced(lambda: stack.push(DeleteRecords(db, "audience", [audience.id])))
    assert period_totals(db, audience.id) == [] and len(deleted.ids_of(RecordKind.AUDIENCE_PERIOD_TOTAL)) == 1
    stack.undo()
    assert period_totals(db, audience.id) == before
