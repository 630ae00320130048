"""Talking to Rasa on 127.0.0.1: its REST channel for messages, its tracker store
(read-only, bot.core.rasa_tracker) for a conversation's events, and the hand-over
channel (bot.rasa_ext.handover_channel) to pause or resume the assistant and
write staff messages, with the token kept in RASA_TOKEN or var/rasa_token. Rasa
runs without its HTTP API. Any failure is one exception type, so the chat view
has exactly one fail-safe path."""

from __future__ import annotations

import asyncio
from typing import List

import aiohttp

from bot.core.rasa_tracker import TrackerEvents, TrackerUnreadable
from bot.core.settings import Settings, resolve_rasa_token

HANDOVER_PATH = "/webhooks/handover/events"
HANDOVER_TOKEN_HEADER = "X-Handover-Token"  # bot.rasa_ext.handover_channel.TOKEN_HEADER


class RasaUnavailable(Exception):
    """Rasa did not answer in time, refused the connection or answered with an error
    (or its tracker store could not be read)."""


class RasaClient:
    def __init__(self, base_url: str, tracker: TrackerEvents, timeout: float,
                 session: aiohttp.ClientSession, handover_token: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.handover_token = handover_token
        self.tracker = tracker
        self.seconds = timeout
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.session = session

    @classmethod
    def from_settings(cls, settings: Settings, session: aiohttp.ClientSession) -> "RasaClient":
        return cls(settings.rasa_url, TrackerEvents.from_settings(settings),
                   settings.rasa_reply_timeout, session,
                   handover_token=resolve_rasa_token(settings).rasa_token)

    async def send(self, sender: str, text: str) -> List[dict]:
        """The bot's replies to one visitor message (REST channel)."""
        data = await self._call("POST", "/webhooks/rest/webhook",
                                json={"sender": sender, "message": text})
        if not isinstance(data, list):
            raise RasaUnavailable("unexpected reply")
        return [reply for reply in data if isinstance(reply, dict)]

    async def events(self, sender: str) -> List[dict]:
        """Every event of the conversation after its latest restart (tracker store)."""
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(None, self.tracker.read, sender), self.seconds)
        except (TrackerUnreadable, asyncio.TimeoutError) as exc:
            raise RasaUnavailable(type(exc).__name__) from None

    async def recent(self, since: float) -> List[tuple]:
        """Conversations with an event since `since`: (id, last event time)."""
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(None, self.tracker.recent, since), self.seconds)
        except (TrackerUnreadable, asyncio.TimeoutError) as exc:
            raise RasaUnavailable(type(exc).__name__) from None

    async def handover(self, action: str, sender: str, *, staff_name: str, staff_role: str,
                       text: str = "", crisis: str = "") -> None:
        """Pause, resume or write in a conversation (bot.handover.events)."""
        body = {"action": action, "sender": sender, "staff_name": staff_name,
                "staff_role": staff_role}
        if text:
            body["text"] = text
        if crisis:
            body["crisis"] = crisis
        await self._call("POST", HANDOVER_PATH, json=body,
                         headers={HANDOVER_TOKEN_HEADER: self.handover_token})

    def close(self) -> None:
        self.tracker.close()

    async def _call(self, method: str, path: str, **kwargs):
        try:
            async with self.session.request(method, self.base_url + path,
                                            timeout=self.timeout, **kwargs) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"HTTP {response.status}")
                return await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            raise RasaUnavailable(type(exc).__name__) from None
