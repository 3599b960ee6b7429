"""Every test runs with its own data, log and config folders, and no inherited database choice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("PORTFOLIO_DB", raising=False)
    yield home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "portfolio.sqlite"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One empty database at the newest schema, migrated once per test session."""
    from portfolio_app.storage.database import open_database

    path = tmp_path_factory.mktemp("template") / "portfolio.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def db(db_path, migrated_template):
    """A fresh empty database of this test: a copy of the migrated template with an identity of its own
    (migrating a new file for every test took about 0.15 s each)."""
    import shutil
    import sqlite3
    import uuid

    from portfolio_app.storage.database import open_database
    from portfolio_app.storage.identity import stamp_identity

    shutil.copyfile(migrated_template, db_path)
    with sqlite3.connect(db_path) as conn:
        stamp_identity(conn, uuid.uuid4().hex)
    conn.close()
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    from portfolio_app.services.demo import fill_demo

    fill_demo(db, contributions=400, seed=1)
    return db
