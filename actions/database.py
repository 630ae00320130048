"""Our database as the action server sees it: one engine per URL for the
process, a new session for each action run."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import sessionmaker

from bot.core.db import make_engine, make_session_factory
from bot.core.settings import Settings


@lru_cache(maxsize=4)
def sessions(database_url: str) -> sessionmaker:
    settings = Settings.from_env()  # SQL_POOL_SIZE and SQL_MAX_OVERFLOW
    return make_session_factory(make_engine(database_url, pool_size=settings.sql_pool_size,
                                            max_overflow=settings.sql_max_overflow))
