"""Alembic environment: runs on the connection the app hands over, never on a URL of its own."""

from alembic import context

from portfolio_app.storage.models import SQLModel

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transactional_ddl=True,  # our engine emits BEGIN itself, so DDL can roll back
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
