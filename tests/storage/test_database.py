"""Opening files: new, old, newer, foreign and broken ones."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import text

from portfolio_app.errors import DatabaseRefused
from portfolio_app.services.contribution_queries import ContributionQuery, contribution_ids, contribution_rows
from portfolio_app.storage.database import open_database
from portfolio_app.storage.migrations.upgrade import head_revision

FIXTURES = __import__("pathlib").Path(__file__).parent.parent / "fixtures" / "schemas"


def _revision(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_fresh_database_is_at_head_with_pragmas(db, db_path):
    assert _revision(db_path) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_reopening_a_current_database_makes_no_backup(db_path):
    open_database(db_path).close()
    open_database(db_path).close()
    assert [p.name for p in db_path.parent.iterdir() if "before-upgrade" in p.name] == []


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_*.sqlite")))
def test_upgrade_from_every_released_schema_keeps_data_and_backs_up(tmp_path, fixture):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / fixture, path)
    original = (FIXTURES / fixture).read_bytes()
    old_revision = _revision(path)
    db = open_database(path)
    try:
        assert _revision(path) == head_revision()
        backups = list(tmp_path.glob(f"old.before-upgrade-from-{old_revision}-*.sqlite"))
        if old_revision == head_revision():
            assert backups == []  # nothing to upgrade, nothing to back up
        else:
            assert len(backups) == 1
            assert _revision(backups[0]) == old_revision
        ids = contribution_ids(db, ContributionQuery(text="observability"))
        rows = contribution_rows(db, ids)
        assert [r.title for r in rows] == ["Über Observability im Alltag"]
        assert rows[0].reach is None and rows[0].impressions == 1200
    finally:
        db.close()
    assert (FIXTURES / fixture).read_bytes() == original


def test_newer_schema_is_refused_and_file_untouched(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseRefused, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.4 definitely not a database", b"SQLite format 3\x00" + b"\xff" * 2000, b"\x00" * 4096, "Notizen äöü".encode()],
)
def test_not_a_database_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseRefused):
        open_database(tmp_path)


def test_path_with_spaces_and_umlauts(tmp_path):
    path = tmp_path / "Meine Daten – Jürgen" / "portfolio.sqlite"
    db = open_database(path)
    db.close()
    assert _revision(path) == head_revision()


def test_listed_revisions_match_the_migration_scripts():
    from portfolio_app.storage.migrations import HEAD, REVISIONS
    from portfolio_app.storage.migrations.upgrade import _scripts

    in_order = [script.revision for script in reversed(list(_scripts().walk_revisions()))]
    assert list(REVISIONS) == in_order
    assert HEAD == head_revision()


def test_opening_a_current_database_does_not_load_alembic(db_path):
    import subprocess
    import sys

    open_database(db_path).close()
    probe = (
        "import sys; from portfolio_app.storage.database import open_database; "
        f"open_database({str(db_path)!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_workbook_engagements_stored_as_reactions_move_to_their_own_field(tmp_path):
    """Migration 0009: what earlier imports of LinkedIn's workbook wrote as reactions becomes engagements,
    unless the user edited it since; figures of other sources stay where they are."""
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0006.sqlite", path)
    insert = ("INSERT INTO contribution (date, kind, title, url, notes, tags, language, featured, private, "
              "created_at, updated_at, reactions, source, source_id, import_snapshot) "
              "VALUES ('2025-06-15', 'post', ?, '', '', '', '', 0, 0, '2025-07-01', '2025-07-01', ?, ?, ?, ?)")
    with sqlite3.connect(path) as conn:
        conn.execute(insert, ("workbook", 12, "linkedin", "urn:li:activity:1", '{"reactions":12,"impressions":99}'))
        conn.execute(insert, ("edited", 40, "linkedin", "urn:li:activity:2", '{"reactions":12}'))
        conn.execute(insert, ("tweet", 7, "x", "1", '{"reactions":7}'))
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            rows = {title: (reactions, engagements, snapshot) for title, reactions, engagements, snapshot in conn.execute(
                text("SELECT title, reactions, engagements, import_snapshot FROM contribution "
                     "WHERE title IN ('workbook', 'edited', 'tweet')"))}
    finally:
        db.close()
    assert rows["workbook"][:2] == (None, 12)
    assert __import__("json").loads(rows["workbook"][2]) == {"reactions": None, "impressions": 99, "engagements": 12}
    assert rows["edited"][:2] == (40, None) and rows["tweet"][:2] == (7, None)
