"""Connecting to the store: which URL, the engine with SQLite's pragmas and write locks, and migrations.

A bare path means a SQLite file; ``postgresql://`` (or ``postgres://``) means PostgreSQL through psycopg 3.
SQLite connections run in WAL mode with ``synchronous=FULL`` and a busy timeout; a write transaction
starts with ``BEGIN IMMEDIATE`` so one writer at a time holds the lock from its first statement (the
pysqlite recipe from SQLAlchemy's SQLite dialect docs: the driver's own transaction handling is turned
off and the ``begin`` event emits BEGIN itself).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from .. import settings
from ..errors import StoreError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000
WRITE = "newsfacts_write"  # execution option: this connection's transactions write
MIGRATIONS = "newsfacts.store:migrations"


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
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` with Alembic, configured here in code (no alembic.ini)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    try:
        with engine.connect().execution_options(**{WRITE: True}) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            conn.commit()
    except SQLAlchemyError as err:
        raise StoreError(f"cannot open the store at {_safe(str(engine.url))}: {err}") from err


def _safe(url: str) -> str:
    """A URL fit for a message: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
