"""Conversation events from Rasa's event broker (RabbitMQ), as nudges to the
staff pages watching (bot.web.live.hub).

Rasa's Pika broker publishes every event it saves, from every Rasa replica, to a
fanout exchange; the queue it declares there (bot.runtime.rasa_endpoints) is
consumed here. A message is one event with its ``sender_id``; only the
conversation id is used: the staff page then reads the new events from the
tracker store, so what it shows is exactly what a reload shows. Nothing of the
message is logged.

Without a broker (RASA_EVENT_BROKER_URL empty, the one-machine default) nothing
runs here and the staff pages read the tracker store every LIVE_POLL_SECONDS.
If RabbitMQ is down, aio-pika reconnects on its own; meanwhile the pages fall
back to reading at that interval too (`BrokerFeed.connected`).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import AsyncIterator, Optional

from aiohttp import web

from bot.handover.stream import LIVE_EXCHANGE
from bot.web import background, keys
from bot.web.live.hub import HUB, Hub

logger = logging.getLogger(__name__)
RECONNECT_SECONDS = 5


class BrokerFeed:
    def __init__(self, url: str, queue: str, hub: Hub) -> None:
        self.url = url
        self.queue = queue
        self.hub = hub
        self.connected = False
        self._connection = None

    def on_message_body(self, body: bytes) -> Optional[str]:
        """The conversation a broker message is about (None if it is not an event)."""
        try:
            event = json.loads(body)
        except ValueError:
            return None
        sender = event.get("sender_id") if isinstance(event, dict) else None
        if isinstance(sender, str) and sender:
            self.hub.nudge(sender)
            return sender
        return None

    async def run(self) -> None:
        import aio_pika  # only the web app with a broker configured needs it

        while True:
            try:
                self._connection = await aio_pika.connect_robust(self.url)
                channel = await self._connection.channel()
                exchange = await channel.declare_exchange(
                    LIVE_EXCHANGE, aio_pika.ExchangeType.FANOUT)
                # The same declaration as Rasa's (durable, no arguments), so
                # whichever starts first creates it.
                queue = await channel.declare_queue(self.queue, durable=True)
                await queue.bind(exchange, "")
                self.connected = True
                logger.info("live feed: consuming Rasa's event broker")
                async with queue.iterator() as messages:
                    async for message in messages:
                        async with message.process():
                            self.on_message_body(message.body)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - retry; the pages read the store meanwhile
                logger.warning("live feed: event broker unavailable (%s); retrying",
                               type(exc).__name__)
            finally:
                self.connected = False
                if self._connection is not None:
                    await self._connection.close()
                    self._connection = None
            await asyncio.sleep(RECONNECT_SECONDS)


FEED = web.AppKey("live_feed", BrokerFeed)


async def broker_feed(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: consume the broker while the app runs (when one is configured)."""
    settings = app[keys.SETTINGS]
    if not settings.event_broker_url:
        yield
        return
    feed = BrokerFeed(settings.event_broker_url, settings.event_queue, app[HUB])
    app[FEED] = feed
    task = asyncio.create_task(feed.run())
    yield
    await background.stop(task)
