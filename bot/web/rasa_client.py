"""Talking to Rasa on 127.0.0.1: its REST channel for messages, its tracker store
(read-only, bot.core.rasa_tracker) for a conversation's events, and the hand-over
channel (bot.rasa_ext.handover_channel) to pause or resume the assistant and
write staff messages, with the token kept in RASA_TOKEN or var/rasa_token. Rasa
runs without its HTTP API. Any failure is one exception type, so the chat view
has exactly one fail-safe path.

With several Rasa replicas (RASA_REPLICAS) each conversation goes to its replica
by a stable hash of its id (bot.web.replicas); one that cannot be reached is
skipped for a while and the message goes to the conversation's next choice.
Visitor messages wait for one of the replica's slots (bot.web.admission): a
message turned away is `RasaBusy`, answered by the same fail-safe."""

from __future__ import annotations

import asyncio
from typing import Awaitable, Callable, Dict, List, Optional, Sequence, Union

import aiohttp

from bot.core.rasa_tracker import TrackerEvents, TrackerUnreadable
from bot.core.settings import Settings, resolve_rasa_token
from bot.web.admission import Admission, Answered, Busy
from bot.web.replicas import Replicas

HANDOVER_PATH = "/webhooks/handover/events"
HANDOVER_TOKEN_HEADER = "X-Handover-Token"  # bot.rasa_ext.handover_channel.TOKEN_HEADER


class RasaUnavailable(Exception):
    """Rasa did not answer in time, refused the connection or answered with an error
    (or its tracker store could not be read)."""


class ReplicaUnreachable(RasaUnavailable):
    """The replica cannot be reached (connection refused, reset or dropped): another
    replica may take the message."""


class RasaBusy(RasaUnavailable):
    """The replica already had as many visitor messages in flight as it may
    (RASA_MAX_IN_FLIGHT) for the whole wait (RASA_QUEUE_SECONDS): not sent.
    `category`: the emergency the web app's detector found in the message, when
    it was turned away so as not to wait."""

    def __init__(self, reason: str, category: Optional[str] = None) -> None:
        super().__init__(reason)
        self.category = category


PROBE_SECONDS = 1.0


class RasaClient:
    def __init__(self, base_url: Union[str, Sequence[str]], tracker: TrackerEvents,
                 timeout: float, session: aiohttp.ClientSession,
                 handover_token: str = "", admission: Optional[Admission] = None) -> None:
        urls = [base_url] if isinstance(base_url, str) else list(base_url)
        self.replicas = Replicas([url.rstrip("/") for url in urls])
        self.base_url = self.replicas.urls[0]
        self.handover_token = handover_token
        self.tracker = tracker
        self.seconds = timeout
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.session = session
        # Unlimited unless given: a limit is a deployment choice (Settings).
        self.admission = admission or Admission(limit=1_000_000, wait_seconds=0)
        self.answered = Answered()

    @classmethod
    def from_settings(cls, settings: Settings, session: aiohttp.ClientSession) -> "RasaClient":
        return cls(settings.rasa_urls, TrackerEvents.from_settings(settings),
                   settings.rasa_reply_timeout, session,
                   handover_token=resolve_rasa_token(settings).rasa_token,
                   admission=Admission(settings.rasa_max_in_flight, settings.rasa_queue_seconds))

    async def send(self, sender: str, text: str,
                   on_failover: Optional[Callable[[], Awaitable[None]]] = None,
                   language: Optional[str] = None) -> List[dict]:
        """The bot's replies to one visitor message (REST channel). When the
        conversation's replica cannot be reached, `on_failover` is awaited once
        and the next replica answers. `language`: the widget's, sent as the
        message's metadata (bot.language.rasa_component reads it when the
        message itself shows no language)."""
        body = {"sender": sender, "message": text}
        if language:
            body["metadata"] = {"language": language}
        data = await self._routed(sender, "POST", "/webhooks/rest/webhook", on_failover,
                                  admitted=True, json=body)
        if not isinstance(data, list):
            raise RasaUnavailable("unexpected reply")
        return [reply for reply in data if isinstance(reply, dict)]

    def saturated(self, sender: str) -> bool:
        """A message from this conversation would wait for a slot now."""
        return self.admission.saturated(self.replicas.order(sender)[0])

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
        await self._routed(sender, "POST", HANDOVER_PATH, None, json=body,
                           headers={HANDOVER_TOKEN_HEADER: self.handover_token})

    async def probe(self) -> Dict[str, str]:
        """Ask every replica whether it answers now: {url: "ok" | "down"}."""
        timeout = aiohttp.ClientTimeout(total=PROBE_SECONDS)

        async def one(url: str) -> None:
            try:
                async with self.session.get(url + "/webhooks/rest/", timeout=timeout) as reply:
                    ok = reply.status == 200
            except (aiohttp.ClientError, asyncio.TimeoutError):
                ok = False
            if ok:
                self.replicas.answered(url)
            else:
                self.replicas.failed(url)

        await asyncio.gather(*(one(url) for url in self.replicas.urls))
        return self.replicas.status()

    async def _routed(self, sender: str, method: str, path: str,
                      on_failover: Optional[Callable[[], Awaitable[None]]],
                      admitted: bool = False, **kwargs):
        """Call the conversation's replica, moving on to its next choice when one
        cannot be reached (an HTTP error is Rasa's answer and is not retried).
        `admitted`: a visitor message, sent only once it holds a slot of the
        replica (a busy replica is not skipped: the conversation's lock is there
        and the other replicas are as loaded)."""
        order = self.replicas.order(sender)
        for attempt, url in enumerate(order):
            try:
                if admitted:
                    try:
                        async with self.admission.slot(url, returning=sender in self.answered):
                            data = await self._call(method, path, base_url=url, **kwargs)
                    except Busy:
                        raise RasaBusy("busy") from None
                    self.answered.add(sender)
                else:
                    data = await self._call(method, path, base_url=url, **kwargs)
            except ReplicaUnreachable:
                news = not self.replicas.known_down(url)
                self.replicas.failed(url)
                if attempt + 1 == len(order):
                    raise
                if attempt == 0 and news and on_failover is not None:
                    await on_failover()
                continue
            self.replicas.answered(url)
            return data
        raise RasaUnavailable("no replica")

    def close(self) -> None:
        self.tracker.close()

    async def _call(self, method: str, path: str, base_url: str = "", **kwargs):
        try:
            async with self.session.request(method, (base_url or self.base_url) + path,
                                            timeout=self.timeout, **kwargs) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"HTTP {response.status}")
                return await response.json(content_type=None)
        except asyncio.TimeoutError:
            # Slow, not gone: the replica may still be working on the message (it
            # holds the conversation's lock), so it is not sent again elsewhere.
            raise RasaUnavailable("TimeoutError") from None
        except aiohttp.ClientConnectionError as exc:  # refused, reset, disconnected
            raise ReplicaUnreachable(type(exc).__name__) from None
        except (aiohttp.ClientError, ValueError) as exc:
            raise RasaUnavailable(type(exc).__name__) from None
