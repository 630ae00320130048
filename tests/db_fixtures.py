"""Databases for tests: a fresh SQLite file, and a throw-away PostgreSQL database."""

from __future__ import annotations

import uuid

import pytest

from bot.core.db import make_engine
from bot.core.migrate import upgrade

POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def migrated_engine(url: str):
    engine = make_engine(url)
    upgrade(engine)
    return engine


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.db'}"
        return
    sqlalchemy = pytest.importorskip("sqlalchemy")
    admin = sqlalchemy.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    name = f"clinic_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sqlalchemy.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL not reachable on 127.0.0.1:5432: {exc.orig}")
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()
