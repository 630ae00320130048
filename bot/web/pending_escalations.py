"""Emergencies the chat's fail-safe could not record, recorded once the database
answers again.

With our database down (a PostgreSQL restart), the fail-safe still gives the
visitor the emergency guidance at once, but the on-call record and its page
cannot be written. Each such record waits here, in the web app (the process
that stays up whatever else stops), and is tried again every few seconds, in
the order the messages came. A message keeps the id and the time it was first
tried with, and a message id is recorded at most once
(bot.crisis.escalations.record_crisis_message), so a retry whose first attempt
had in fact been written records nothing twice. What is still waiting when the
web app stops is logged, conversation by conversation.
"""

from __future__ import annotations

import asyncio
import logging
from typing import AsyncIterator, Callable, Dict, Tuple

from aiohttp import web

from bot.web import background

logger = logging.getLogger(__name__)

RETRY_SECONDS = 2.0

# Writes the record and returns (escalation id, paging outcome); raises while the
# database cannot be reached.
Save = Callable[[], Tuple[int, str]]


class PendingEscalations:
    def __init__(self) -> None:
        self._waiting: Dict[str, Tuple[str, Save]] = {}  # message id -> (conversation, save)

    def add(self, message_id: str, conversation_id: str, save: Save) -> None:
        self._waiting[message_id] = (conversation_id, save)

    def conversations(self) -> list:
        return [conversation for conversation, _ in self._waiting.values()]

    def __len__(self) -> int:
        return len(self._waiting)

    async def retry(self) -> int:
        """Try each waiting record once, oldest first, stopping at the first that
        still fails (the database is still down); how many were recorded."""
        loop = asyncio.get_running_loop()
        recorded = 0
        for message_id, (conversation_id, save) in list(self._waiting.items()):
            try:
                escalation_id, outcome = await loop.run_in_executor(None, save)
            except Exception:  # noqa: BLE001 - still unreachable; the next pass tries again
                return recorded
            del self._waiting[message_id]
            recorded += 1
            logger.warning("chat fail-safe: escalation %s recorded after the database came back "
                           "(conversation %s, page %s)", escalation_id, conversation_id, outcome)
        return recorded


PENDING = web.AppKey("pending_escalations", PendingEscalations)


async def _retry_forever(pending: PendingEscalations) -> None:
    while True:
        await asyncio.sleep(RETRY_SECONDS)
        if len(pending):
            await pending.retry()


async def retry_pending(app: web.Application) -> AsyncIterator[None]:
    """Cleanup context: retry waiting records while the app runs."""
    task = asyncio.create_task(_retry_forever(app[PENDING]))
    yield
    await background.stop(task)
    await app[PENDING].retry()
    if len(app[PENDING]):
        logger.error("web app stopping with %d emergency record(s) not written to the database "
                     "(conversations %s): on-call was not paged for them",
                     len(app[PENDING]), ", ".join(app[PENDING].conversations()))
