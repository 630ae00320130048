"""Our database as the action server sees it: one engine per URL for the
process, a new session for each action run."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import sessionmaker

from actions.settings import settings
from bot.core.db import make_engine, make_session_factory


@lru_cache(maxsize=4)
def sessions(database_url: str) -> sessionmaker:
    pool = settings()  # SQL_POOL_SIZE and SQL_MAX_OVERFLOW, read once per process
    return make_session_factory(make_engine(database_url, pool_size=pool.sql_pool_size,
                                            max_overflow=pool.sql_max_overflow))
