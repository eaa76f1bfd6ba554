"""Alembic's environment for the store: always run on the connection ``engine.migrate`` passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from newsfacts.store.schema import include_object, metadata

LOCK_ID = 0x6E657773  # PostgreSQL advisory lock: two processes opening a new store migrate one at a time


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("newsfacts migrations run through newsfacts.store.open_store, not the alembic command")
    context.configure(connection=connection, target_metadata=metadata, include_object=include_object,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": LOCK_ID})
        context.run_migrations()


run_migrations()
