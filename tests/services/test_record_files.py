"""Restoring into the open record and opening the demo: the use cases the window and CLI share."""

from __future__ import annotations

import pytest

from portfolio_app.services.backup_and_restore import save_backup_as
from portfolio_app.services.demo import fill_demo
from portfolio_app.services.opening import open_locked_database
from portfolio_app.services.record_files import RestoreFailed, open_demo, restore_into_open
from portfolio_app.services.records import contributions
from portfolio_app.storage.lock import holds_lock


@pytest.fixture
def record(db_path):
    db = open_locked_database(db_path)
    fill_demo(db, contributions=30, seed=2)
    yield db
    db.close()


def test_a_restore_swaps_the_file_and_opens_it_again_under_the_lock(record, db_path, tmp_path):
    saved = save_backup_as(record, tmp_path / "saved.sqlite")
    contributions.delete(record, [c.id for c in contributions.list(record)][:10])
    restored = restore_into_open(record, saved)
    try:
        assert contributions.count(restored.db) == 30 == restored.result.counts["contributions"]
        assert holds_lock(db_path)
    finally:
        restored.db.close()
    assert not holds_lock(db_path)


def test_a_failed_restore_gives_back_the_record_as_it_was(record, db_path, tmp_path):
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_bytes(b"not a database at all" * 100)
    with pytest.raises(RestoreFailed) as failed:
        restore_into_open(record, not_a_backup)
    try:
        assert contributions.count(failed.value.db) == 30  # unchanged and open again
        assert holds_lock(db_path)
        assert failed.value.cause is not None
    finally:
        failed.value.db.close()


def test_the_demo_is_written_once_into_a_locked_file(tmp_path):
    path = tmp_path / "demo.sqlite"
    reported = []
    db = open_demo(path, progress=lambda done, total: reported.append((done, total)))
    try:
        assert holds_lock(path)  # opened like the user's record: one writer
        first = contributions.count(db)
        assert first > 0 and reported
    finally:
        db.close()
    again = open_demo(path)
    try:
        assert contributions.count(again) == first  # not written twice
    finally:
        again.close()
