"""Talking to Rasa on 127.0.0.1: the REST channel for messages, the token-protected
HTTP API for a conversation's events. Any failure is one exception type, so the
chat view has exactly one fail-safe path."""

from __future__ import annotations

import asyncio
from typing import List
from urllib.parse import quote

import aiohttp


class RasaUnavailable(Exception):
    """Rasa did not answer in time, refused the connection or answered with an error."""


class RasaClient:
    def __init__(self, base_url: str, token: str, timeout: float,
                 session: aiohttp.ClientSession) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.session = session

    async def send(self, sender: str, text: str) -> List[dict]:
        """The bot's replies to one visitor message (REST channel)."""
        data = await self._call("POST", "/webhooks/rest/webhook",
                                json={"sender": sender, "message": text})
        if not isinstance(data, list):
            raise RasaUnavailable("unexpected reply")
        return [reply for reply in data if isinstance(reply, dict)]

    async def events(self, sender: str) -> List[dict]:
        """Every event of the conversation (token-protected tracker API)."""
        data = await self._call("GET", f"/conversations/{quote(sender, safe='')}/tracker",
                                params={"token": self.token})
        events = data.get("events") if isinstance(data, dict) else None
        if not isinstance(events, list):
            raise RasaUnavailable("unexpected tracker")
        return events

    async def _call(self, method: str, path: str, **kwargs):
        try:
            async with self.session.request(method, self.base_url + path,
                                            timeout=self.timeout, **kwargs) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"HTTP {response.status}")
                return await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            raise RasaUnavailable(type(exc).__name__) from None
