"""Several Rasa replicas behind the web gateway (bot.web.replicas, rasa_client):
each conversation keeps its replica, moves when that one stops answering, and
/health reports every replica."""

from __future__ import annotations

from dataclasses import replace

import aiohttp
import pytest
from aiohttp import web

from bot.web import create_app
from bot.web.rasa_client import RasaClient, RasaUnavailable
from bot.web.replicas import preference
from tests.conftest import free_port


class FakeReplica:
    def __init__(self, name: str) -> None:
        self.name = name
        self.senders: list = []

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.senders.append(body["sender"])
        return web.json_response([{"recipient_id": body["sender"], "text": self.name}])

    async def ready(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})


@pytest.fixture
async def replicas(aiohttp_server):
    started = []
    for name in ("first", "second"):
        fake = FakeReplica(name)
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", fake.webhook)
        app.router.add_get("/webhooks/rest/", fake.ready)
        fake.server = await aiohttp_server(app, port=free_port())
        fake.url = f"http://127.0.0.1:{fake.server.port}"
        started.append(fake)
    return started


@pytest.fixture
async def client(settings, replicas):
    async with aiohttp.ClientSession() as session:
        rasa = RasaClient([r.url for r in replicas], None, 2, session)
        yield rasa


def conversation_on(url: str, urls: list) -> str:
    return next(f"c{i}" for i in range(100) if preference(f"c{i}", urls)[0] == url)


async def test_each_conversation_stays_on_its_replica(client, replicas):
    urls = [r.url for r in replicas]
    for fake in replicas:
        conversation = conversation_on(fake.url, urls)
        for _ in range(3):
            assert (await client.send(conversation, "hi"))[0]["text"] == fake.name
    assert len(set(replicas[0].senders)) == len(set(replicas[1].senders)) == 1


async def test_a_stopped_replica_hands_its_conversation_over_with_one_notice(client, replicas):
    urls = [r.url for r in replicas]
    conversation = conversation_on(replicas[0].url, urls)
    await replicas[0].server.close()
    notices = []

    async def one_moment() -> None:
        notices.append("one moment")

    assert (await client.send(conversation, "hi", on_failover=one_moment))[0]["text"] == "second"
    assert notices == ["one moment"]
    # The next message goes straight to the replica that answers: no notice again.
    assert (await client.send(conversation, "hi", on_failover=one_moment))[0]["text"] == "second"
    assert notices == ["one moment"]
    assert client.replicas.status() == {urls[0]: "down", urls[1]: "ok"}


async def test_with_every_replica_stopped_the_chat_gets_rasa_unavailable(client, replicas):
    for fake in replicas:
        await fake.server.close()
    with pytest.raises(RasaUnavailable):
        await client.send("c1", "hi")


async def test_health_reports_each_replica(aiohttp_client, settings, replicas):
    await replicas[1].server.close()
    first = replicas[0].server.port
    app = create_app(replace(settings, rasa_port=first, rasa_replicas=2))
    # The second replica's port is the next one; make sure nothing listens there.
    response = await (await aiohttp_client(app)).get("/health")
    body = await response.json()
    assert response.status == 200
    assert body["rasa"][str(first)] == "ok"
    assert body["rasa"][str(first + 1)] in ("down", "ok")
    assert set(body["rasa"]) == {str(first), str(first + 1)}


async def test_a_slow_replica_is_not_sent_the_message_again(settings, aiohttp_server):
    """Slow is not gone: it may still be answering and holds the conversation's
    lock, so the message is not repeated on the other replica (the fail-safe answers)."""
    import asyncio

    calls = []

    async def slow(request: web.Request) -> web.Response:
        calls.append("slow")
        await asyncio.sleep(3)
        return web.json_response([])

    async def fast(request: web.Request) -> web.Response:
        calls.append("fast")
        return web.json_response([{"text": "fast"}])

    urls = []
    for handler in (slow, fast):
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", handler)
        server = await aiohttp_server(app, port=free_port())
        urls.append(f"http://127.0.0.1:{server.port}")
    conversation = conversation_on(urls[0], urls)
    async with aiohttp.ClientSession() as session:
        rasa = RasaClient(urls, None, 1, session)
        with pytest.raises(RasaUnavailable):
            await rasa.send(conversation, "hi")
    assert calls == ["slow"]
