"""A conversation's events, read straight from Rasa's SQL tracker store, read-only.

The web app shows a visitor the conversation so far and staff a lead's transcript.
It used to ask Rasa's HTTP API, which meant running Rasa with ``--enable-api``
(every transcript, ``PUT /model`` and event injection behind one token). Reading
the tracker store's ``events`` table needs none of that: Rasa runs without its
HTTP API, and the web app can only read (SQLite opened ``mode=ro``; PostgreSQL
sessions ``default_transaction_read_only``, ideally as a read-only role given in
``RASA_TRACKER_READ_URL``). Every Rasa replica shares the store, so any of them
may have written the events.

The rows are Rasa 3.6's ``SQLTrackerStore`` (``rasa.core.tracker_store.SQLEvent``):
``data`` is the JSON of ``Event.as_dict()``, the same dictionaries the tracker API
returned; like the API (``EventVerbosity.AFTER_RESTART``) we return the events
after the latest restart.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import List, Optional, Tuple

from sqlalchemy import (Column, Float, Integer, MetaData, String, Table, Text, create_engine,
                        func, select)
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from bot.core.purge import tracker_store_url
from bot.core.settings import Settings

EVENTS = Table(
    "events", MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("data", Text),
)
SQLITE_BUSY_SECONDS = 5


class TrackerUnreadable(Exception):
    """The tracker store exists but could not be read (locked, broken, unreachable)."""


def after_latest_restart(events: List[dict]) -> List[dict]:
    """The events after the most recent ``restart`` (all of them when there is none)."""
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "restart":
            return events[index + 1:]
    return events


def decode_rows(rows: List[Optional[str]]) -> List[dict]:
    """Event dictionaries from the ``data`` column; a row that is not one is skipped."""
    events = []
    for raw in rows:
        try:
            event = json.loads(raw) if raw else None
        except ValueError:
            continue
        if isinstance(event, dict):
            events.append(event)
    return events


def read_url(settings: Settings) -> Optional[URL]:
    """Where to read: RASA_TRACKER_READ_URL, else the store Rasa writes to."""
    if settings.tracker_read_url:
        return make_url(settings.tracker_read_url)
    return tracker_store_url(settings)


def read_only_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = url.database

        def connect() -> sqlite3.Connection:
            # mode=ro: this connection cannot write, and never creates the file.
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                   timeout=SQLITE_BUSY_SECONDS, check_same_thread=False)

        # NullPool: no file handle stays open between reads (or per executor thread).
        return create_engine("sqlite://", creator=connect, future=True, poolclass=NullPool)
    return create_engine(url, future=True, pool_size=2, max_overflow=2, pool_pre_ping=True,
                         connect_args={"options": "-c default_transaction_read_only=on"})


class TrackerEvents:
    """Reads conversations from one tracker store; the engine opens on first use."""

    def __init__(self, url: Optional[URL]) -> None:
        self.url = url
        self._engine: Optional[Engine] = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "TrackerEvents":
        return cls(read_url(settings))

    def _missing(self) -> bool:
        return self.url is None or (self.url.get_backend_name() == "sqlite"
                                    and not Path(self.url.database or "").exists())

    def read(self, sender_id: str) -> List[dict]:
        """Every event of the conversation after its latest restart, oldest first;
        [] for a conversation (or a tracker store) that does not exist yet."""
        if self._missing():
            return []
        if self._engine is None:
            self._engine = read_only_engine(self.url)
        query = (select(EVENTS.c.data).where(EVENTS.c.sender_id == sender_id)
                 .order_by(EVENTS.c.id))
        try:
            with self._engine.connect() as connection:
                rows = [row[0] for row in connection.execute(query)]
        except SQLAlchemyError as exc:
            if "no such table" in str(exc) or "does not exist" in str(exc):
                return []  # Rasa has not written its first event yet
            raise TrackerUnreadable(type(exc).__name__) from None
        return after_latest_restart(decode_rows(rows))

    def recent(self, since: float, limit: int = 200) -> List[Tuple[str, float]]:
        """(conversation id, time of its last event) of every conversation with an
        event at or after `since` (Unix seconds), the most recent first; the staff
        live view's list."""
        if self._missing():
            return []
        if self._engine is None:
            self._engine = read_only_engine(self.url)
        last = func.max(EVENTS.c.timestamp)
        query = (select(EVENTS.c.sender_id, last).where(EVENTS.c.timestamp >= since)
                 .group_by(EVENTS.c.sender_id).order_by(last.desc()).limit(limit))
        try:
            with self._engine.connect() as connection:
                return [(row[0], float(row[1])) for row in connection.execute(query)]
        except SQLAlchemyError as exc:
            if "no such table" in str(exc) or "does not exist" in str(exc):
                return []
            raise TrackerUnreadable(type(exc).__name__) from None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
