"""Chat sockets are bounded: per client address, by idleness, and the client's
address is the one a trusted proxy names (real sockets on loopback)."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from aiohttp import WSMsgType

from bot.web import chat as chat_module
from bot.web import create_app
from tests.db_fixtures import migrated_engine

@pytest.fixture
def make_client(aiohttp_client, settings):
    engine = migrated_engine(settings.database_url)

    async def make(**changes):
        return await aiohttp_client(create_app(replace(settings, **changes)))

    yield make
    engine.dispose()


async def open_socket(client, forwarded_for=None):
    headers = {"Origin": f"http://{client.host}:{client.port}"}
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    ws = await client.ws_connect("/chat/ws", headers=headers)
    await ws.send_json({"type": "hello", "conversation_id": None})
    first = await ws.receive(timeout=10)
    return ws, first


def welcomed(message) -> bool:
    return message.type == WSMsgType.TEXT and message.json()["type"] == "welcome"


async def refused(ws, first) -> bool:
    """A polite note, then the socket closes with 'try again later'."""
    if first.type != WSMsgType.TEXT or "Too many chats" not in first.json().get("text", ""):
        return False
    closing = await ws.receive(timeout=10)
    return closing.type == WSMsgType.CLOSE and ws.close_code == chat_module.BUSY_CLOSE_CODE


async def test_one_address_can_open_only_so_many_chats_at_once(make_client):
    client = await make_client(max_sockets_per_address=3)
    sockets = [await open_socket(client) for _ in range(3)]
    assert all(welcomed(first) for _, first in sockets)
    assert await refused(*await open_socket(client))
    await sockets[0][0].close()
    await asyncio.sleep(0.2)  # the server notices the close
    ws, first = await open_socket(client)
    assert welcomed(first)  # a closed chat frees its place


async def test_a_silent_socket_is_closed_politely(make_client):
    client = await make_client(chat_idle_minutes=0.5 / 60)
    ws, first = await open_socket(client)
    assert welcomed(first)
    closing = await ws.receive(timeout=5)
    assert closing.type == WSMsgType.CLOSE and ws.close_code == chat_module.IDLE_CLOSE_CODE
    ws, first = await open_socket(client)
    assert welcomed(first)  # and the next message reconnects


async def test_heartbeat_pongs_do_not_keep_an_idle_socket_open(make_client, monkeypatch):
    # Six pings in the idle window. aiohttp closes a socket whose pong is later than half the
    # heartbeat, so a heartbeat of 0.1 s (50 ms for the pong) failed on a loaded CI machine.
    monkeypatch.setattr(chat_module, "HEARTBEAT_SECONDS", 0.25)
    client = await make_client(chat_idle_minutes=1.5 / 60)
    ws, _ = await open_socket(client)
    closing = await ws.receive(timeout=5)  # pings answered with pongs meanwhile
    assert closing.type == WSMsgType.CLOSE and ws.close_code == chat_module.IDLE_CLOSE_CODE


async def test_a_visitor_who_keeps_writing_is_not_cut_off(make_client):
    # Writing every half second for twice the idle window: each frame restarts
    # the window, with a second and a half to spare for a slow machine (0.3 s
    # to spare was once too little on a busy CI run).
    idle_seconds = 2.0
    client = await make_client(chat_idle_minutes=idle_seconds / 60)
    ws, _ = await open_socket(client)
    for _ in range(8):
        await asyncio.sleep(0.5)
        await ws.send_str("not json")  # any frame from the visitor counts
        note = await ws.receive(timeout=5)
        assert note.type == WSMsgType.TEXT
    assert not ws.closed


async def test_a_forged_forwarded_address_from_an_untrusted_peer_is_ignored(make_client):
    # Loopback is not a trusted proxy here: each socket claims another address,
    # but all of them count as 127.0.0.1.
    client = await make_client(max_sockets_per_address=2, trusted_proxies=("10.0.0.0/8",))
    for n in (1, 2):
        assert welcomed((await open_socket(client, f"203.0.113.{n}"))[1])
    assert await refused(*await open_socket(client, "203.0.113.3"))


async def test_behind_a_trusted_proxy_each_client_has_its_own_limit(make_client):
    client = await make_client(max_sockets_per_address=2, trusted_proxies=("127.0.0.1",))
    for _ in range(2):
        assert welcomed((await open_socket(client, "203.0.113.7"))[1])
    assert await refused(*await open_socket(client, "203.0.113.7"))
    # Another visitor behind the same proxy is not locked out.
    assert welcomed((await open_socket(client, "198.51.100.4"))[1])


async def test_a_stopping_app_tells_open_chats_it_is_going_away(make_client):
    """A restart must not wait out the shutdown timeout with visitors' sockets
    open: each widget is told "going away" (1001) at once and reconnects."""
    client = await make_client()
    sockets = [await open_socket(client) for _ in range(2)]
    assert all(welcomed(first) for _, first in sockets)
    await client.app.shutdown()
    for ws, _ in sockets:
        closing = await ws.receive(timeout=5)  # else it would wait for the shutdown timeout
        assert closing.type == WSMsgType.CLOSE and ws.close_code == 1001
