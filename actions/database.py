"""Our database as the action server sees it: one engine per URL for the
process, a new session for each action run."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from sqlalchemy.orm import sessionmaker

from bot.db import make_engine, make_session_factory
from bot.settings import Settings


@lru_cache(maxsize=4)
def sessions(database_url: str) -> sessionmaker:
    return make_session_factory(make_engine(replace(Settings(), database_url=database_url)))
