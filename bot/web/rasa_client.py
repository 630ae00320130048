"""Talking to Rasa on 127.0.0.1: its REST channel for messages, and its tracker
store (read-only, bot.core.rasa_tracker) for a conversation's events. Rasa runs
without its HTTP API, so there is no token to hold or leak. Any failure is one
exception type, so the chat view has exactly one fail-safe path."""

from __future__ import annotations

import asyncio
from typing import List

import aiohttp

from bot.core.rasa_tracker import TrackerEvents, TrackerUnreadable
from bot.core.settings import Settings


class RasaUnavailable(Exception):
    """Rasa did not answer in time, refused the connection or answered with an error
    (or its tracker store could not be read)."""


class RasaClient:
    def __init__(self, base_url: str, tracker: TrackerEvents, timeout: float,
                 session: aiohttp.ClientSession) -> None:
        self.base_url = base_url.rstrip("/")
        self.tracker = tracker
        self.seconds = timeout
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.session = session

    @classmethod
    def from_settings(cls, settings: Settings, session: aiohttp.ClientSession) -> "RasaClient":
        return cls(settings.rasa_url, TrackerEvents.from_settings(settings),
                   settings.rasa_reply_timeout, session)

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
