"""a database identity and Portfolio's application_id

Two databases may share a file name (A/portfolio.sqlite, B/portfolio.sqlite);
backups keyed by the name mixed them up (one thinned the other's backups, one
was offered the other's). Each database now carries an id of its own, made
once, here: for a new database when it is created, for an older one when it
is upgraded. Backups are kept and listed by that id.

SQLite's application_id in the file header marks the file as Portfolio's, so
another program's SQLite file is recognised as foreign before anything reads
its tables (see storage.identity).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import uuid

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

APPLICATION_ID = 0x50664F6C  # "PfOl"; kept equal to storage.identity.APPLICATION_ID by a test


def upgrade() -> None:
    op.execute("CREATE TABLE database_identity (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "identity VARCHAR(32) NOT NULL, created_at DATETIME NOT NULL)")
    op.execute(f"INSERT INTO database_identity (id, identity, created_at) "
               f"VALUES (1, '{uuid.uuid4().hex}', CURRENT_TIMESTAMP)")
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
    op.execute("DROP TABLE database_identity")
