"""A custom action's call gives up after the action endpoint's `timeout`
(bot.rasa_ext.action_timeout), against real servers on loopback."""

import asyncio
import socket
import time

import pytest
from aiohttp import web
from rasa.core.actions.action import RemoteAction
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_ext import action_timeout

action_timeout.install()


async def run_action(url: str, **endpoint):
    action = RemoteAction("action_clinic_hours", EndpointConfig(url=url, **endpoint))
    domain = Domain.empty()
    return await action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}),
                            DialogueStateTracker("visitor-1", []), domain)


@pytest.fixture
def hung_server():
    """Accepts connections (they complete in the backlog) and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/webhook"
    sock.close()


async def test_a_hung_action_server_fails_the_action_after_the_endpoint_timeout(hung_server):
    began = time.monotonic()
    with pytest.raises(RasaException, match=r"did not answer within 1 s \(ACTIONS_TIMEOUT\)"):
        await run_action(hung_server, timeout=1)
    assert time.monotonic() - began < 5


async def test_an_answering_action_server_is_unaffected(unused_tcp_port):
    async def webhook(request):
        body = await request.json()
        return web.json_response({"events": [], "responses": [
            {"text": f"hours for {body['sender_id']}"}]})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", unused_tcp_port).start()
    try:
        events = await run_action(f"http://127.0.0.1:{unused_tcp_port}/webhook", timeout=5)
    finally:
        await runner.cleanup()
    assert [e.text for e in events if isinstance(e, BotUttered)] == ["hours for visitor-1"]


@pytest.mark.parametrize("endpoint,expected", [
    ({}, None), ({"timeout": 15}, 15.0), ({"timeout": 2.5}, 2.5),
    ({"timeout": 0}, None), ({"timeout": "15"}, None), ({"timeout": True}, None),
])
def test_only_a_positive_number_of_seconds_bounds_the_wait(endpoint, expected):
    config = EndpointConfig(url="http://127.0.0.1:1/webhook", **endpoint)
    assert action_timeout.seconds_allowed(config) == expected


def test_install_is_idempotent():
    run = RemoteAction.run
    action_timeout.install()
    assert RemoteAction.run is run
