"""The backup folder: dated names, thinning like Anki's, reading counts without changing a byte."""

from __future__ import annotations

import datetime as dt
import sqlite3

from portfolio_app.storage.sqlite_copy import copy_database
from portfolio_app.storage.backup_folder import (
    BackupFile,
    RetentionPolicy,
    backup_name,
    backups_to_keep,
    list_backup_files,
    make_backup,
    parse_backup,
    read_contents,
    thin,
)
from portfolio_app.storage.migrations.upgrade import head_revision

UTC = dt.timezone.utc


def _fake(folder, created, reason="start"):
    return BackupFile(folder / backup_name(created, reason), created, reason)


def test_name_round_trips_and_other_files_are_ignored(tmp_path):
    created = dt.datetime(2026, 11, 27, 10, 50, 1, 123456, tzinfo=UTC)
    name = backup_name(created, "Before Import!")
    assert name == "20261127T105001123456Z_before-import.sqlite"
    parsed = parse_backup(tmp_path / name)
    assert parsed.created == created and parsed.reason == "before-import"
    for other in (name + ".partial", "." + name + ".partial", "notes.txt", "portfolio.sqlite"):
        (tmp_path / other).write_text("x")
    (tmp_path / name).write_text("x")
    assert [b.path.name for b in list_backup_files(tmp_path)] == [name]
    assert list_backup_files(tmp_path / "missing") == []


def test_thinning_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    # one backup every 6 hours for two years
    backups = [_fake(tmp_path, now - dt.timedelta(hours=6 * i)) for i in range(4 * 730)]
    keep = backups_to_keep(backups, RetentionPolicy(recent=0))
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.created, reverse=True)
    days = {b.local_created.date() for b in kept}
    months = {(b.local_created.year, b.local_created.month) for b in kept}
    # the newest of each of the last 7 days …
    newest_per_day = {}
    for b in backups:
        newest_per_day.setdefault(b.local_created.date(), b)
    for day in sorted(newest_per_day, reverse=True)[:7]:
        assert newest_per_day[day].path in keep
    # … the newest of each of the last 4 ISO weeks …
    newest_per_week = {}
    for b in backups:
        newest_per_week.setdefault(b.local_created.isocalendar()[:2], b)
    for week in sorted(newest_per_week, reverse=True)[:4]:
        assert newest_per_week[week].path in keep
    # … and at most 7 + 4 + 12 files, reaching back a year
    assert len(kept) <= 7 + 4 + 12
    assert len(months) == 12
    assert len(days) == len(kept)  # never two from one day
    assert kept[-1].created < now - dt.timedelta(days=300)


def test_the_weekly_rule_keeps_the_newest_backup_of_each_of_the_last_weeks(tmp_path):
    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # a Friday
    backups = [_fake(tmp_path, now - dt.timedelta(days=i)) for i in range(60)]  # one a day
    keep = backups_to_keep(backups, RetentionPolicy(daily=0, weekly=4, monthly=0, recent=0))
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.created, reverse=True)
    weeks = [b.local_created.isocalendar()[:2] for b in kept]
    assert len(kept) == 4 and len(set(weeks)) == 4  # one per week, four weeks
    assert kept[0].created == now  # this week's newest is today's
    # the weeks before: their newest is the Sunday that ends them
    assert [b.local_created.isoweekday() for b in kept[1:]] == [7, 7, 7]


def test_the_newest_few_are_kept_even_on_one_day(tmp_path):
    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    backups = [_fake(tmp_path, now - dt.timedelta(minutes=i), "before-import") for i in range(10)]
    keep = backups_to_keep(backups, RetentionPolicy(recent=5))
    assert keep == {b.path for b in backups[:5]}


def test_thin_deletes_only_what_the_policy_drops(tmp_path, db, db_path):
    folder = tmp_path / "backups"
    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    made = [make_backup(db_path, folder, "start", now=now - dt.timedelta(days=i)) for i in range(10)]
    stray = folder / "my notes.txt"
    stray.write_text("mine")
    removed = thin(folder, RetentionPolicy(daily=7, weekly=0, monthly=0, recent=0))
    assert sorted(removed) == sorted(b.path for b in made[7:])
    assert [b.path for b in list_backup_files(folder)] == [b.path for b in made[:7]]
    assert stray.read_text() == "mine"


def test_two_backups_in_the_same_instant_both_exist(tmp_path, db, db_path):
    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    first = make_backup(db_path, tmp_path, "start", now=now)
    second = make_backup(db_path, tmp_path, "start", now=now)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_read_contents_counts_records_and_changes_nothing(tmp_path, demo_db, db_path):
    copy = copy_database(db_path, tmp_path / "copy.sqlite")
    before = copy.read_bytes()
    contents = read_contents(copy)
    assert contents.revision == head_revision()
    assert contents.counts["contributions"] == 400
    assert contents.counts["campaigns"] == 5
    assert copy.read_bytes() == before
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file


def test_copy_to_a_path_with_uri_characters(tmp_path, db, db_path):
    target = tmp_path / "Sicherung #1 ?50% – ü" / "a b.sqlite"
    copy_database(db_path, target)
    assert read_contents(target).revision == head_revision()


def test_thin_removes_copies_a_crash_left_unfinished_but_not_one_in_progress(tmp_path):
    import os
    import time

    old = tmp_path / ".20261127T105001123456Z_start.sqlite.partial"
    fresh = tmp_path / ".20261127T115001123456Z_start.sqlite.partial"
    for path in (old, fresh):
        path.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    assert thin(tmp_path) == [old]
    assert fresh.exists() and not old.exists()
