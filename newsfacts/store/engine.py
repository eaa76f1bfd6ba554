"""Connecting to the store: which URL, the engine with SQLite's pragmas and write locks, and migrations.

A bare path means a SQLite file; ``postgresql://`` (or ``postgres://``) means PostgreSQL through psycopg 3.
SQLite connections run in WAL mode with ``synchronous=FULL`` and a busy timeout; a write transaction
starts with ``BEGIN IMMEDIATE`` (tried again every few milliseconds until the busy timeout, so that
writers take turns: ``_begin_immediate``) so one writer at a time holds the lock from its first statement (the
pysqlite recipe from SQLAlchemy's SQLite dialect docs: the driver's own transaction handling is turned
off and the ``begin`` event emits BEGIN itself). Other transactions start with a plain (deferred) BEGIN and
only read: in WAL mode they neither wait for the writer nor hold it up.

Opening a store reads its schema revision in such a read transaction (``schema_current``); only a store
that is new or older than the code is migrated (``migrate``), under the write lock (SQLite) or an advisory
lock (PostgreSQL), so readers of a current store never take the write lock.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from .. import settings
from ..errors import StoreError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000
WRITE = "newsfacts_write"  # execution option: this connection's transactions write
UNLESS = "newsfacts_unless"  # execution option: a check that, once true while waiting, means the lock is not needed
MIGRATIONS = "newsfacts.store:migrations"
MIGRATION_LOCK = 0x6E657773  # PostgreSQL advisory lock migrations take turns on (as migrations/env.py)


def default_path() -> Path:
    """``$XDG_DATA_HOME/newsfacts/newsfacts.db``, else ``~/.local/share/newsfacts/newsfacts.db``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "newsfacts" / "newsfacts.db"


def resolve_url(url: str | os.PathLike | None = None) -> str:
    """The SQLAlchemy URL for ``url``, else the ``db`` setting (``NEWSFACTS_DB``), else the default file."""
    raw = os.fspath(url) if url is not None else (settings.get("db") or "")
    if not raw.strip():
        return _sqlite_url(default_path())
    raw = raw.strip()
    for prefix in ("postgresql://", "postgres://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix):]
    if "://" in raw:
        return raw
    if raw == ":memory:":
        return "sqlite://"
    return _sqlite_url(Path(raw).expanduser())


def _sqlite_url(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def create(url: str) -> Engine:
    """An engine for ``url`` (already resolved), with the SQLite setup where it applies."""
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as err:
        raise StoreError(f"cannot use database {_safe(url)}: {err}") from err
    if engine.dialect.name == "sqlite":
        _setup_sqlite(engine)
    return engine


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see on_begin)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        if os.environ.get("NF_CACHE"):
            cursor.execute(f"PRAGMA cache_size = {os.environ['NF_CACHE']}")
        if os.environ.get("NF_MMAP"):
            cursor.execute(f"PRAGMA mmap_size = {os.environ['NF_MMAP']}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get(WRITE):
            _begin_immediate(conn.connection.dbapi_connection, unless=options.get(UNLESS))
        else:
            conn.exec_driver_sql("BEGIN")


class LockNotNeeded(Exception):
    """Raised while waiting for the write lock once the caller's ``unless`` check says it has nothing left
    to do under it (another process did it)."""


def _begin_immediate(dbapi_connection: Any, unless: Callable[[], bool] | None = None) -> None:
    """BEGIN IMMEDIATE, waiting up to ``BUSY_TIMEOUT_MS`` for the write lock by trying again every few
    milliseconds (jittered). SQLite's own busy handler sleeps up to 100 ms between tries, so a writer
    queued behind writers that commit and begin again back to back could miss every gap until it timed
    out ("database is locked"); short, random waits give every writer its turn. ``unless``, asked at most
    every 50 ms while waiting, ends the wait with ``LockNotNeeded`` once it is true: a process that wanted
    the lock only to migrate a new store stops waiting as soon as another has migrated it, rather than
    queue behind the writers that start once it is migrated."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    asked = time.monotonic()
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                cursor.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as err:
                busy = getattr(err, "sqlite_errorcode", sqlite3.SQLITE_BUSY) & 0xFF == sqlite3.SQLITE_BUSY
                if not busy or time.monotonic() >= deadline:
                    raise OperationalError("BEGIN IMMEDIATE", None, err) from err
            if unless is not None and time.monotonic() - asked >= 0.05:
                if unless():
                    raise LockNotNeeded
                asked = time.monotonic()
            time.sleep(random.uniform(0.0005, 0.005))
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()


def _config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


@lru_cache(maxsize=1)
def head() -> str | None:
    """The newest schema revision this code knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision (None for a new, empty database), read in a read-only transaction."""
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as err:
        raise StoreError(f"cannot open the store at {_safe(str(engine.url))}: {err}") from err


def schema_current(engine: Engine) -> bool:
    """Whether the store is at the newest schema, found without taking any write lock."""
    return current_revision(engine) == head()


def migrate(engine: Engine, revision: str = "head", then: Callable[[Connection], Any] | None = None) -> None:
    """Bring the database to ``revision`` with Alembic, configured here in code (no alembic.ini), in one
    write transaction; ``then(connection)`` runs in the same transaction after the upgrade (so a store is
    never at the new revision without it). The lock is taken first (SQLite's write lock, waiting up to the
    busy timeout; PostgreSQL's advisory lock) and the revision read again under it: of several processes
    opening a new store at once, one migrates and the others find nothing to do (SQLite: they stop waiting for
    the lock as soon as the store they wait on is at the newest schema)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    config = _config()
    options: dict[str, Any] = {WRITE: True}
    if revision == "head":
        options[UNLESS] = lambda: schema_current(engine)
    try:
        with engine.connect().execution_options(**options) as conn:
            try:
                conn.begin()  # SQLite: BEGIN IMMEDIATE
            except LockNotNeeded:
                return
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            if revision != "head" or MigrationContext.configure(conn).get_current_revision() != head():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if then is not None:
                    then(conn)
            conn.commit()
    except SQLAlchemyError as err:
        raise StoreError(f"cannot open the store at {_safe(str(engine.url))}: {err}") from err


def _safe(url: str) -> str:
    """A URL fit for a message: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
