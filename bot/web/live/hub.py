"""Who is connected to a conversation in this web app: the visitor's open chat
sockets, and the staff pages watching it (each with a queue of nudges).

A nudge says "something happened in this conversation": the staff page then
reads what is new (bot.web.live.views). Nudges come from Rasa's event broker,
from the tracker store read at an interval when there is no broker, and from
this app itself (a hold taken or lost, emergency guidance sent).
"""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Dict, Optional, Set

from aiohttp import web

# A visitor's socket: something with `async send(frame)` (bot.web.chat.ChatConnection).
Sender = Callable[[dict], Awaitable[None]]
MAX_QUEUED_NUDGES = 100


class Hub:
    def __init__(self) -> None:
        self._visitors: Dict[str, Set[Any]] = {}
        self._watchers: Dict[str, Set[asyncio.Queue]] = {}

    def add_visitor(self, conversation_id: str, connection: Any) -> None:
        self._visitors.setdefault(conversation_id, set()).add(connection)

    def remove_visitor(self, conversation_id: Optional[str], connection: Any) -> None:
        if conversation_id is None:
            return
        sockets = self._visitors.get(conversation_id)
        if sockets is not None:
            sockets.discard(connection)
            if not sockets:
                del self._visitors[conversation_id]

    def visitor_online(self, conversation_id: str) -> bool:
        return bool(self._visitors.get(conversation_id))

    def visitor_language(self, conversation_id: str) -> Optional[str]:
        """The conversation's language as the visitor's open chat socket knows it
        (bot.web.chat.ChatConnection.language); None with no socket open here."""
        for connection in list(self._visitors.get(conversation_id, ())):
            language = getattr(connection, "language", None)
            if isinstance(language, str):
                return language
        return None

    async def to_visitor(self, conversation_id: str, frame: dict) -> int:
        """Send a frame to every socket of the conversation; how many got it."""
        sent = 0
        for connection in list(self._visitors.get(conversation_id, ())):
            try:
                await connection.send(frame)
                sent += 1
            except (ConnectionError, RuntimeError):  # a socket closing meanwhile
                pass
        return sent

    def watch(self, conversation_id: str) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(MAX_QUEUED_NUDGES)
        self._watchers.setdefault(conversation_id, set()).add(queue)
        return queue

    def unwatch(self, conversation_id: str, queue: asyncio.Queue) -> None:
        queues = self._watchers.get(conversation_id)
        if queues is not None:
            queues.discard(queue)
            if not queues:
                del self._watchers[conversation_id]

    def close_all(self) -> None:
        """The app is stopping: every staff stream ends (on_shutdown), so the
        server does not wait for them."""
        for queues in self._watchers.values():
            for queue in queues:
                try:
                    queue.put_nowait({"stop": True})
                except asyncio.QueueFull:
                    queue.get_nowait()
                    queue.put_nowait({"stop": True})

    def watched(self) -> Set[str]:
        return set(self._watchers)

    def nudge(self, conversation_id: str, item: Optional[dict] = None) -> None:
        """Tell every staff page watching the conversation (a full queue already
        has a nudge waiting, so one more is dropped)."""
        for queue in self._watchers.get(conversation_id, ()):
            try:
                queue.put_nowait(item or {})
            except asyncio.QueueFull:
                pass


HUB = web.AppKey("live_hub", Hub)
