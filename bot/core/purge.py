"""Retention: delete leads and Rasa conversations older than an age (`python -m bot purge`).

Two databases, one transaction each, and two simple rules:

- leads go by their own ``updated_at`` (a lead touched by staff is kept longer),
  and their staff notes with them; staff sign-in attempts go by their time;
- conversations in Rasa's tracker store go by their last event: every event of a
  conversation whose newest event is older than the cutoff is deleted;
- records kept for good lose their personal details at the same age
  (bot.core.forget): the visitor's words in escalations that are no longer open,
  notification addresses, staff sessions' IP addresses.

The two are independent: a lead can outlive its conversation and the other way round.
Rasa's tracker store is opened from the same settings Rasa's endpoints are rendered
from (bot.runtime.rasa_endpoints); a tracker store that does not exist yet holds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, Optional, Tuple

from sqlalchemy import (Column, Float, Integer, MetaData, String, Table, create_engine, delete,
                        event, func, inspect, select)
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import OperationalError

from bot.core.db import make_engine, make_session_factory
from bot.core.forget import (forget_delivery_addresses, forget_escalation_texts,
                             forget_session_addresses)
from bot.intake.store import delete_leads_updated_before
from bot.core.models import utcnow
from bot.runtime.rasa_endpoints import tracker_store_config
from bot.core.settings import PROJECT_DIR, Settings
from bot.staff.throttle import delete_attempts_before

_AGE = re.compile(r"([0-9]+)([hdw])")
_HOURS_PER_UNIT = {"h": 1, "d": 24, "w": 24 * 7}
MAX_AGE = timedelta(days=100 * 366)

# The columns we use of Rasa 3.6's SQLTrackerStore table (rasa.core.tracker_store.SQLEvent).
EVENTS = Table(
    "events", MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False),
    Column("timestamp", Float),  # unix seconds
)


@dataclass(frozen=True)
class PurgeReport:
    leads: int
    conversations: int
    events: int
    # False when Rasa's tracker store (database or events table) does not exist yet.
    tracker_store_found: bool = True
    # Staff sign-in attempts (addresses, typed usernames), same age.
    login_attempts: int = 0
    # Kept records with personal details cleared (bot.core.forget): escalations whose
    # words were cleared, notifications whose address was, staff sessions' addresses.
    escalation_texts: int = 0
    delivery_addresses: int = 0
    session_addresses: int = 0


def parse_age(text: str) -> timedelta:
    """'90d', '12h' or '4w' as a timedelta; ValueError with what to type otherwise."""
    match = _AGE.fullmatch(str(text).strip().lower())
    if not match:
        raise ValueError(f"age must be a whole number of hours, days or weeks, such as 12h, "
                         f"90d or 4w (got {text!r})")
    hours = int(match.group(1)) * _HOURS_PER_UNIT[match.group(2)]
    if hours == 0:
        raise ValueError("age must be more than zero")
    if hours > MAX_AGE / timedelta(hours=1):
        raise ValueError("age must be at most 100 years")
    return timedelta(hours=hours)


def cutoff(older_than: timedelta, now: Optional[datetime] = None) -> datetime:
    """The moment before which data is purged, in UTC."""
    if not timedelta(0) < older_than <= MAX_AGE:
        raise ValueError("older_than must be more than zero and at most 100 years")
    now = utcnow() if now is None else now
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now.astimezone(timezone.utc) - older_than


def purge(settings: Settings, older_than: timedelta, *,
          now: Optional[datetime] = None) -> PurgeReport:
    """Delete leads and conversations older than `older_than` (see the module docstring).

    Raises bot.intake.store.SchemaNotReady when our database was never migrated, and
    SettingsError when the tracker store URL is unusable, before deleting anything.
    """
    before = cutoff(older_than, now)
    tracker_url = tracker_store_url(settings)
    ours = _purge_ours(settings, before)
    conversations, events, found = _purge_conversations(tracker_url, before)
    return PurgeReport(conversations=conversations, events=events, tracker_store_found=found,
                       **ours)


def _purge_ours(settings: Settings, before: datetime) -> Dict[str, int]:
    """Leads (their notes go with them), staff sign-in attempts, and the personal
    details inside the records we keep (bot.core.forget)."""
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            return {
                "leads": delete_leads_updated_before(session=session, cutoff=before),
                "login_attempts": delete_attempts_before(session=session, cutoff=before),
                "escalation_texts": forget_escalation_texts(session=session, cutoff=before),
                "delivery_addresses": forget_delivery_addresses(session=session, cutoff=before),
                "session_addresses": forget_session_addresses(session=session, cutoff=before),
            }
    finally:
        engine.dispose()


def tracker_store_url(settings: Settings) -> Optional[URL]:
    """Where Rasa keeps conversations, as an SQLAlchemy URL (None: in memory)."""
    config = tracker_store_config(settings)
    if config["dialect"] == "sqlite":
        if not config["db"]:
            return None
        path = Path(config["db"])
        # Rasa runs in the project directory (bot.runtime.supervisor): relative paths start there.
        return URL.create("sqlite", database=str(path if path.is_absolute()
                                                 else PROJECT_DIR / path))
    return URL.create("postgresql", username=config.get("username"),
                      password=config.get("password"), host=config["url"],
                      port=config["port"], database=config["db"])


def _purge_conversations(url: Optional[URL], before: datetime) -> Tuple[int, int, bool]:
    """(conversations, events, tracker store found)."""
    if url is None or (url.get_backend_name() == "sqlite"
                       and not Path(url.database).exists()):
        return 0, 0, False
    engine = _tracker_engine(url)
    try:
        connection = _connect(engine)
        if connection is None:
            return 0, 0, False
        with connection, connection.begin():
            if not inspect(connection).has_table(EVENTS.name):
                return 0, 0, False
            conversations, events = _delete_stale(connection, before.timestamp())
        return conversations, events, True
    finally:
        engine.dispose()


def _delete_stale(connection: Connection, before_ts: float) -> Tuple[int, int]:
    stale = (
        select(EVENTS.c.sender_id)
        .group_by(EVENTS.c.sender_id)
        .having(func.max(EVENTS.c.timestamp) < before_ts)
        .subquery()
    )
    conversations = connection.execute(select(func.count()).select_from(stale)).scalar_one()
    if not conversations:
        return 0, 0
    # The same condition again, evaluated by the DELETE itself: a conversation that
    # became active a moment ago is not deleted.
    result = connection.execute(
        delete(EVENTS).where(EVENTS.c.sender_id.in_(select(stale.c.sender_id)))
    )
    return conversations, result.rowcount


def _tracker_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, future=True)
    engine = create_engine(url, future=True, connect_args={"timeout": 15})

    # pysqlite would only BEGIN at the DELETE; take the write lock up front so the
    # count and the delete see the same data while Rasa keeps writing.
    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _connect(engine: Engine) -> Optional[Connection]:
    """A connection, or None when the PostgreSQL database does not exist (yet)."""
    try:
        return engine.connect()
    except OperationalError as exc:
        message = str(exc.orig)
        if "database" in message and "does not exist" in message:
            return None
        raise
