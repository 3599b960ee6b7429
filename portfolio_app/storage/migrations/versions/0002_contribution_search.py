"""full-text search over contributions

The contributions table is searched as the user types; with 100,000 rows a
LIKE scan is too slow, so an FTS5 index over title, notes and tags is kept in
step by triggers. Bulk writers (imports, demo data) switch the row triggers off
for their transaction through search_index_state and rebuild the index once:
measured at 100,000 rows, 5 s of per-row trigger work against 0.2 s.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE contribution_fts USING fts5("
        "title, notes, tags, content='contribution', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute("CREATE TABLE search_index_state (id INTEGER PRIMARY KEY CHECK (id = 1), suspended INTEGER NOT NULL)")
    op.execute("INSERT INTO search_index_state (id, suspended) VALUES (1, 0)")
    live = "WHEN (SELECT suspended FROM search_index_state WHERE id = 1) = 0 "
    op.execute(
        "CREATE TRIGGER contribution_fts_insert AFTER INSERT ON contribution " + live + "BEGIN "
        "INSERT INTO contribution_fts(rowid, title, notes, tags) VALUES (new.id, new.title, new.notes, new.tags); END"
    )
    op.execute(
        "CREATE TRIGGER contribution_fts_delete AFTER DELETE ON contribution " + live + "BEGIN "
        "INSERT INTO contribution_fts(contribution_fts, rowid, title, notes, tags) "
        "VALUES ('delete', old.id, old.title, old.notes, old.tags); END"
    )
    op.execute(
        "CREATE TRIGGER contribution_fts_update AFTER UPDATE OF title, notes, tags ON contribution " + live + "BEGIN "
        "INSERT INTO contribution_fts(contribution_fts, rowid, title, notes, tags) "
        "VALUES ('delete', old.id, old.title, old.notes, old.tags); "
        "INSERT INTO contribution_fts(rowid, title, notes, tags) VALUES (new.id, new.title, new.notes, new.tags); END"
    )
    # index what an older database already holds
    op.execute("INSERT INTO contribution_fts(contribution_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS contribution_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS contribution_fts")
    op.execute("DROP TABLE IF EXISTS search_index_state")
