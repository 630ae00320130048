"""How many visitor messages each Rasa replica works on at once (issue 16).

Rasa takes every message it is sent and works on all of them side by side, so
when visitors write faster than a replica can answer, every reply slows down
until each one misses the web app's `RASA_REPLY_TIMEOUT`, and Rasa goes on
spending its time on messages whose visitors were already told it is having
trouble: on this 2-core machine 200 visitors at once got 1 answer in 11
(README, "Load on two replicas"). The web app therefore lets at most
`RASA_MAX_IN_FLIGHT` messages be in flight to a replica; the next ones wait
their turn here, in arrival order, for at most `RASA_QUEUE_SECONDS`, and a
message still waiting then is turned away (`Busy`) without costing Rasa
anything: the chat's fail-safe answers it, so an emergency still gets its
guidance. Rasa then answers what it is given in about the time one message
takes, times the limit.

A conversation Rasa has already answered goes on before a new one: while the
replica is full, a returning visitor's message waits its turn, and a new
visitor's first message is turned away at once ("please try again in a
moment"). Otherwise, under overload, every visitor gets one answer in three and
nobody finishes an intake; this way the visitors already talking are served to
the end, the way a clinic's phone line puts new callers on hold rather than
cutting off those mid-call.

Staff actions (hand-over, transcripts) are not counted: they are few and must
not wait behind visitors.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from collections import OrderedDict
from typing import AsyncIterator, Dict


class Busy(Exception):
    """The replica's slots stayed taken for the whole wait."""


class Answered:
    """The conversations Rasa answered lately (the newest `size`): the returning
    visitors, whose messages wait their turn rather than being turned away."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._ids: "OrderedDict[str, None]" = OrderedDict()

    def add(self, conversation_id: str) -> None:
        self._ids[conversation_id] = None
        self._ids.move_to_end(conversation_id)
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)

    def __contains__(self, conversation_id: object) -> bool:
        return conversation_id in self._ids


class Admission:
    def __init__(self, limit: int, wait_seconds: float) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self.wait_seconds = wait_seconds
        self.turned_away = 0
        self._slots: Dict[str, asyncio.Semaphore] = {}
        self._waiting: Dict[str, int] = {}
        self._in_flight: Dict[str, int] = {}

    def saturated(self, replica: str) -> bool:
        """Every slot of the replica is taken: a new message would have to wait."""
        slots = self._slots.get(replica)
        return slots is not None and slots.locked()

    def in_flight(self, replica: str) -> int:
        return self._in_flight.get(replica, 0)

    def waiting(self, replica: str) -> int:
        return self._waiting.get(replica, 0)

    @asynccontextmanager
    async def slot(self, replica: str, returning: bool = True) -> AsyncIterator[None]:
        """Hold one of the replica's slots for the body; `Busy` when none came
        free within the wait (at once for a conversation not `returning`)."""
        slots = self._slots.setdefault(replica, asyncio.Semaphore(self.limit))
        if not await self._acquire(replica, slots, self.wait_seconds if returning else 0):
            self.turned_away += 1
            raise Busy(replica)
        self._in_flight[replica] = self._in_flight.get(replica, 0) + 1
        try:
            yield
        finally:
            self._in_flight[replica] -= 1
            slots.release()

    async def _acquire(self, replica: str, slots: asyncio.Semaphore, wait_seconds: float) -> bool:
        if not slots.locked():
            await slots.acquire()  # free now: returns without suspending
            return True
        if wait_seconds <= 0:
            return False
        self._waiting[replica] = self._waiting.get(replica, 0) + 1
        attempt = asyncio.ensure_future(slots.acquire())
        try:
            done, _ = await asyncio.wait({attempt}, timeout=wait_seconds)
        except asyncio.CancelledError:  # the visitor went away while waiting
            _give_back_if_taken(attempt, slots)
            raise
        finally:
            self._waiting[replica] -= 1
        if done:
            return True
        _give_back_if_taken(attempt, slots)
        return False


def _give_back_if_taken(attempt: "asyncio.Future[bool]", slots: asyncio.Semaphore) -> None:
    """Stop waiting for a slot; one granted in the meantime is released, never lost.
    (asyncio.Semaphore.acquire hands a wake-up it cannot use to the next waiter
    when cancelled, so a cancelled attempt holds nothing.)"""
    def release_if_granted(done: "asyncio.Future[bool]") -> None:
        if not done.cancelled() and done.exception() is None:
            slots.release()

    attempt.add_done_callback(release_if_granted)
    attempt.cancel()
