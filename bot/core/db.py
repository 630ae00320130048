"""Our own database: engine and session factory, created on demand, never at import.

SQLAlchemy 1.4 with the 2.0-style API (``future=True``). SQLite under var/ by
default; PostgreSQL through BOT_DATABASE_URL. Tables arrive with their features,
each through an Alembic migration.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker

def private_file(path: Path) -> None:
    """Create `path` (and its folder) readable by this user only, or make an
    existing one so: the databases hold personal health information."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    path.chmod(0o600)


def make_engine(database_url: str, *, pool_size: int = 5, max_overflow: int = 5) -> Engine:
    """An engine for our database. On PostgreSQL the pool holds at most
    pool_size + max_overflow connections (SQL_POOL_SIZE, SQL_MAX_OVERFLOW), so that
    every process of every replica fits the server's connection limit."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            private_file(Path(url.database))
        engine = create_engine(
            url, future=True, connect_args={"check_same_thread": False, "timeout": 15}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True, pool_size=pool_size,
                         max_overflow=max_overflow)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the web app read while the action server writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, future=True, expire_on_commit=False)


def ping(engine: Engine) -> None:
    """Raise if the database does not answer a trivial query."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
