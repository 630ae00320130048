"""Rasa's SQL tracker store, made to come through a database restart.

Rasa 3.6 wraps every tracker store in ``FailSafeTrackerStore``: when a read fails
it starts the conversation afresh in memory. With PostgreSQL restarted, the first
turn through each pooled connection the server had closed failed that way, and
so did every turn while it was down: a visitor halfway through the intake was
answered as a stranger ("I only take personal details as part of a callback
request"), that turn was never stored, and in one run the form then kept asking
for the email it had lost, so the lead was never sent. This store:

- checks a pooled connection before using it (``pool_pre_ping``), so a restart
  between two turns costs nothing;
- retries a read or a write that lost its connection for about two seconds,
  which rides out a quick restart (a repeated write stores nothing twice: Rasa
  stores only the events the database does not have yet);
- when the conversation still cannot be read, gives Rasa a paused stand-in
  instead of nothing: Rasa answers a paused conversation with no message, so
  the web app's fail-safe answers (emergency guidance and the on-call record,
  or "having trouble, please try again"), and the stand-in is never saved.

The rendered endpoints name it (bot.runtime.rasa_endpoints):
``type: bot.rasa_ext.tracker_store.SharedSQLTrackerStore``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Awaitable, Callable, Optional, TypeVar

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ConversationPaused
from rasa.shared.core.trackers import DialogueStateTracker, TrackerEventDiffEngine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

logger = logging.getLogger(__name__)

RETRY_SECONDS = 2.0
RETRY_DELAYS = (0.25, 0.5, 1.0)
CONNECT_TIMEOUT_SECONDS = 2  # a silent database host must not hold the replica for minutes
STAND_IN = "tracker_store_unreadable"  # the stand-in's ConversationPaused metadata key

T = TypeVar("T")


def connection_lost(exc: BaseException) -> bool:
    """The error says the database could not be reached or dropped the connection."""
    return isinstance(exc, (OperationalError, InterfaceError)) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated)


async def retrying(operation: Callable[[], Awaitable[T]], seconds: float = RETRY_SECONDS) -> T:
    """`operation()`, again after a short pause while it loses its connection and
    `seconds` have not passed; any other error, or the last one, is raised."""
    deadline = time.monotonic() + seconds
    for delay in RETRY_DELAYS:
        try:
            return await operation()
        except DBAPIError as exc:
            if not connection_lost(exc) or time.monotonic() + delay > deadline:
                raise
            logger.warning("tracker store: database connection lost (%s); retrying in %.2f s",
                           type(exc.orig).__name__, delay)
        await asyncio.sleep(delay)
    return await operation()


def stand_in(sender_id: str, domain: Optional[Domain]) -> DialogueStateTracker:
    """A paused, empty tracker: Rasa records the message on it and answers nothing."""
    tracker = DialogueStateTracker(sender_id, domain.slots if domain else None)
    tracker.update(ConversationPaused(metadata={STAND_IN: True}))
    return tracker


def is_stand_in(tracker: DialogueStateTracker) -> bool:
    first = tracker.events[0] if tracker.events else None
    return isinstance(first, ConversationPaused) and bool(first.metadata.get(STAND_IN))


class SharedSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore with pre-pinged connections, short retries and a paused
    stand-in when a conversation cannot be read (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Rasa's: connects (waiting for the database) and creates the table.
        super().__init__(*args, **kwargs)
        url = self.engine.url
        options = create_engine_kwargs(url)
        if url.get_backend_name() == "postgresql":
            options["connect_args"] = {**options.get("connect_args", {}),
                                       "connect_timeout": CONNECT_TIMEOUT_SECONDS}
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **options)
        self.sessionmaker = sessionmaker(bind=self.engine)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        try:
            return await retrying(lambda: SQLTrackerStore.retrieve(self, sender_id))
        except SQLAlchemyError as exc:
            logger.error("tracker store: conversation %s unreadable (%s); Rasa answers nothing "
                         "this turn and the web app's fail-safe does", sender_id,
                         type(getattr(exc, "orig", None) or exc).__name__)
            return stand_in(sender_id, self.domain)

    async def save(self, tracker: DialogueStateTracker) -> None:
        if is_stand_in(tracker):
            logger.warning("tracker store: not saving conversation %s (read while the "
                           "database was unreachable)", tracker.sender_id)
            return
        await retrying(lambda: SQLTrackerStore.save(self, tracker))

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """As Rasa's (called by `save`), but compared with the stored conversation,
        never a stand-in: when it cannot be read this raises, and `save` retries."""
        if self.event_broker is None:
            return
        old = await SQLTrackerStore.retrieve(self, tracker.sender_id)
        new_events = TrackerEventDiffEngine.event_difference(old, tracker)
        await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)
