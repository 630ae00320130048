"""Our database as the action server sees it: one engine per URL for the
process, a new session for each action run."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import sessionmaker

from bot.core.db import make_engine, make_session_factory


@lru_cache(maxsize=4)
def sessions(database_url: str) -> sessionmaker:
    return make_session_factory(make_engine(database_url))
